package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// InvalidDate reports dates that are malformed or do not exist.
var InvalidDate = &lint.Rule{
	ID:       plan.RuleInvalidDate,
	Title:    "A date is not a real YYYY-MM-DD date",
	Severity: lint.SeverityError,
	Doc: `Dates are written YYYY-MM-DD, such as 2027-03-31. A date in another
format (03/31/2027, 2027-3-31) or one that does not exist (2027-02-30) is
reported, and the date rules cannot use it.`,
	Example: header + `  start: 2027-02-30
members: []
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
