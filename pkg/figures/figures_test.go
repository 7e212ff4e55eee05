package figures

import (
	"strings"
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

// TestPastDue pins the overdue boundary: a goal is due until the end of
// its due date and overdue from the day after; nothing is overdue without a
// due date or a today.
func TestPastDue(t *testing.T) {
	due := plan.Value[plan.Date]{Loc: plan.Loc{Set: true}, V: plan.NewDate(2026, 11, 23)}
	for _, tc := range []struct {
		name  string
		due   plan.Value[plan.Date]
		today plan.Date
		want  bool
	}{
		{"the day before", due, plan.NewDate(2026, 11, 22), false},
		{"the due date", due, plan.NewDate(2026, 11, 23), false},
		{"the day after", due, plan.NewDate(2026, 11, 24), true},
		{"a year after", due, plan.NewDate(2027, 11, 23), true},
		{"no due date", plan.Value[plan.Date]{}, plan.NewDate(2027, 1, 1), false},
		{"no today", due, plan.Date{}, false},
	} {
		if got := PastDue(tc.due, tc.today); got != tc.want {
			t.Errorf("%s: PastDue = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// goalsAt loads goals (YAML list items) of a plan that starts on
// 2026-01-01, and computes them as of today.
func goalsAt(t *testing.T, goals string, today plan.Date) []Goal {
	t.Helper()
	src := "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: C, problem: P, start: 2026-01-01}\nmembers: []\ngoals:\n" + goals
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	return GoalsOf(f.Plan, today)
}

// TestBehindBy pins the at-risk threshold of a goal: progress may trail the
// share of the time gone by 10 points, and no more. Half the time is gone
// on 2026-01-06 of a goal due 2026-01-11.
func TestBehindBy(t *testing.T) {
	if BehindBy != 0.10 {
		t.Fatalf("BehindBy = %v; docs/reports.md says 10 points", BehindBy)
	}
	half := plan.NewDate(2026, 1, 6)
	for _, tc := range []struct {
		current string
		want    GoalState
	}{
		{"5", GoalOnTrack},    // on time
		{"4", GoalOnTrack},    // exactly 10 points behind
		{"3.9", GoalAtRisk},   // 11 points behind
		{"10", GoalOnTrack},   // ahead
		{"0", GoalAtRisk},     // nothing done at half time
		{"4.01", GoalOnTrack}, // 9.9 points behind
	} {
		g := goalsAt(t, "  - {id: g, title: t, baseline: 0, target: 10, current: "+tc.current+", due: 2026-01-11}\n", half)[0]
		if g.TimeGone != 0.5 {
			t.Fatalf("time gone %v, want 0.5", g.TimeGone)
		}
		if g.State != tc.want || g.Behind() != (tc.want == GoalAtRisk) {
			t.Errorf("current %s (progress %v): %s, behind %v; want %s", tc.current, g.Progress, g.State, g.Behind(), tc.want)
		}
	}
}

// TestPace checks the share of the expected progress a goal has made, as
// the score reads it.
func TestPace(t *testing.T) {
	for _, tc := range []struct {
		g    Goal
		want float64
	}{
		{Goal{Progress: 0.25, TimeGone: 0.5}, 0.5},
		{Goal{Progress: 0.5, TimeGone: 0.5}, 1},
		{Goal{Progress: 0.9, TimeGone: 0.5}, 1},
		{Goal{Progress: 0, TimeGone: 0}, 1}, // before the start
		{Goal{Progress: 0, TimeGone: 1}, 0},
	} {
		if got := tc.g.Pace(); got != tc.want {
			t.Errorf("Pace(progress %v, time %v) = %v, want %v", tc.g.Progress, tc.g.TimeGone, got, tc.want)
		}
	}
}

// TestGoalTime checks when the time of a goal can be measured: with a
// start before the due date, and a today.
func TestGoalTime(t *testing.T) {
	today := plan.NewDate(2026, 7, 2)
	gs := goalsAt(t, `  - {id: a, title: t, due: 2027-01-01}
  - {id: b, title: t, due: 2025-12-31}
  - {id: c, title: t}
`, today)
	if !gs[0].HasTime || gs[0].TimeGone != 182.0/365 || gs[0].DaysLeft != 183 {
		t.Errorf("due 2027-01-01: time %v %v, %d days left; want 182/365 and 183", gs[0].HasTime, gs[0].TimeGone, gs[0].DaysLeft)
	}
	if gs[1].HasTime || gs[1].State != GoalOverdue || gs[1].DaysLeft != -183 {
		t.Errorf("due before the start: time %v, %s, %d days left; want no time, overdue, -183", gs[1].HasTime, gs[1].State, gs[1].DaysLeft)
	}
	if gs[2].HasTime || gs[2].State != GoalOnTrack {
		t.Errorf("no due date: time %v, %s; want no time, on track", gs[2].HasTime, gs[2].State)
	}
	for _, g := range goalsAt(t, "  - {id: a, title: t, due: 2020-01-01}\n", plan.Date{}) {
		if g.HasTime || g.State != GoalOnTrack {
			t.Errorf("no today: time %v, %s; want no time, on track", g.HasTime, g.State)
		}
	}
}

// TestStatusWords checks that the statuses the figures read are words of
// the plan's vocabulary.
func TestStatusWords(t *testing.T) {
	for _, s := range []plan.GoalStatus{plan.GoalNotStarted, plan.GoalOnTrack, plan.GoalAtRisk, plan.GoalOffTrack, plan.GoalDone} {
		if !plan.VocabGoalStatus.Has(string(s)) {
			t.Errorf("goal status %q is not in the vocabulary", s)
		}
	}
	if !plan.VocabIncomeStatus.Has(string(plan.IncomeCommitted)) {
		t.Errorf("income status %q is not in the vocabulary", plan.IncomeCommitted)
	}
	for _, s := range OftenMissing {
		if !plan.VocabSector.Has(string(s)) {
			t.Errorf("sector %q is not in the vocabulary", s)
		}
	}
}

// TestBudgetLines checks the sum of each list, what was left out of it,
// and the coverage and pending income read from the sums.
func TestBudgetLines(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P}
members: []
goals: []
budget:
  expenses:
    - {item: a, amount: 1000}
    - {item: b, amount: "12,000"}
    - {item: c}
  income:
    - {source: x, amount: 250, status: committed}
    - {source: y, amount: 500, status: pending}
    - {source: z, amount: 1000}
  in_kind:
    - {item: hall, value: 10}
    - just a string
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	b := BudgetOf(f.Plan)
	for _, tc := range []struct {
		name  string
		got   Sum
		want  Sum
		exact bool
	}{
		{"expenses", b.ExpenseLines, Sum{Total: 100000, Lines: 3, Unread: 2}, false},
		{"income", b.IncomeLines, Sum{Total: 175000, Lines: 3}, true},
		{"in_kind", b.InKindLines, Sum{Total: 1000, Lines: 2, Unread: 1}, false},
	} {
		if tc.got != tc.want || tc.got.Exact() != tc.exact {
			t.Errorf("%s: %+v (exact %v), want %+v (exact %v)", tc.name, tc.got, tc.got.Exact(), tc.want, tc.exact)
		}
	}
	if b.Unread != 3 || b.Expenses != 100000 || b.Committed != 25000 || b.Pending() != 150000 {
		t.Errorf("budget: %+v, pending %v", b, b.Pending())
	}
	if c, ok := b.CoverageCommitted(); !ok || c != 0.25 {
		t.Errorf("committed coverage %v %v, want 0.25", c, ok)
	}
	if c, ok := b.CoverageAll(); !ok || c != 1 {
		t.Errorf("all coverage %v %v, want 1 (capped)", c, ok)
	}
	if _, ok := (&Budget{}).CoverageCommitted(); ok {
		t.Error("coverage of no expenses: want none")
	}
}

// TestSectors checks the sectors at the table and the gaps the toolkit
// names, with members whose status or sector could not be read.
func TestSectors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		members string
		active  string
		gaps    string
		unknown bool
	}{
		{"active and left out", "  - {id: a, name: A, sector: government, status: active}\n  - {id: b, name: B, sector: school}\n",
			"government school", "business youth elders", false},
		{"prospects and former members are not at the table", "  - {id: a, name: A, sector: business, status: prospect}\n  - {id: b, name: B, sector: youth, status: former, left: 2020-01-01}\n",
			"", "government school business youth elders", false},
		{"a misspelt status may be active", "  - {id: a, name: A, sector: elders, status: actve}\n",
			"", "government school business youth", false},
		{"a misspelt sector leaves the gaps unknown", "  - {id: a, name: A, sector: goverment}\n",
			"", "government school business youth elders", true},
	} {
		src := "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: C, problem: P}\ngoals: []\nmembers:\n" + tc.members
		f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
		s := SectorsOf(f.Plan)
		var active, gaps []string
		for _, sec := range plan.VocabSector.Values {
			if s.Active[plan.Sector(sec)] {
				active = append(active, sec)
			}
		}
		for _, sec := range s.Gaps() {
			gaps = append(gaps, string(sec))
		}
		if strings.Join(active, " ") != tc.active || strings.Join(gaps, " ") != tc.gaps || s.Unknown != tc.unknown {
			t.Errorf("%s: active %q, gaps %q, unknown %v; want %q, %q, %v", tc.name, active, gaps, s.Unknown, tc.active, tc.gaps, tc.unknown)
		}
	}
}
