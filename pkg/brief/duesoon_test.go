package brief_test

import (
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// TestDueSoonWindow pins the window of the brief's "Due in the next 90
// days": a goal not done is due soon from its due date (0 days left) up to
// 90 days ahead, not on day 91, and an overdue or done goal is not listed.
// docs/reports.md is generated with the window, so only this test keeps a
// change to it from passing unnoticed.
func TestDueSoonWindow(t *testing.T) {
	if brief.DueSoonDays != 90 {
		t.Fatalf("DueSoonDays = %d; docs/reports.md and the help of brief say 90", brief.DueSoonDays)
	}
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P, start: 2026-01-01}
members: []
goals:
  - {id: in-91-days, title: t, due: 2027-02-22}
  - {id: in-90-days, title: t, due: 2027-02-21}
  - {id: in-89-days, title: t, due: 2027-02-20}
  - {id: tomorrow, title: t, due: 2026-11-24}
  - {id: today, title: t, due: 2026-11-23}
  - {id: yesterday, title: t, due: 2026-11-22}
  - {id: done-soon, title: t, due: 2026-12-01, status: done}
  - {id: no-due, title: t}
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	card := score.Score(f, nil, score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today})
	b := brief.Build("p.yaml", f.Plan, card, today)
	var got []string
	for _, g := range b.DueSoon {
		got = append(got, string(g.Goal.ID.V))
	}
	if want := "today tomorrow in-89-days in-90-days"; strings.Join(got, " ") != want {
		t.Errorf("due soon: %q, want %q", strings.Join(got, " "), want)
	}
	if len(b.DueSoon) == 4 && b.DueSoon[3].DaysLeft != 90 {
		t.Errorf("the last goal due soon has %d days left, want 90", b.DueSoon[3].DaysLeft)
	}
}
