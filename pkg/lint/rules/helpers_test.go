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
	got, _ := findingsWithHints(t, r, src)
	return got
}

// findingsWithHints is findings, with the hint of each finding ("" for
// none) in the same order.
func findingsWithHints(t *testing.T, r *lint.Rule, src string) (got, hints []string) {
	t.Helper()
	f := plan.Parse("plan.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	for _, d := range lint.Check(f, lint.Options{Rules: All(), Today: today}) {
		if d.Rule != r.ID {
			continue
		}
		got = append(got, fmt.Sprintf("%d:%d: %s", d.Pos.Line, d.Pos.Col, d.Message))
		hints = append(hints, d.Hint)
	}
	return got, hints
}

// ruleCase is one table-driven case: a plan and the exact findings expected
// of the rule, as "line:col: message", with their hints.
type ruleCase struct {
	name string
	src  string
	want []string
	// hints are the hints of the findings of want, in the same order, ""
	// for a finding without one. A case that expects findings must list
	// their hints: a hint is what the user reads to fix the plan.
	hints []string
}

func runCases(t *testing.T, r *lint.Rule, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, hints := findingsWithHints(t, r, tc.src)
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings of %s:\ngot:\n%s\nwant:\n%s", r.ID, fmtList(got), fmtList(tc.want))
			}
			switch {
			case len(tc.want) > 0 && tc.hints == nil:
				t.Errorf("the case expects findings of %s but not their hints; the hints are:\n%s", r.ID, fmtList(hints))
			case !slices.Equal(hints, tc.hints):
				t.Errorf("hints of %s:\ngot:\n%s\nwant:\n%s", r.ID, fmtList(hints), fmtList(tc.hints))
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
