package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// ActionDoneDate reports an action whose done date does not agree with its
// status or with today.
var ActionDoneDate = &lint.Rule{
	ID:       "action-done-date",
	Title:    "An action's done date is missing, in the future, or on an action not done",
	Severity: lint.SeverityWarning,
	Doc: `The ` + "`done`" + ` date of an action is the date it was finished: what the board
reads as delivered, and when. Three things are reported:

- an action with ` + "`status: done`" + ` and no ` + "`done`" + ` date, at the status: add the
  date it was finished;
- a ` + "`done`" + ` date after today, at the date: an action cannot have been
  finished on a day still to come;
- a ` + "`done`" + ` date on an action whose status is not ` + "`done`" + ` (` + "`planned`" + `, the
  default, ` + "`doing`" + `, ` + "`blocked`" + ` or ` + "`dropped`" + `), at the date: either the status
  or the date is wrong. A dropped action was not finished, so it has no
  done date; say why it was dropped in its title or a comment.

An action whose status or done date cannot be read is left to the rules
that report those.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals:
  - id: summer-jobs
    title: 400 summer jobs for teens
actions:
  - id: employer-breakfast
    title: Host the employer breakfast
    goal: summer-jobs
    status: done
  - id: pledge-drive
    title: Run the pledge drive
    goal: summer-jobs
    status: done
    done: 2026-12-01
  - id: job-fair
    title: Hold the spring job fair
    goal: summer-jobs
    status: doing
    done: 2026-04-18
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for i := range p.Plan.Actions.Items {
			a := &p.Plan.Actions.Items[i]
			if a.Status.Invalid || a.Done.Invalid {
				continue // reported as invalid; the rest is guesswork
			}
			name := label("", "action", &a.ID, &a.Loc)
			done := a.StatusOrDefault() == plan.ActionDone
			switch {
			case done && !a.Done.Set:
				p.Reportf(a.Status.Pos, "add done: YYYY-MM-DD, the date it was finished",
					"%s is done but has no done date", name)
			case !done && a.Done.Set:
				status := "is " + string(a.StatusOrDefault())
				if !a.Status.Set {
					status = "has no status (planned)"
				}
				p.Reportf(a.Done.Pos, "set status: done if it was finished then, or remove the done date",
					"%s has a done date, %s, but %s", name, a.Done.V, status)
			case a.Done.Set && !p.Today.IsZero() && p.Today.Before(a.Done.V):
				p.Reportf(a.Done.Pos, "write the date it was finished; until then, leave done out and the status doing",
					"%s was done on %s, after today (%s)", name, a.Done.V, p.Today)
			}
		}
	},
}
