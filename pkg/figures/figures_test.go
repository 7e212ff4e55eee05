package figures

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

func TestMoney(t *testing.T) {
	for _, tc := range []struct {
		m    plan.Money
		code string
		want string
	}{
		{0, "USD", "0.00 USD"},
		{5, "USD", "0.05 USD"},
		{4800000, "USD", "48,000.00 USD"},
		{64196335, "USD", "641,963.35 USD"},
		{123456789012345, "EUR", "1,234,567,890,123.45 EUR"},
		{-3572025, "USD", "-35,720.25 USD"},
		{480000, "JPY", "4,800 JPY"},
		{480050, "JPY", "4,800.50 JPY"},
		{100, "XYZ", "1.00 XYZ"},
	} {
		if got := Money(tc.m, tc.code); got != tc.want {
			t.Errorf("Money(%d, %s) = %q, want %q", tc.m, tc.code, got, tc.want)
		}
	}
}

func TestWay(t *testing.T) {
	for _, tc := range []struct{ base, target, cur, want float64 }{
		{100, 400, 250, 0.5},
		{100, 400, 50, 0},
		{100, 400, 500, 1},
		{40, 10, 25, 0.5}, // lowering a number
		{5, 5, 5, 1},
		{5, 5, 4, 0},
	} {
		if got := Way(tc.base, tc.target, tc.cur); got != tc.want {
			t.Errorf("Way(%v, %v, %v) = %v, want %v", tc.base, tc.target, tc.cur, got, tc.want)
		}
	}
}

func TestGoalStates(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P, start: 2026-01-01}
members: []
goals:
  - {id: done, title: t, status: done, due: 2026-01-31}
  - {id: overdue, title: t, due: 2026-11-01, status: on-track}
  - {id: declared, title: t, status: off-track, due: 2027-12-31}
  - {id: behind, title: t, baseline: 0, target: 100, current: 10, due: 2026-12-31}
  - {id: close, title: t, baseline: 0, target: 100, current: 85, due: 2026-12-31}
  - {id: unknown, title: t}
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	want := []GoalState{GoalDone, GoalOverdue, GoalAtRisk, GoalAtRisk, GoalOnTrack, GoalOnTrack}
	got := GoalsOf(f.Plan, plan.NewDate(2026, 11, 23))
	for i, g := range got {
		if g.State != want[i] {
			t.Errorf("goal %s: %s, want %s (progress %v, time %v)", g.Goal.ID.V, g.State, want[i], g.Progress, g.TimeGone)
		}
	}
	if got[1].DaysLeft != -22 {
		t.Errorf("overdue goal: %d days left, want -22", got[1].DaysLeft)
	}
}

func TestBudgetGaps(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P, currency: EUR}
members: []
goals: []
budget:
  expenses:
    - {item: a, amount: 1000.10}
    - {item: b, amount: 0.20}
  income:
    - {source: x, amount: 500.05, status: committed}
    - {source: y, amount: 400, status: pending}
  in_kind:
    - {item: z, value: 99.99}
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	b := BudgetOf(f.Plan)
	if b.Expenses != 100030 || b.Committed != 50005 || b.Income != 90005 || b.InKind != 9999 || b.Currency != "EUR" {
		t.Fatalf("sums: %+v", b)
	}
	if b.GapCommitted() != 50025 || b.GapAll() != 10025 {
		t.Errorf("gaps: committed %v, all %v; want 500.25 and 100.25", b.GapCommitted(), b.GapAll())
	}
}
