package plandiff_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plandiff"
)

const beforeReviews = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor, problem: P, start: 2025-09-01}
members:
  - {id: city, name: City of Harbor}
goals:
  - id: ordinance
    title: Ordinance passed
    due: 2027-06-30
    owner: city
    milestones:
      - {title: Draft shared, due: 2026-09-30, done: 2026-09-24}
      - {title: Hearing held, due: 2026-11-15}
      - {title: Council vote, due: 2027-05-31}
governance:
  review_every_months: 12
reviews:
  - date: 2026-01-20
    by: internal
    ratings: {leadership: 3, governance: 3, division_of_labor: 3, plans: 3, actions: 3, funding: 3, visibility: 2}
`

// TestCompareMilestonesAndReviews checks what diff says of milestones
// reached, added and moved, of a new review and its ratings against the
// review before, and of the next review's date.
func TestCompareMilestonesAndReviews(t *testing.T) {
	after := strings.NewReplacer(
		"{title: Hearing held, due: 2026-11-15}", "{title: Hearing held, due: 2026-11-15, done: 2026-11-12}",
		"{title: Council vote, due: 2027-05-31}", "{title: Council vote, due: 2027-04-30}\n      - {title: Mayor signs, due: 2027-06-15}",
		"review_every_months: 12", "review_every_months: 6",
		"visibility: 2}\n", "visibility: 2}\n  - date: 2026-06-16\n    by: external\n    ratings: {leadership: 4, governance: 3, division_of_labor: 2, plans: 3, actions: 4, funding: 3, visibility: 3}\n",
	).Replace(beforeReviews)
	d := plandiff.Compare("plan.yaml", version(t, beforeReviews), version(t, after))
	var got []string
	for _, c := range d.Changes {
		if c.Section != "score" {
			got = append(got, c.Section+": "+c.Text)
		}
	}
	want := []string{
		`goals: Ordinance passed: milestone "Hearing held" done on 2026-11-12 (2 of 4 milestones done)`,
		`goals: Ordinance passed: milestone "Council vote" due 2027-05-31 → 2027-04-30`,
		`goals: Ordinance passed: new milestone "Mayor signs", due 2027-06-15`,
		`reviews: new review of 2026-06-16, external`,
		`reviews: ratings from the review of 2026-01-20 to that of 2026-06-16: leadership 3 → 4 ↑, division of labor 3 → 2 ↓, actions 3 → 4 ↑, visibility 2 → 3 ↑ (3 held)`,
		`reviews: next review due 2027-01-20 → 2026-12-16`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\ngot  %q\nwant %q", got, want)
	}

	// Back again: the review and the milestone are removed, the ratings
	// fall back.
	d = plandiff.Compare("plan.yaml", version(t, after), version(t, beforeReviews))
	got = got[:0]
	for _, c := range d.Changes {
		if c.Section != "score" {
			got = append(got, c.Section+": "+c.Text)
		}
	}
	want = []string{
		`goals: Ordinance passed: milestone "Hearing held" no longer done (was done on 2026-11-12)`,
		`goals: Ordinance passed: milestone "Council vote" due 2027-04-30 → 2027-05-31`,
		`goals: Ordinance passed: milestone "Mayor signs" removed`,
		`reviews: review of 2026-06-16 removed`,
		`reviews: ratings from the review of 2026-06-16 to that of 2026-01-20: leadership 4 → 3 ↓, division of labor 2 → 3 ↑, actions 4 → 3 ↓, visibility 3 → 2 ↓ (3 held)`,
		`reviews: next review due 2026-12-16 → 2027-01-20`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes back:\ngot  %q\nwant %q", got, want)
	}
}
