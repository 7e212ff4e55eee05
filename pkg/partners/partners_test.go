package partners

import (
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

const head = "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: H, problem: P, relationship: cooperation}\ngoals: []\n"

func load(t *testing.T, text string) *plan.Plan {
	t.Helper()
	f := plan.Parse("p.yaml", []byte(head+text), plan.ReadOptions{Explicit: true})
	if f.Plan == nil || len(f.Problems) > 0 {
		t.Fatalf("the plan does not load: %v", f.Problems)
	}
	return f.Plan
}

var today = plan.NewDate(2026, 11, 23)

func ids(ms []*plan.Member) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.ID.V))
	}
	return out
}

func TestStale(t *testing.T) {
	p := load(t, `members:
  - {id: a, name: A, last_contact: 2026-08-25}
  - {id: b, name: B, last_contact: 2026-08-24}
  - {id: c, name: C}
  - {id: d, name: D, status: prospect, last_contact: 2025-01-01}
  - {id: e, name: E, status: former, last_contact: 2025-01-01}
`)
	// 2026-08-25 is 90 days before 2026-11-23: not yet stale; a day more is.
	got := StaleOf(p, today, Limits{})
	if len(got) != 1 || got[0].Member.ID.V != "b" || got[0].Days != 91 {
		t.Errorf("stale: %+v", got)
	}
	if got := StaleOf(p, today, Limits{StaleAfterDays: 30}); len(got) != 2 {
		t.Errorf("stale after 30 days: %d, want 2", len(got))
	}
	none := load(t, "members:\n  - {id: a, name: A}\n  - {id: b, name: B}\n")
	if got := StaleOf(none, today, Limits{}); len(got) != 0 {
		t.Errorf("a plan that records no contact has stale relationships: %+v", got)
	}
}

func TestLoadsAndOverload(t *testing.T) {
	var b strings.Builder
	b.WriteString("people:\n  - {id: ana, name: Ana}\n  - {id: bo, name: Bo}\nmembers:\n")
	for _, m := range []string{"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"} {
		b.WriteString("  - {id: " + m + ", name: M, owner: ana}\n")
	}
	b.WriteString("  - {id: p1, name: P, status: prospect, owner: ana}\n")
	b.WriteString("  - {id: p2, name: P, status: prospect, owner: ana}\n")
	b.WriteString("  - {id: f1, name: F, status: former, owner: ana}\n")
	b.WriteString("  - {id: m9, name: M, owner: bo}\n")
	p := load(t, b.String())
	loads := LoadsOf(p)
	if len(loads) != 2 || len(loads[0].Members) != 10 || len(loads[1].Members) != 1 {
		t.Fatalf("loads: ana %d, bo %d", len(loads[0].Members), len(loads[1].Members))
	}
	over := Overloaded(p, Limits{})
	if len(over) != 1 || over[0].Person.ID.V != "ana" {
		t.Fatalf("overloaded: %+v", over)
	}
	if got := ids(over[0].HandOver); !slices.Equal(got, []string{"p1", "p2"}) {
		t.Errorf("hand over %v, want the two prospects", got)
	}
	over = Overloaded(p, Limits{MaxPerOwner: 7})
	if got := ids(over[0].HandOver); !slices.Equal(got, []string{"p1", "p2", "m8"}) {
		t.Errorf("hand over %v at 7, want the prospects then the last active member", got)
	}
	if got := Overloaded(p, Limits{MaxPerOwner: 10}); len(got) != 0 {
		t.Errorf("ten relationships at a limit of ten is an overload")
	}
}

func TestUnsupported(t *testing.T) {
	p := load(t, `people:
  - {id: ana, name: Ana, member: gives}
members:
  - {id: net, name: N, level: networking}
  - {id: coop-bare, name: C, level: cooperation}
  - {id: coop-assets, name: C, level: cooperation, assets: [{category: reach}]}
  - {id: gives, name: G, level: cooperation}
  - {id: collab-bare, name: C, level: collaboration, commitment: {funds: 100}}
  - {id: collab-full, name: C, level: collaboration, role: backbone, commitment: {hours_per_month: 10, funds: 1}}
  - {id: inherits, name: I}
  - {id: prospect, name: P, status: prospect, level: collaboration}
budget:
  in_kind:
    - {item: Room, from: ana, value: 100}
`)
	got := UnsupportedOf(p)
	var lines []string
	for _, u := range got {
		lines = append(lines, string(u.Member.ID.V)+": "+strings.Join(u.Lacks, "; "))
	}
	want := []string{
		"coop-bare: " + LackResources,
		"collab-bare: " + LackTime + "; " + LackRole + "; " + LackAbove,
		"collab-full: " + LackAbove,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("unsupported:\n got %q\nwant %q", lines, want)
	}
}

func TestProspects(t *testing.T) {
	p := load(t, `people:
  - {id: bo, name: Bo, member: college}
members:
  - {id: ymca, name: Y, sector: nonprofit, assets: [{category: reach}]}
  - id: college
    name: College
    status: prospect
    sector: academic
    owner: bo
    assets: [{category: expertise}, {category: reach}]
    criteria: {mission_alignment: 4, geography: 5, size: 3}
  - id: tenants
    name: Tenants
    status: prospect
    sector: community
    most_affected: true
    criteria: {mission_alignment: 5, geography: 5, size: 2, expertise: 2, culture: 4, prior_collaboration: 1}
  - {id: shop, name: Shop, status: prospect, sector: business}
stakeholders:
  - {id: council, name: Council, target: true, connections: [bo]}
`)
	got := Prospects(p, nil)
	var order []string
	for _, pr := range got {
		order = append(order, string(pr.Member.ID.V))
	}
	if !slices.Equal(order, []string{"tenants", "college", "shop"}) {
		t.Fatalf("order %v", order)
	}
	if got[0].Total != 19 || got[0].Max != 30 || got[1].Total != 12 || got[2].Rated {
		t.Errorf("totals: %d/%d, %d; shop rated %v", got[0].Total, got[0].Max, got[1].Total, got[2].Rated)
	}
	if want := []string{"the community sector, which no active member is from", "a voice of those most affected, which no active member is"}; !slices.Equal(got[0].Adds, want) {
		t.Errorf("tenants add %q", got[0].Adds)
	}
	if want := []string{"the academic sector, which no active member is from", "a route to council, which nobody at the table reaches", "assets no active member brings: expertise"}; !slices.Equal(got[1].Adds, want) {
		t.Errorf("college adds %q", got[1].Adds)
	}
	if want := []string{"the business sector, which no active member is from (one often missing)"}; !slices.Equal(got[2].Adds, want) {
		t.Errorf("shop adds %q", got[2].Adds)
	}
	// Weights change the order: geography counts for nothing, size for 10.
	w := Weights{"geography": 0, "size": 10}
	if got := Prospects(p, w); got[0].Member.ID.V != "college" || got[0].Total != 34 {
		t.Errorf("weighted: first %s with %d", got[0].Member.ID.V, got[0].Total)
	}
}
