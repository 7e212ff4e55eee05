package view

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/partners"
)

// prospects ranks the prospects by the selection criteria [002], with what
// each would add and who will approach them.
func prospects(in *Input) []*Table {
	names := partners.CriteriaNames()
	spec := []string{"rank>", "id", "name", "owner", "total>"}
	for _, n := range names {
		spec = append(spec, n+"|"+strings.ReplaceAll(n, "_", " ")+">")
	}
	spec = append(spec, "adds|would add")
	t := &Table{Name: "prospects", Title: "Prospects, ranked by the selection criteria", Empty: "no prospects", Columns: cols(spec...)}
	for i, p := range partners.Prospects(in.Plan, in.Weights) {
		m := p.Member
		rank := Cell{Text: strconv.Itoa(i + 1), Value: i + 1}
		total := Cell{Text: fmt.Sprintf("%d of %d", p.Total, p.Max), Value: p.Total}
		if !p.Rated {
			rank, total = Cell{}, Cell{Text: "not rated"}
		}
		row := []Cell{rank, str(m.ID), str(m.Name), name(in, m.Owner), total}
		for _, n := range names {
			if r, ok := p.Ratings[n]; ok {
				row = append(row, Cell{Text: strconv.Itoa(r), Value: r})
			} else {
				row = append(row, Cell{})
			}
		}
		adds := strings.Join(p.Adds, "; ")
		row = append(row, Cell{Text: adds, Value: adds})
		t.Rows = append(t.Rows, row)
	}
	return []*Table{t}
}

// networkTables joins the asset map to the power map [001]: who reaches
// each stakeholder, the members that carry the routes, the members with no
// part in the work, and the figures of the network.
func networkTables(in *Input) []*Table {
	m := network.Of(in.Plan)
	reach := &Table{Name: "reach", Title: "Who reaches each stakeholder", Empty: "no stakeholders",
		Columns: cols("stakeholder", "name", "must_reach|must be reached", "reached_through|reached through", "no_route|connections that are no route")}
	for i := range m.Reach {
		r := &m.Reach[i]
		s := r.Stakeholder
		var through []string
		for _, id := range r.Members() {
			through = append(through, string(id))
		}
		var dead []string
		for _, d := range r.Dead {
			dead = append(dead, string(d.ID)+" ("+d.Why+")")
		}
		must := Cell{Text: "no", Value: false}
		if r.Needed {
			must = Cell{Text: "yes", Value: true}
		}
		via := strings.Join(through, ", ")
		if via == "" {
			via = "nobody at the table"
		}
		reach.Rows = append(reach.Rows, []Cell{str(s.ID), str(s.Name), must,
			{Text: via, Value: strings.Join(through, ", ")}, {Text: strings.Join(dead, ", "), Value: strings.Join(dead, ", ")}})
	}
	brokers := &Table{Name: "brokers", Title: "Brokers: the members that carry the routes", Empty: "no member reaches a stakeholder",
		Columns: cols("member", "name", "reaches>", "must_reach|of them must be reached>", "only_route|only route to>", "stakeholders")}
	for _, b := range m.Brokers() {
		var ids []string
		for _, id := range b.Reaches {
			ids = append(ids, string(id))
		}
		brokers.Rows = append(brokers.Rows, []Cell{str(b.Member.ID), str(b.Member.Name),
			intCell(len(b.Reaches)), intCell(b.Needed), intCell(b.Only), {Text: strings.Join(ids, ", "), Value: strings.Join(ids, ", ")}})
	}
	isolated := &Table{Name: "isolated", Title: "Active members with no part in the work", Empty: "every active member has a part",
		Columns: cols("member", "name", "sector")}
	for _, mem := range m.Isolated() {
		isolated.Rows = append(isolated.Rows, []Cell{str(mem.ID), str(mem.Name), str(mem.Sector)})
	}
	f := m.Figures()
	figs := &Table{Name: "network_figures", Title: "The network in numbers", Columns: cols("figure", "value>")}
	add := func(label string, text string, v any) {
		figs.Rows = append(figs.Rows, []Cell{{Text: label, Value: label}, {Text: text, Value: v}})
	}
	add("active members", strconv.Itoa(f.Active), f.Active)
	add("stakeholders on the power map", strconv.Itoa(f.Stakeholders), f.Stakeholders)
	add("must be reached (targets, undecided with influence 4+)", strconv.Itoa(f.Needed), f.Needed)
	add("of them with no route", strconv.Itoa(f.Unreached), f.Unreached)
	add("member-to-stakeholder ties", fmt.Sprintf("%d of %d possible (%s)", f.Links, f.Possible(), ratio(f.Links, f.Possible())), f.Links)
	add("stakeholders reached through one member only", fmt.Sprintf("%d of %d reached (%s)", f.SinglePoint, f.Reached, ratio(f.SinglePoint, f.Reached)), f.SinglePoint)
	add("isolated active members", strconv.Itoa(f.Isolated), f.Isolated)
	return []*Table{reach, brokers, isolated, figs}
}

func intCell(n int) Cell { return Cell{Text: strconv.Itoa(n), Value: n} }

// ratio writes k of n as a whole percentage, "–" when n is 0.
func ratio(k, n int) string {
	if n == 0 {
		return "–"
	}
	return strconv.Itoa((200*k+n)/(2*n)) + "%"
}
