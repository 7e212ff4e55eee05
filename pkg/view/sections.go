package view

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
)

func members(in *Input) []*Table {
	t := &Table{Name: "members", Title: "Members", Empty: "no members",
		Columns: cols("id", "name", "status", "sector", "role", "owner", "most_affected|most affected",
			"partnership", "joined", "hours_per_month|hours/month>", "funds>", "level",
			"last_contact|last contact", "next_step|next step")}
	cur := in.Plan.Coalition.CurrencyCode()
	for i := range in.Plan.Members.Items {
		m := &in.Plan.Members.Items[i]
		status := str(m.Status)
		if !m.Status.Set && !m.Status.Invalid {
			status = Cell{Text: "active", Value: "active"}
		}
		var hours Cell
		if m.Commitment.HoursPerMonth.Set {
			hours = num(m.Commitment.HoursPerMonth)
		}
		level := str(m.Level)
		if !m.Level.Set && figures.Active(m) {
			if l := m.LevelOrDefault(&in.Plan.Coalition); l != "" {
				level = Cell{Text: string(l) + " (coalition's)", Value: string(l)}
			}
		}
		t.Rows = append(t.Rows, []Cell{str(m.ID), str(m.Name), status, str(m.Sector), str(m.Role),
			name(in, m.Owner), flag(m.MostAffected), str(m.Partnership), date(m.Joined), hours,
			moneyOf(m.Commitment.Funds, cur), level, date(m.LastContact), str(m.NextStep)})
	}
	return []*Table{t}
}

func people(in *Input) []*Table {
	t := &Table{Name: "people", Title: "People", Empty: "no people",
		Columns: cols("id", "name", "member", "roles", "email", "owns>", "over_limit|over the limit")}
	loads := partners.LoadsOf(in.Plan)
	for i := range in.Plan.People.Items {
		p := &in.Plan.People.Items[i]
		n := len(loads[i].Members)
		over := Cell{}
		if n > in.Limits.Or().MaxPerOwner {
			over = Cell{Text: fmt.Sprintf("yes (more than %d)", in.Limits.Or().MaxPerOwner), Value: true}
		}
		t.Rows = append(t.Rows, []Cell{str(p.ID), str(p.Name), name(in, p.Member), words(p.Roles),
			str(p.Email), {Text: strconv.Itoa(n), Value: n}, over})
	}
	return []*Table{t}
}

func goals(in *Input) []*Table {
	t := &Table{Name: "goals", Title: "Goals", Empty: "no goals",
		Columns: cols("id", "title", "indicator", "baseline>", "current>", "target>", "unit",
			"progress>", "due", "days_left|days left>", "owner", "status", "state")}
	gs := figures.GoalsOf(in.Plan, in.Today)
	for _, g := range gs {
		pg := g.Goal
		var progress, left Cell
		if g.HasProgress {
			progress = Cell{Text: figures.Percent(g.Progress), Value: round(g.Progress)}
		}
		if m := g.Milestones; m != nil {
			progress.Text += fmt.Sprintf(" (%d of %s)", m.Done, countText(m.Total, "milestone"))
		}
		if pg.Due.Set {
			left = Cell{Text: strconv.Itoa(g.DaysLeft), Value: g.DaysLeft}
		}
		t.Rows = append(t.Rows, []Cell{str(pg.ID), str(pg.Title), str(pg.Indicator), num(pg.Baseline),
			num(pg.Current), num(pg.Target), str(pg.Unit), progress, date(pg.Due), left,
			name(in, pg.Owner), str(pg.Status), {Text: string(g.State), Value: string(g.State)}})
	}
	if m := milestones(in, gs); m != nil {
		return []*Table{t, m}
	}
	return []*Table{t}
}

// round keeps four decimals of a share, so JSON shows 0.4837, not a long
// binary fraction.
func round(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 4, 64), 64)
	return v
}

func barriers(in *Input) []*Table {
	t := &Table{Name: "barriers", Title: "Barriers", Empty: "no barriers named",
		Columns: cols("id", "type", "severity", "status", "owner", "strategy", "description")}
	for i := range in.Plan.Barriers.Items {
		b := &in.Plan.Barriers.Items[i]
		status := str(b.Status)
		if !b.Status.Set && !b.Status.Invalid {
			status = Cell{Text: "open", Value: "open"}
		}
		t.Rows = append(t.Rows, []Cell{str(b.ID), str(b.Type), str(b.Severity), status,
			name(in, b.Owner), str(b.Strategy), str(b.Description)})
	}
	return []*Table{t}
}

