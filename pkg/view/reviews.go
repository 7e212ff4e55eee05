package view

import (
	"fmt"
	"strconv"

	"github.com/coalition-tools/coalition/pkg/figures"
)

// reviewCadence are the tables of the latest review's ratings against the
// review before, and of when the next review is due.
func reviewCadence(in *Input) []*Table {
	r := figures.ReviewsOf(in.Plan, in.Today)
	latest, before := "latest", "before"
	if r.Latest != nil {
		latest += "|" + r.Latest.Date.V.String()
	}
	if r.Previous != nil {
		before += "|" + r.Previous.Date.V.String()
	}
	ratings := &Table{Name: "ratings", Title: "Latest ratings against the review before", Empty: "no review",
		Columns: cols("aspect", latest+">", before+">", "change")}
	for _, a := range r.Aspects() {
		var now, was, change Cell
		if a.HasNow {
			now = Cell{Text: strconv.Itoa(a.Now), Value: a.Now}
		}
		if a.HasBefore {
			was = Cell{Text: strconv.Itoa(a.Before), Value: a.Before}
		}
		if c := a.Change(); c != "" {
			d := a.Now - a.Before
			change = Cell{Text: c, Value: d}
			if d != 0 {
				change.Text += fmt.Sprintf(" %+d", d)
			}
		}
		ratings.Rows = append(ratings.Rows, []Cell{{Text: a.Name, Value: a.Key}, now, was, change})
	}

	next := &Table{Name: "next_review", Title: "Next review", Empty: "no review and no coalition.start to count from",
		Columns: cols("figure", "value")}
	if r.HasNext {
		row := func(label string, c Cell) { next.Rows = append(next.Rows, []Cell{{Text: label, Value: label}, c}) }
		row("every", Cell{Text: countText(r.Every, "month"), Value: r.Every})
		if r.FromStart() {
			row("counted from", Cell{Text: "coalition.start, " + r.From.V.String(), Value: r.From.V.String()})
		} else {
			row("counted from", Cell{Text: "the review of " + r.From.V.String(), Value: r.From.V.String()})
		}
		row("due", Cell{Text: r.Next.String(), Value: r.Next.String()})
		if !in.Today.IsZero() {
			row("days left", Cell{Text: dueIn(r), Value: r.DaysLeft})
		}
	}
	return []*Table{ratings, next}
}

// dueIn says when the next review is due, as of today.
func dueIn(r figures.Reviews) string {
	switch {
	case r.DaysLeft == 0:
		return "due today"
	case r.Overdue:
		return "overdue by " + countText(-r.DaysLeft, "day")
	}
	return "due in " + countText(r.DaysLeft, "day")
}

// countText is n and what, in the plural unless n is 1.
func countText(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
