// Package figures computes what readers of a plan want beside what it says:
// how far each goal has come and at what pace, whether it is overdue, the
// budget's sums, gaps and coverage to the cent, the sectors at the table.
// It is the one place each figure is computed: the rules of check, the
// score, show, report, brief and diff read the same figures, so they never
// disagree.
package figures

import (
	"fmt"
	"math"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Budget are the exact sums of a budget, its gaps and how far the income
// covers the expenses. It is the one place these figures are computed: the
// budget-total rule, the score, show, report, brief and diff read them here.
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
	// ExpenseLines, IncomeLines and InKindLines are the sums of each list
	// with what was left out of them, for telling whether a sum is that of
	// the list as written (see Sum.Exact).
	ExpenseLines, IncomeLines, InKindLines Sum
}

// Sum is the exact sum of the amounts of one list.
type Sum struct {
	// Total is the sum of the amounts read; zero when Overflow.
	Total plan.Money
	// Lines counts the lines of the list, those dropped from it included;
	// Unread counts the lines left out of Total: dropped, or with an amount
	// that could not be read.
	Lines, Unread int
	// Overflow is true when the sum does not fit.
	Overflow bool
}

// Exact reports whether Total is the sum of every line of the list as
// written: none was left out and the sum fits.
func (s Sum) Exact() bool { return s.Unread == 0 && !s.Overflow }

// sumOf adds up amounts; dropped counts the lines of the list that were
// dropped before any amount could be read.
func sumOf(amounts []*plan.Value[plan.Money], dropped int) Sum {
	s := Sum{Lines: len(amounts) + dropped, Unread: dropped}
	for _, v := range amounts {
		if !v.Set {
			s.Unread++
			continue
		}
		var ok bool
		if s.Total, ok = s.Total.Add(v.V); !ok {
			s.Overflow = true
		}
	}
	if s.Overflow {
		s.Total = 0
	}
	return s
}