func budget(in *Input) []*Table {
	b := &in.Plan.Budget
	cur := in.Plan.Coalition.CurrencyCode()
	ex := &Table{Name: "expenses", Title: "Expenses", Empty: "no expenses",
		Columns: cols("item", "category", "amount>")}
	for i := range b.Expenses.Items {
		e := &b.Expenses.Items[i]
		ex.Rows = append(ex.Rows, []Cell{str(e.Item), str(e.Category), moneyOf(e.Amount, cur)})
	}
	inc := &Table{Name: "income", Title: "Income", Empty: "no income",
		Columns: cols("source", "status", "from", "amount>")}
	for i := range b.Income.Items {
		e := &b.Income.Items[i]
		inc.Rows = append(inc.Rows, []Cell{str(e.Source), str(e.Status), name(in, e.From), moneyOf(e.Amount, cur)})
	}
	kind := &Table{Name: "in_kind", Title: "In-kind support", Empty: "no in-kind support",
		Columns: cols("item", "from", "value>")}
	for i := range b.InKind.Items {
		e := &b.InKind.Items[i]
		kind.Rows = append(kind.Rows, []Cell{str(e.Item), name(in, e.From), moneyOf(e.Value, cur)})
	}
	f := figures.BudgetOf(in.Plan)
	tot := &Table{Name: "totals", Title: "Totals", Columns: cols("figure", "amount>")}
	if f.Overflow {
		tot.Rows = append(tot.Rows, []Cell{text("the amounts are too large to add up"), {}})
	} else {
		for _, r := range []struct {
			label string
			m     plan.Money
		}{
			{"expenses", f.Expenses},
			{"committed income", f.Committed},
			{"all income", f.Income},
			{"gap on committed income", f.GapCommitted()},
			{"gap on all income", f.GapAll()},
			{"in-kind support (not income)", f.InKind},
		} {
			tot.Rows = append(tot.Rows, []Cell{{Text: r.label, Value: r.label}, money(r.m, cur)})
		}
		if f.Unread > 0 {
			tot.Rows = append(tot.Rows, []Cell{text(fmt.Sprintf("%d line(s) could not be read and are left out", f.Unread)), {}})
		}
	}
	return []*Table{ex, inc, kind, tot}
}

func sixRs(in *Input) []*Table {
	t := &Table{Name: "six-rs", Title: "The 6 R's of engagement", Columns: cols("r|R", "status", "practice", "owner", "evidence")}
	for _, r := range in.Plan.SixRs.All() {
		p := r.Practice
		status := str(p.Status)
		if !p.Status.Set && !p.Status.Invalid {
			status = Cell{Text: "missing", Value: "missing"}
		}
		t.Rows = append(t.Rows, []Cell{{Text: r.Name, Value: r.Name}, status, str(p.Practice), name(in, p.Owner), str(p.Evidence)})
	}
	return []*Table{t}
}

