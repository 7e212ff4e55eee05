package plandiff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// milestones compares the milestones of goal id, titled title, keyed by
// their titles: added, removed, done, and moved. A milestone done says how
// many of the goal's milestones are done now, as figures.MilestonesOf
// counts them.
func (c *comparer) milestones(id, title string, a, b *plan.Goal) {
	var done string
	if m := figures.MilestonesOf(b, plan.Date{}); m != nil {
		done = fmt.Sprintf(" (%d of %d milestones done)", m.Done, m.Total)
	}
	keyed(a.Milestones.Items, b.Milestones.Items, func(m *plan.Milestone) string { return m.Title.V }, func(k string, ma, mb *plan.Milestone) {
		q := plan.Quote(k)
		switch {
		case ma == nil:
			text := fmt.Sprintf("%s: new milestone %s, due %s", title, q, date(mb.Due))
			if mb.Done.Set {
				text += fmt.Sprintf(", done on %s", mb.Done.V)
			}
			c.add("goals", "added", id, "%s", text)
			return
		case mb == nil:
			c.add("goals", "removed", id, "%s: milestone %s removed", title, q)
			return
		}
		switch {
		case mb.Done.Set && !ma.Done.Set:
			c.add("goals", "changed", id, "%s: milestone %s done on %s%s", title, q, mb.Done.V, done)
		case ma.Done.Set && !mb.Done.Set:
			c.add("goals", "changed", id, "%s: milestone %s no longer done (was done on %s)", title, q, ma.Done.V)
		case ma.Done.V != mb.Done.V:
			c.add("goals", "changed", id, "%s: milestone %s done %s → %s", title, q, ma.Done.V, mb.Done.V)
		}
		if ma.Due.V != mb.Due.V {
			c.add("goals", "changed", id, "%s: milestone %s due %s → %s", title, q, date(ma.Due), date(mb.Due))
		}
	})
}

// reviews compares the reviews, keyed by date: reviews added and removed,
// the latest ratings against those before (from one review to the next,
// or edited), and the date the next review is due.
func (c *comparer) reviews() {
	keyed(c.a.Reviews.Items, c.b.Reviews.Items, func(r *plan.Review) string { return date(r.Date) }, func(k string, a, b *plan.Review) {
		switch {
		case a == nil:
			by := ""
			if b.By.Set {
				by = ", " + string(b.By.V)
			}
			c.add("reviews", "added", k, "new review of %s%s", k, by)
		case b == nil:
			c.add("reviews", "removed", k, "review of %s removed", k)
		}
	})
	ra, rb := figures.ReviewsOf(c.a, plan.Date{}), figures.ReviewsOf(c.b, plan.Date{})
	if ra.Latest != nil && rb.Latest != nil {
		var moved []string
		held := 0
		na, nb := ra.Latest.Ratings.All(), rb.Latest.Ratings.All()
		for i := range nb {
			va, vb := na[i].Rating, nb[i].Rating
			name := strings.ReplaceAll(nb[i].Aspect, "_", " ")
			switch {
			case va.Set && vb.Set && va.V == vb.V:
				held++
			case va.Set && vb.Set:
				arrow := "↑"
				if vb.V < va.V {
					arrow = "↓"
				}
				moved = append(moved, fmt.Sprintf("%s %d → %d %s", name, va.V, vb.V, arrow))
			case va.Set != vb.Set:
				moved = append(moved, fmt.Sprintf("%s %s → %s", name, rating(va), rating(vb)))
			}
		}
		if len(moved) > 0 {
			from := "ratings of the review of " + date(rb.Latest.Date)
			if da, db := date(ra.Latest.Date), date(rb.Latest.Date); da != db {
				from = fmt.Sprintf("ratings from the review of %s to that of %s", da, db)
			}
			text := from + ": " + strings.Join(moved, ", ")
			if held > 0 {
				text += fmt.Sprintf(" (%d held)", held)
			}
			c.add("reviews", "changed", "ratings", "%s", text)
		}
	}
	if ra.HasNext && rb.HasNext && ra.Next != rb.Next {
		c.add("reviews", "changed", "next review", "next review due %s → %s", ra.Next, rb.Next)
	} else if ra.HasNext != rb.HasNext {
		next := func(r figures.Reviews) string {
			if !r.HasNext {
				return "none"
			}
			return r.Next.String()
		}
		c.add("reviews", "changed", "next review", "next review due %s → %s", next(ra), next(rb))
	}
}

func rating(v *plan.Value[int]) string {
	if !v.Set {
		return "none"
	}
	return strconv.Itoa(v.V)
}
