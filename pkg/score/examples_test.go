package score_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/score"
)

// examplePlans are the shipped examples, as YAML nodes to weaken.
func examplePlans(t *testing.T) map[string]*yaml.Node {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	out := map[string]*yaml.Node{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[filepath.Base(p)] = &doc
	}
	return out
}

func render(t *testing.T, doc *yaml.Node) string {
	t.Helper()
	b, err := yaml.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// without returns a copy of doc without the top-level key.
func without(t *testing.T, doc *yaml.Node, key string) *yaml.Node {
	t.Helper()
	cp := *doc.Content[0]
	cp.Content = nil
	found := false
	for i := 0; i+1 < len(doc.Content[0].Content); i += 2 {
		if doc.Content[0].Content[i].Value == key {
			found = true
			continue
		}
		cp.Content = append(cp.Content, doc.Content[0].Content[i], doc.Content[0].Content[i+1])
	}
	if !found {
		t.Fatalf("the example has no %s to remove", key)
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{&cp}}
}

// TestExamplesBands keeps the shipped examples clean plans, each in the
// band a coordinator would give it: the teen evening service is strong;
// the youth jobs collaborative and the grant writers' network are held out
// of strong by the goals-behind gate alone, since most of their open goals
// are behind pace (their means stay strong: what they show is good).
func TestExamplesBands(t *testing.T) {
	want := map[string]struct {
		band  string
		gates []string
	}{
		"teen-evening-counseling.yaml":  {score.BandStrong, nil},
		"youth-jobs-collaborative.yaml": {score.BandDeveloping, []string{"goals-behind"}},
		"grant-writers-network.yaml":    {score.BandDeveloping, []string{"goals-behind"}},
	}
	for name, doc := range examplePlans(t) {
		c := scoreOf(t, render(t, doc), score.Options{})
		var gates []string
		for _, h := range c.Gates {
			gates = append(gates, h.ID)
		}
		w, ok := want[name]
		if !ok {
			t.Errorf("%s: no band expected for this example", name)
			continue
		}
		if c.Band != w.band || !slices.Equal(gates, w.gates) || c.Errors+c.Warnings > 0 || c.Uncapped < score.DefaultBands.Strong {
			t.Errorf("%s: %d (%s, mean %d, gates %v) with %d errors and %d warnings; want %s, gates %v, a strong mean, clean",
				name, c.Score, c.Band, c.Uncapped, gates, c.Errors, c.Warnings, w.band, w.gates)
		}
	}
}

// TestWeakenedExamplesScoreLower removes a section from each example and
// expects the total and the dimension it feeds to drop clearly.
func TestWeakenedExamplesScoreLower(t *testing.T) {
	cuts := []struct {
		key, dimension string
		drop           int // the least the total must drop
	}{
		{"six_rs", "engagement", 10},
		{"governance", "governance", 7},
		{"barriers", "barriers", 3},
		{"budget", "budget", 9},
	}
	for name, doc := range examplePlans(t) {
		before := scoreOf(t, render(t, doc), score.Options{})
		for _, cut := range cuts {
			after := scoreOf(t, render(t, without(t, doc, cut.key)), score.Options{})
			if d := dimension(t, after, cut.dimension); d.Skipped != "" {
				// A networking group is not held to a budget: without one,
				// the dimension is left out of its total.
				if cut.key != "budget" || !strings.HasPrefix(name, "grant-writers") {
					t.Errorf("%s without %s: %s left out (%s)", name, cut.key, cut.dimension, d.Skipped)
				}
				continue
			}
			// The mean, before any gate holds the plan to a band.
			if before.Uncapped-after.Uncapped < cut.drop {
				t.Errorf("%s without %s: %d → %d, want a drop of at least %d", name, cut.key, before.Uncapped, after.Uncapped, cut.drop)
			}
			if b, a := dimension(t, before, cut.dimension).Score, dimension(t, after, cut.dimension).Score; a >= b {
				t.Errorf("%s without %s: %s %d → %d, want lower", name, cut.key, cut.dimension, b, a)
			}
		}
	}
}

// TestCommittingIncomeRaisesBudget turns every pending or projected income
// line of each example into committed income.
func TestCommittingIncomeRaisesBudget(t *testing.T) {
	for name, doc := range examplePlans(t) {
		before := dimension(t, scoreOf(t, render(t, doc), score.Options{}), "budget").Score
		changed := 0
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			if n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == "status" && (n.Content[i+1].Value == "pending" || n.Content[i+1].Value == "projected") {
						n.Content[i+1].Value = "committed"
						changed++
					}
				}
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(doc)
		after := dimension(t, scoreOf(t, render(t, doc), score.Options{}), "budget").Score
		if changed == 0 {
			t.Errorf("%s: no pending or projected income to commit; the example should show one", name)
			continue
		}
		if after <= before {
			t.Errorf("%s: committing %d income lines moved budget %d → %d, want higher", name, changed, before, after)
		}
	}
}
