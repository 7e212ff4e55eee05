package brief_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

const opposed = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor Tenants, problem: Repairs wait for months}
people:
  - {id: ana, name: Ana López}
members:
  - {id: tenants, name: Harbor Tenants Union, owner: ana}
stakeholders:
  - {id: property-group, name: Harbor Property Group, stance: -2, influence: 4}
  - {id: council, name: Housing Committee, stance: 1, influence: 5}
goals: []
opposition:
  - id: landlords
    name: Harbor Landlords Council
    power: 2
    tactics: [dividing]
    response: Members speak through one spokesperson.
  - id: property
    name: Harbor Property Group
    power: 4
    tactics: [delaying, discrediting, dealing]
    stakeholder: property-group
    owner: ana
    responses:
      delaying: File every request with the city and publish the log.
      discrediting: Tenants, not staff, speak at the housing committee.
  - id: quiet
    name: Quiet Money LLC
    power: 3
`

// TestOpponentRisks checks that the risks name, for each opponent, the
// counter to each tactic seen or the general response and the owner by
// name, the most powerful first; that an opponent joined to a stakeholder
// is one actor with its place on the power map; and that a powerful
// opponent with no counter is a decision for the board.
func TestOpponentRisks(t *testing.T) {
	f := plan.Parse("plan.yaml", []byte(opposed), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("the plan does not load: %v", f.Problems)
	}
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	b := brief.Build("plan.yaml", f.Plan, score.Score(f, nil, o), today)
	var got []string
	for _, r := range b.Risks {
		got = append(got, r.Title+" ("+r.Kind+"): "+r.Detail)
		for _, c := range r.Counters {
			got = append(got, "  "+c.Label()+": "+c.TextOrNone())
		}
	}
	want := []string{
		"Harbor Property Group (opposition): power 4 of 5; stance -2, influence 4; owner: Ana López",
		"  against delaying: File every request with the city and publish the log",
		"  against discrediting: Tenants, not staff, speak at the housing committee",
		"  against dealing: no counter planned",
		"Quiet Money LLC (opposition): power 3 of 5; no tactics identified; no counter planned; no owner",
		"Harbor Landlords Council (opposition): power 2 of 5; tactics seen: dividing; no owner",
		"  general response: Members speak through one spokesperson",
	}
	if !slices.Equal(got, want) {
		t.Errorf("risks:\ngot  %q\nwant %q", got, want)
	}
	var points []string
	for _, p := range b.PowerMap {
		points = append(points, p.Name+" / "+p.Opponent)
	}
	if want := []string{"Harbor Property Group / opponent, power 4", "Housing Committee / "}; !slices.Equal(points, want) {
		t.Errorf("power map: got %q, want %q", points, want)
	}
	md := string(render(t, "markdown", b))
	for _, w := range []string{
		"| 1 | Harbor Property Group (opponent, power 4) | -2 | 4 |  |\n",
		"- **Harbor Property Group** (opposition): power 4 of 5; stance -2, influence 4; owner: Ana López\n  - against delaying: File every request",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("the Markdown brief lacks %q", w)
		}
	}
	html := string(render(t, "html", b))
	for _, w := range []string{
		"Harbor Property Group (opponent)",
		`owner: Ana López; <span class="kind">delaying:</span> File every request with the city and publish the log; <span class="kind">discrediting:</span>`,
		`<span class="kind">response:</span> Members speak through one spokesperson`,
	} {
		if !strings.Contains(html, w) {
			t.Errorf("the HTML brief lacks %q", w)
		}
	}
	if d := strings.Join(b.Decisions, "\n"); !strings.Contains(d, "Plan how to counter Quiet Money LLC (power 3 of 5) and name who watches them.") ||
		strings.Contains(d, "Harbor Property Group") {
		t.Errorf("decisions: %q", b.Decisions)
	}
}

// TestCountersOnTheHTMLPage checks that the HTML brief shows at most three
// counters of an opponent and says how many more the report has.
func TestCountersOnTheHTMLPage(t *testing.T) {
	r := brief.Risk{Counters: []brief.Counter{{Tactic: "a"}, {Tactic: "b"}, {Tactic: "c"}, {Tactic: "d"}, {Text: "general"}}}
	if n := len(r.ShownCounters()); n != 3 || r.MoreCounters() != 2 {
		t.Errorf("shown %d, more %d; want 3 and 2", n, r.MoreCounters())
	}
	if r := (brief.Risk{}); len(r.ShownCounters()) != 0 || r.MoreCounters() != 0 {
		t.Errorf("no counters: shown %d, more %d", len(r.ShownCounters()), r.MoreCounters())
	}
}
