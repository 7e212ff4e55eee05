package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

func TestGoalNoAction(t *testing.T) {
	hint := func(id string) string {
		return "add an action under actions with goal: " + id + ", an owner and a due date"
	}
	// started sets the coalition's start, so that pace can be measured.
	started := func(src string) string {
		return strings.Replace(src, "  problem: Too few teens in Harbor find a first job\n",
			"  problem: Too few teens in Harbor find a first job\n  start: 2026-01-01\n", 1)
	}
	runCases(t, GoalNoAction, []ruleCase{
		{
			name: "the documented example: at risk, and open, at the ids",
			src:  GoalNoAction.Example,
			want: []string{
				`10:9: goal summer-jobs is marked at-risk and no open action serves it`,
				`13:9: no open action serves goal employer-pledge`,
			},
			hints: []string{hint("summer-jobs"), hint("employer-pledge")},
		},
		{
			name: "off-track, served only by actions done or dropped",
			src: actionsOf("  - {id: summer-jobs, title: Summer jobs, status: off-track}\n",
				`  - {id: a, title: A, goal: summer-jobs, status: done, done: 2026-10-01}
  - {id: b, title: B, goal: summer-jobs, status: dropped}
`),
			want:  []string{`11:10: goal summer-jobs is marked off-track and no open action serves it`},
			hints: []string{hint("summer-jobs")},
		},
		{
			name: "behind pace: 10% of the way with 89% of the time gone",
			src: started(actionsOf("  - {id: summer-jobs, title: Summer jobs, baseline: 0, target: 100, current: 10, due: 2027-01-01, status: on-track}\n",
				"  - {id: a, title: A, barrier: none-yet}\n")),
			want:  []string{`12:10: goal summer-jobs is behind pace (10% of the way with 89% of the time gone) and no open action serves it`},
			hints: []string{hint("summer-jobs")},
		},
		{
			name: "on pace is information",
			src: started(actionsOf("  - {id: summer-jobs, title: Summer jobs, baseline: 0, target: 100, current: 90, due: 2027-01-01}\n",
				"  - {id: a, title: A, goal: other-goal}\n")),
			want:  []string{`12:10: no open action serves goal summer-jobs`},
			hints: []string{hint("summer-jobs")},
		},
		{
			name:  "an empty actions section is a section",
			src:   actionsOf("  - {id: summer-jobs, title: Summer jobs, status: at-risk}\n", "  []\n"),
			want:  []string{`11:10: goal summer-jobs is marked at-risk and no open action serves it`},
			hints: []string{hint("summer-jobs")},
		},
		{
			name:  "a goal without an id is named by its line",
			src:   actionsOf("  - title: Summer jobs\n    status: at-risk\n", "  - {id: a, title: A}\n"),
			want:  []string{`11:5: the goal at line 11 is marked at-risk and no open action serves it`},
			hints: []string{"give the goal an id, then add an action with goal: that id, an owner and a due date"},
		},
		{
			name: "an overdue goal marked on track is information; goal-overdue warns",
			src: actionsOf("  - {id: summer-jobs, title: Summer jobs, due: 2026-06-30, status: on-track}\n",
				"  - {id: a, title: A}\n"),
			want:  []string{`11:10: no open action serves goal summer-jobs`},
			hints: []string{hint("summer-jobs")},
		},
		{
			name: "a misspelt goal serves nothing; dangling-ref reports it",
			src: actionsOf("  - {id: summer-jobs, title: Summer jobs, status: at-risk}\n",
				"  - {id: a, title: A, goal: sumer-jobs}\n"),
			want:  []string{`11:10: goal summer-jobs is marked at-risk and no open action serves it`},
			hints: []string{hint("summer-jobs")},
		},

		// Nothing to report.
		{name: "full plan", src: fullPlan},
		{
			name: "no actions section: the plan does not track actions",
			src:  goalsOf("  - {id: summer-jobs, title: Summer jobs, status: off-track}\n"),
		},
		{
			name: "served by a planned, a doing and a blocked action",
			src: actionsOf(`  - {id: a, title: A, status: at-risk}
  - {id: b, title: B, status: off-track}
  - {id: c, title: C}
`, `  - {id: x, title: X, goal: a}
  - {id: y, title: Y, goal: b, status: doing}
  - {id: z, title: Z, goal: c, status: blocked}
`),
		},
		{
			name: "done goals need no action",
			src:  actionsOf("  - {id: summer-jobs, title: Summer jobs, status: done}\n", "  - {id: a, title: A}\n"),
		},
		{
			name: "a misspelt goal status is invalid-value's finding: the goal may be done",
			src:  actionsOf("  - {id: summer-jobs, title: Summer jobs, status: finished}\n", "  - {id: a, title: A}\n"),
		},
		{
			name: "an action whose status cannot be read may serve its goal",
			src: actionsOf("  - {id: summer-jobs, title: Summer jobs, status: at-risk}\n",
				"  - {id: a, title: A, goal: summer-jobs, status: finished}\n"),
		},
		{
			name: "an action left out of the list may serve any goal",
			src:  actionsOf("  - {id: summer-jobs, title: Summer jobs, status: at-risk}\n", "  - just a word\n"),
		},
	})
}

// TestGoalNoActionSeverities checks that a goal at risk is a warning and
// any other open goal information, and that setting the rule's severity
// moves the warnings only.
func TestGoalNoActionSeverities(t *testing.T) {
	f := plan.Parse("plan.yaml", []byte(GoalNoAction.Example), plan.ReadOptions{Explicit: true})
	for _, tc := range []struct {
		set  lint.Severity
		want []string
	}{
		{lint.SeverityInvalid, []string{"10:9 warning", "13:9 info"}},
		{lint.SeverityError, []string{"10:9 error", "13:9 info"}},
		{lint.SeverityInfo, []string{"10:9 info", "13:9 info"}},
		{lint.SeverityOff, nil},
	} {
		var got []string
		opts := lint.Options{Rules: All(), Today: today, Severity: map[string]lint.Severity{GoalNoAction.ID: tc.set}}
		for _, d := range lint.Check(f, opts) {
			if d.Rule == GoalNoAction.ID {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Severity))
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("severity set to %s: got %q, want %q", tc.set, got, tc.want)
		}
	}
}
