package rules

import (
	"strings"
	"testing"
)

func TestBudgetTotal(t *testing.T) {
	runCases(t, BudgetTotal, []ruleCase{
		{
			name:  "expenses total off (the documented example)",
			src:   BudgetTotal.Example,
			want:  []string{`15:15: totals.expenses is 50000.00 but the expenses lines add up to 50350.50 (off by 350.50)`},
			hints: []string{"write 50350.50, or correct the lines"},
		},
		{
			name:  "off by a cent with 0.1 + 0.2",
			src:   bare + "budget:\n  income:\n    - {source: a, amount: 0.1}\n    - {source: b, amount: 0.2}\n  totals:\n    income: 0.31\n",
			want:  []string{`13:13: totals.income is 0.31 but the income lines add up to 0.30 (off by 0.01)`},
			hints: []string{"write 0.30, or correct the lines"},
		},
		{
			name:  "total below the sum",
			src:   bare + "budget:\n  expenses:\n    - {item: a, amount: 50}\n    - {item: b, amount: 50}\n  totals: {expenses: 99.99}\n",
			want:  []string{`12:22: totals.expenses is 99.99 but the expenses lines add up to 100.00 (off by 0.01)`},
			hints: []string{"write 100.00, or correct the lines"},
		},
		{
			name:  "in-kind total",
			src:   bare + "budget:\n  in_kind:\n    - {item: Hall, value: 3600}\n    - {item: Van, value: \"400.50\"}\n  totals:\n    in_kind: 4000\n",
			want:  []string{`13:14: totals.in_kind is 4000.00 but the in_kind lines add up to 4000.50 (off by 0.50)`},
			hints: []string{"write 4000.50, or correct the lines"},
		},
		{
			name:  "a total with no lines",
			src:   bare + "budget:\n  totals:\n    expenses: 10\n",
			want:  []string{`10:15: totals.expenses is 10.00 but the expenses lines add up to 0.00 (off by 10.00)`},
			hints: []string{"write 0.00, or correct the lines"},
		},
		{
			name: "each total checked on its own",
			src: bare + `budget:
  expenses:
    - {item: Rent, amount: 100}
    - {item: Phone, amount: 20}
  income:
    - {source: Grant, amount: 100}
    - {source: Dues, amount: 50.01}
  in_kind:
    - {item: Hall, value: 10}
    - {item: Van, value: 10}
  totals:
    expenses: 120
    income: 150
    in_kind: 25
`,
			want: []string{
				`20:13: totals.income is 150.00 but the income lines add up to 150.01 (off by 0.01)`,
				`21:14: totals.in_kind is 25.00 but the in_kind lines add up to 20.00 (off by 5.00)`,
			},
			hints: []string{
				"write 150.01, or correct the lines",
				"write 20.00, or correct the lines",
			},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(bare + "budget:\n  income:\n    - {source: a, amount: 0.1}\n    - {source: b, amount: 0.2}\n  totals:\n    income: 0.31\n")),
			want:  []string{`13:13: totals.income is 0.31 but the income lines add up to 0.30 (off by 0.01)`},
			hints: []string{"write 0.30, or correct the lines"},
		},

		// Totals that match, or that cannot be checked.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "0.10 + 0.20 is exactly 0.30",
			src: bare + `budget:
  expenses:
    - {item: a, amount: 0.10}
    - {item: b, amount: 0.20}
  income:
    - {source: a, amount: "0.1"}
    - {source: b, amount: 0.2}
  in_kind:
    - {item: a, value: 0.1}
    - {item: b, value: 0.1}
    - {item: c, value: 0.1}
  totals:
    expenses: 0.30
    income: "0.3"
    in_kind: 0.3
`,
			want: nil,
		},
		{
			name: "large amounts add up exactly",
			src:  bare + "budget:\n  expenses:\n    - {item: a, amount: 1234567890123.45}\n    - {item: b, amount: 0.55}\n  totals: {expenses: 1234567890124}\n",
			want: nil,
		},
		{
			name: "no totals",
			src:  bare + "budget:\n  expenses:\n    - {item: a, amount: 10}\n",
			want: nil,
		},
		{
			name: "a line with an invalid amount: the total is not checked",
			src:  bare + "budget:\n  expenses:\n    - {item: a, amount: \"12,500.00\"}\n    - {item: b, amount: 100}\n  totals:\n    expenses: 1\n",
			want: nil,
		},
		{
			name: "a line without an amount: the total is not checked",
			src:  bare + "budget:\n  expenses:\n    - {item: a}\n    - {item: b, amount: 100}\n  totals:\n    expenses: 1\n",
			want: nil,
		},
		{
			name: "an invalid total is invalid-value's finding",
			src:  bare + "budget:\n  expenses:\n    - {item: a, amount: 100}\n  totals:\n    expenses: \"$100\"\n",
			want: nil,
		},
	})
}

