package rules

import "testing"

func TestCommaTrap(t *testing.T) {
	runCases(t, CommaTrap, []ruleCase{
		{
			name:  "an amount with a thousands separator",
			src:   bare + "budget:\n  expenses:\n    - {item: Coordinator, category: personnel, amount: 28,000}\n",
			want:  []string{`10:58: a comma inside {…} cuts budget.expenses[0].amount short: it would read as 28, and "000" as a key; it is left unread`},
			hints: []string{"write amount: 28000, without the comma"},
		},
		{
			name:  "text with a comma",
			src:   bare + "barriers:\n  - {id: b, description: Cost, distance, and time}\n",
			want:  []string{`9:30: a comma inside {…} cuts barriers[0].description short: it would read as "Cost", and "distance" as a key; it is left unread`},
			hints: []string{`quote the text: description: "Cost, distance, and time"`},
		},
		{
			name: "a quoted amount is refused for its separator, not cut",
			src:  bare + "budget:\n  expenses:\n    - {item: Coordinator, amount: \"28,000\"}\n",
		},
		{
			name: "an unknown key with its value is not a comma trap",
			src:  bare + "budget:\n  expenses:\n    - {item: Coordinator, amount: 100, colour: red}\n",
		},
	})
}
