package plandiff_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/score"
)

var today = plan.NewDate(2026, 11, 23)

func version(t *testing.T, src string) *plandiff.Version {
	t.Helper()
	f := plan.Parse("plan.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	res := lint.Run(f, lint.Options{Rules: rules.All(), Today: today})
	return &plandiff.Version{Plan: f.Plan, Card: score.Score(f, res.Diagnostics,
		score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today})}
}

const before = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor, problem: P, start: 2026-01-01}
people:
  - {id: ana, name: Ana Ruiz}
  - {id: ben, name: Ben Cho}
members:
  - {id: city, name: City of Harbor, owner: ana}
  - {id: ymca, name: Harbor YMCA, status: prospect, owner: ana}
  - {id: church, name: St. Anne, owner: ben}
goals:
  - {id: jobs, title: Summer jobs, baseline: 100, target: 400, current: 250, due: 2027-06-30, status: on-track}
barriers:
  - {id: turf, type: turf, severity: medium, status: open}
  - {id: funds, type: funding, severity: high, status: open}
budget:
  expenses:
    - {item: Coordinator, amount: 48000}
  income:
    - {source: City grant, amount: 30000, status: committed}
    - {source: State grant, amount: 10000, status: pending}
six_rs:
  reward: {practice: x, status: planned}
`

func TestCompare(t *testing.T) {
	after := strings.NewReplacer(
		"status: prospect, owner: ana", "owner: ben", // ymca becomes active, owned by Ben
		"  - {id: church, name: St. Anne, owner: ben}\n", "", // church leaves
		"current: 250, due: 2027-06-30, status: on-track", "current: 310, due: 2027-09-30, status: at-risk",
		"severity: high, status: open", "severity: high, status: resolved",
		"{source: State grant, amount: 10000, status: pending}", "{source: State grant, amount: 10000, status: committed}",
		"    - {item: Coordinator, amount: 48000}\n", "    - {item: Coordinator, amount: 48000}\n    - {item: Bus passes, amount: 2350.50}\n",
		"reward: {practice: x, status: planned}", "reward: {practice: x, status: in-place}",
		"  - {id: ben, name: Ben Cho}\n", "  - {id: ben, name: Ben Cho}\n  - {id: cai, name: Cai Li}\n",
	).Replace(before)
	d := plandiff.Compare("plan.yaml", version(t, before), version(t, after))
	var got []string
	for _, c := range d.Changes {
		got = append(got, c.Section+": "+c.Text)
	}
	want := []string{
		"members: Harbor YMCA: prospect → active",
		"members: Harbor YMCA: relationship owner Ana Ruiz → Ben Cho",
		"members: St. Anne left the plan (was active)",
		"people: Cai Li added",
		"goals: Summer jobs: on-track → at-risk",
		"goals: Summer jobs: current 250 → 310 (50% → 70% of the way)",
		"goals: Summer jobs: due 2027-06-30 → 2027-09-30",
		"barriers: barrier resolved: funds (was open)",
		"budget: new expense: Bus passes, 2,350.50 USD",
		"budget: income State grant: pending → committed",
		"budget: total expenses: 48,000.00 USD → 50,350.50 USD (+2,350.50 USD)",
		"budget: total committed income: 30,000.00 USD → 40,000.00 USD (+10,000.00 USD)",
		"budget: total gap on committed income: 18,000.00 USD → 10,350.50 USD (-7,649.50 USD)",
		"budget: total gap on all income: 8,000.00 USD → 10,350.50 USD (+2,350.50 USD)",
		"six-rs: reward: planned → in-place",
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing change %q", w)
		}
	}
	if d.Status != plandiff.Changed || d.ScoreBefore == nil || d.ScoreAfter == nil {
		t.Errorf("status %s, scores %v → %v", d.Status, d.ScoreBefore, d.ScoreAfter)
	}
	if len(got) != len(want)+1 || got[len(got)-1][:6] != "score:" {
		t.Errorf("want exactly the changes above and the score at the end, got:\n%s", strings.Join(got, "\n"))
	}
}

func TestAddedDeletedUnchanged(t *testing.T) {
	v := version(t, before)
	if d := plandiff.Compare("p.yaml", nil, v); d.Status != plandiff.Added || d.ScoreAfter == nil {
		t.Errorf("added: %+v", d)
	}
	if d := plandiff.Compare("p.yaml", v, nil); d.Status != plandiff.Deleted || d.ScoreBefore == nil {
		t.Errorf("deleted: %+v", d)
	}
	if d := plandiff.Compare("p.yaml", v, version(t, before+"# a comment changes nothing a reader sees\n")); d.Status != plandiff.Unchanged {
		t.Errorf("a comment: %s, %v", d.Status, d.Changes)
	}
}

func TestRender(t *testing.T) {
	r := &plandiff.Report{From: "v1", Plans: []*plandiff.Diff{plandiff.Compare("a|b.yaml", nil, version(t, before))}, Unchanged: 2}
	var b bytes.Buffer
	if err := plandiff.Render(&b, "text", r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "compared v1 with the work tree: 0 changed, 1 added, 0 deleted, 2 unchanged") {
		t.Errorf("text:\n%s", b.String())
	}
	b.Reset()
	_ = plandiff.Render(&b, "markdown", r)
	if !strings.Contains(b.String(), `### a\|b.yaml: added`) {
		t.Errorf("markdown does not escape the path:\n%s", b.String())
	}
	b.Reset()
	_ = plandiff.Render(&b, "json", r)
	var js struct {
		Version int `json:"version"`
		Plans   []struct {
			File   string `json:"file"`
			Status string `json:"status"`
		} `json:"plans"`
	}
	if err := json.Unmarshal(b.Bytes(), &js); err != nil || js.Version != 1 || js.Plans[0].Status != "added" {
		t.Errorf("json: %v %+v\n%s", err, js, b.String())
	}
}
