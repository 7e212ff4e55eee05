package view_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/view"
)

// TestOpponentIsOneActor checks that an opponent joined to a stakeholder
// shows as one actor in both tables, and that the counters table answers
// each tactic seen: with its own counter, the general response, or
// nothing.
func TestOpponentIsOneActor(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor Tenants, problem: Repairs wait}
people:
  - {id: ana, name: Ana López}
members: []
stakeholders:
  - {id: property-group, name: Harbor Property Group, stance: -2, influence: 4}
  - {id: council, name: Housing Committee, stance: 1, influence: 5}
goals: []
opposition:
  - id: property
    name: Harbor Property Group
    power: 4
    tactics: [delaying, discrediting]
    stakeholder: property-group
    owner: ana
    responses: {delaying: Publish the log.}
  - {id: landlords, name: Landlords, power: 2, tactics: [dividing], response: One voice.}
  - {id: quiet, name: Quiet Money, power: 3, stakeholder: nobody}
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	tables, err := view.Build(view.NewInput(f.Plan, today), "stakeholders", "opposition")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, tb := range tables {
		for _, r := range tb.Rows {
			var cells []string
			for _, c := range r {
				cells = append(cells, c.Text)
			}
			got[tb.Name] = append(got[tb.Name], strings.Join(cells, " | "))
		}
	}
	want := map[string][]string{
		"stakeholders": {
			"property-group | Harbor Property Group |  |  | -2 | 4 |  | property (power 4)",
			"council | Housing Committee |  |  | 1 | 5 |  | ",
		},
		"opposition": {
			"property | Harbor Property Group | 4 | Harbor Property Group (stance -2, influence 4) | delaying, discrediting | 1 of 2 | Ana López |  | ",
			"landlords | Landlords | 2 |  | dividing | all (general response) |  |  | One voice.",
			"quiet | Quiet Money | 3 | nobody |  |  |  |  | ",
		},
		"counters": {
			"property | delaying | Publish the log.",
			"property | discrediting | ",
			"landlords | dividing | the general response",
		},
	}
	for name, rows := range want {
		if !slices.Equal(got[name], rows) {
			t.Errorf("%s:\ngot  %q\nwant %q", name, got[name], rows)
		}
	}
}
