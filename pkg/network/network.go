// Package network joins the asset map to the power map [001]: who at the
// table reaches each stakeholder, which stakeholders must be reached and
// are not, which members carry the routes (the brokers), which members
// take no part in the work, and the figures of the network as a whole.
//
// A route runs from a stakeholder's connection to an active member: the
// member itself, or a person of the coalition who belongs to it. A
// connection through a prospect, a former member, or a person who belongs
// to no active member is not a route: nobody at the table holds it.
package network

import (
	"cmp"
	"slices"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// HighInfluence is the least influence of an undecided stakeholder that
// must be reached all the same.
const HighInfluence = 4

// Route is one way an active member reaches a stakeholder.
type Route struct {
	// Member is the active member the route runs through.
	Member plan.ID
	// Via is the person of the connection, "" when the member itself is
	// the connection.
	Via plan.ID
	// At is where the connection is written.
	At plan.Pos
}

// Dead is a connection that is not a route, and why.
type Dead struct {
	// ID is the id written in connections.
	ID plan.ID
	// At is where it is written.
	At plan.Pos
	// Why says why it is no route: "prospect", "former member", "person
	// of prospect X", "person of former member X", "person of no member".
	Why string
	// Prospect is the prospect that would bring the route if it joined,
	// "" when none would.
	Prospect plan.ID
}

// Reach is who reaches one stakeholder.
type Reach struct {
	Stakeholder *plan.Stakeholder
	// Routes are the routes through active members, in the order of the
	// connections.
	Routes []Route
	// Dead are the connections that are not routes.
	Dead []Dead
	// Needed is true for a stakeholder that must be reached: a target, or
	// an undecided stakeholder (stance 0) of high influence.
	Needed bool
}

// Members are the distinct active members of the routes.
func (r *Reach) Members() []plan.ID {
	var out []plan.ID
	for _, rt := range r.Routes {
		if !slices.Contains(out, rt.Member) {
			out = append(out, rt.Member)
		}
	}
	return out
}

// Reached reports whether some active member reaches the stakeholder.
func (r *Reach) Reached() bool { return len(r.Routes) > 0 }

// Map is the network of one plan.
type Map struct {
	// Reach is one entry per stakeholder, in the order of the plan.
	Reach []Reach
	// Active are the active members, in the order of the plan.
	Active []*plan.Member
	plan   *plan.Plan
	byID   map[plan.ID]*plan.Member
}

// Needed reports whether stakeholder s must be reached.
func Needed(s *plan.Stakeholder) bool {
	if s.Target.Set && s.Target.V {
		return true
	}
	return s.Stance.Set && s.Stance.V == 0 && s.Influence.Set && s.Influence.V >= HighInfluence
}

// Of maps the network of p. Its work is linear in the size of the plan.
func Of(p *plan.Plan) *Map {
	m := &Map{plan: p, byID: map[plan.ID]*plan.Member{}}
	if p == nil {
		return m
	}
	for i := range p.Members.Items {
		mem := &p.Members.Items[i]
		if mem.ID.Set {
			if _, dup := m.byID[mem.ID.V]; !dup {
				m.byID[mem.ID.V] = mem
			}
		}
		if mem.StatusOrDefault() == plan.MemberActive && mem.ID.Set {
			m.Active = append(m.Active, mem)
		}
	}
	people := map[plan.ID]*plan.Person{}
	for i := range p.People.Items {
		if id := p.People.Items[i].ID; id.Set {
			if _, dup := people[id.V]; !dup {
				people[id.V] = &p.People.Items[i]
			}
		}
	}
	for i := range p.Stakeholders.Items {
		s := &p.Stakeholders.Items[i]
		r := Reach{Stakeholder: s, Needed: Needed(s)}
		for _, c := range s.Connections.Items {
			if !c.Set {
				continue
			}
			if mem, ok := m.byID[c.V]; ok {
				m.connect(&r, c, mem, "")
				continue
			}
			if per, ok := people[c.V]; ok {
				mem, ok := m.byID[per.Member.V]
				if !per.Member.Set || !ok {
					r.Dead = append(r.Dead, Dead{ID: c.V, At: c.Pos, Why: "person of no member"})
					continue
				}
				m.connect(&r, c, mem, per.ID.V)
			}
			// An id that names nothing is dangling-ref's to report.
		}
		m.Reach = append(m.Reach, r)
	}
	return m
}

// connect adds the connection c, to member mem (through person via when
// not ""), to r as a route or as a dead connection.
func (m *Map) connect(r *Reach, c plan.Value[plan.ID], mem *plan.Member, via plan.ID) {
	switch st := mem.StatusOrDefault(); st {
	case plan.MemberActive:
		r.Routes = append(r.Routes, Route{Member: mem.ID.V, Via: via, At: c.Pos})
	default:
		why := string(st)
		if st == plan.MemberFormer {
			why = "former member"
		}
		d := Dead{ID: c.V, At: c.Pos, Why: why}
		if via != "" {
			d.Why = "person of " + why + " " + string(mem.ID.V)
		}
		if st == plan.MemberProspect {
			d.Prospect = mem.ID.V
		}
		r.Dead = append(r.Dead, d)
	}
}

// Member returns the member of id, nil when there is none.
func (m *Map) Member(id plan.ID) *plan.Member { return m.byID[id] }

// Unreached are the stakeholders that must be reached and are not.
func (m *Map) Unreached() []*Reach {
	var out []*Reach
	for i := range m.Reach {
		if r := &m.Reach[i]; r.Needed && !r.Reached() {
			out = append(out, r)
		}
	}
	return out
}

// Bridges are the members likeliest to open a route to s, best first: the
// asset map's organizational ties and significant individuals [001], and
// for a decision-maker the members from government. Status says which:
// active members or prospects.
func (m *Map) Bridges(s *plan.Stakeholder, status plan.MemberStatus) []plan.ID {
	type cand struct {
		id    plan.ID
		score int
		order int
	}
	var cs []cand
	for i := range m.plan.Members.Items {
		mem := &m.plan.Members.Items[i]
		if mem.StatusOrDefault() != status || !mem.ID.Set {
			continue
		}
		score := 0
		for _, a := range mem.Assets.Items {
			switch a.Category.V {
			case "individuals":
				if s.Type.V == "decision-maker" || s.Type.V == "individual" {
					score = max(score, 3)
				} else {
					score = max(score, 2)
				}
			case "relationships":
				if s.Type.V == "organization" {
					score = max(score, 3)
				} else {
					score = max(score, 2)
				}
			}
		}
		if s.Type.V == "decision-maker" && mem.Sector.V == "government" {
			score = max(score, 2)
		}
		if score > 0 {
			cs = append(cs, cand{mem.ID.V, score, i})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.order, b.order))
	})
	out := make([]plan.ID, len(cs))
	for i, c := range cs {
		out[i] = c.id
	}
	return out
}
