package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// GoalOverdue reports goals past their due date that are not done.
var GoalOverdue = &lint.Rule{
	ID:       "goal-overdue",
	Title:    "A goal is past its due date and not done",
	Severity: lint.SeverityWarning,
	Doc: `A goal whose ` + "`due`" + ` date has passed and whose ` + "`status`" + ` is not
` + "`done`" + ` needs a decision: mark it done, set a new date, or record that it
was missed. "Today" is the date of the run, or the date given with
` + "`--today YYYY-MM-DD`" + ` so that CI runs are reproducible.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals:
  - id: summer-jobs
    title: 400 summer jobs for teens
    indicator: Teens 16-19 employed in July
    target: 400
    owner: harbor-ymca
    due: 2026-06-30
    status: on-track
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || p.Today.IsZero() {
			return
		}
		// The same figure as the goals table, the score and the brief.
		for _, fg := range p.Goals() {
			g := fg.Goal
			if fg.State != figures.GoalOverdue || g.Status.Invalid {
				continue // an invalid status is reported; the goal may be done
			}
			status := "has no status"
			if g.Status.Set {
				status = "is " + string(g.Status.V)
			}
			ago := fmt.Sprintf("%d days ago", -fg.DaysLeft)
			if fg.DaysLeft == -1 {
				ago = "1 day ago"
			}
			p.Reportf(g.Due.Pos, "mark it done, move the due date, or record it as off-track",
				"%s was due on %s (%s) and %s", label("", "goal", &g.ID, &g.Loc), g.Due.V, ago, status)
		}
	},
}
