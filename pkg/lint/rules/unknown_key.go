package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// UnknownKey reports keys that the plan format does not define.
var UnknownKey = &lint.Rule{
	ID:       plan.RuleUnknownKey,
	Title:    "A key is not part of the plan format",
	Severity: lint.SeverityError,
	Doc: `Every key of a plan is defined by the v1 format (see
[plan-format.md](plan-format.md)). A key the format does not know is almost
always a typo, and its value would be silently ignored: a misspelt ` + "`owner`" + `
leaves a member without a relationship owner. The finding suggests the closest
valid key and the hint lists every key allowed at that place.`,
	Example: header + `  misson: Connect every teen to a first job
members: []
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
