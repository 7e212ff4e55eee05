package score

import (
	"fmt"
	"math"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Goals scores whether the goals are measurable, on pace and on time.
var Goals = &Dimension{
	Name:   "goals",
	Title:  "Goals are measurable, on pace and on time",
	Weight: 15,
	Formula: `Each goal is worth 100 points. Measurable: 5 each for an indicator,
a baseline, a target, a due date and an owner (25). On pace (60): with p the
share of the way from baseline to target reached and t the share of the time
gone from the coalition's start (or the budget period's start) to the due
date, a goal behind (p below t) loses in proportion to how far behind it is
and how much of the time is gone: 60 × (1 − min(1, 4 × (t − p) × t)). Ten
points behind with half the time gone costs a fifth of the pace points; a
third of the way behind with three quarters of the time gone costs them all
but a quarter, and most goals that far behind keep a plan out of strong (the
goals-behind gate). Without a start date, 60 × p; nothing when baseline,
target or current is missing. On time: 15 unless the goal is past due and
not done, or has no due date. A goal marked done earns the pace and on-time
points. A goal with milestones (an event, such as an ordinance passed) is
measured by them: in place of the indicator, baseline and target, 15 × the
share of its milestones with a due date; on pace, the same formula with p
the share of its milestones done and t the share due by today (60 while
none is due; 60 × p when no milestone has a due date). A milestone past due
and not done thus costs pace points, and the pace names it. In a plan with
an actions section, the work on the goals counts too: each open goal at
risk (marked at-risk or off-track, or behind pace by more than 10 points)
that no open action serves (planned, doing or blocked, with goal: its id)
costs 20 points, and each open action past its due date costs 10. Score =
100 × points / (100 × goals), within 0 and 100; no goals scores 0.`,
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
		goals := in.Goals()
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
	it := Item{Label: name + ": measurable", Max: measurableMax, Points: float64(5 * (5 - len(missing))), Pos: g.KeyPos}
	if len(missing) == 0 {
		it.Detail = "indicator, baseline, target, due date and owner"
	} else {
		it.Detail = "no " + strings.Join(missing, ", no ")
	}
	return it
}

// The points of a goal: measurable, on pace and on time make 100.
const (
	measurableMax = 25
	paceMax       = 60
	onTimeMax     = 15
)

// behindCost weighs how far behind a goal is by how much of its time is
// gone: the pace points lost are behindCost × (t − p) × t, at most all.
const behindCost = 4

// paceShare is the share of the pace points a goal with progress and time
// keeps: 1 on pace or ahead, less in proportion to how far behind it is
// (t − p, as a share of the way) and how much of the time is gone (t).
func paceShare(fg figures.Goal) float64 {
	short := fg.TimeGone - fg.Progress
	if short <= 0 {
		return 1
	}
	return 1 - math.Min(1, behindCost*short*fg.TimeGone)
}

func pace(fg figures.Goal, name string) Item {
	g := fg.Goal
	it := Item{Label: name + ": pace", Max: paceMax, Pos: at(&g.Current.Loc, g.KeyPos)}
	if fg.State == figures.GoalDone {
		it.Points, it.Detail = paceMax, "done"
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
		it.Points = paceMax * fg.Progress
		it.Detail = reached + " (pace unknown: no start and due date to measure time against)"
		return it
	}
	it.Points = paceMax * paceShare(fg)
	if fg.TimeGone == 0 {
		it.Detail = reached + ", before the start date"
		return it
	}
	it.Detail = fmt.Sprintf("%s with %s of the time gone", reached, figures.Percent(fg.TimeGone))
	return it
}

func onTime(fg figures.Goal, name string) Item {
	g := fg.Goal
	it := Item{Label: name + ": on time", Max: onTimeMax, Pos: at(&g.Due.Loc, g.KeyPos)}
	switch {
	case fg.State == figures.GoalDone:
		it.Points, it.Detail = onTimeMax, "done"
	case !g.Due.Set:
		it.Detail = "no due date"
	case fg.State == figures.GoalOverdue:
		it.Detail = fmt.Sprintf("overdue since %s and not done", g.Due.V)
	default:
		it.Points, it.Detail = onTimeMax, fmt.Sprintf("due %s", g.Due.V)
	}
	return it
}
