package score

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Budget scores how far the income covers the expenses.
var Budget = &Dimension{
	Name:   "budget",
	Title:  "Committed income covers the expenses",
	Weight: 15,
	Formula: `With E the sum of the expenses, C the committed income and I all
income (committed, pending and projected; income without a status is not
committed): committed coverage 60 × min(C / E, 1); all income 25 × min(I / E,
1); in-kind support 15 when any is recorded. In-kind support is counted on
its own, never as income: it does not close the gap. With no expenses the
coverage cannot be measured and earns nothing. Sums are exact, in cents.`,
	Source: `Toolkit: "Create a budget ... all projected expenses, all projected income,
projected gap between expenses and income"; "Stimulate creative ways in which
resources other than money could be generated".`,
	Measure: func(in *Input) []Item {
		b := &in.Plan.Budget
		pos := at(&b.Loc, in.Plan.Pos)
		cur := in.Plan.Coalition.CurrencyCode()
		t := Totals(b)
		if t.Overflow {
			return []Item{{Label: "budget", Detail: "the amounts are too large to add up", Max: 100, Pos: pos}}
		}
		if len(b.Expenses.Items) == 0 && len(b.Income.Items) == 0 && len(b.InKind.Items) == 0 {
			return []Item{{Label: "budget", Detail: "no budget: expenses and income are not planned", Max: 100, Pos: pos}}
		}
		note := ""
		if t.Unread > 0 {
			note = fmt.Sprintf(" (%s could not be read and %s left out)", count(t.Unread, "line"), map[bool]string{true: "is", false: "are"}[t.Unread == 1])
		}
		exPos := at(&b.Expenses.Loc, pos)
		inPos := at(&b.Income.Loc, pos)
		var committed, all Item
		if t.Expenses <= 0 {
			committed = Item{Label: "committed income", Max: 60, Pos: exPos,
				Detail: "no expenses listed, so coverage cannot be measured" + note}
			all = Item{Label: "all income", Max: 25, Pos: exPos,
				Detail: "no expenses listed, so coverage cannot be measured"}
		} else {
			c := ratio(t.Committed, t.Expenses)
			committed = Item{Label: "committed income", Max: 60, Pos: inPos, Points: 60 * c,
				Detail: fmt.Sprintf("covers %s of expenses (%s of %s %s; gap %s)%s",
					pct(c), t.Committed, t.Expenses, cur, gap(t.Expenses, t.Committed), note)}
			a := ratio(t.Income, t.Expenses)
			all = Item{Label: "all income", Max: 25, Pos: inPos, Points: 25 * a,
				Detail: fmt.Sprintf("covers %s of expenses (%s of %s %s; gap %s)",
					pct(a), t.Income, t.Expenses, cur, gap(t.Expenses, t.Income))}
		}
		kind := item("in-kind support", 15, t.InKind > 0, at(&b.InKind.Loc, pos),
			fmt.Sprintf("%s %s recorded, counted apart from income", t.InKind, cur),
			"none recorded: resources other than money can meet some expenses")
		return []Item{committed, all, kind}
	},
}

// BudgetTotals are the exact sums of a budget.
type BudgetTotals struct {
	Expenses, Committed, Income, InKind plan.Money
	// Unread counts lines left out of the sums: dropped from their list, or
	// with an amount that could not be read.
	Unread int
	// Overflow is true when a sum does not fit; the sums are then zero.
	Overflow bool
}

// Totals adds up the lines of b.
func Totals(b *plan.Budget) BudgetTotals {
	var t BudgetTotals
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
		return BudgetTotals{Overflow: true, Unread: t.Unread}
	}
	return t
}

// ratio is n / d as a fraction within 0 and 1.
func ratio(n, d plan.Money) float64 {
	if d <= 0 {
		return 1
	}
	return clamp01(float64(n) / float64(d))
}

// gap formats what is missing of need when have is available, or "none".
func gap(need, have plan.Money) string {
	if have >= need {
		return "none"
	}
	return (need - have).String()
}
