package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// GoalNoAction reports open goals that no open action serves, in a plan
// that tracks actions.
var GoalNoAction = &lint.Rule{
	ID:       "goal-no-action",
	Title:    "An open goal has no open action",
	Severity: lint.SeverityWarning,
	Doc: `Objectives become work through an action plan: who does what by when
[003]. In a plan with an ` + "`actions`" + ` section, a goal that is not ` + "`done`" + ` and that
no open action serves (an action with ` + "`goal:`" + ` its id, ` + "`planned`" + `, ` + "`doing`" + ` or
` + "`blocked`" + `) has nobody working on it.

A goal that needs attention, marked ` + "`at-risk`" + ` or ` + "`off-track`" + ` or behind pace
(progress trailing the share of the time gone by more than 10 points, as
` + "`show goals`" + ` computes it), is a warning; any other open goal is information.
Setting the rule's severity changes that of the warnings only; the
information stays information. The finding is at the goal's id.

A plan with no ` + "`actions`" + ` section is not checked: it does not track its
actions, and nothing says its goals have none.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals:
  - id: summer-jobs
    title: 400 summer jobs for teens
    status: at-risk
  - id: employer-pledge
    title: 50 employers sign the first-job pledge
actions:
  - id: pledge-drive
    title: Run the pledge drive
    goal: employer-pledge
    status: done
    done: 2026-10-01
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		// The same figures as the goals table, the score and the brief.
		for _, fg := range figures.Unserved(p.Plan, p.Goals()) {
			g := fg.Goal
			pos := g.KeyPos
			if g.ID.Set {
				pos = g.ID.Pos
			}
			hint := "give the goal an id, then add an action with goal: that id, an owner and a due date"
			if g.ID.Set {
				hint = fmt.Sprintf("add an action under actions with goal: %s, an owner and a due date", g.ID.V)
			}
			name := label("", "goal", &g.ID, &g.Loc)
			if why := needsAttention(&fg); why != "" {
				p.Reportf(pos, hint, "%s is %s and no open action serves it", name, why)
				continue
			}
			p.Notef(pos, hint, "no open action serves %s", name)
		}
	},
}

// needsAttention says why a goal needs attention ("marked at-risk",
// "behind pace: ..."), or "" when it does not (see figures.Goal.AtRisk).
func needsAttention(g *figures.Goal) string {
	switch {
	case !g.AtRisk():
		return ""
	case g.Goal.Status.Set && (g.Goal.Status.V == plan.GoalAtRisk || g.Goal.Status.V == plan.GoalOffTrack):
		return "marked " + string(g.Goal.Status.V)
	}
	return fmt.Sprintf("behind pace (%s of the way with %s of the time gone)", figures.Percent(g.Progress), figures.Percent(g.TimeGone))
}
