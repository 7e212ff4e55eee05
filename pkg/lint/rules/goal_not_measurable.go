package rules

import (
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// GoalNotMeasurable reports goals that cannot be measured.
var GoalNotMeasurable = &lint.Rule{
	ID:       "goal-not-measurable",
	Title:    "A goal lacks an indicator and a target (or milestones), a due date or an owner",
	Severity: lint.SeverityWarning,
	Doc: `The toolkit asks a coalition to describe "who will have what done by
when" and the community-level indicators it will use. A goal is measurable
when it names its ` + "`indicator`" + `, a ` + "`target`" + ` value, the date it is ` + "`due`" + `
and the member that ` + "`owner`" + `s it. Without them nobody can tell whether the
goal was met. The finding lists what the goal lacks.

A goal whose indicator is an event (an ordinance passed, a centre opened)
is measured by its ` + "`milestones`" + ` instead: with at least one milestone, it
needs no indicator and no target, but still a due date and an owner.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals:
  - id: summer-jobs
    title: More summer jobs for teens
    owner: harbor-ymca
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for i := range p.Plan.Goals.Items {
			g := &p.Plan.Goals.Items[i]
			var lacks []string
			// Milestones measure a goal in place of an indicator and a
			// target, as in figures.GoalsOf.
			event := ""
			if len(g.Milestones.Items) == 0 && g.Milestones.Complete() {
				if strings.TrimSpace(g.Indicator.V) == "" {
					lacks = append(lacks, "indicator")
				}
				if !g.Target.Written() {
					lacks = append(lacks, "target")
				}
				if len(lacks) > 0 {
					event = "; for an event, such as an ordinance passed, list milestones in place of indicator and target"
				}
			}
			if !g.Due.Written() {
				lacks = append(lacks, "due")
			}
			if !g.Owner.Written() {
				lacks = append(lacks, "owner")
			}
			if len(lacks) == 0 {
				continue
			}
			at, name := g.KeyPos, label("", "goal", &g.ID, &g.Loc)
			if g.ID.Set {
				at = g.ID.Pos
			}
			p.Reportf(at, "add "+andList(lacks)+": who will have what done by when"+event,
				"%s is not measurable: it has no %s", name, andList(lacks))
		}
	},
}
