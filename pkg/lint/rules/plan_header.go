package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// PlanHeader reports a file named as a plan that does not say it is one.
var PlanHeader = &lint.Rule{
	ID:       plan.RulePlanHeader,
	Title:    "The file does not start like a v1 plan",
	Severity: lint.SeverityError,
	Doc: `A plan says what it is in its first two keys: ` + "`apiVersion: coalition/v1`" + `
and ` + "`kind: Plan`" + `. When a directory is walked, YAML files without a
` + "`coalition/`" + ` apiVersion are skipped silently, so CI configs and other
YAML never cause findings. A file named on the command line is always read as
a plan, and this rule reports a missing or unsupported apiVersion or kind, an
empty file, or a file whose top level is a list or a single value instead of
a mapping.`,
	Example: `apiVersion: coalition/v2
kind: Plan
coalition:
  name: Harbor Youth Jobs
  problem: Too few teens in Harbor find a first job
members: []
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
