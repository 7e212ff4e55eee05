package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// InvalidType reports values of the wrong YAML type.
var InvalidType = &lint.Rule{
	ID:       plan.RuleInvalidType,
	Title:    "A value has the wrong type",
	Severity: lint.SeverityError,
	Doc: `Each key expects one kind of value: text, a number, true or false, a
list or a mapping. A single word where a list is expected (` + "`roles: chair`" + `
instead of ` + "`roles: [chair]`" + `), "yes" where true or false is expected, or
2.5 where a whole number is expected are reported here, with what was
expected.`,
	Example: header + `people:
  - id: ana-ruiz
    name: Ana Ruiz
    roles: chair
members: []
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
