package view

import "github.com/coalition-tools/coalition/pkg/figures"

// milestones is the table of the milestones of the goals measured by them,
// nil when no goal has milestones.
func milestones(in *Input, goals []figures.Goal) *Table {
	t := &Table{Name: "milestones", Title: "Milestones", Empty: "no milestones",
		Columns: cols("goal", "milestone", "due", "done", "state")}
	for _, g := range goals {
		if g.Milestones == nil {
			continue
		}
		for i := range g.Goal.Milestones.Items {
			m := &g.Goal.Milestones.Items[i]
			state := string(g.Milestones.States[i])
			t.Rows = append(t.Rows, []Cell{str(g.Goal.ID), str(m.Title), date(m.Due), date(m.Done), {Text: state, Value: state}})
		}
	}
	if len(t.Rows) == 0 {
		return nil
	}
	return t
}
