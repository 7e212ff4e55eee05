// Package plandiff compares two versions of a plan the way a board reads
// them: members who joined or left, owners changed, goals moved, barriers
// opened or resolved, budget lines and totals with the change in the gap,
// the 6 R's, milestones reached, reviews held and their ratings, and the
// score before and after.
package plandiff

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// Status of a plan file between the two versions.
const (
	Added     = "added"
	Deleted   = "deleted"
	Changed   = "changed"
	Unchanged = "unchanged"
	// Renamed is a plan moved to another file, changed or not: its Diff
	// compares the old file with the new one.
	Renamed = "renamed"
)

// Change is one difference, as a sentence a reader understands.
type Change struct {
	// Section is members, people, goals, barriers, budget, six-rs, reviews
	// or score.
	Section string `json:"section"`
	// Kind is added, removed or changed.
	Kind string `json:"kind"`
	// Item names what changed: an id, a budget line, an R.
	Item string `json:"item"`
	// Text says what changed, with the values before and after.
	Text string `json:"text"`
}

// Diff is what changed in one plan file.
type Diff struct {
	Path   string `json:"file"`
	Status string `json:"status"`
	// RenamedFrom is the old path of a renamed plan.
	RenamedFrom string `json:"renamed_from,omitempty"`
	// Error says why a version could not be read, when it could not.
	Error string `json:"error,omitempty"`
	// Score and band before and after; nil when that version has no score.
	ScoreBefore *int   `json:"score_before"`
	ScoreAfter  *int   `json:"score_after"`
	BandBefore  string `json:"band_before,omitempty"`
	BandAfter   string `json:"band_after,omitempty"`
	// ErrorsBefore and ErrorsAfter count the errors check finds in each
	// version; nil when there is no such version. The figures of a version
	// with errors may be misread: a value check rejects is left out (a
	// value cut short by a comma among them), so sums may lack lines.
	ErrorsBefore *int     `json:"errors_before"`
	ErrorsAfter  *int     `json:"errors_after"`
	Changes      []Change `json:"changes"`
	// Worst is the most serious finding of check in either version.
	Worst lint.Severity `json:"-"`
}

// Version is one side of a comparison: a decoded plan, its score, and the
// most serious finding of check in it (SeverityInvalid when there is none
// or it was not recorded).
type Version struct {
	Plan  *plan.Plan
	Card  *score.Card
	Worst lint.Severity
}

// Compare compares two versions of the plan at path. A nil before means
// the plan was added; a nil after that it was deleted.
func Compare(path string, before, after *Version) *Diff {
	d := &Diff{Path: path, Changes: []Change{}}
	switch {
	case before == nil && after == nil:
		d.Status = Unchanged
		return d
	case before == nil:
		d.Status = Added
	case after == nil:
		d.Status = Deleted
	}
	if before != nil && before.Card != nil && before.Card.Scored {
		d.ScoreBefore, d.BandBefore = &before.Card.Score, before.Card.Band
	}
	if after != nil && after.Card != nil && after.Card.Scored {
		d.ScoreAfter, d.BandAfter = &after.Card.Score, after.Card.Band
	}
	for _, v := range []struct {
		version *Version
		errors  **int
	}{{before, &d.ErrorsBefore}, {after, &d.ErrorsAfter}} {
		if v.version == nil {
			continue
		}
		n := 0
		if v.version.Card != nil {
			n = v.version.Card.Errors
		}
		*v.errors = &n
		d.Worst = max(d.Worst, v.version.Worst)
	}
	if before == nil || after == nil || before.Plan == nil || after.Plan == nil {
		return d
	}
	c := &comparer{d: d, a: before.Plan, b: after.Plan, xa: plan.NewIndex(before.Plan), xb: plan.NewIndex(after.Plan)}
	c.members()
	c.people()
	c.goals()
	c.barriers()
	c.budget()
	c.sixRs()
	c.reviews()
	if d.ScoreBefore != nil && d.ScoreAfter != nil && *d.ScoreBefore != *d.ScoreAfter {
		text := fmt.Sprintf("health score %d → %d", *d.ScoreBefore, *d.ScoreAfter)
		if d.BandBefore != d.BandAfter {
			text += fmt.Sprintf(" (%s → %s)", band(d.BandBefore), band(d.BandAfter))
		}
		d.Changes = append(d.Changes, Change{Section: "score", Kind: "changed", Item: "score", Text: text})
	}
	d.Status = Unchanged
	if len(d.Changes) > 0 {
		d.Status = Changed
	}
	return d
}

func band(b string) string {
	if b == score.BandAtRisk {
		return "at risk"
	}
	return b
}

type comparer struct {
	d      *Diff
	a, b   *plan.Plan
	xa, xb *plan.Index
}

func (c *comparer) add(section, kind, item, format string, args ...any) {
	c.d.Changes = append(c.d.Changes, Change{Section: section, Kind: kind, Item: item, Text: fmt.Sprintf(format, args...)})
}

