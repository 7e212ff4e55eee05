package score

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// What the follow-through of an action plan costs the goals dimension, in
// the points of a goal (each is worth 100).
const (
	// overdueActionCost is the cost of an open action past its due date.
	overdueActionCost = 10
	// unservedGoalCost is the cost of an open goal at risk that no open
	// action serves.
	unservedGoalCost = 20
)

// unservedAtRisk returns, for each open goal at risk (see
// figures.Goal.AtRisk) that no open action serves, the deduction it costs:
// an Item at the goal's id. A plan without an actions section has none
// (see figures.Unserved).
func unservedAtRisk(p *plan.Plan, goals []figures.Goal) map[*plan.Goal]Item {
	out := map[*plan.Goal]Item{}
	for _, fg := range figures.Unserved(p, goals) {
		if !fg.AtRisk() {
			continue
		}
		g := fg.Goal
		why := "behind pace"
		if g.Status.Set && (g.Status.V == plan.GoalAtRisk || g.Status.V == plan.GoalOffTrack) {
			why = "marked " + string(g.Status.V)
		}
		out[g] = Item{Label: "goal " + goalName(g) + ": action", Detail: why + ", and no open action serves it",
			Points: -unservedGoalCost, Pos: at(&g.ID.Loc, g.KeyPos)}
	}
	return out
}

// overdueActions are the deductions for the open actions past their due
// date, each an Item at its due date.
func overdueActions(in *Input) []Item {
	var out []Item
	for _, fa := range figures.ActionsOf(in.Plan, in.Today, figures.Horizon) {
		if !fa.Overdue() {
			continue
		}
		a := fa.Action
		name := fmt.Sprintf("at line %d", a.KeyPos.Line)
		if a.ID.Set {
			name = string(a.ID.V)
		}
		owner := "no owner"
		if a.Owner.Set {
			owner = "owner " + figures.PersonName(in.Index, a.Owner.V)
		}
		out = append(out, Item{Label: "action " + name + ": overdue",
			Detail: fmt.Sprintf("due %s (%s), still %s; %s", a.Due.V, count(-fa.DaysLeft, "day")+" ago", fa.Status, owner),
			Points: -overdueActionCost, Pos: at(&a.Due.Loc, a.KeyPos)})
	}
	return out
}
