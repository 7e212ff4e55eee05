package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// DateOrder reports spans of time that end before they start.
var DateOrder = &lint.Rule{
	ID:       "date-order",
	Title:    "A span of time ends before it starts",
	Severity: lint.SeverityError,
	Doc: `Three spans of a plan have a start and an end: the coalition itself
(` + "`coalition.start`" + ` and ` + "`end`" + `), each member's membership
(` + "`joined`" + ` and ` + "`left`" + `) and the budget period. An end before its start
is a typo in one of the two dates. The finding points at the end.`,
	Example: header + `  start: 2027-01-01
  end: 2026-12-31
members: []
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		c := &p.Plan.Coalition
		order(p, &c.Start, &c.End, "the coalition ends", "it starts")
		for i := range p.Plan.Members.Items {
			m := &p.Plan.Members.Items[i]
			order(p, &m.Joined, &m.Left, label("", "member", &m.ID, &m.Loc)+" left", "it joined")
		}
		b := &p.Plan.Budget.Period
		order(p, &b.Start, &b.End, "the budget period ends", "it starts")
	},
}

func order(p *lint.Pass, start, end *plan.Value[plan.Date], ends, starts string) {
	if start.Set && end.Set && end.V.Before(start.V) {
		p.Reportf(end.Pos, "check both dates: one of them is probably a typo",
			"%s on %s, before %s on %s", ends, end.V, starts, start.V)
	}
}