// TestBudgetTotalRegressions holds cases that once went wrong, kept so they stay fixed.
func TestBudgetTotalRegressions(t *testing.T) {
	runCases(t, BudgetTotal, []ruleCase{
		{
			// Reported as "... but the expenses lines add up to 100.00 ...".
			name:  "one line",
			src:   bare + "budget:\n  expenses:\n    - {item: Rent, amount: 100}\n  totals:\n    expenses: 99.99\n",
			want:  []string{`12:15: totals.expenses is 99.99 but the 1 expenses line adds up to 100.00 (off by 0.01)`},
			hints: []string{"write 100.00, or correct the lines"},
		},
		{
			// Reported as "13:15: totals.expenses is 150.00 but the 1
			// expenses lines add up to 100.00 (off by 50.00)"; invalid-type
			// already reports the broken line at 11:7.
			name: "a line that is not a mapping",
			src:  bare + "budget:\n  expenses:\n    - {item: Rent, amount: 100}\n    - Bus passes 50\n  totals:\n    expenses: 150\n",
			want: nil,
		},
		{
			// Reported as "... the 1 expenses lines add up to 100.00 (off by
			// 50.00)"; invalid-type already reports the empty item.
			name: "an empty list item",
			src:  bare + "budget:\n  expenses:\n    - {item: Rent, amount: 100}\n    -\n  totals:\n    expenses: 150\n",
			want: nil,
		},
	})
}

// TestBudgetTotalIncompleteLines checks the guard of each list: a line of
// expenses, income or in-kind support that is not a mapping (invalid-type
// reports it) is dropped from the model. A sum without it would make a
// spurious total error, and a list that lost a line may hold lines meant
// for another, so then no total is checked at all.
func TestBudgetTotalIncompleteLines(t *testing.T) {
	// Every total is wrong: a control case shows each reported when the
	// lists are whole.
	budget := func(expense, income, inKind string) string {
		return bare + "budget:\n  expenses:\n    - {item: Rent, amount: 100}\n" + expense +
			"  income:\n    - {source: Grant, amount: 100}\n" + income +
			"  in_kind:\n    - {item: Hall, value: 100}\n" + inKind +
			"  totals:\n    expenses: 150\n    income: 150\n    in_kind: 150\n"
	}
	runCases(t, BudgetTotal, []ruleCase{
		{name: "a malformed expense line", src: budget("    - Phone 50\n", "", ""), want: nil},
		{name: "a malformed income line", src: budget("", "    - Dues 50\n", ""), want: nil},
		{name: "a malformed in-kind line", src: budget("", "", "    - Van 50\n"), want: nil},
		{
			name: "whole lists: every total is checked",
			src:  budget("", "", ""),
			want: []string{
				`16:15: totals.expenses is 150.00 but the 1 expenses line adds up to 100.00 (off by 50.00)`,
				`17:13: totals.income is 150.00 but the 1 income line adds up to 100.00 (off by 50.00)`,
				`18:14: totals.in_kind is 150.00 but the 1 in_kind line adds up to 100.00 (off by 50.00)`,
			},
			hints: []string{"write 100.00, or correct the lines", "write 100.00, or correct the lines", "write 100.00, or correct the lines"},
		},
	})
}

// TestBudgetTotalOverflow: amounts at the 13-digit limit, enough of them to
// overflow a 64-bit sum, are not compared with the total (nor wrapped into a
// wrong sum that might match it by chance).
func TestBudgetTotalOverflow(t *testing.T) {
	var b strings.Builder
	b.WriteString(header + "members: []\ngoals: []\nbudget:\n  expenses:\n")
	for range 10000 {
		b.WriteString("    - {item: x, amount: 9999999999999.99}\n")
	}
	b.WriteString("  totals:\n    expenses: 1\n")
	if got := findings(t, BudgetTotal, b.String()); len(got) != 0 {
		t.Errorf("findings on an overflowing sum: %q", got)
	}
}
