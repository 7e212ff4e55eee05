// Package figures computes what readers of a plan want beside what it says:
// how far each goal has come, the budget's sums and gaps to the cent, who
// owns each member relationship. The show, report and brief commands and
// the score read the same figures, so they never disagree.
package figures

import (
	"fmt"
	"math"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Budget are the exact sums of a budget and its gaps.
type Budget struct {
	// Currency is the plan's ISO 4217 code.
	Currency string
	// Expenses, Committed (income with status committed), Income (all
	// income) and InKind are the sums of their lines.
	Expenses, Committed, Income, InKind plan.Money
	// Unread counts lines left out of the sums: dropped from their list, or
	// with an amount that could not be read.
	Unread int
	// Overflow is true when a sum does not fit; the sums are then zero.
	Overflow bool
}

// GapCommitted is what the committed income leaves of the expenses
// uncovered, zero when it covers them.
func (b *Budget) GapCommitted() plan.Money { return gap(b.Expenses, b.Committed) }

// GapAll is what all income leaves of the expenses uncovered.
func (b *Budget) GapAll() plan.Money { return gap(b.Expenses, b.Income) }

func gap(need, have plan.Money) plan.Money {
	if have >= need {
		return 0
	}
	return need - have
}

// BudgetOf adds up the lines of p's budget.
func BudgetOf(p *plan.Plan) Budget {
	b := &p.Budget
	t := Budget{Currency: p.Coalition.CurrencyCode()}
	add := func(to *plan.Money, v *plan.Value[plan.Money]) {
		if !v.Set {
			t.Unread++
			return
		}
		s, ok := to.Add(v.V)
		if !ok {
			t.Overflow = true
		}
		*to = s
	}
	for i := range b.Expenses.Items {
		add(&t.Expenses, &b.Expenses.Items[i].Amount)
	}
	for i := range b.Income.Items {
		inc := &b.Income.Items[i]
		add(&t.Income, &inc.Amount)
		if inc.Amount.Set && inc.Status.Set && inc.Status.V == plan.IncomeCommitted {
			add(&t.Committed, &inc.Amount)
		}
	}
	for i := range b.InKind.Items {
		add(&t.InKind, &b.InKind.Items[i].Value)
	}
	t.Unread += b.Expenses.Dropped + b.Income.Dropped + b.InKind.Dropped
	if t.Overflow {
		return Budget{Currency: t.Currency, Overflow: true, Unread: t.Unread}
	}
	return t
}

// GoalState is where a goal stands, as a board reads it.
type GoalState string

// Goal states.
const (
	GoalDone    GoalState = "done"
	GoalOnTrack GoalState = "on track"
	GoalAtRisk  GoalState = "at risk"
	GoalOverdue GoalState = "overdue"
)

// behindBy is how far progress may trail the time gone (as a share of the
// way) before a goal counts as at risk.
const behindBy = 0.10

// Goal is one goal with its progress.
type Goal struct {
	Goal *plan.Goal
	// Progress is the share of the way from baseline to target reached,
	// within 0 and 1; HasProgress is false when baseline, target or current
	// is missing.
	Progress    float64
	HasProgress bool
	// TimeGone is the share of the time from the start to the due date
	// gone by today; HasTime is false without a start or a due date.
	TimeGone float64
	HasTime  bool
	// State is done, overdue, at risk (declared at-risk or off-track, or
	// progress trailing the time gone by more than 10 points) or on track.
	State GoalState
	// DaysLeft is the number of days from today to the due date, negative
	// when it has passed; meaningful only when the goal has a due date.
	DaysLeft int
}

// GoalsOf computes the progress of every goal of p as of today. The start
// of the time is the coalition's start, else the budget period's.
func GoalsOf(p *plan.Plan, today plan.Date) []Goal {
	start := p.Coalition.Start
	if !start.Set {
		start = p.Budget.Period.Start
	}
	out := make([]Goal, 0, len(p.Goals.Items))
	for i := range p.Goals.Items {
		g := &p.Goals.Items[i]
		fg := Goal{Goal: g}
		if g.Baseline.Set && g.Target.Set && g.Current.Set {
			fg.Progress, fg.HasProgress = Way(g.Baseline.V, g.Target.V, g.Current.V), true
		}
		if g.Due.Set {
			fg.DaysLeft = today.DaysUntil(g.Due.V)
			if start.Set && start.V.Before(g.Due.V) {
				total := float64(start.V.DaysUntil(g.Due.V))
				fg.TimeGone, fg.HasTime = clamp01(float64(start.V.DaysUntil(today))/total), true
			}
		}
		switch {
		case g.Status.Set && g.Status.V == plan.GoalDone:
			fg.State = GoalDone
		case g.Due.Set && g.Due.V.Before(today):
			fg.State = GoalOverdue
		case g.Status.Set && (g.Status.V == "at-risk" || g.Status.V == "off-track"):
			fg.State = GoalAtRisk
		case fg.HasProgress && fg.HasTime && fg.Progress+behindBy < fg.TimeGone:
			fg.State = GoalAtRisk
		default:
			fg.State = GoalOnTrack
		}
		out = append(out, fg)
	}
	return out
}

// Way is the share of the way from baseline to target that current has
// come, within 0 and 1. It works for goals that lower a number too.
func Way(baseline, target, current float64) float64 {
	span := target - baseline
	if span == 0 {
		if current == target {
			return 1
		}
		return 0
	}
	return clamp01((current - baseline) / span)
}

func clamp01(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return math.Max(0, math.Min(1, f))
}

// Percent formats a share as a whole percentage, rounded down so that 99.6%
// of the way is not shown as all of it.
func Percent(f float64) string {
	return fmt.Sprintf("%d%%", int(math.Floor(f*100+1e-9)))
}

// PersonName returns the name of the person, member or stakeholder with
// the id, or the id itself when none has it.
func PersonName(x *plan.Index, id plan.ID) string {
	if pr := x.People[id]; pr != nil && pr.Name.Set {
		return pr.Name.V
	}
	if m := x.Members[id]; m != nil && m.Name.Set {
		return m.Name.V
	}
	if s := x.Stakeholders[id]; s != nil && s.Name.Set {
		return s.Name.V
	}
	return string(id)
}

// Active reports whether m is an active member: its status is active or
// left out.
func Active(m *plan.Member) bool {
	return !m.Status.Invalid && (!m.Status.Set || m.Status.V == plan.MemberActive)
}
