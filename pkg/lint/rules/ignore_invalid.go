package rules

import "github.com/coalition-tools/coalition/pkg/lint"

// IgnoreInvalid reports suppression comments that cannot be honoured.
var IgnoreInvalid = &lint.Rule{
	ID:       lint.RuleIgnoreInvalid,
	Title:    "A coalition:ignore comment is malformed or gives no reason",
	Severity: lint.SeverityError,
	Doc: `A finding can be silenced where it is accepted on purpose, with a comment on
its line, or on the line before:

    # coalition:ignore RULE[,RULE...] -- why it is fine here

The reason after ` + "`--`" + ` is required: a suppression is a decision, and the
next coordinator needs to know why it was taken. A suppression that names no
rule, names an unknown rule, gives no reason, or stands at the end of the
file with no line after it silences nothing and is reported here. So is one
that tries to silence ` + "`ignore-invalid`" + ` or ` + "`ignore-unused`" + `.
The summary of ` + "`coalition check`" + ` counts the findings that suppressions
silenced.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    owner: dana # coalition:ignore dangling-ref
goals: []
`,
	// The runner reports this rule's findings after the other rules have
	// run (see lint.Run).
}
