package figures

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// reviewsAt loads a plan with the given coalition line, governance and
// reviews, and computes its reviews as of today.
func reviewsAt(t *testing.T, coalition, rest string, today plan.Date) Reviews {
	t.Helper()
	src := "apiVersion: coalition/v1\nkind: Plan\ncoalition: " + coalition + "\nmembers: []\ngoals: []\n" + rest
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	return ReviewsOf(f.Plan, today)
}

// TestNextReview pins when the next review is due and when it is
// overdue: Every months after the latest review, or after the coalition's
// start when the plan lists none; due until the end of that day, overdue
// from the day after.
func TestNextReview(t *testing.T) {
	const (
		start = "{name: C, problem: P, start: 2025-11-23}"
		two   = "reviews:\n  - {date: 2026-05-23}\n  - {date: 2025-12-01}\n"
	)
	for _, tc := range []struct {
		name      string
		coalition string
		rest      string
		today     plan.Date
		from      string
		next      string
		overdue   bool
		daysLeft  int
	}{
		{"from the start, the day before", start, "", plan.NewDate(2026, 11, 22), "2025-11-23", "2026-11-23", false, 1},
		{"from the start, due today", start, "", plan.NewDate(2026, 11, 23), "2025-11-23", "2026-11-23", false, 0},
		{"from the start, the day after", start, "", plan.NewDate(2026, 11, 24), "2025-11-23", "2026-11-23", true, -1},
		{"from the latest review, not the last written", start, "governance: {review_every_months: 6}\n" + two,
			plan.NewDate(2026, 11, 23), "2026-05-23", "2026-11-23", false, 0},
		{"six months after the latest, the day after", start, "governance: {review_every_months: 6}\n" + two,
			plan.NewDate(2026, 11, 24), "2026-05-23", "2026-11-23", true, -1},
		{"a shorter month ends the count", "{name: C, problem: P}", "governance: {review_every_months: 1}\nreviews: [{date: 2026-01-31}]\n",
			plan.NewDate(2026, 3, 1), "2026-01-31", "2026-02-28", true, -1},
		{"a leap year", "{name: C, problem: P, start: 2023-02-28}", "governance: {review_every_months: 12}\nreviews: [{date: 2023-02-28}, {date: 2024-02-29}]\n",
			plan.NewDate(2025, 2, 28), "2024-02-29", "2025-02-28", false, 0},
		{"no start and no review", "{name: C, problem: P}", "", plan.NewDate(2026, 11, 23), "", "", false, 0},
		{"a review with an unreadable date is no reason to count from the start", start, "reviews: [{date: 2026-02-30}]\n",
			plan.NewDate(2030, 1, 1), "", "", false, 0},
		{"an unreadable cadence", start, "governance: {review_every_months: 0}\n", plan.NewDate(2030, 1, 1), "2025-11-23", "", false, 0},
		{"no today", start, "", plan.Date{}, "2025-11-23", "2026-11-23", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := reviewsAt(t, tc.coalition, tc.rest, tc.today)
			from := ""
			if r.From != nil {
				from = r.From.V.String()
			}
			next := ""
			if r.HasNext {
				next = r.Next.String()
			}
			if from != tc.from || next != tc.next || r.Overdue != tc.overdue || r.DaysLeft != tc.daysLeft {
				t.Errorf("from %q, next %q, overdue %v, %d days left; want %q, %q, %v, %d",
					from, next, r.Overdue, r.DaysLeft, tc.from, tc.next, tc.overdue, tc.daysLeft)
			}
		})
	}
}

// TestAspects checks the ratings of the latest review against the one
// before it, whatever order the reviews are written in.
func TestAspects(t *testing.T) {
	r := reviewsAt(t, "{name: C, problem: P}", `reviews:
  - date: 2026-06-16
    ratings: {leadership: 4, governance: 3, division_of_labor: 3, plans: 2, funding: 2}
  - date: 2025-06-16
    ratings: {leadership: 5}
  - date: 2026-01-20
    ratings: {leadership: 3, governance: 3, division_of_labor: 4, plans: 2, actions: 4}
`, plan.NewDate(2026, 11, 23))
	if r.Latest == nil || r.Latest.Date.V.String() != "2026-06-16" || r.Previous == nil || r.Previous.Date.V.String() != "2026-01-20" {
		t.Fatalf("latest %v, previous %v; want 2026-06-16 and 2026-01-20", r.Latest, r.Previous)
	}
	got := ""
	for _, a := range r.Aspects() {
		got += a.Name + ":" + a.Change() + " "
	}
	if want := "leadership:↑ governance:= division of labor:↓ plans:= actions: funding: visibility: "; got != want {
		t.Errorf("aspects %q, want %q", got, want)
	}
	one := reviewsAt(t, "{name: C, problem: P}", "reviews: [{date: 2026-06-16, ratings: {leadership: 4}}]\n", plan.NewDate(2026, 11, 23))
	if a := one.Aspects(); len(a) != 7 || a[0].Change() != "" || !a[0].HasNow || a[0].HasBefore {
		t.Errorf("one review: %+v; want seven aspects without a change", a)
	}
	if a := (&Reviews{}).Aspects(); a != nil {
		t.Errorf("no review: %+v, want none", a)
	}
}
