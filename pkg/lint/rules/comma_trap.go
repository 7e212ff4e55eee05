package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// CommaTrap reports a value cut short by a comma in a one-line {…}
// mapping. The loader finds it and leaves the value unread; this rule
// reports it.
var CommaTrap = &lint.Rule{
	ID:       plan.RuleCommaTrap,
	Title:    "A comma inside {…} cuts a value short",
	Severity: lint.SeverityError,
	Doc: `In a one-line ` + "`{…}`" + ` mapping (YAML's flow style) a comma ends the value:
` + "`amount: 28,000`" + ` reads as 28 followed by a key "000", and
` + "`description: Food, shelter, and care`" + ` as "Food" followed by two keys.
The finding is at the column of the comma and says how to write the value
whole: an amount without separators, text in quotes.

The cut value is not read at all, whatever the severity this rule is given
and whether a ` + "`# coalition:ignore`" + ` silences it: the budget, show, report,
brief and diff leave it out, and say that a line could not be read, rather
than count 28.00 for 28,000.00. Written one key per line, as ` + "`coalition init`" + `
writes items, a comma is part of the value and ` + "`amount: 28,000`" + ` is refused
for its separator ([invalid-value](#invalid-value)). See
[plan-format.md](plan-format.md#the-comma-trap).`,
	Example: header + `members: []
goals: []
budget:
  expenses:
    - {item: Part-time coordinator, category: personnel, amount: 28,000}
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
