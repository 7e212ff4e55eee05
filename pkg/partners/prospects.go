package partners

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// CriteriaNames are the selection criteria [002], in their order.
func CriteriaNames() []string {
	var c plan.Criteria
	var out []string
	for _, x := range c.All() {
		out = append(out, x.Name)
	}
	return out
}

// Weights weigh the selection criteria by name; a criterion left out
// weighs 1.
type Weights map[string]int

// Of returns the weight of criterion name.
func (w Weights) Of(name string) int {
	if n, ok := w[name]; ok {
		return n
	}
	return 1
}

// Prospect is a prospective partner rated by the selection criteria.
type Prospect struct {
	Member *plan.Member
	// Rated is true when at least one criterion is written.
	Rated bool
	// Ratings are the ratings of the criteria, 0 to 5, by name; a
	// criterion not written is absent.
	Ratings map[string]int
	// Total is the weighted sum of the ratings; Max what it would be with
	// every criterion at 5.
	Total, Max int
	// Adds says what the prospect would bring that the coalition lacks.
	Adds []string
}

// Prospects ranks the prospects of p: the rated ones by their weighted
// total, highest first (ties in the order of the plan), then the ones not
// rated, in the order of the plan.
func Prospects(p *plan.Plan, w Weights) []Prospect {
	if p == nil {
		return nil
	}
	lacks := lacksOf(p)
	var out []Prospect
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if m.StatusOrDefault() != plan.MemberProspect {
			continue
		}
		pr := Prospect{Member: m, Ratings: map[string]int{}}
		for _, c := range m.Criteria.All() {
			pr.Max += 5 * w.Of(c.Name)
			if c.Rating.Set {
				pr.Rated = true
				pr.Ratings[c.Name] = c.Rating.V
				pr.Total += c.Rating.V * w.Of(c.Name)
			}
		}
		pr.Adds = lacks.adds(m)
		out = append(out, pr)
	}
	slices.SortStableFunc(out, func(a, b Prospect) int {
		switch {
		case a.Rated != b.Rated:
			if a.Rated {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.Total, a.Total)
	})
	return out
}

// lacks is what the active members do not bring.
type lacks struct {
	sectors      map[plan.Sector]bool // brought by an active member
	assets       map[plan.AssetCategory]bool
	mostAffected bool
	// routes maps a member or person id to the needed stakeholders it
	// would open a route to.
	routes map[plan.ID][]plan.ID
	people map[plan.ID]plan.ID // person → member
}

func lacksOf(p *plan.Plan) *lacks {
	l := &lacks{sectors: map[plan.Sector]bool{}, assets: map[plan.AssetCategory]bool{},
		routes: map[plan.ID][]plan.ID{}, people: map[plan.ID]plan.ID{}}
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if m.StatusOrDefault() != plan.MemberActive {
			continue
		}
		if m.Sector.Set {
			l.sectors[m.Sector.V] = true
		}
		for _, a := range m.Assets.Items {
			l.assets[a.Category.V] = true
		}
		if m.MostAffected.V {
			l.mostAffected = true
		}
	}
	for _, per := range p.People.Items {
		if per.ID.Set && per.Member.Set {
			l.people[per.ID.V] = per.Member.V
		}
	}
	for _, r := range network.Of(p).Unreached() {
		for _, d := range r.Dead {
			if d.Prospect != "" {
				l.routes[d.Prospect] = appendOnce(l.routes[d.Prospect], r.Stakeholder.ID.V)
			}
		}
	}
	return l
}

func appendOnce(list []plan.ID, id plan.ID) []plan.ID {
	if slices.Contains(list, id) {
		return list
	}
	return append(list, id)
}

// adds says what prospect m would bring.
func (l *lacks) adds(m *plan.Member) []string {
	var out []string
	if m.Sector.Set && !l.sectors[m.Sector.V] {
		s := fmt.Sprintf("the %s sector, which no active member is from", m.Sector.V)
		if slices.Contains(figures.OftenMissing, m.Sector.V) {
			s += " (one often missing)"
		}
		out = append(out, s)
	}
	if m.MostAffected.V {
		if l.mostAffected {
			out = append(out, "another voice of those most affected")
		} else {
			out = append(out, "a voice of those most affected, which no active member is")
		}
	}
	if targets := l.routes[m.ID.V]; len(targets) > 0 {
		var names []string
		for _, t := range targets {
			names = append(names, string(t))
		}
		out = append(out, "a route to "+strings.Join(names, ", ")+", which nobody at the table reaches")
	}
	var missing []string
	for _, a := range m.Assets.Items {
		if a.Category.Set && !l.assets[a.Category.V] && !slices.Contains(missing, string(a.Category.V)) {
			missing = append(missing, string(a.Category.V))
		}
	}
	if len(missing) > 0 {
		out = append(out, "assets no active member brings: "+strings.Join(missing, ", "))
	}
	return out
}
