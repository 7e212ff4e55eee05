package rules

import "testing"

func TestMemberStatus(t *testing.T) {
	runCases(t, MemberStatus, []ruleCase{
		{
			name:  "active member that left (the documented example), at the left date",
			src:   MemberStatus.Example,
			want:  []string{`11:11: member harbor-ymca left on 2025-06-30 but its status is active`},
			hints: []string{"set `status: former`, or remove the left date"},
		},
		{
			name:  "active by default, left today",
			src:   membersOf("  - {id: ymca, name: YMCA, left: 2026-11-23}\n"),
			want:  []string{`7:34: member ymca left on 2026-11-23 but its status is active`},
			hints: []string{"set `status: former`, or remove the left date"},
		},
		{
			name:  "prospect that left",
			src:   membersOf("  - {id: college, name: College, status: prospect, left: 2026-01-01}\n"),
			want:  []string{`7:58: member college left on 2026-01-01 but its status is prospect`},
			hints: []string{"set `status: former`, or remove the left date"},
		},
		{
			name:  "former member without a left date, at the status",
			src:   membersOf("  - id: union\n    name: Union\n    status: former\n    joined: 2024-01-01\n"),
			want:  []string{`9:13: former member union does not say when it left`},
			hints: []string{"add `left: YYYY-MM-DD`"},
		},
		{
			name:  "member without an id is named by its line",
			src:   membersOf("  - {id: a, name: A}\n  - name: B\n    left: 2025-01-01\n"),
			want:  []string{`9:11: the member at line 8 left on 2025-01-01 but its status is active`},
			hints: []string{"set `status: former`, or remove the left date"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(membersOf("  - {id: ymca, name: YMCA, left: 2026-11-23}\n"))),
			want:  []string{`7:34: member ymca left on 2026-11-23 but its status is active`},
			hints: []string{"set `status: former`, or remove the left date"},
		},

		// Status and dates agree.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "former member with a left date",
			src:  membersOf("  - {id: union, name: Union, status: former, joined: 2024-01-01, left: 2025-06-30}\n"),
			want: nil,
		},
		{
			name: "active member leaving tomorrow",
			src:  membersOf("  - {id: ymca, name: YMCA, status: active, left: 2026-11-24}\n"),
			want: nil,
		},
		{
			name: "active and prospect members without a left date",
			src:  membersOf("  - {id: ymca, name: YMCA, joined: 2020-01-01}\n  - {id: college, name: College, status: prospect}\n"),
			want: nil,
		},
	})
}

// TestMemberStatusRegressions holds cases that once went wrong, kept so they stay fixed.
func TestMemberStatusRegressions(t *testing.T) {
	runCases(t, MemberStatus, []ruleCase{
		{
			// Reported as "7:38: former member union does not say when it
			// left"; invalid-date reports the date at 7:52.
			name: "former member with an invalid left date",
			src:  membersOf("  - {id: union, name: Union, status: former, left: 2025-13-01}\n"),
			want: nil,
		},
		{
			// Reported as "7:51: member union left on 2025-01-01 but its
			// status is active"; the status written is "formr", which
			// invalid-value reports at 7:38.
			name: "misspelt former status",
			src:  membersOf("  - {id: union, name: Union, status: formr, left: 2025-01-01}\n"),
			want: nil,
		},
		{
			// Reported as "9:13: former member at line 8 does not say when it left".
			name:  "former member without an id",
			src:   membersOf("  - {id: a, name: A, owner: b, status: former, left: 2025-01-01}\n  - name: B\n    status: former\n"),
			want:  []string{`9:13: the former member at line 8 does not say when it left`},
			hints: []string{"add `left: YYYY-MM-DD`"},
		},
	})
}
