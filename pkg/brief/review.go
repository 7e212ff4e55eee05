package brief

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
)

// ReviewAspects are the aspects of the latest review with the change from
// the review before, nil when the plan lists no review.
func (b *Brief) ReviewAspects() []figures.Aspect { return b.Reviews.Aspects() }

// ReviewBy says who held the latest review: "internal", "external", or "".
func (b *Brief) ReviewBy() string {
	if b.Reviews.Latest == nil || !b.Reviews.Latest.By.Set {
		return ""
	}
	return string(b.Reviews.Latest.By.V)
}

// NextReview says when the next review is due, against the date of the
// brief: "due on 2026-12-16, in 23 days (every 6 months)", or that it is
// overdue; "" when there is no date to count from.
func (b *Brief) NextReview() string {
	r := &b.Reviews
	if !r.HasNext {
		return ""
	}
	what := "the next review"
	if r.FromStart() {
		what = "the first review"
	}
	every := fmt.Sprintf("every %s", nMonths(r.Every))
	switch d := r.DaysLeft; {
	case b.Date.IsZero():
		return fmt.Sprintf("%s is due on %s (%s)", what, r.Next, every)
	case r.Overdue:
		return fmt.Sprintf("%s is overdue: it was due on %s, %s ago (%s)", what, r.Next, nDays(-d), every)
	case d == 0:
		return fmt.Sprintf("%s is due today (%s)", what, every)
	default:
		return fmt.Sprintf("%s is due on %s, in %s (%s)", what, r.Next, nDays(d), every)
	}
}

// reviewDecision is the decision an overdue review asks of the board, ""
// when it is not overdue.
func reviewDecision(b *Brief) string {
	r := &b.Reviews
	if !r.HasNext || !r.Overdue {
		return ""
	}
	if r.FromStart() {
		return fmt.Sprintf("Hold the coalition's first review of itself, due on %s: rate its leadership, governance, division of labor, plans, actions, funding and visibility.", r.Next)
	}
	return fmt.Sprintf("Hold the coalition's review, due on %s (every %s): rate the seven aspects again and compare them with %s.", r.Next, nMonths(r.Every), r.Latest.Date.V)
}

func nMonths(n int) string {
	if n == 1 {
		return "month"
	}
	return fmt.Sprintf("%d months", n)
}

func nDays(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// markdownReview writes the section of the latest review: its seven
// ratings against the review before, and when the next is due.
func markdownReview(s *strings.Builder, b *Brief) {
	r := &b.Reviews
	s.WriteString("\n## Latest review\n\n")
	if r.Latest == nil {
		s.WriteString("_No review recorded._")
	} else {
		fmt.Fprintf(s, "Review of %s", r.Latest.Date.V)
		if by := b.ReviewBy(); by != "" {
			fmt.Fprintf(s, " (%s)", by)
		}
		if r.Previous != nil {
			fmt.Fprintf(s, ", against the review of %s", r.Previous.Date.V)
		}
		s.WriteString(".\n\n")
		if r.Previous != nil {
			fmt.Fprintf(s, "| Aspect | %s | %s | Change |\n| --- | ---: | ---: | :---: |\n", r.Previous.Date.V, r.Latest.Date.V)
		} else {
			fmt.Fprintf(s, "| Aspect | %s |\n| --- | ---: |\n", r.Latest.Date.V)
		}
		for _, a := range b.ReviewAspects() {
			fmt.Fprintf(s, "| %s |", capital(a.Name))
			if r.Previous != nil {
				fmt.Fprintf(s, " %s |", ratingText(a.Before, a.HasBefore))
			}
			fmt.Fprintf(s, " %s |", ratingText(a.Now, a.HasNow))
			if r.Previous != nil {
				fmt.Fprintf(s, " %s |", a.Change())
			}
			s.WriteString("\n")
		}
		s.WriteString("\n")
	}
	if r.Latest == nil {
		s.WriteString(" ")
	}
	switch next := b.NextReview(); {
	case next == "" && r.Latest == nil:
		s.WriteString("There is no coalition.start to count the first review from.\n")
	case next == "":
		s.WriteString("When the next review is due is unknown: governance.review_every_months could not be read.\n")
	case r.Overdue:
		head, tail, _ := strings.Cut(next, ": ")
		fmt.Fprintf(s, "**%s**: %s.\n", capital(head), tail)
	default:
		fmt.Fprintf(s, "%s.\n", capital(next))
	}
}

// ratingText is a rating, or "–" when the review has none.
func ratingText(n int, ok bool) string {
	if !ok {
		return "–"
	}
	return strconv.Itoa(n)
}

// capital is s with its first letter in upper case.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
