package network

import (
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

const src = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor, problem: Too few jobs}
people:
  - {id: ana, name: Ana, member: ymca}
  - {id: bo, name: Bo, member: college}
  - {id: cy, name: Cy}
members:
  - {id: ymca, name: YMCA, sector: nonprofit, assets: [{category: reach}]}
  - {id: city, name: City Office, sector: government}
  - {id: parents, name: Parents, sector: community, assets: [{category: individuals}]}
  - {id: college, name: College, status: prospect, assets: [{category: relationships}]}
  - {id: union, name: Union, status: former}
  - {id: idle, name: Idle Group}
stakeholders:
  - {id: council, name: Council, type: decision-maker, target: true, connections: [ana, parents]}
  - {id: mayor, name: Mayor, type: decision-maker, stance: 0, influence: 5, connections: [bo, union, cy]}
  - {id: press, name: Press, type: organization, stance: 0, influence: 3, connections: [ymca]}
  - {id: chamber, name: Chamber, type: organization, stance: 1, influence: 4}
goals:
  - {id: g, title: G, owner: city}
`

func load(t *testing.T, text string) *plan.Plan {
	t.Helper()
	f := plan.Parse("p.yaml", []byte(text), plan.ReadOptions{Explicit: true})
	if f.Plan == nil || len(f.Problems) > 0 {
		t.Fatalf("the plan does not load: %v", f.Problems)
	}
	return f.Plan
}

func TestRoutes(t *testing.T) {
	m := Of(load(t, src))
	if len(m.Reach) != 4 {
		t.Fatalf("%d stakeholders", len(m.Reach))
	}
	council, mayor, press, chamber := &m.Reach[0], &m.Reach[1], &m.Reach[2], &m.Reach[3]
	if got := council.Members(); !slices.Equal(got, []plan.ID{"ymca", "parents"}) || !council.Needed {
		t.Errorf("council: members %v needed %v", got, council.Needed)
	}
	if council.Routes[0].Via != "ana" || council.Routes[0].At != (plan.Pos{Line: 16, Col: 84}) {
		t.Errorf("council's first route: %+v", council.Routes[0])
	}
	if mayor.Reached() || !mayor.Needed {
		t.Errorf("mayor: reached %v needed %v", mayor.Reached(), mayor.Needed)
	}
	var whys []string
	for _, d := range mayor.Dead {
		whys = append(whys, d.Why)
	}
	if want := []string{"person of prospect college", "former member", "person of no member"}; !slices.Equal(whys, want) {
		t.Errorf("mayor's dead connections: %q, want %q", whys, want)
	}
	if mayor.Dead[0].Prospect != "college" || mayor.Dead[1].Prospect != "" {
		t.Errorf("prospects that would bring a route: %+v", mayor.Dead)
	}
	if press.Needed || !press.Reached() {
		t.Errorf("press (influence 3): needed %v reached %v", press.Needed, press.Reached())
	}
	if chamber.Needed {
		t.Error("chamber (stance 1) is needed")
	}
	var unreached []plan.ID
	for _, r := range m.Unreached() {
		unreached = append(unreached, r.Stakeholder.ID.V)
	}
	if !slices.Equal(unreached, []plan.ID{"mayor"}) {
		t.Errorf("unreached: %v", unreached)
	}
}

func TestNeededBoundaries(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"{id: a, name: A, target: true}", true},
		{"{id: a, name: A, target: false, stance: 1, influence: 5}", false},
		{"{id: a, name: A, stance: 0, influence: 4}", true},
		{"{id: a, name: A, stance: 0, influence: 3}", false},
		{"{id: a, name: A, stance: -1, influence: 5}", false},
		{"{id: a, name: A, influence: 5}", false}, // no stance written: not known to be undecided
	} {
		p := load(t, "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: H, problem: P}\nmembers: []\ngoals: []\nstakeholders:\n  - "+c.s+"\n")
		if got := Needed(&p.Stakeholders.Items[0]); got != c.want {
			t.Errorf("%s: needed %v, want %v", c.s, got, c.want)
		}
	}
}

func TestBridges(t *testing.T) {
	p := load(t, src)
	m := Of(p)
	mayor := m.Reach[1].Stakeholder
	if got := m.Bridges(mayor, plan.MemberActive); !slices.Equal(got, []plan.ID{"parents", "city"}) {
		t.Errorf("active bridges to the mayor: %v", got)
	}
	if got := m.Bridges(mayor, plan.MemberProspect); !slices.Equal(got, []plan.ID{"college"}) {
		t.Errorf("prospect bridges to the mayor: %v", got)
	}
	chamber := m.Reach[3].Stakeholder
	if got := m.Bridges(chamber, plan.MemberActive); !slices.Equal(got, []plan.ID{"parents"}) {
		t.Errorf("active bridges to the chamber: %v", got)
	}
}

func TestBrokersIsolatedFigures(t *testing.T) {
	m := Of(load(t, src))
	var got []string
	for _, b := range m.Brokers() {
		got = append(got, string(b.Member.ID.V))
	}
	// ymca reaches the council (needed) and the press; parents the council.
	if !slices.Equal(got, []string{"ymca", "parents"}) {
		t.Errorf("brokers: %v", got)
	}
	if b := m.Brokers()[0]; b.Needed != 1 || len(b.Reaches) != 2 || b.Only != 1 {
		t.Errorf("ymca: %+v", b)
	}
	var isolated []plan.ID
	for _, mem := range m.Isolated() {
		isolated = append(isolated, mem.ID.V)
	}
	if !slices.Equal(isolated, []plan.ID{"idle"}) {
		t.Errorf("isolated: %v (city owns a goal, ymca and parents reach stakeholders)", isolated)
	}
	f := m.Figures()
	want := Figures{Active: 4, Stakeholders: 4, Needed: 2, Unreached: 1, Reached: 2, Links: 3, SinglePoint: 1, Isolated: 1}
	if f != want {
		t.Errorf("figures %+v, want %+v", f, want)
	}
	if f.Possible() != 16 {
		t.Errorf("possible ties %d", f.Possible())
	}
}

func TestNilPlan(t *testing.T) {
	m := Of(nil)
	if len(m.Reach) != 0 || len(m.Isolated()) != 0 || m.Figures() != (Figures{}) {
		t.Error("a plan that could not be read has a network")
	}
}
