package rules

import "github.com/coalition-tools/coalition/pkg/lint"

// IgnoreUnused reports suppression comments that silence nothing.
var IgnoreUnused = &lint.Rule{
	ID:       lint.RuleIgnoreUnused,
	Title:    "A coalition:ignore comment silences nothing",
	Severity: lint.SeverityWarning,
	Doc: `A ` + "`# coalition:ignore RULE -- reason`" + ` comment that no finding of RULE
matches on its line (or, for a comment on a line of its own, on the next
line) silences nothing. Usually the mistake it excused was fixed, or the
comment was moved away from it: remove it so that it cannot hide a new
finding later. A suppression of a rule that the configuration turns off is
not reported, and neither is any while the file has values the loader
rejects (a misspelt word, a bad date, an unknown key): rules step back from
values they cannot read, so the finding a suppression is for may come back
once those are fixed.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    # coalition:ignore missing-owner -- the board chair keeps this one
    sector: youth
goals: []
`,
	// The runner reports this rule's findings after the other rules have
	// run (see lint.Run).
}