// keyed pairs the items of two lists by key, in the order of the new list
// followed by the items only in the old one.
func keyed[T any](before, after []T, key func(*T) string, fn func(k string, a, b *T)) {
	old := map[string]*T{}
	for i := range before {
		k := key(&before[i])
		if _, dup := old[k]; k == "" || dup {
			continue
		}
		old[k] = &before[i]
	}
	seen := map[string]bool{}
	for i := range after {
		k := key(&after[i])
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		fn(k, old[k], &after[i])
	}
	for i := range before {
		k := key(&before[i])
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		fn(k, &before[i], nil)
	}
}

func str[T ~string](v plan.Value[T]) string { return string(v.V) }

func (c *comparer) members() {
	status := func(m *plan.Member) string {
		if m.Status.Invalid {
			return "?"
		}
		return string(m.StatusOrDefault())
	}
	keyed(c.a.Members.Items, c.b.Members.Items, func(m *plan.Member) string { return str(m.ID) }, func(id string, a, b *plan.Member) {
		switch {
		case a == nil:
			c.add("members", "added", id, "%s joined, %s", cmp.Or(b.Name.V, id), status(b))
		case b == nil:
			c.add("members", "removed", id, "%s left the plan (was %s)", cmp.Or(a.Name.V, id), status(a))
		default:
			if sa, sb := status(a), status(b); sa != sb {
				c.add("members", "changed", id, "%s: %s → %s", cmp.Or(b.Name.V, id), sa, sb)
			}
			if oa, ob := a.Owner.V, b.Owner.V; oa != ob {
				c.add("members", "changed", id, "%s: relationship owner %s → %s", cmp.Or(b.Name.V, id),
					name(c.xa, oa), name(c.xb, ob))
			}
		}
	})
}

func name(x *plan.Index, id plan.ID) string {
	if id == "" {
		return "none"
	}
	return figures.PersonName(x, id)
}

func (c *comparer) people() {
	keyed(c.a.People.Items, c.b.People.Items, func(p *plan.Person) string { return str(p.ID) }, func(id string, a, b *plan.Person) {
		switch {
		case a == nil:
			c.add("people", "added", id, "%s added", cmp.Or(b.Name.V, id))
		case b == nil:
			c.add("people", "removed", id, "%s removed", cmp.Or(a.Name.V, id))
		case a.Name.V != b.Name.V:
			c.add("people", "changed", id, "%s renamed %s", a.Name.V, b.Name.V)
		}
	})
}

func num(v plan.Value[float64]) string {
	if !v.Set {
		return "none"
	}
	return strconv.FormatFloat(v.V, 'f', -1, 64)
}

func (c *comparer) goals() {
	keyed(c.a.Goals.Items, c.b.Goals.Items, func(g *plan.Goal) string { return str(g.ID) }, func(id string, a, b *plan.Goal) {
		switch {
		case a == nil:
			c.add("goals", "added", id, "new goal: %s", cmp.Or(b.Title.V, id))
			return
		case b == nil:
			c.add("goals", "removed", id, "goal removed: %s", cmp.Or(a.Title.V, id))
			return
		}
		title := cmp.Or(b.Title.V, id)
		if a.Status.V != b.Status.V {
			c.add("goals", "changed", id, "%s: %s → %s", title, cmp.Or(str(a.Status), "no status"), cmp.Or(str(b.Status), "no status"))
		}
		if num(a.Current) != num(b.Current) {
			text := fmt.Sprintf("%s: current %s → %s", title, num(a.Current), num(b.Current))
			wa, okA := figures.ProgressOf(a)
			wb, okB := figures.ProgressOf(b)
			if okA && okB {
				text += fmt.Sprintf(" (%s → %s of the way)", figures.Percent(wa), figures.Percent(wb))
			}
			c.add("goals", "changed", id, "%s", text)
		}
		if a.Due.V != b.Due.V {
			c.add("goals", "changed", id, "%s: due %s → %s", title, date(a.Due), date(b.Due))
		}
		if num(a.Target) != num(b.Target) {
			c.add("goals", "changed", id, "%s: target %s → %s", title, num(a.Target), num(b.Target))
		}
		c.milestones(id, title, a, b)
	})
}

func date(v plan.Value[plan.Date]) string {
	if !v.Set {
		return "none"
	}
	return v.V.String()
}

