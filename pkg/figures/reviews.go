package figures

import (
	"strings"
	"time"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Reviews are where the coalition's reviews of itself stand as of today
// [003, evaluation]: the latest review and the one before it, and when the
// next is due. It is the one place these figures are computed: the
// review-overdue rule, the score, show, report, brief and diff read them
// here.
type Reviews struct {
	// Latest is the review with the latest date, nil when no review has
	// a valid date; of two on the same date, the one written last.
	// Previous is the review before it, nil when there is none.
	Latest, Previous *plan.Review
	// Every is the number of months between reviews:
	// governance.review_every_months, 12 when absent.
	Every int
	// From is the date the next review is counted from: the latest
	// review's date, else coalition.start when the plan lists no review.
	// It is nil when there is no such date, and then there is no Next.
	From *plan.Value[plan.Date]
	// Next is the date the next review is due, Every months after From
	// (the last day of the month when the month is shorter); HasNext is
	// false when there is no From, or review_every_months could not be
	// read.
	Next    plan.Date
	HasNext bool
	// Overdue reports whether Next is before today: a review due today is
	// not overdue yet. DaysLeft is the number of days from today to Next,
	// negative when it has passed; both are meaningful only when HasNext
	// and there is a today.
	Overdue  bool
	DaysLeft int
}

// FromStart reports whether the next review is counted from the
// coalition's start, the plan listing no review.
func (r *Reviews) FromStart() bool { return r.From != nil && r.Latest == nil }

// ReviewsOf computes the reviews of p as of today.
func ReviewsOf(p *plan.Plan, today plan.Date) Reviews {
	r := Reviews{Every: p.Governance.ReviewEvery()}
	for i := range p.Reviews.Items {
		rv := &p.Reviews.Items[i]
		if !rv.Date.Set {
			continue
		}
		switch {
		case r.Latest == nil || !rv.Date.V.Before(r.Latest.Date.V):
			r.Previous, r.Latest = r.Latest, rv
		case r.Previous == nil || !rv.Date.V.Before(r.Previous.Date.V):
			r.Previous = rv
		}
	}
	switch {
	case r.Latest != nil:
		r.From = &r.Latest.Date
	case len(p.Reviews.Items) == 0 && p.Reviews.Complete() && p.Coalition.Start.Set:
		// A review whose date cannot be read is still a review: the
		// coalition's start is no place to count from then.
		r.From = &p.Coalition.Start
	}
	if r.From == nil || p.Governance.ReviewEveryMonths.Invalid {
		return r
	}
	r.Next, r.HasNext = AddMonths(r.From.V, r.Every), true
	if !today.IsZero() {
		r.DaysLeft = today.DaysUntil(r.Next)
		r.Overdue = r.Next.Before(today)
	}
	return r
}

// AddMonths returns the date n months after d; when that month is shorter
// than d's day, its last day (2026-01-31 plus one month is 2026-02-28).
func AddMonths(d plan.Date, n int) plan.Date {
	t := d.Time()
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return plan.NewDate(first.Year(), first.Month(), min(t.Day(), last))
}

// Aspect is one aspect of evaluation [003] with its rating in the latest
// review and in the review before it.
type Aspect struct {
	// Key is the aspect's key in ratings, such as "division_of_labor";
	// Name is how readers say it, such as "division of labor".
	Key, Name string
	// Now is the rating in the latest review and Before in the one before
	// it; HasNow and HasBefore are false when that review has none.
	Now, Before       int
	HasNow, HasBefore bool
}

// Change is ↑ when the rating rose from the review before, ↓ when it fell
// and = when it held; "" unless both reviews rate the aspect.
func (a Aspect) Change() string {
	switch {
	case !a.HasNow || !a.HasBefore:
		return ""
	case a.Now > a.Before:
		return "↑"
	case a.Now < a.Before:
		return "↓"
	}
	return "="
}

// Aspects are the seven aspects of evaluation with the ratings of the
// latest review and of the one before it; nil when there is no review.
func (r *Reviews) Aspects() []Aspect {
	if r.Latest == nil {
		return nil
	}
	var before []plan.Rating
	if r.Previous != nil {
		before = r.Previous.Ratings.All()
	}
	var out []Aspect
	for i, now := range r.Latest.Ratings.All() {
		a := Aspect{Key: now.Aspect, Name: strings.ReplaceAll(now.Aspect, "_", " ")}
		a.Now, a.HasNow = now.Rating.V, now.Rating.Set
		if before != nil {
			a.Before, a.HasBefore = before[i].Rating.V, before[i].Rating.Set
		}
		out = append(out, a)
	}
	return out
}
