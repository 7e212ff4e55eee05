package score

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/figures"
)

// reviewCost is what an overdue review costs the governance dimension,
// in its points out of 100.
const reviewCost = 10

// reviewOverdue is the deduction of the governance dimension for a review
// past due, at the latest review's date or at coalition.start, as the
// review-overdue rule reports it; none when the review is not overdue.
func reviewOverdue(in *Input) []Item {
	r := figures.ReviewsOf(in.Plan, in.Today)
	if !r.HasNext || !r.Overdue {
		return nil
	}
	it := Item{Label: "review", Points: -reviewCost, Pos: r.From.Pos}
	if r.FromStart() {
		it.Detail = fmt.Sprintf("no review: the first was due on %s, %s after the start on %s", r.Next, count(r.Every, "month"), r.From.V)
	} else {
		it.Detail = fmt.Sprintf("the next review was due on %s, %s after the latest, on %s", r.Next, count(r.Every, "month"), r.From.V)
	}
	return []Item{it}
}
