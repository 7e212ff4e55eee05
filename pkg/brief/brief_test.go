package brief_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var today = plan.NewDate(2026, 11, 23)

// build reads, checks and scores a plan file and builds its brief.
func build(t testing.TB, path string) *brief.Brief {
	t.Helper()
	r := check.One(workspace.Target{Path: path, Explicit: true}, check.Options{Lint: lint.Options{Rules: rules.All(), Today: today}})
	if r.Err != nil || r.File.Plan == nil {
		t.Fatalf("%s does not load: %v", path, r.Err)
	}
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	return brief.Build(path, r.File.Plan, score.Score(r.File, r.Diagnostics, o), today)
}

func render(t testing.TB, format string, b *brief.Brief) []byte {
	t.Helper()
	return renderOn(t, format, "", b)
}

func renderOn(t testing.TB, format string, paper brief.Paper, b *brief.Brief) []byte {
	t.Helper()
	rd, err := brief.New(format, brief.Options{Paper: paper})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rd.Render(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func examples(t testing.TB) []string {
	paths, _ := filepath.Glob("examples/*.yaml")
	if len(paths) == 0 {
		t.Fatal("no examples")
	}
	return append(paths, "examples/broken/broken-plan.yaml")
}

func TestGolden(t *testing.T) {
	t.Chdir("../..")
	for _, p := range examples(t) {
		b := build(t, p)
		for _, format := range brief.Formats() {
			name := strings.TrimSuffix(filepath.Base(p), ".yaml") + "." + map[string]string{"html": "html", "markdown": "md"}[format]
			t.Run(name, func(t *testing.T) {
				got := render(t, format, b)
				golden := filepath.Join("pkg", "brief", "testdata", name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (go test ./pkg/brief -update creates it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from its golden file; run go test ./pkg/brief -update and review the diff", name)
				}
			})
		}
	}
}

// TestFigures checks the figures of the brief of one example against the
// plan, counted by hand.
func TestFigures(t *testing.T) {
	b := build(t, "../../examples/teen-evening-counseling.yaml")
	if b.Active != 9 || b.Prospects != 1 {
		t.Errorf("members: %d active, %d prospects; want 9 and 1", b.Active, b.Prospects)
	}
	if b.OnTrack != 3 || b.AtRisk != 2 || b.Overdue != 0 || b.GoalsDone != 1 {
		t.Errorf("goals: %d on track, %d at risk, %d overdue, %d done; want 3, 2, 0, 1", b.OnTrack, b.AtRisk, b.Overdue, b.GoalsDone)
	}
	bud := b.Budget
	if bud.Expenses != 7472025 || bud.Committed != 3900000 || bud.Income != 7500000 || bud.InKind != 3246225 ||
		bud.GapCommitted() != 3572025 || bud.GapAll() != 0 || b.Pending != 3600000 {
		t.Errorf("budget: %+v, pending %v", bud, b.Pending)
	}
	html := string(render(t, "html", b))
	md := string(render(t, "markdown", b))
	for _, want := range []string{"74,720.25 USD", "39,000.00 USD", "75,000.00 USD", "35,720.25 USD", "32,462.25 USD"} {
		if !strings.Contains(html, want) || !strings.Contains(md, want) {
			t.Errorf("%s is missing from the HTML or the Markdown brief", want)
		}
	}
	if len(b.Decisions) == 0 || !strings.Contains(strings.Join(b.Decisions, "\n"), "Close the gap of 35,720.25 USD") {
		t.Errorf("decisions do not ask to close the committed gap: %q", b.Decisions)
	}
}

const hostile = `apiVersion: coalition/v1
kind: Plan
coalition: {name: "<script>alert(1)</script>", problem: "| pipes |", start: 2026-01-01}
members:
  - {id: a, name: "<img src=x onerror=alert(1)>", sector: community}
goals:
  - {id: g, title: "</svg><script>alert(2)</script> | x |", baseline: 0, target: 10, current: 5, due: 2026-12-01}
stakeholders:
  - {id: s, name: "Council\": [1, 1]\n    quadrant-1 pwned", stance: 1, influence: 5, target: true}
barriers:
  - {id: b, type: turf, severity: high, description: "<b>bold</b> ]] --> x"}
opposition:
  - {id: o, name: "` + "`" + `code` + "`" + ` & <i>", tactics: [deflecting]}
`

func TestHostileText(t *testing.T) {
	f := plan.Parse("evil.yaml", []byte(hostile), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("the plan does not load: %v", f.Problems)
	}
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	b := brief.Build("evil.yaml", f.Plan, score.Score(f, nil, o), today)
	html := string(render(t, "html", b))
	for _, bad := range []string{"<script>", "<img", "<b>bold", "<i>", "</svg><script>"} {
		if strings.Contains(html, bad) {
			t.Errorf("html contains %q unescaped", bad)
		}
	}
	md := string(render(t, "markdown", b))
	for _, bad := range []string{"<script>", "<img", "<b>", "| pipes |"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown contains %q unescaped", bad)
		}
	}
	// No text from the plan reaches a Mermaid block: a name there could add
	// a statement to the diagram.
	inMermaid := false
	for _, line := range strings.Split(md, "\n") {
		switch {
		case line == "```mermaid":
			inMermaid = true
		case line == "```":
			inMermaid = false
		case inMermaid && (strings.Contains(line, "pwned") || strings.Contains(line, "Council") || strings.Contains(line, "alert")):
			t.Errorf("plan text inside a Mermaid block: %q", line)
		}
	}
}

func TestPaper(t *testing.T) {
	for currency, want := range map[string]brief.Paper{"USD": brief.Letter, "cad": brief.Letter, "EUR": brief.A4, "MXN": brief.A4, "": brief.A4} {
		if got := brief.PaperFor(currency); got != want {
			t.Errorf("PaperFor(%q) = %s, want %s", currency, got, want)
		}
	}
	for in, want := range map[string]brief.Paper{"a4": brief.A4, "A4": brief.A4, "Letter": brief.Letter} {
		if got, err := brief.ParsePaper(in); err != nil || got != want {
			t.Errorf("ParsePaper(%q) = %s, %v, want %s", in, got, err, want)
		}
	}
	if _, err := brief.ParsePaper("legal"); err == nil || err.Error() != `unknown paper "legal": want a4 or letter` {
		t.Errorf("ParsePaper(legal): %v", err)
	}
	b := build(t, "../../examples/youth-jobs-collaborative.yaml")
	for paper, want := range map[brief.Paper]string{"": "size: letter", brief.A4: "size: A4", brief.Letter: "size: letter"} {
		if html := string(renderOn(t, "html", paper, b)); !strings.Contains(html, "@page { "+want+";") {
			t.Errorf("paper %q: no %q in the page", paper, want)
		}
	}
}
