package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// ActionOverdue reports actions past their due date that are neither done
// nor dropped.
var ActionOverdue = &lint.Rule{
	ID:       "action-overdue",
	Title:    "An action is past its due date and not done",
	Severity: lint.SeverityWarning,
	Doc: `An action plan says who does what by when [003]. An action whose ` + "`due`" + `
date has passed and whose ` + "`status`" + ` is not ` + "`done`" + ` or ` + "`dropped`" + ` (one that is
` + "`planned`" + `, the default, ` + "`doing`" + ` or ` + "`blocked`" + `) has slipped: mark it done with
the date it was finished, set a new date, or drop it. The finding is at the
due date and names the owner. An action is due until the end of its due
date, as a goal is; "today" is the date of the run, or the date given with
` + "`--today YYYY-MM-DD`" + `.`,
	Example: header + `people:
  - id: ana-lopez
    name: Ana López
members:
  - id: harbor-ymca
    name: Harbor YMCA
    owner: ana-lopez
goals:
  - id: summer-jobs
    title: 400 summer jobs for teens
actions:
  - id: employer-breakfast
    title: Host the employer breakfast
    goal: summer-jobs
    owner: ana-lopez
    due: 2026-10-15
    status: doing
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || p.Today.IsZero() {
			return
		}
		x := p.Index()
		// The same figure as show, the brief and the score.
		for _, fa := range figures.ActionsOf(p.Plan, p.Today, figures.Horizon) {
			if !fa.Overdue() {
				continue
			}
			a := fa.Action
			status := "is " + string(fa.Status)
			if !a.Status.Set {
				status = "has no status (planned)"
			}
			ago := fmt.Sprintf("%d days ago", -fa.DaysLeft)
			if fa.DaysLeft == -1 {
				ago = "1 day ago"
			}
			owner := "; it has no owner"
			if a.Owner.Set {
				owner = "; owner: " + figures.PersonName(x, a.Owner.V)
			}
			p.Reportf(a.Due.Pos, "mark it done with the date it was finished, move the due date, or drop it",
				"%s was due on %s (%s) and %s%s", label("", "action", &a.ID, &a.Loc), a.Due.V, ago, status, owner)
		}
	},
}
