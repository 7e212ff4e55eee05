package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/report"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var today = plan.NewDate(2026, 11, 23)

func input(t *testing.T, path string) *report.Input {
	t.Helper()
	r := check.One(workspace.Target{Path: path, Explicit: true}, check.Options{Lint: lint.Options{Rules: rules.All(), Today: today}})
	if r.Err != nil || r.File.Plan == nil {
		t.Fatalf("%s does not load: %v", path, r.Err)
	}
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	return &report.Input{Path: path, Plan: r.File.Plan, Diagnostics: r.Diagnostics, Card: score.Score(r.File, r.Diagnostics, o), Today: today}
}

func TestGolden(t *testing.T) {
	t.Chdir("../..")
	paths, _ := filepath.Glob("examples/*.yaml")
	paths = append(paths, "examples/broken/broken-plan.yaml")
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".yaml") + ".md"
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.Markdown(&b, input(t, p)); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("pkg", "report", "testdata", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./pkg/report -update creates it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from its golden file; run go test ./pkg/report -update and review the diff", name)
			}
		})
	}
}

// TestEverySection keeps the report whole: every section of the plan has a
// heading, and the figures a reader checks are there to the cent.
func TestEverySection(t *testing.T) {
	var b bytes.Buffer
	if err := report.Markdown(&b, input(t, "../../examples/teen-evening-counseling.yaml")); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"## The coalition", "## Health score", "## Findings of check", "## Members", "## People", "## Goals",
		"## Barriers", "## Actions", "## Budget", "## The 6 R's of engagement", "## Governance", "## Stakeholders", "## Opposition", "## Reviews",
		"| gap on committed income | 35,720.25 USD |", "| expenses | 74,720.25 USD |", "**92/100, strong.**",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(out, "| error |") || strings.Contains(out, "| warning |") {
		t.Error("the report of a clean example lists errors or warnings")
	}
}

// TestPublic checks what the report of a plan's public form adds and
// leaves out: the note at the top, and no opposition section.
func TestPublic(t *testing.T) {
	in := input(t, "../../examples/youth-jobs-collaborative.yaml")
	for _, public := range []bool{false, true} {
		in.Public = public
		var b bytes.Buffer
		if err := report.Markdown(&b, in); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if got := strings.Contains(out, "\n_Public edition: people are named by their role;"); got != public {
			t.Errorf("public %v: the note is there: %v", public, got)
		}
		if got := strings.Contains(out, "\n## Opposition\n"); got == public {
			t.Errorf("public %v: the opposition section is there: %v", public, got)
		}
		if !strings.Contains(out, "\n## Reviews\n") {
			t.Errorf("public %v: the sections after the opposition are missing", public)
		}
	}
}
