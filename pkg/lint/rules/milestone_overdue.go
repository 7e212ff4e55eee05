package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// MilestoneOverdue reports milestones past their due date that have not
// happened.
var MilestoneOverdue = &lint.Rule{
	ID:       "milestone-overdue",
	Title:    "A milestone of a goal is past its due date and not done",
	Severity: lint.SeverityWarning,
	Doc: `A goal whose indicator is an event (an ordinance passed, a centre opened)
is measured by its ` + "`milestones`" + `: the steps that lead to it, each with the date
it is ` + "`due`" + ` and, once it has happened, the date it was ` + "`done`" + `. A milestone
whose due date has passed with no done date has slipped, and the goal falls
behind its pace: record the date it happened, or move its due date. A
milestone is due until the end of its due date, as a goal is; "today" is the
date of the run, or the date given with ` + "`--today YYYY-MM-DD`" + `. The finding is
at the due date.

The milestones of a goal marked ` + "`done`" + ` are not checked: the goal was met.
A done date after today is reported by milestone-done-date.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals:
  - id: youth-jobs-ordinance
    title: The council passes a first-source hiring ordinance for teens
    due: 2027-06-30
    owner: harbor-ymca
    milestones:
      - title: Draft ordinance shared with the council's staff
        due: 2026-09-30
        done: 2026-09-24
      - title: Public hearing held
        due: 2026-11-15
      - title: Council vote
        due: 2027-05-31
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || p.Today.IsZero() {
			return
		}
		// The same figure as the goals table, the score and the brief.
		for _, fg := range p.Goals() {
			g := fg.Goal
			if fg.Milestones == nil || g.Status.Invalid {
				continue // an invalid status is reported; the goal may be done
			}
			for _, m := range fg.Milestones.Overdue {
				days := m.Due.V.DaysUntil(p.Today)
				ago := fmt.Sprintf("%d days ago", days)
				if days == 1 {
					ago = "1 day ago"
				}
				p.Reportf(m.Due.Pos, "write the date it happened in done, or move its due date",
					"%s of %s was due on %s (%s) and is not done", milestoneName(m), label("", "goal", &g.ID, &g.Loc), m.Due.V, ago)
			}
		}
	},
}

// milestoneName names a milestone in a message by its title, or by its
// line when it has none.
func milestoneName(m *plan.Milestone) string {
	if m.Title.Set && m.Title.V != "" {
		return "milestone " + plan.Quote(m.Title.V)
	}
	return fmt.Sprintf("the milestone at line %d", m.KeyPos.Line)
}
