package figures

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

func parse(t *testing.T, src string) *plan.Plan {
	t.Helper()
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	return f.Plan
}

// TestActionsOf checks the state and days left of actions around the
// horizon: due until the end of the due date, overdue from the day after,
// due soon from today to the horizon included, never once done or dropped.
func TestActionsOf(t *testing.T) {
	p := parse(t, `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P}
members: []
goals: []
actions:
  - {id: yesterday, title: t, due: 2026-11-22}
  - {id: today, title: t, due: 2026-11-23, status: doing}
  - {id: horizon, title: t, due: 2027-01-07, status: blocked}
  - {id: after, title: t, due: 2027-01-08}
  - {id: no-due, title: t}
  - {id: done, title: t, due: 2026-01-01, status: done}
  - {id: dropped, title: t, due: 2026-01-01, status: dropped}
  - {id: unreadable, title: t, due: 2026-01-01, status: finished}
`)
	today := plan.NewDate(2026, 11, 23)
	var got []string
	for _, a := range ActionsOf(p, today, Horizon) {
		got = append(got, fmt.Sprintf("%s %s %v %d %v", a.Action.ID.V, a.State, a.Open, a.DaysLeft, a.DueWithin(Horizon)))
	}
	want := []string{
		"yesterday overdue true -1 false",
		"today due soon true 0 true",
		"horizon due soon true 45 true",
		"after on time true 46 false",
		"no-due no due date true 0 false",
		"done done false -326 false",
		"dropped dropped false -326 false",
		"unreadable unknown false -326 false",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Without a today, nothing is overdue or due soon.
	for _, a := range ActionsOf(p, plan.Date{}, Horizon) {
		if a.Overdue() || a.DueWithin(Horizon) || a.State == ActionDueSoon {
			t.Errorf("%s without a today: %s", a.Action.ID.V, a.State)
		}
	}
}

// TestUnserved checks which goals no open action serves, and that a plan
// without an actions section, or with one that could not be read whole,
// has none.
func TestUnserved(t *testing.T) {
	const goals = `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P}
members: []
goals:
  - {id: a, title: t, status: at-risk}
  - {id: b, title: t}
  - {id: c, title: t, status: done}
  - {id: d, title: t, status: off-track}
`
	today := plan.NewDate(2026, 11, 23)
	for _, tc := range []struct {
		name, actions string
		want          []string
	}{
		{"no actions section", "", nil},
		{"an empty section", "actions: []\n", []string{"a", "b", "d"}},
		{"a key with no value is no section", "actions:\n", nil},
		{"served by open actions", "actions:\n  - {id: x, title: t, goal: a}\n  - {id: y, title: t, goal: d, status: blocked}\n", []string{"b"}},
		{"done and dropped actions serve nothing", "actions:\n  - {id: x, title: t, goal: a, status: done, done: 2026-11-01}\n  - {id: y, title: t, goal: b, status: dropped}\n", []string{"a", "b", "d"}},
		{"an unreadable status may serve", "actions:\n  - {id: x, title: t, goal: a, status: finished}\n", []string{"b", "d"}},
		{"an item left out may serve any goal", "actions:\n  - {id: x, title: t, goal: a}\n  - 7\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := plan.Parse("p.yaml", []byte(goals+tc.actions), plan.ReadOptions{Explicit: true})
			var got []string
			for _, g := range Unserved(f.Plan, GoalsOf(f.Plan, today)) {
				got = append(got, string(g.Goal.ID.V))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("unserved %q, want %q", got, tc.want)
			}
		})
	}
}
