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
			ext := map[string]string{"table": ".txt", "markdown": ".md", "json": ".json"}[format]
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

func TestJSONShape(t *testing.T) {
	r := &scorecard.Report{Cards: cards(t, "../../examples/grant-writers-network.yaml"), Dimensions: score.All(), Bands: score.DefaultBands}
	var one struct {
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
	}
	if err := json.Unmarshal(renderTo(t, "json", scorecard.Options{}, r), &one); err != nil {
		t.Fatal(err)
	}
	if one.Score == nil || one.Band == nil || len(one.Dimensions) != len(score.All()) {
		t.Fatalf("one plan: want top-level score, band and %d dimensions, got %+v", len(score.All()), one)
	}
	lines := 0
	for _, d := range one.Dimensions {
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
	txt := string(renderTo(t, "table", scorecard.Options{}, r))
	if strings.Contains(txt, "\x1b") {
		t.Error("table output passes a terminal escape through")
	}
}
