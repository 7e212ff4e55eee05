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
` + "`coalition/`" + ` apiVersion are skipped silently, so CI configs, Kubernetes
manifests and other YAML never cause findings; but a walked file whose header
is misspelt is read as a plan, so that this rule names the mistake instead of
the plan being skipped: an apiVersion within two letters of ` + "`coalition/`" + ` in
any case (` + "`Coalition/v1`" + `, ` + "`coaltion/v1`" + `), the key written in another case
(` + "`apiversion:`" + `), or ` + "`kind: Plan`" + ` without the apiVersion of another tool's
API group (such as ` + "`upgrade.cattle.io/v1`" + `). A file named on the command line is
always read as a plan, and this rule reports a missing or unsupported
apiVersion or kind, an empty file, or a file whose top level is a list or a
single value instead of a mapping.`,
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
