package score_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

var today = plan.NewDate(2026, 11, 23)

// base is a plan that scores 100 on every dimension. Each case edits it in
// one way and checks the one dimension that edit moves.
const base = `apiVersion: coalition/v1
kind: Plan
coalition:
  name: Harbor Youth Coalition
  problem: Too few teens find summer work.
  relationship: multisector-collaboration
  structure: coordinating-council
  start: 2024-01-15
people:
  - {id: ana, name: Ana Ruiz, member: city}
  - {id: ben, name: Ben Cho, member: tenants}
members:
  - id: city
    name: City of Harbor
    sector: government
    role: lead
    owner: ana
    commitment: {hours_per_month: 10, funds: 5000}
  - id: tenants
    name: Harbor Tenants Union
    sector: community
    most_affected: true
    role: member
    owner: ben
    commitment: {hours_per_month: 8}
  - id: shipyard
    name: Harbor Shipyard
    sector: business
    role: funder
    owner: ana
    commitment: {hours_per_month: 2, funds: 10000}
  - id: school
    name: Harbor High
    sector: school
    role: member
    owner: ben
  - id: ymca
    name: Harbor YMCA
    sector: youth
    role: member
    owner: ana
    assets: [{category: physical, description: Gym in the evenings}]
goals:
  - id: jobs
    title: 400 summer jobs
    indicator: Teens 16-19 employed in July
    baseline: 100
    target: 400
    current: 400
    due: 2027-06-30
    owner: city
    status: on-track
barriers:
  - id: old-turf
    type: turf
    severity: high
    strategy: Rotate the chair every year.
    owner: ana
    status: mitigating
budget:
  expenses:
    - {item: Coordinator, category: personnel, amount: 48000}
  income:
    - {source: City grant, amount: 48000, status: committed, from: city}
  in_kind:
    - {item: Meeting space, from: ymca, value: 3600}
six_rs:
  recognition: {practice: Thank-you notes, owner: ana, status: in-place}
  respect: {practice: Meetings in two languages, owner: ben, status: in-place}
  role: {practice: Every member on a committee, owner: ana, status: in-place}
  relationships: {practice: Member lunches, owner: ben, status: in-place}
  reward: {practice: Shared grant credit, owner: ana, status: in-place}
  results: {practice: Quarterly dashboard, owner: ben, status: in-place}
governance:
  decision_making: consensus
  rules: Bylaws adopted in 2024.
  work_distribution:
    - {committee: Jobs, lead: ana, members: [city, shipyard]}
  spokesperson: ana
  confidentiality: Member data stays in the coalition.
  information_sharing: Minutes within a week.
  representatives: Each member names one delegate.
  meetings: {cadence: monthly, accessible: true}
opposition:
  - id: landlords
    name: Harbor Landlords Association
    loses: Cheap teen labor below the wage floor
    power: 4
    tactics: [delaying, dividing]
    owner: ben
    responses:
      delaying: Ask the council for a vote in May.
      dividing: Members speak through one spokesperson.
reviews:
  - date: 2026-06-10
    by: internal
    ratings: {leadership: 4, governance: 4, division_of_labor: 3, plans: 4, actions: 4, funding: 3, visibility: 3}
`

// edit applies replacements to src; each old text must occur exactly once,
// so that a case cannot silently test the unedited plan.
func edit(t *testing.T, src string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if n := strings.Count(src, pairs[i]); n != 1 {
			t.Fatalf("edit: %q occurs %d times in the plan, want once", pairs[i], n)
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}

// scoreOf checks and scores src as check and score do.
func scoreOf(t *testing.T, src string, o score.Options) *score.Card {
	t.Helper()
	f := plan.Parse("plan.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	diags := lint.Check(f, lint.Options{Rules: rules.All(), Today: today})
	if o.Dimensions == nil {
		o.Dimensions = score.All()
	}
	if o.Bands == (score.Bands{}) {
		o.Bands = score.DefaultBands
	}
	if o.Today.IsZero() {
		o.Today = today
	}
	return score.Score(f, diags, o)
}

func dimension(t *testing.T, c *score.Card, name string) *score.Result {
	t.Helper()
	for i := range c.Dimensions {
		if c.Dimensions[i].Name == name {
			return &c.Dimensions[i]
		}
	}
	t.Fatalf("no dimension %q in the card", name)
	return nil
}

// lost lists the findings of a dimension as "line:col: message".
func lost(r *score.Result) []string {
	var out []string
	for _, it := range r.Findings() {
		out = append(out, fmt.Sprintf("%d:%d: %s", it.Pos.Line, it.Pos.Col, it.Message()))
	}
	return out
}

// dimCase edits the base plan and expects one dimension's score and
// findings.
type dimCase struct {
	name  string
	edits []string
	opts  score.Options
	score int
	lost  []string
}

func runDim(t *testing.T, dim string, cases []dimCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := scoreOf(t, edit(t, base, tc.edits...), tc.opts)
			r := dimension(t, c, dim)
			if r.Score != tc.score {
				t.Errorf("%s score = %d, want %d", dim, r.Score, tc.score)
			}
			if got := lost(r); !slices.Equal(got, tc.lost) {
				t.Errorf("%s findings:\ngot  %q\nwant %q", dim, got, tc.lost)
			}
		})
	}
}

