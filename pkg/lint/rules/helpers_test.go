package rules

import (
	"fmt"
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// today is the date the date rules are tested against.
var today = plan.NewDate(2026, 11, 23)

// findings checks src with every rule and returns the findings of rule r
// as "line:col: message" strings. The rules do not depend on each other,
// except the suppression rules, which need the others' findings.
func findings(t *testing.T, r *lint.Rule, src string) []string {
	t.Helper()
	f := plan.Parse("plan.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	var out []string
	for _, d := range lint.Check(f, lint.Options{Rules: All(), Today: today}) {
		if d.Rule != r.ID {
			continue
		}
		out = append(out, fmt.Sprintf("%d:%d: %s", d.Pos.Line, d.Pos.Col, d.Message))
	}
	return out
}

// ruleCase is one table-driven case: a plan and the exact findings expected
// of the rule, as "line:col: message".
type ruleCase struct {
	name string
	src  string
	want []string
}

func runCases(t *testing.T, r *lint.Rule, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := findings(t, r, tc.src)
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings of %s:\ngot:\n%s\nwant:\n%s", r.ID, fmtList(got), fmtList(tc.want))
			}
		})
	}
}

func fmtList(l []string) string {
	if len(l) == 0 {
		return "  (none)"
	}
	s := ""
	for _, x := range l {
		s += fmt.Sprintf("  %q\n", x)
	}
	return s
}

// base is a small plan that no rule complains about, for cases to extend.
const base = `apiVersion: coalition/v1
kind: Plan
coalition:
  name: Harbor Youth Jobs
  problem: Too few teens in Harbor find a first job
`
