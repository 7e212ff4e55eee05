package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// DuplicateID reports an id declared twice in the same list.
var DuplicateID = &lint.Rule{
	ID:       "duplicate-id",
	Title:    "Two items of a list share an id",
	Severity: lint.SeverityError,
	Doc: `Ids name people, members, stakeholders, goals, barriers and opponents so
that other parts of the plan can refer to them. Within one list every id must be
unique, or a reference could mean either item. The finding points at the second
id and names the line of the first.`,
	Example: header + `members: []
goals:
  - id: summer-jobs
    title: 400 summer jobs for teens
  - id: summer-jobs
    title: 50 employers offering summer jobs
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		pl := p.Plan
		check := func(list string, ids []*plan.Value[plan.ID]) {
			first := map[plan.ID]plan.Pos{}
			for _, id := range ids {
				if !id.Set {
					continue
				}
				if at, dup := first[id.V]; dup {
					p.Reportf(id.Pos, fmt.Sprintf("give each item of %s its own id", list),
						"duplicate id %q in %s: first declared at line %d, column %d", id.V, list, at.Line, at.Col)
					continue
				}
				first[id.V] = id.Pos
			}
		}
		check("people", ids(pl.People.Items, func(x *plan.Person) *plan.Value[plan.ID] { return &x.ID }))
		check("members", ids(pl.Members.Items, func(x *plan.Member) *plan.Value[plan.ID] { return &x.ID }))
		check("stakeholders", ids(pl.Stakeholders.Items, func(x *plan.Stakeholder) *plan.Value[plan.ID] { return &x.ID }))
		check("goals", ids(pl.Goals.Items, func(x *plan.Goal) *plan.Value[plan.ID] { return &x.ID }))
		check("barriers", ids(pl.Barriers.Items, func(x *plan.Barrier) *plan.Value[plan.ID] { return &x.ID }))
		check("actions", ids(pl.Actions.Items, func(x *plan.Action) *plan.Value[plan.ID] { return &x.ID }))
		check("opposition", ids(pl.Opposition.Items, func(x *plan.Opponent) *plan.Value[plan.ID] { return &x.ID }))
	},
}

func ids[T any](items []T, id func(*T) *plan.Value[plan.ID]) []*plan.Value[plan.ID] {
	out := make([]*plan.Value[plan.ID], len(items))
	for i := range items {
		out[i] = id(&items[i])
	}
	return out
}
