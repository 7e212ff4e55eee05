package scorecard_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/scorecard"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var today = plan.NewDate(2026, 11, 23)

func options() score.Options {
	return score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
}

// cards scores the named files as coalition score does.
func cards(t *testing.T, paths ...string) []*score.Card {
	t.Helper()
	var out []*score.Card
	for _, p := range paths {
		r := check.One(workspace.Target{Path: p, Explicit: true},
			check.Options{Lint: lint.Options{Rules: rules.All(), Today: today}})
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		out = append(out, score.Score(r.File, r.Diagnostics, options()))
	}
	return out
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("pkg", "scorecard", "testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/scorecard -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./pkg/scorecard -update and review the diff):\n%s", name, got)
	}
}

func renderTo(t *testing.T, format string, o scorecard.Options, r *scorecard.Report) []byte {
	t.Helper()
	rd, err := scorecard.New(format, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := rd.Render(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden renders the examples in every format, alone and together,
// with and without --explain.
func TestGolden(t *testing.T) {
	t.Chdir("../..") // so that the paths in the output are those a user sees
	one := "examples/youth-jobs-collaborative.yaml"
	all, _ := filepath.Glob("examples/*.yaml")
	all = append(all, "examples/broken/broken-plan.yaml")
	for _, tc := range []struct {
		name    string
		paths   []string
		explain bool
		min     int
	}{
		{"one", []string{one}, false, 0},
		{"one-explain", []string{one}, true, 0},
		{"all", all, false, 70},
		{"all-explain", all, true, 0},
	} {
		for _, format := range scorecard.Formats() {
			ext := map[string]string{"text": ".txt", "markdown": ".md", "json": ".json"}[format]
			t.Run(tc.name+ext, func(t *testing.T) {
				r := &scorecard.Report{Cards: cards(t, tc.paths...), Dimensions: score.All(),
					Bands: score.DefaultBands, Explain: tc.explain, MinScore: tc.min}
				got := renderTo(t, format, scorecard.Options{}, r)
				golden(t, tc.name+ext, got)
				if format == "json" && !json.Valid(got) {
					t.Errorf("invalid JSON:\n%s", got)
				}
			})
		}
	}
}

// jsonDoc is the JSON of coalition score, as a script reads it.
type jsonDoc struct {
	Version *int `json:"version"`
	Plans   []struct {
		File       string  `json:"file"`
		Score      *int    `json:"score"`
		Band       *string `json:"band"`
		Dimensions []struct {
			Name     string `json:"name"`
			Score    *int   `json:"score"`
			Weight   *int   `json:"weight"`
			Findings []struct {
				Message string `json:"message"`
				Line    int    `json:"line"`
			} `json:"findings"`
		} `json:"dimensions"`
	} `json:"plans"`
	Unreadable []scorecard.Unreadable `json:"unreadable"`
	Summary    *struct {
		Plans    int   `json:"plans"`
		MinScore *int  `json:"min_score"`
		Failed   *bool `json:"failed"`
	} `json:"summary"`
}

// TestJSONShape reads the JSON of one plan, of several, and of a plan and
// an unreadable path: one shape, with the version, the list of plans and
// the summary, whatever the number of plans.
func TestJSONShape(t *testing.T) {
	one := cards(t, "../../examples/grant-writers-network.yaml")
	two := cards(t, "../../examples/grant-writers-network.yaml", "../../examples/youth-jobs-collaborative.yaml")
	for _, c := range []struct {
		name       string
		r          *scorecard.Report
		plans      int
		unreadable int
	}{
		{"one plan", &scorecard.Report{Cards: one}, 1, 0},
		{"two plans", &scorecard.Report{Cards: two}, 2, 0},
		{"one plan and a missing path", &scorecard.Report{Cards: one, Unreadable: []scorecard.Unreadable{{Path: "missing.yaml", Error: "no such file or directory"}}}, 1, 1},
		{"no plan", &scorecard.Report{}, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.r.Dimensions, c.r.Bands, c.r.MinScore = score.All(), score.DefaultBands, 50
			var doc jsonDoc
			if err := json.Unmarshal(renderTo(t, "json", scorecard.Options{}, c.r), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Version == nil || *doc.Version != 2 {
				t.Errorf("no version 2 at the top level")
			}
			if doc.Plans == nil || len(doc.Plans) != c.plans || doc.Unreadable == nil || len(doc.Unreadable) != c.unreadable {
				t.Fatalf("%d plans and %d unreadable paths, want %d and %d (lists, never null)", len(doc.Plans), len(doc.Unreadable), c.plans, c.unreadable)
			}
			if doc.Summary == nil || doc.Summary.Plans != c.plans || doc.Summary.MinScore == nil || *doc.Summary.MinScore != 50 || doc.Summary.Failed == nil {
				t.Errorf("summary %+v, want plans %d, min_score 50 and failed", doc.Summary, c.plans)
			}
		})
	}

	r := &scorecard.Report{Cards: one, Dimensions: score.All(), Bands: score.DefaultBands}
	var doc jsonDoc
	if err := json.Unmarshal(renderTo(t, "json", scorecard.Options{}, r), &doc); err != nil {
		t.Fatal(err)
	}
	p := doc.Plans[0]
	if p.Score == nil || p.Band == nil || len(p.Dimensions) != len(score.All()) {
		t.Fatalf("the plan: want score, band and %d dimensions, got %+v", len(score.All()), p)
	}
	lines := 0
	for _, d := range p.Dimensions {
		if d.Score == nil || d.Weight == nil || d.Findings == nil {
			t.Errorf("dimension %q lacks score, weight or findings", d.Name)
		}
		for _, f := range d.Findings {
			if f.Line > 0 {
				lines++
			}
		}
	}
	if lines == 0 {
		t.Error("no finding points at a line of the plan")
	}
}

// TestEscaping feeds plan text that is markup in each format.
func TestEscaping(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: "<script>alert(1)</script>", problem: "| pipes |"}
members:
  - {id: a, name: A, sector: community}
goals: []
barriers:
  - {id: x, type: turf, description: "\e[31m", strategy: "\e]0;pwned\a"}
`
	f := plan.Parse("evil|<b>.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	diags := lint.Check(f, lint.Options{Rules: rules.All(), Today: today})
	if f.Plan == nil {
		t.Fatalf("the test plan does not load: %v", f.Problems)
	}
	c := score.Score(f, diags, options())
	c.Dimensions[0].Items = append(c.Dimensions[0].Items, score.Item{Label: "a | b <i>", Detail: "x\ny\x1b[2J", Max: 1})
	r := &scorecard.Report{Cards: []*score.Card{c, c}, Dimensions: score.All(), Bands: score.DefaultBands, Explain: true}
	md := string(renderTo(t, "markdown", scorecard.Options{}, r))
	for _, bad := range []string{"<b>", "<i>", "a | b", "\x1b", "x\ny"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown contains unescaped %q", bad)
		}
	}
	// Every row of a table has as many cells as its header.
	cells := func(line string) int { return strings.Count(line, "|") - strings.Count(line, `\|`) }
	want := -1
	for _, line := range strings.Split(md, "\n") {
		switch {
		case !strings.HasPrefix(line, "|"):
			want = -1
		case want < 0:
			want = cells(line)
		case cells(line) != want:
			t.Errorf("a table row has %d cell separators, its header %d: %q", cells(line), want, line)
		}
	}
	txt := string(renderTo(t, "text", scorecard.Options{}, r))
	if strings.Contains(txt, "\x1b") {
		t.Error("table output passes a terminal escape through")
	}
}

// TestSummaryFailed checks that the summary says the run failed whenever
// coalition score exits non-zero: a plan below the gate, a path that could
// not be read, a PATH with no plan; and that the gate itself is judged on
// the plans alone.
func TestSummaryFailed(t *testing.T) {
	passing := &score.Card{Path: "a.yaml", Scored: true, Score: 80, Band: score.BandStrong}
	below := &score.Card{Path: "b.yaml", Scored: true, Score: 40, Band: score.BandAtRisk}
	missing := scorecard.Unreadable{Path: "missing.yaml", Error: "no such file or directory"}
	empty := scorecard.Unreadable{Path: "empty", Error: "no plans found", NoPlans: true}
	for _, tc := range []struct {
		name      string
		r         scorecard.Report
		failed    bool
		belowGate int
	}{
		{"a plan that passes", scorecard.Report{Cards: []*score.Card{passing}, MinScore: 70}, false, 0},
		{"no gate", scorecard.Report{Cards: []*score.Card{below}}, false, 0},
		{"a plan below the gate", scorecard.Report{Cards: []*score.Card{passing, below}, MinScore: 70}, true, 1},
		{"a path that could not be read", scorecard.Report{Cards: []*score.Card{passing}, Unreadable: []scorecard.Unreadable{missing}}, true, 0},
		{"a PATH with no plan", scorecard.Report{Cards: []*score.Card{passing}, Unreadable: []scorecard.Unreadable{empty}, MinScore: 70}, true, 0},
		{"nothing at all", scorecard.Report{}, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.r.Summarize()
			if s.Failed != tc.failed || len(s.Below) != tc.belowGate {
				t.Errorf("failed %v with %d below the gate, want %v with %d", s.Failed, len(s.Below), tc.failed, tc.belowGate)
			}
		})
	}
}
