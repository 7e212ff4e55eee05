package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// MissingField reports required keys that are absent.
var MissingField = &lint.Rule{
	ID:       plan.RuleMissingField,
	Title:    "A required key is missing",
	Severity: lint.SeverityError,
	Doc: `Some keys must be present for a plan to make sense: the coalition's name
and problem, the members and goals lists (they may be empty), and the id and
name of every person, member, stakeholder and opponent, the id and title of a
goal, the id and type of a barrier, the item and amount of a budget line, the
date of a review. A key written with no value (` + "`name:`" + `) counts as missing.
The finding points at the mapping or list item that lacks the key.`,
	Example: header + `members:
  - id: harbor-ymca
    sector: youth
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
