package rules

import "testing"

// reviewed is a plan that started on 2024-01-15 with the given governance
// (from line 8) and reviews after it.
func reviewed(rest string) string {
	return base + "  start: 2024-01-15\nmembers: []\ngoals: []\n" + rest
}

func TestReviewOverdue(t *testing.T) {
	const hint = "hold the review and record it in reviews, with its seven ratings"
	const hintCadence = hint + "; governance.review_every_months sets a cadence other than 12 months"
	runCases(t, ReviewOverdue, []ruleCase{
		{
			name:  "the documented example, at the latest review's date",
			src:   ReviewOverdue.Example,
			want:  []string{`14:11: the next review was due on 2026-09-10 (74 days ago), 6 months after the latest, on 2026-03-10`},
			hints: []string{hint},
		},
		{
			name:  "no review: counted from the start, at the start",
			src:   reviewed(""),
			want:  []string{`6:10: the coalition has no review: the first was due on 2025-01-15 (677 days ago), 12 months after it started on 2024-01-15`},
			hints: []string{hintCadence},
		},
		{
			name:  "the latest review by date, not the last written",
			src:   reviewed("reviews:\n  - {date: 2025-11-20}\n  - {date: 2024-12-01}\n"),
			want:  []string{`10:12: the next review was due on 2026-11-20 (3 days ago), 12 months after the latest, on 2025-11-20`},
			hints: []string{hintCadence},
		},
		{
			name:  "due yesterday",
			src:   reviewed("governance: {review_every_months: 1}\nreviews: [{date: 2026-10-22}]\n"),
			want:  []string{`10:18: the next review was due on 2026-11-22 (1 day ago), 1 month after the latest, on 2026-10-22`},
			hints: []string{hint},
		},
		{
			name:  "a shorter month: due on its last day",
			src:   reviewed("governance: {review_every_months: 9}\nreviews: [{date: 2026-01-31}]\n"),
			want:  []string{`10:18: the next review was due on 2026-10-31 (23 days ago), 9 months after the latest, on 2026-01-31`},
			hints: []string{hint},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(reviewed(""))),
			want:  []string{`6:10: the coalition has no review: the first was due on 2025-01-15 (677 days ago), 12 months after it started on 2024-01-15`},
			hints: []string{hintCadence},
		},

		// Not overdue.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "due today", src: reviewed("reviews: [{date: 2025-11-23}]\n"), want: nil},
		{name: "a cadence longer than the default", src: reviewed("governance: {review_every_months: 24}\nreviews: [{date: 2025-01-10}]\n"), want: nil},
		{name: "no review and no start", src: goalsOf(""), want: nil},
		{name: "an unreadable cadence is invalid-value's finding", src: reviewed("governance: {review_every_months: 0}\n"), want: nil},
		{name: "a review with an unreadable date is no reason to count from the start", src: reviewed("reviews: [{date: 2026-02-30}]\n"), want: nil},
	})
}
