package view

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// actions lists the action plan [003] grouped by what each action serves:
// the goals in the order of the plan, then the barriers, then the
// stakeholders, then the actions that name none. Within a group the actions
// come by due date, those without one last. Each has its owner by name, the
// days left to its due date while it is open (negative when overdue) and
// its state (see figures.ActionsOf), due soon meaning within
// figures.Horizon days.
func actions(in *Input) []*Table {
	t := &Table{Name: "actions", Title: "Actions", Empty: "no actions",
		Columns: cols("serves", "id", "title", "owner", "due", "days_left|days left>", "status", "state")}
	type row struct {
		// kind is 0 for a goal, 1 a barrier, 2 a stakeholder, 3 none;
		// rank is the place of the goal, barrier or stakeholder in its
		// list, after all of them when it is not in the plan.
		kind, rank int
		a          figures.Action
		serves     Cell
	}
	p := in.Plan
	goalAt := ranks(p.Goals.Items, func(g *plan.Goal) plan.Value[plan.ID] { return g.ID })
	barrierAt := ranks(p.Barriers.Items, func(b *plan.Barrier) plan.Value[plan.ID] { return b.ID })
	stakeholderAt := ranks(p.Stakeholders.Items, func(s *plan.Stakeholder) plan.Value[plan.ID] { return s.ID })
	var rows []row
	for _, fa := range figures.ActionsOf(p, in.Today, figures.Horizon) {
		a := fa.Action
		r := row{a: fa, kind: 3}
		serves := func(kind int, at map[plan.ID]int, what string, id plan.ID, text string) {
			r.kind, r.rank = kind, len(at)
			if n, ok := at[id]; ok {
				r.rank = n
			}
			r.serves = Cell{Text: what + " " + text, Value: what + " " + string(id)}
		}
		switch {
		case a.Goal.Set:
			serves(0, goalAt, "goal", a.Goal.V, string(a.Goal.V))
		case a.Barrier.Set:
			serves(1, barrierAt, "barrier", a.Barrier.V, string(a.Barrier.V))
		case a.Stakeholder.Set:
			serves(2, stakeholderAt, "stakeholder", a.Stakeholder.V, figures.PersonName(in.Index, a.Stakeholder.V))
		}
		rows = append(rows, r)
	}
	// A reference to nothing in the plan (dangling-ref reports it) comes
	// after those that resolve, by its text.
	slices.SortStableFunc(rows, func(x, y row) int {
		return cmp.Or(cmp.Compare(x.kind, y.kind), cmp.Compare(x.rank, y.rank), cmp.Compare(x.serves.Text, y.serves.Text),
			compareDue(x.a.Action, y.a.Action))
	})
	for _, r := range rows {
		a := r.a.Action
		var left Cell
		if r.a.Open && r.a.Timed {
			left = Cell{Text: strconv.Itoa(r.a.DaysLeft), Value: r.a.DaysLeft}
		}
		status := str(a.Status)
		if !a.Status.Set && !a.Status.Invalid {
			status = Cell{Text: string(plan.ActionPlanned), Value: string(plan.ActionPlanned)}
		}
		t.Rows = append(t.Rows, []Cell{r.serves, str(a.ID), str(a.Title), name(in, a.Owner), date(a.Due), left,
			status, {Text: string(r.a.State), Value: string(r.a.State)}})
	}
	return []*Table{t}
}

// ranks maps the id of each item to its place in the list, the first
// place for an id written twice.
func ranks[T any](items []T, id func(*T) plan.Value[plan.ID]) map[plan.ID]int {
	at := map[plan.ID]int{}
	for i := range items {
		if v := id(&items[i]); v.Set {
			if _, dup := at[v.V]; !dup {
				at[v.V] = i
			}
		}
	}
	return at
}

// compareDue orders actions by due date, those without one last.
func compareDue(a, b *plan.Action) int {
	switch {
	case a.Due.Set && b.Due.Set:
		return cmp.Compare(a.Due.V.String(), b.Due.V.String())
	case a.Due.Set:
		return -1
	case b.Due.Set:
		return 1
	}
	return 0
}
