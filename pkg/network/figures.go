package network

import (
	"cmp"
	"slices"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Broker is an active member and the stakeholders it reaches.
type Broker struct {
	Member *plan.Member
	// Reaches are the stakeholders it reaches, in the order of the plan.
	Reaches []plan.ID
	// Needed counts those of them that must be reached.
	Needed int
	// Only counts the stakeholders it is the only route to.
	Only int
}

// Brokers are the active members that reach at least one stakeholder, the
// ones that reach the most stakeholders that must be reached first.
func (m *Map) Brokers() []Broker {
	by := map[plan.ID]*Broker{}
	var out []*Broker
	for i := range m.Reach {
		r := &m.Reach[i]
		members := r.Members()
		for _, id := range members {
			b := by[id]
			if b == nil {
				b = &Broker{Member: m.byID[id]}
				by[id] = b
				out = append(out, b)
			}
			b.Reaches = append(b.Reaches, r.Stakeholder.ID.V)
			if r.Needed {
				b.Needed++
			}
			if len(members) == 1 {
				b.Only++
			}
		}
	}
	order := map[plan.ID]int{}
	for i, a := range m.Active {
		order[a.ID.V] = i
	}
	slices.SortStableFunc(out, func(a, b *Broker) int {
		return cmp.Or(cmp.Compare(b.Needed, a.Needed), cmp.Compare(len(b.Reaches), len(a.Reaches)),
			cmp.Compare(order[a.Member.ID.V], order[b.Member.ID.V]))
	})
	res := make([]Broker, len(out))
	for i, b := range out {
		res[i] = *b
	}
	return res
}

// Isolated are the active members with no part in the work: no seat on a
// committee, no goal, action, barrier or 6 R's practice they own, and no
// route to any stakeholder, neither themselves nor through their people.
func (m *Map) Isolated() []*plan.Member {
	p := m.plan
	if p == nil {
		return nil
	}
	// The member each id acts for: a member itself, a person its member.
	actsFor := map[plan.ID]plan.ID{}
	for _, a := range m.Active {
		actsFor[a.ID.V] = a.ID.V
	}
	for i := range p.People.Items {
		per := &p.People.Items[i]
		if per.ID.Set && per.Member.Set {
			if _, ok := actsFor[per.ID.V]; !ok {
				actsFor[per.ID.V] = per.Member.V
			}
		}
	}
	part := map[plan.ID]bool{}
	take := func(v plan.Value[plan.ID]) {
		if v.Set {
			if mem, ok := actsFor[v.V]; ok {
				part[mem] = true
			}
		}
	}
	for _, w := range p.Governance.WorkDistribution.Items {
		take(w.Lead)
		for _, id := range w.Members.Items {
			take(id)
		}
	}
	for _, g := range p.Goals.Items {
		take(g.Owner)
	}
	for _, a := range p.Actions.Items {
		take(a.Owner)
	}
	for _, b := range p.Barriers.Items {
		take(b.Owner)
	}
	for _, r := range p.SixRs.All() {
		take(r.Practice.Owner)
	}
	for _, r := range m.Reach {
		for _, rt := range r.Routes {
			part[rt.Member] = true
		}
	}
	var out []*plan.Member
	for _, a := range m.Active {
		if !part[a.ID.V] {
			out = append(out, a)
		}
	}
	return out
}

// Figures are the numbers of the network, counted from the declared ties
// as PARTNER-style network analysis counts them.
type Figures struct {
	// Active members and Stakeholders on the power map.
	Active, Stakeholders int
	// Needed stakeholders must be reached; Unreached of them are not.
	Needed, Unreached int
	// Reached counts the stakeholders some active member reaches.
	Reached int
	// Links counts the distinct (active member, stakeholder) ties; the
	// density of the network is Links out of Active × Stakeholders.
	Links int
	// SinglePoint counts the reached stakeholders that only one active
	// member reaches: the routes that depend on a single member.
	SinglePoint int
	// Isolated counts the active members with no part in the work.
	Isolated int
}

// Possible is the number of ties there could be: every active member to
// every stakeholder.
func (f Figures) Possible() int { return f.Active * f.Stakeholders }

// Figures counts the network.
func (m *Map) Figures() Figures {
	f := Figures{Active: len(m.Active), Stakeholders: len(m.Reach), Isolated: len(m.Isolated())}
	for i := range m.Reach {
		r := &m.Reach[i]
		n := len(r.Members())
		f.Links += n
		if r.Needed {
			f.Needed++
			if n == 0 {
				f.Unreached++
			}
		}
		if n > 0 {
			f.Reached++
		}
		if n == 1 {
			f.SinglePoint++
		}
	}
	return f
}
