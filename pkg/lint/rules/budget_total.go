package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// BudgetTotal reports declared budget totals that do not match the lines.
var BudgetTotal = &lint.Rule{
	ID:       "budget-total",
	Title:    "A declared budget total does not match its lines",
	Severity: lint.SeverityError,
	Doc: `` + "`budget.totals`" + ` may state the total of the expenses, of the income
and of the in-kind support, as they appear in a spreadsheet or a grant
application. When a total is written, it must equal the sum of its lines to the
cent: a difference means a line was added, removed or changed without updating
the total. Sums are exact (amounts are kept in cents, never as floating-point
numbers). A total is not checked while one of its lines has an invalid amount.`,
	Example: header + `members: []
goals: []
budget:
  expenses:
    - item: Coordinator salary
      amount: 48000
    - item: Bus passes for youth
      amount: 2350.50
  totals:
    expenses: 50000
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		b := &p.Plan.Budget
		if !b.Expenses.Complete() || !b.Income.Complete() || !b.InKind.Complete() {
			return // a line was dropped as invalid: no sum can be trusted
		}
		// The same sums as the score, show, report, brief and diff.
		f := figures.BudgetOf(p.Plan)
		checkTotal(p, "expenses", &b.Totals.Expenses, f.ExpenseLines)
		checkTotal(p, "income", &b.Totals.Income, f.IncomeLines)
		checkTotal(p, "in_kind", &b.Totals.InKind, f.InKindLines)
	},
}

// checkTotal compares a declared total with the sum of its lines, when that
// sum is exact: a line without a readable amount, or a sum beyond any real
// budget, leaves the total unchecked.
func checkTotal(p *lint.Pass, name string, total *plan.Value[plan.Money], lines figures.Sum) {
	if !total.Set || !lines.Exact() {
		return
	}
	sum := lines.Total
	if sum == total.V {
		return
	}
	phrase := fmt.Sprintf("the %s lines add up to", name)
	if lines.Lines == 1 {
		phrase = fmt.Sprintf("the 1 %s line adds up to", name)
	}
	p.Reportf(total.Pos, "write "+sum.String()+", or correct the lines",
		"totals.%s is %s but %s %s (off by %s)", name, total.V, phrase, sum, abs(total.V-sum))
}

func abs(m plan.Money) plan.Money {
	if m < 0 {
		return -m
	}
	return m
}
