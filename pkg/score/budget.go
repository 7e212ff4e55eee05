package score

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/levels"
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
coverage cannot be measured and earns nothing. Sums are exact, in cents.
Below cooperation (see the table of levels), a plan with no expenses is not
scored on its budget: the dimension is left out of the total.`,
	Source: `Toolkit: "Create a budget ... all projected expenses, all projected income,
projected gap between expenses and income"; "Stimulate creative ways in which
resources other than money could be generated".`,
	Skip: func(in *Input) string {
		if l := levels.Of(in.Plan); !levels.Budget.Expects(l) && len(in.Plan.Budget.Expenses.Items) == 0 {
			return fmt.Sprintf("no budget, and none is expected of %s (a budget is expected from %s on)", levels.GroupName(l), levels.Budget.From)
		}
		return ""
	},
	Measure: func(in *Input) []Item {
		b := &in.Plan.Budget
		pos := at(&b.Loc, in.Plan.Pos)
		cur := in.Plan.Coalition.CurrencyCode()
		t := figures.BudgetOf(in.Plan)
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
		c, covered := t.CoverageCommitted()
		if !covered {
			committed = Item{Label: "committed income", Max: 60, Pos: exPos,
				Detail: "no expenses listed, so coverage cannot be measured" + note}
			all = Item{Label: "all income", Max: 25, Pos: exPos,
				Detail: "no expenses listed, so coverage cannot be measured"}
		} else {
			committed = Item{Label: "committed income", Max: 60, Pos: inPos, Points: 60 * c,
				Detail: fmt.Sprintf("covers %s of expenses (%s of %s %s; gap %s)%s",
					figures.Percent(c), t.Committed, t.Expenses, cur, gapText(t.GapCommitted()), note)}
			a, _ := t.CoverageAll()
			all = Item{Label: "all income", Max: 25, Pos: inPos, Points: 25 * a,
				Detail: fmt.Sprintf("covers %s of expenses (%s of %s %s; gap %s)",
					figures.Percent(a), t.Income, t.Expenses, cur, gapText(t.GapAll()))}
		}
		kind := item("in-kind support", 15, t.InKind > 0, at(&b.InKind.Loc, pos),
			fmt.Sprintf("%s %s recorded, counted apart from income", t.InKind, cur),
			"none recorded: resources other than money can meet some expenses")
		return []Item{committed, all, kind}
	},
}

// gapText formats a gap of the budget, "none" when there is none.
func gapText(gap plan.Money) string {
	if gap == 0 {
		return "none"
	}
	return gap.String()
}