func governance(in *Input) []*Table {
	g := &in.Plan.Governance
	t := &Table{Name: "governance", Title: "Governance", Columns: cols("element", "value")}
	row := func(label string, c Cell) { t.Rows = append(t.Rows, []Cell{{Text: label, Value: label}, c}) }
	row("structure", str(in.Plan.Coalition.Structure))
	row("decision making", str(g.DecisionMaking))
	row("rules", str(g.Rules))
	row("spokesperson", name(in, g.Spokesperson))
	row("confidentiality", str(g.Confidentiality))
	row("information sharing", str(g.InformationSharing))
	row("representatives", str(g.Representatives))
	row("meetings", Cell{Text: g.Meetings.Cadence.V, Value: nilIfEmpty(g.Meetings.Cadence.V)})
	row("meetings accessible", flag(g.Meetings.Accessible))
	w := &Table{Name: "work_distribution", Title: "Distribution of work", Empty: "no committees",
		Columns: cols("committee", "lead", "members")}
	for i := range g.WorkDistribution.Items {
		u := &g.WorkDistribution.Items[i]
		w.Rows = append(w.Rows, []Cell{str(u.Committee), name(in, u.Lead), ids(in, u.Members)})
	}
	return []*Table{t, w}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func stakeholders(in *Input) []*Table {
	t := &Table{Name: "stakeholders", Title: "Stakeholders (the power map)", Empty: "no stakeholders",
		Columns: cols("id", "name", "type", "target", "stance>", "influence>", "connections", "opponent")}
	// An opponent joined to a stakeholder is the same actor: its row
	// says so, with the opponent's power.
	joined := map[*plan.Stakeholder]*plan.Opponent{}
	for _, o := range figures.OppositionOf(in.Plan, in.Index) {
		if o.Stakeholder != nil && joined[o.Stakeholder] == nil {
			joined[o.Stakeholder] = o.Opponent
		}
	}
	for i := range in.Plan.Stakeholders.Items {
		s := &in.Plan.Stakeholders.Items[i]
		var opp Cell
		if o := joined[s]; o != nil {
			opp = Cell{Text: string(o.ID.V), Value: string(o.ID.V)}
			if o.Power.Set {
				opp.Text += fmt.Sprintf(" (power %d)", o.Power.V)
			}
		}
		t.Rows = append(t.Rows, []Cell{str(s.ID), str(s.Name), str(s.Type), flag(s.Target),
			integer(s.Stance), integer(s.Influence), ids(in, s.Connections), opp})
	}
	return []*Table{t}
}

func opposition(in *Input) []*Table {
	t := &Table{Name: "opposition", Title: "Opposition", Empty: "no opponents named",
		Columns: cols("id", "name", "power>", "stakeholder|on the power map", "tactics", "countered",
			"owner", "loses", "response")}
	c := &Table{Name: "counters", Title: "Counters to the tactics seen", Empty: "no tactics listed",
		Columns: cols("opponent", "tactic", "counter")}
	for _, o := range figures.OppositionOf(in.Plan, in.Index) {
		op := o.Opponent
		t.Rows = append(t.Rows, []Cell{str(op.ID), str(op.Name), integer(op.Power), onMap(&o),
			words(op.Tactics), countered(&o), name(in, op.Owner), str(op.Loses), str(op.Response)})
		for _, k := range o.Counters {
			counter := Cell{}
			switch {
			case k.Response != nil:
				counter = Cell{Text: k.Response.V, Value: k.Response.V}
			case o.General():
				counter = text("the general response")
			}
			c.Rows = append(c.Rows, []Cell{str(op.ID), str(*k.Tactic), counter})
		}
	}
	return []*Table{t, c}
}

// onMap shows the stakeholder an opponent is joined to, with its place on
// the power map: "Riverside Taxpayers League (stance -2, influence 3)".
func onMap(o *figures.Opponent) Cell {
	s := o.Stakeholder
	if s == nil {
		return str(o.Opponent.Stakeholder)
	}
	var where []string
	if s.Stance.Set {
		where = append(where, fmt.Sprintf("stance %+d", s.Stance.V))
	}
	if s.Influence.Set {
		where = append(where, fmt.Sprintf("influence %d", s.Influence.V))
	}
	txt := cmp.Or(s.Name.V, string(s.ID.V))
	if len(where) > 0 {
		txt += " (" + strings.Join(where, ", ") + ")"
	}
	return Cell{Text: txt, Value: string(s.ID.V)}
}

// countered says how many of an opponent's tactics have a counter: "2 of
// 3", "all (general response)", or "none" for a plan that names tactics
// and no counter.
func countered(o *figures.Opponent) Cell {
	n := len(o.Counters)
	switch {
	case o.General():
		return Cell{Text: "all (general response)", Value: "all"}
	case n > 0:
		k := o.Countered()
		if k == 0 {
			return Cell{Text: "none", Value: "none"}
		}
		return Cell{Text: fmt.Sprintf("%d of %d", k, n), Value: fmt.Sprintf("%d/%d", k, n)}
	case o.PerTactic():
		return text("counters, but no tactics listed")
	}
	return Cell{}
}

func reviews(in *Input) []*Table {
	t := &Table{Name: "reviews", Title: "Reviews", Empty: "no reviews",
		Columns: cols("date", "by", "leadership>", "governance>", "division_of_labor|division of labor>",
			"plans>", "actions>", "funding>", "visibility>", "average>", "notes")}
	for i := range in.Plan.Reviews.Items {
		r := &in.Plan.Reviews.Items[i]
		rt := &r.Ratings
		row := []Cell{date(r.Date), str(r.By)}
		sum, n := 0, 0
		for _, v := range []plan.Value[int]{rt.Leadership, rt.Governance, rt.DivisionOfLabor, rt.Plans, rt.Actions, rt.Funding, rt.Visibility} {
			row = append(row, integer(v))
			if v.Set {
				sum += v.V
				n++
			}
		}
		var avg Cell
		if n > 0 {
			a := float64(sum) / float64(n)
			avg = Cell{Text: strconv.FormatFloat(a, 'f', 1, 64), Value: round(a)}
		}
		t.Rows = append(t.Rows, append(row, avg, str(r.Notes)))
	}
	return append([]*Table{t}, reviewCadence(in)...)
}
