package rules

import "testing"

// barriersOf is bare with a barriers list starting on line 9.
func barriersOf(items string) string { return bare + "barriers:\n" + items }

func TestBarrierNoStrategy(t *testing.T) {
	runCases(t, BarrierNoStrategy, []ruleCase{
		{
			name:  "open high-severity barrier (the documented example), at the id",
			src:   barriersOf("  - id: turf-employers\n    type: turf\n    severity: high\n    status: open\n"),
			want:  []string{`9:9: high-severity barrier turf-employers (turf) has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},
		{
			name:  "no severity and no status",
			src:   barriersOf("  - {id: history, type: bad-history}\n"),
			want:  []string{`9:10: barrier history (bad-history) has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},
		{
			name:  "mitigating with a blank strategy",
			src:   barriersOf("  - {id: money, type: funding, severity: low, strategy: \"  \", status: mitigating}\n"),
			want:  []string{`9:10: low-severity barrier money (funding) has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},
		{
			name:  "a misspelt status is not resolved",
			src:   barriersOf("  - {id: leaders, type: leadership, status: closed}\n"),
			want:  []string{`9:10: barrier leaders (leadership) has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},
		{
			name: "only the barriers without a strategy",
			src: barriersOf(`  - {id: turf, type: turf, strategy: Apply jointly}
  - {id: capacity, type: minimal-capacity, severity: medium}
  - {id: old, type: bad-history, status: resolved}
  - {id: voices, type: professional-dominance, severity: high, status: open}
`),
			want: []string{
				`10:10: medium-severity barrier capacity (minimal-capacity) has no strategy`,
				`12:10: high-severity barrier voices (professional-dominance) has no strategy`,
			},
			hints: []string{
				"add a strategy: how will the coalition overcome it, and who owns it",
				"add a strategy: how will the coalition overcome it, and who owns it",
			},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(barriersOf("  - id: turf-employers\n    type: turf\n    severity: high\n    status: open\n"))),
			want:  []string{`9:9: high-severity barrier turf-employers (turf) has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},

		// Handled barriers.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "resolved without a strategy",
			src:  barriersOf("  - {id: old, type: bad-history, severity: high, status: resolved}\n"),
			want: nil,
		},
		{
			name: "open with a strategy",
			src:  barriersOf("  - id: turf\n    type: turf\n    status: open\n    strategy: Apply jointly and split the outreach.\n"),
			want: nil,
		},
		{
			name: "no barriers",
			src:  bare + "barriers: []\n",
			want: nil,
		},
	})
}

// TestBarrierNoStrategyRegressions holds cases that once went wrong, kept so they stay fixed.
func TestBarrierNoStrategyRegressions(t *testing.T) {
	runCases(t, BarrierNoStrategy, []ruleCase{
		{
			// Reported as "9:5: low-severity barrier at line 9 (other) has no strategy".
			name:  "no id",
			src:   barriersOf("  - {type: other, severity: low}\n"),
			want:  []string{`9:5: the low-severity barrier at line 9 (other) has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},
		{
			// Reported as "9:10: barrier turf () has no strategy".
			name:  "invalid type",
			src:   barriersOf("  - {id: turf, type: turff}\n"),
			want:  []string{`9:10: barrier turf has no strategy`},
			hints: []string{"add a strategy: how will the coalition overcome it, and who owns it"},
		},
	})
}
