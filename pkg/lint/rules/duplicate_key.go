package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// DuplicateKey reports a key written twice in one mapping.
var DuplicateKey = &lint.Rule{
	ID:       plan.RuleDuplicateKey,
	Title:    "A key is written twice in the same mapping",
	Severity: lint.SeverityError,
	Doc: `YAML keeps only one value per key, and tools disagree on which: a plan
with the same key twice says two things at once. The finding points at the
second occurrence and names the line and column of the first. The first value
is the one the other rules see.`,
	Example: header + `  vision: Every teen in Harbor has a path to a first job
  vision: A first job for every teen
members: []
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