func TestBaseScoresFull(t *testing.T) {
	c := scoreOf(t, base, score.Options{})
	if c.Score != 100 || c.Band != score.BandStrong || !c.Scored || c.Errors != 0 || c.Warnings != 0 {
		t.Fatalf("base plan: score %d, band %s, scored %v, %d errors, %d warnings; want a clean 100",
			c.Score, c.Band, c.Scored, c.Errors, c.Warnings)
	}
	for _, d := range c.Dimensions {
		if d.Score != 100 {
			t.Errorf("base plan: %s = %d, want 100; lost %q", d.Name, d.Score, lost(&d))
		}
	}
}

func TestWeightsAreRelative(t *testing.T) {
	// Respect only planned: engagement 92, every other dimension 100.
	src := edit(t, base, "status: in-place}\n  role", "status: planned}\n  role")
	c := scoreOf(t, src, score.Options{})
	for _, d := range c.Dimensions {
		if want := map[bool]int{true: 92, false: 100}[d.Name == "engagement"]; d.Score != want {
			t.Fatalf("%s = %d, want %d: the case needs one dimension to move alone", d.Name, d.Score, want)
		}
	}
	// Default weights: (15 × 92 + 85 × 100) / 100 = 98.8.
	if c.Score != 99 {
		t.Errorf("default weights: total %d, want 99", c.Score)
	}
	only := map[string]int{}
	for _, d := range score.All() {
		only[d.Name] = 0
	}
	only["engagement"] = 1
	if c := scoreOf(t, src, score.Options{Weights: only}); c.Score != 92 {
		t.Errorf("engagement alone: total %d, want 92 (its own score)", c.Score)
	}
	// Doubling engagement: (30 × 92 + 85 × 100) / 115 = 97.9.
	if c := scoreOf(t, src, score.Options{Weights: map[string]int{"engagement": 30}}); c.Score != 98 {
		t.Errorf("engagement=30: total %d, want 98", c.Score)
	}
}

func TestBands(t *testing.T) {
	b := score.DefaultBands
	for s, want := range map[int]string{100: "strong", 75: "strong", 74: "developing", 50: "developing", 49: "at-risk", 0: "at-risk"} {
		if got := b.Of(s); got != want {
			t.Errorf("band of %d = %s, want %s", s, got, want)
		}
	}
	c := scoreOf(t, base, score.Options{Bands: score.Bands{Strong: 101, Developing: 100}})
	if c.Band != "developing" {
		t.Errorf("with developing at 100, a 100 is %s, want developing", c.Band)
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, tc := range []struct {
		o    score.Options
		want string
	}{
		{score.Options{Weights: map[string]int{"engagment": 5}}, `unknown dimension "engagment" in weights`},
		{score.Options{Weights: map[string]int{"goals": -1}}, "weights cannot be negative"},
		{score.Options{Bands: score.Bands{Strong: 50, Developing: 60}}, "invalid bands"},
		{score.Options{Bands: score.Bands{Strong: 120, Developing: 60}}, "invalid bands"},
	} {
		tc.o.Dimensions = score.All()
		if tc.o.Bands == (score.Bands{}) {
			tc.o.Bands = score.DefaultBands
		}
		err := tc.o.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Validate(%+v) = %v, want an error containing %q", tc.o, err, tc.want)
		}
	}
	zero := score.Options{Dimensions: score.All(), Weights: map[string]int{}, Bands: score.DefaultBands}
	for _, d := range score.All() {
		zero.Weights[d.Name] = 0
	}
	if err := zero.Validate(); err == nil {
		t.Error("all weights 0: want an error")
	}
}

func TestDefaultWeightsSumTo100(t *testing.T) {
	sum := 0
	for _, d := range score.All() {
		sum += d.Weight
		if d.Formula == "" || d.Source == "" || d.Title == "" {
			t.Errorf("dimension %s lacks a title, formula or source", d.Name)
		}
	}
	if sum != 100 {
		t.Errorf("default weights sum to %d, want 100", sum)
	}
}
