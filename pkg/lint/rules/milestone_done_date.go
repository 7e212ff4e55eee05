package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
)

// MilestoneDoneDate reports milestones marked done on a date still to
// come.
var MilestoneDoneDate = &lint.Rule{
	ID:       "milestone-done-date",
	Title:    "A milestone's done date is after today",
	Severity: lint.SeverityWarning,
	Doc: `The ` + "`done`" + ` date of a milestone is the date it happened. A done date after
today is a mistake: a hearing held next month has not been held. Until the
date comes, the milestone counts as not done in the goal's progress, the
goals table, the score and the brief. Write the date it happened, or leave
` + "`done`" + ` out until it does. "Today" is the date of the run, or the date given
with ` + "`--today YYYY-MM-DD`" + `. The finding is at the done date.

This is a rule of its own, not part of milestone-overdue: a milestone not yet
due can carry the mistake too, and the two are fixed differently.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals:
  - id: youth-jobs-ordinance
    title: The council passes a first-source hiring ordinance for teens
    due: 2027-06-30
    owner: harbor-ymca
    milestones:
      - title: Public hearing held
        due: 2027-01-31
        done: 2027-01-12
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || p.Today.IsZero() {
			return
		}
		// The same figure that leaves the milestone out of the progress.
		for _, fg := range p.Goals() {
			if fg.Milestones == nil {
				continue
			}
			g := fg.Goal
			for _, m := range fg.Milestones.DoneLater {
				p.Reportf(m.Done.Pos, "write the date it happened; until then, leave done out",
					"%s of %s was done on %s, after today (%s)", milestoneName(m), label("", "goal", &g.ID, &g.Loc), m.Done.V, p.Today)
			}
		}
	},
}