func (c *comparer) barriers() {
	state := func(b *plan.Barrier) string { return cmp.Or(str(b.Status), "open") }
	keyed(c.a.Barriers.Items, c.b.Barriers.Items, func(b *plan.Barrier) string { return str(b.ID) }, func(id string, a, b *plan.Barrier) {
		switch {
		case a == nil && state(b) == string(plan.BarrierResolved):
			c.add("barriers", "added", id, "barrier %s named, already resolved", id)
		case a == nil:
			c.add("barriers", "added", id, "barrier opened: %s (%s, %s severity)", id, str(b.Type), cmp.Or(str(b.Severity), "no"))
		case b == nil:
			c.add("barriers", "removed", id, "barrier %s removed from the plan (was %s)", id, state(a))
		default:
			if sa, sb := state(a), state(b); sa != sb {
				verb := fmt.Sprintf("barrier %s: %s → %s", id, sa, sb)
				if sb == string(plan.BarrierResolved) {
					verb = fmt.Sprintf("barrier resolved: %s (was %s)", id, sa)
				}
				c.add("barriers", "changed", id, "%s", verb)
			}
			if a.Severity.V != b.Severity.V {
				c.add("barriers", "changed", id, "barrier %s: severity %s → %s", id, cmp.Or(str(a.Severity), "none"), cmp.Or(str(b.Severity), "none"))
			}
		}
	})
}

func (c *comparer) budget() {
	cur := c.b.Coalition.CurrencyCode()
	money := func(m plan.Money) string { return figures.Money(m, cur) }
	amount := func(v plan.Value[plan.Money]) string {
		if !v.Set {
			return "unreadable"
		}
		return money(v.V)
	}
	keyed(c.a.Budget.Expenses.Items, c.b.Budget.Expenses.Items, func(e *plan.Expense) string { return e.Item.V }, func(k string, a, b *plan.Expense) {
		switch {
		case a == nil:
			c.add("budget", "added", k, "new expense: %s, %s", k, amount(b.Amount))
		case b == nil:
			c.add("budget", "removed", k, "expense removed: %s, %s", k, amount(a.Amount))
		case a.Amount.V != b.Amount.V || a.Amount.Set != b.Amount.Set:
			c.add("budget", "changed", k, "expense %s: %s → %s", k, amount(a.Amount), amount(b.Amount))
		}
	})
	keyed(c.a.Budget.Income.Items, c.b.Budget.Income.Items, func(e *plan.Income) string { return e.Source.V }, func(k string, a, b *plan.Income) {
		switch {
		case a == nil:
			c.add("budget", "added", k, "new income: %s, %s, %s", k, amount(b.Amount), cmp.Or(str(b.Status), "no status"))
		case b == nil:
			c.add("budget", "removed", k, "income removed: %s, %s", k, amount(a.Amount))
		default:
			if a.Amount.V != b.Amount.V || a.Amount.Set != b.Amount.Set {
				c.add("budget", "changed", k, "income %s: %s → %s", k, amount(a.Amount), amount(b.Amount))
			}
			if a.Status.V != b.Status.V {
				c.add("budget", "changed", k, "income %s: %s → %s", k, cmp.Or(str(a.Status), "no status"), cmp.Or(str(b.Status), "no status"))
			}
		}
	})
	keyed(c.a.Budget.InKind.Items, c.b.Budget.InKind.Items, func(e *plan.InKind) string { return e.Item.V }, func(k string, a, b *plan.InKind) {
		switch {
		case a == nil:
			c.add("budget", "added", k, "new in-kind support: %s, %s", k, amount(b.Value))
		case b == nil:
			c.add("budget", "removed", k, "in-kind support removed: %s, %s", k, amount(a.Value))
		case a.Value.V != b.Value.V || a.Value.Set != b.Value.Set:
			c.add("budget", "changed", k, "in-kind %s: %s → %s", k, amount(a.Value), amount(b.Value))
		}
	})
	fa, fb := figures.BudgetOf(c.a), figures.BudgetOf(c.b)
	if fa.Overflow || fb.Overflow {
		return
	}
	for _, t := range []struct {
		label  string
		before plan.Money
		after  plan.Money
	}{
		{"expenses", fa.Expenses, fb.Expenses},
		{"committed income", fa.Committed, fb.Committed},
		{"all income", fa.Income, fb.Income},
		{"gap on committed income", fa.GapCommitted(), fb.GapCommitted()},
		{"gap on all income", fa.GapAll(), fb.GapAll()},
		{"in-kind support", fa.InKind, fb.InKind},
	} {
		if t.before != t.after {
			delta, _ := t.after.Add(-t.before)
			sign := "+"
			if delta < 0 {
				sign, delta = "-", -delta
			}
			c.add("budget", "changed", t.label, "total %s: %s → %s (%s%s)", t.label, money(t.before), money(t.after), sign, figures.Money(delta, cur))
		}
	}
}

func (c *comparer) sixRs() {
	ra, rb := c.a.SixRs.All(), c.b.SixRs.All()
	for i := range ra {
		sa, sb := str(ra[i].Practice.Status), str(rb[i].Practice.Status)
		sa, sb = cmp.Or(sa, "missing"), cmp.Or(sb, "missing")
		if sa != sb {
			c.add("six-rs", "changed", ra[i].Name, "%s: %s → %s", ra[i].Name, sa, sb)
		}
	}
}
