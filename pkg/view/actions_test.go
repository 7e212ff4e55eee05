package view_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/view"
)

// TestActionsGroupedByGoal checks the actions table: grouped by goal in
// the order of the goals, then by barrier, by stakeholder, and none, the
// soonest due first within a group; owners by name; days left while open;
// and the state.
func TestActionsGroupedByGoal(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P}
people:
  - {id: ana, name: Ana Ruiz}
members:
  - {id: ymca, name: Harbor YMCA, owner: ana}
stakeholders:
  - {id: council, name: City Council}
goals:
  - {id: jobs, title: Jobs}
  - {id: pledge, title: Pledge}
barriers:
  - {id: turf, type: turf}
actions:
  - {id: loose, title: Loose end}
  - {id: lobby, title: Lobby, stakeholder: council, owner: ana, due: 2026-12-01}
  - {id: rotate, title: Rotate the chair, barrier: turf, status: done, done: 2026-09-01}
  - {id: pledge-drive, title: Pledge drive, goal: pledge, owner: ymca, due: 2027-03-01, status: doing}
  - {id: fair, title: Job fair, goal: jobs, owner: ana, due: 2026-11-01, status: blocked}
  - {id: flyers, title: Flyers, goal: jobs, due: 2026-10-01, status: dropped}
  - {id: mentors, title: Mentors, goal: jobs, owner: nobody}
  - {id: typo, title: Typo, goal: job, due: 2026-11-30}
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	tables, err := view.Build(view.NewInput(f.Plan, today), "actions")
	if err != nil || len(tables) != 1 {
		t.Fatalf("tables %v, %v", tables, err)
	}
	var header []string
	for _, c := range tables[0].Columns {
		header = append(header, c.Key)
	}
	if want := "serves id title owner due days_left status state"; strings.Join(header, " ") != want {
		t.Errorf("columns %q, want %q", strings.Join(header, " "), want)
	}
	var got []string
	for _, r := range tables[0].Rows {
		var cells []string
		for _, c := range r {
			cells = append(cells, c.Text)
		}
		got = append(got, strings.Join(cells, "|"))
	}
	want := []string{
		"goal jobs|flyers|Flyers||2026-10-01||dropped|dropped",
		"goal jobs|fair|Job fair|Ana Ruiz|2026-11-01|-22|blocked|overdue",
		"goal jobs|mentors|Mentors|nobody|||planned|no due date",
		"goal pledge|pledge-drive|Pledge drive|Harbor YMCA|2027-03-01|98|doing|on time",
		"goal job|typo|Typo||2026-11-30|7|planned|due soon",
		"barrier turf|rotate|Rotate the chair||||done|done",
		"stakeholder City Council|lobby|Lobby|Ana Ruiz|2026-12-01|8|planned|due soon",
		"|loose|Loose end||||planned|no due date",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