// amounts returns the amount of each item.
func amounts[T any](items []T, amount func(*T) *plan.Value[plan.Money]) []*plan.Value[plan.Money] {
	out := make([]*plan.Value[plan.Money], len(items))
	for i := range items {
		out[i] = amount(&items[i])
	}
	return out
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

// Pending is the income not committed: pending, projected, or without a
// status.
func (b *Budget) Pending() plan.Money { return b.Income - b.Committed }

// CoverageCommitted is the share of the expenses that the committed income
// covers, within 0 and 1; false when there are no expenses to cover.
func (b *Budget) CoverageCommitted() (float64, bool) { return b.coverage(b.Committed) }

// CoverageAll is the share of the expenses that all income covers, within
// 0 and 1; false when there are no expenses to cover.
func (b *Budget) CoverageAll() (float64, bool) { return b.coverage(b.Income) }

func (b *Budget) coverage(have plan.Money) (float64, bool) {
	if b.Expenses <= 0 {
		return 0, false
	}
	return clamp01(float64(have) / float64(b.Expenses)), true
}

// BudgetOf adds up the lines of p's budget.
func BudgetOf(p *plan.Plan) Budget {
	b := &p.Budget
	t := Budget{Currency: p.Coalition.CurrencyCode()}
	t.ExpenseLines = sumOf(amounts(b.Expenses.Items, func(e *plan.Expense) *plan.Value[plan.Money] { return &e.Amount }), b.Expenses.Dropped)
	t.IncomeLines = sumOf(amounts(b.Income.Items, func(e *plan.Income) *plan.Value[plan.Money] { return &e.Amount }), b.Income.Dropped)
	t.InKindLines = sumOf(amounts(b.InKind.Items, func(e *plan.InKind) *plan.Value[plan.Money] { return &e.Value }), b.InKind.Dropped)
	var committed []*plan.Value[plan.Money]
	for i := range b.Income.Items {
		if inc := &b.Income.Items[i]; inc.Amount.Set && inc.Status.Set && inc.Status.V == plan.IncomeCommitted {
			committed = append(committed, &inc.Amount)
		}
	}
	c := sumOf(committed, 0)
	t.Unread = t.ExpenseLines.Unread + t.IncomeLines.Unread + t.InKindLines.Unread
	if t.ExpenseLines.Overflow || t.IncomeLines.Overflow || t.InKindLines.Overflow || c.Overflow {
		t.Overflow = true
		return t
	}
	t.Expenses, t.Income, t.InKind, t.Committed = t.ExpenseLines.Total, t.IncomeLines.Total, t.InKindLines.Total, c.Total
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

// BehindBy is how far progress may trail the time gone (as a share of the
// way) before a goal counts as at risk: 10 points.
const BehindBy = 0.10

// Goal is one goal with its progress.
type Goal struct {
	Goal *plan.Goal
	// Milestones are the goal's milestones as of today, nil when it has
	// none. A goal with milestones is measured by them, not by its
	// indicator: Progress and TimeGone are then theirs.
	Milestones *Milestones
	// Progress is the share of the way from baseline to target reached,
	// within 0 and 1; HasProgress is false when baseline, target or current
	// is missing. For a goal with milestones, it is the share of the
	// milestones done.
	Progress    float64
	HasProgress bool
	// TimeGone is the share of the time from the start to the due date
	// gone by today; HasTime is false without a start, a due date after
	// it, or a today. For a goal with milestones, it is the share of the
	// milestones due by today, the progress expected of it; HasTime is
	// false without a today or a milestone with a due date.
	TimeGone float64
	HasTime  bool
	// State is done, overdue, at risk (declared at-risk or off-track, or
	// progress trailing the time gone by more than BehindBy) or on track.
	State GoalState
	// DaysLeft is the number of days from today to the due date, negative
	// when it has passed; meaningful only when the goal has a due date.
	DaysLeft int
}

// Pace is how far the goal has come for the time gone: Progress over
// TimeGone, at most 1, and 1 while no time has gone. It is meaningful only
// when HasProgress and HasTime.
func (g *Goal) Pace() float64 {
	if g.TimeGone == 0 {
		return 1
	}
	return math.Min(1, g.Progress/g.TimeGone)
}

// Behind reports whether the goal's progress trails the time gone by more
// than BehindBy; false when either is unknown.
func (g *Goal) Behind() bool {
	return g.HasProgress && g.HasTime && g.Progress+BehindBy < g.TimeGone
}

// StartOf is the date the time of the goals runs from: the coalition's
// start, else the budget period's.
func StartOf(p *plan.Plan) plan.Value[plan.Date] {
	if p.Coalition.Start.Set {
		return p.Coalition.Start
	}
	return p.Budget.Period.Start
}

// PastDue reports whether a due date has passed on today: a goal is due
// until the end of its due date, and overdue from the day after. Nothing is
// past due without a due date or a today.
func PastDue(due plan.Value[plan.Date], today plan.Date) bool {
	return due.Set && !today.IsZero() && due.V.Before(today)
}

// ProgressOf is the share of the way from baseline to target that g has
// come (see Way); false when its baseline, target or current is missing.
func ProgressOf(g *plan.Goal) (float64, bool) {
	if !g.Baseline.Set || !g.Target.Set || !g.Current.Set {
		return 0, false
	}
	return Way(g.Baseline.V, g.Target.V, g.Current.V), true
}

// GoalsOf computes the progress of every goal of p as of today, in the
// order of the plan. The time runs from StartOf(p).
func GoalsOf(p *plan.Plan, today plan.Date) []Goal {
	start := StartOf(p)
	out := make([]Goal, 0, len(p.Goals.Items))
	for i := range p.Goals.Items {
		out = append(out, goalOf(&p.Goals.Items[i], start, today))
	}
	return out
}

func goalOf(g *plan.Goal, start plan.Value[plan.Date], today plan.Date) Goal {
	fg := Goal{Goal: g, Milestones: MilestonesOf(g, today)}
	fg.Progress, fg.HasProgress = ProgressOf(g)
	if g.Due.Set && !today.IsZero() {
		fg.DaysLeft = today.DaysUntil(g.Due.V)
		if start.Set && start.V.Before(g.Due.V) {
			total := float64(start.V.DaysUntil(g.Due.V))
			fg.TimeGone, fg.HasTime = clamp01(float64(start.V.DaysUntil(today))/total), true
		}
	}
	if m := fg.Milestones; m != nil {
		fg.Progress, fg.HasProgress = m.Progress(), true
		fg.TimeGone, fg.HasTime = m.Expected(), !today.IsZero() && m.Dated > 0
	}
	switch {
	case g.Status.Set && g.Status.V == plan.GoalDone:
		fg.State = GoalDone
	case PastDue(g.Due, today):
		fg.State = GoalOverdue
	case g.Status.Set && (g.Status.V == plan.GoalAtRisk || g.Status.V == plan.GoalOffTrack):
		fg.State = GoalAtRisk
	case fg.Behind():
		fg.State = GoalAtRisk
	default:
		fg.State = GoalOnTrack
	}
	return fg
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

// Percent formats a share as a whole percentage (see WholePercent), such as
// "48%".
func Percent(f float64) string {
	return fmt.Sprintf("%d%%", WholePercent(f))
}

// WholePercent is a share as a whole percentage, rounded down so that 99.6%
// of the way is not shown as all of it.
func WholePercent(f float64) int {
	return int(math.Floor(f*100 + 1e-9))
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
