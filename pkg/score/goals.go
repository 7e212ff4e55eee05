package score

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Goals scores whether the goals are measurable, on pace and on time.
var Goals = &Dimension{
	Name:   "goals",
	Title:  "Goals are measurable, on pace and on time",
	Weight: 15,
	Formula: `Each goal is worth 100 points. Measurable: 10 each for an indicator,
a baseline, a target, a due date and an owner (50). On pace: 35 × the share of
the way from baseline to target reached, divided by the share of the time
gone from the coalition's start (or the budget period's start) to the due
date, at most 1; without a start date, 35 × the share of the way reached; 0
when baseline, target or current is missing. On time: 15 unless the goal is
past due and not done, or has no due date. A goal marked done earns the
pace and on-time points. A goal with milestones (an event, such as an
ordinance passed) is measured by them: in place of the indicator, baseline
and target, 30 × the share of its milestones with a due date; on pace, 35 ×
the share of its milestones done, divided by the share due by today, at most
1 (1 while none is due; 35 × the share done when no milestone has a due
date). A milestone past due and not done thus costs pace points, and the
pace names it. In a plan with an actions section, the work on the goals
counts too: each open goal at risk (marked at-risk or off-track, or behind
pace by more than 10 points) that no open action serves (planned, doing or
blocked, with goal: its id) costs 20 points, and each open action past its
due date costs 10. Score = 100 × points / (100 × goals), within 0 and 100;
no goals scores 0.`,
	Source: `Toolkit: objectives and community-level indicators ("Who will have what
done by when?"); "Describe community-level indicators you will utilize";
evaluation of plans and actions. For a goal that is an event, the steps
that lead to it, each with its date: "who will have what done by when".
Follow-through: the action plan says who does what by when, and the
evaluation of a coalition rates its actions beside its plans [003].`,
	Measure: func(in *Input) []Item {
		p := in.Plan
		if len(p.Goals.Items) == 0 {
			return []Item{{Label: "goals", Detail: "no goals in the plan", Max: 100, Pos: at(&p.Goals.Loc, p.Pos)}}
		}
		var items []Item
		goals := figures.GoalsOf(p, in.Today)
		unserved := unservedAtRisk(p, goals)
		for _, fg := range goals {
			name := "goal " + goalName(fg.Goal)
			items = append(items, measurable(in, fg, name), pace(fg, name), onTime(fg, name))
			if it, ok := unserved[fg.Goal]; ok {
				items = append(items, it)
			}
		}
		return append(items, overdueActions(in)...)
	},
}

func goalName(g *plan.Goal) string {
	if g.ID.Set {
		return string(g.ID.V)
	}
	return fmt.Sprintf("at line %d", g.KeyPos.Line)
}

func measurable(in *Input, fg figures.Goal, name string) Item {
	if fg.Milestones != nil {
		return measurableByMilestones(in, fg, name)
	}
	g := fg.Goal
	var missing []string
	has := func(ok bool, what string) {
		if !ok {
			missing = append(missing, what)
		}
	}
	has(g.Indicator.Set, "indicator")
	has(g.Baseline.Set, "baseline")
	has(g.Target.Set, "target")
	has(g.Due.Set, "due date")
	has(g.Owner.Set && in.Index.Members[g.Owner.V] != nil, "owner")
	it := Item{Label: name + ": measurable", Max: 50, Points: float64(10 * (5 - len(missing))), Pos: g.KeyPos}
	if len(missing) == 0 {
		it.Detail = "indicator, baseline, target, due date and owner"
	} else {
		it.Detail = "no " + strings.Join(missing, ", no ")
	}
	return it
}

func pace(fg figures.Goal, name string) Item {
	g := fg.Goal
	it := Item{Label: name + ": pace", Max: 35, Pos: at(&g.Current.Loc, g.KeyPos)}
	if fg.State == figures.GoalDone {
		it.Points, it.Detail = 35, "done"
		return it
	}
	if fg.Milestones != nil {
		return paceByMilestones(fg, it)
	}
	if !fg.HasProgress {
		var missing []string
		for _, v := range []struct {
			ok   bool
			name string
		}{{g.Baseline.Set, "baseline"}, {g.Target.Set, "target"}, {g.Current.Set, "current value"}} {
			if !v.ok {
				missing = append(missing, v.name)
			}
		}
		it.Detail = "progress cannot be measured: no " + strings.Join(missing, ", no ")
		return it
	}
	reached := fmt.Sprintf("%s of the way from baseline to target", figures.Percent(fg.Progress))
	if !fg.HasTime {
		it.Points = 35 * fg.Progress
		it.Detail = reached + " (pace unknown: no start and due date to measure time against)"
		return it
	}
	it.Points = 35 * fg.Pace()
	if fg.TimeGone == 0 {
		it.Detail = reached + ", before the start date"
		return it
	}
	it.Detail = fmt.Sprintf("%s with %s of the time gone", reached, figures.Percent(fg.TimeGone))
	return it
}

func onTime(fg figures.Goal, name string) Item {
	g := fg.Goal
	it := Item{Label: name + ": on time", Max: 15, Pos: at(&g.Due.Loc, g.KeyPos)}
	switch {
	case fg.State == figures.GoalDone:
		it.Points, it.Detail = 15, "done"
	case !g.Due.Set:
		it.Detail = "no due date"
	case fg.State == figures.GoalOverdue:
		it.Detail = fmt.Sprintf("overdue since %s and not done", g.Due.V)
	default:
		it.Points, it.Detail = 15, fmt.Sprintf("due %s", g.Due.V)
	}
	return it
}
