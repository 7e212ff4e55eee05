package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// ReviewOverdue reports a coalition whose next review of itself is past
// due.
var ReviewOverdue = &lint.Rule{
	ID:       "review-overdue",
	Title:    "The coalition's next review is past due",
	Severity: lint.SeverityWarning,
	Doc: `The toolkit asks a coalition to review its progress and difficulties
regularly, with an internal team or an external evaluator, across seven
aspects: leadership, governance, division of labor, plans, actions, funding
and visibility [003]. The next review is due ` + "`governance.review_every_months`" + `
(12 when absent) after the latest ` + "`reviews[].date`" + `, or after
` + "`coalition.start`" + ` when the plan lists no review. When that date is before
today, the finding is at the latest review's date, or at ` + "`coalition.start`" + `.
A review is due until the end of its due date; "today" is the date of the
run, or the date given with ` + "`--today YYYY-MM-DD`" + `. When a month is shorter
than the day counted from, the review is due on its last day.

A plan with neither a review nor ` + "`coalition.start`" + ` has no date to count
from and is not checked.`,
	Example: header + `  start: 2025-03-01
members:
  - id: harbor-ymca
    name: Harbor YMCA
goals: []
governance:
  review_every_months: 6
reviews:
  - date: 2026-03-10
    by: internal
    ratings: {leadership: 3, governance: 3, division_of_labor: 2, plans: 3, actions: 3, funding: 2, visibility: 2}
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || p.Today.IsZero() {
			return
		}
		// The same figure as the score, the report and the brief.
		r := figures.ReviewsOf(p.Plan, p.Today)
		if !r.HasNext || !r.Overdue {
			return
		}
		ago := fmt.Sprintf("%d days ago", -r.DaysLeft)
		if r.DaysLeft == -1 {
			ago = "1 day ago"
		}
		every := fmt.Sprintf("%d months", r.Every)
		if r.Every == 1 {
			every = "1 month"
		}
		hint := "hold the review and record it in reviews, with its seven ratings"
		if !p.Plan.Governance.ReviewEveryMonths.Set {
			hint += "; governance.review_every_months sets a cadence other than 12 months"
		}
		if r.FromStart() {
			p.Reportf(r.From.Pos, hint, "the coalition has no review: the first was due on %s (%s), %s after it started on %s",
				r.Next, ago, every, r.From.V)
			return
		}
		p.Reportf(r.From.Pos, hint, "the next review was due on %s (%s), %s after the latest, on %s",
			r.Next, ago, every, r.From.V)
	},
}
