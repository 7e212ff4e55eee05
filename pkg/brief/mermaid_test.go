package brief_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/internal/browsertest"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/report"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// TestMermaidDiagramsParse renders the Mermaid diagrams of the Markdown
// brief of every example (as it is, and with a trend of six board
// meetings) and of its report with the Mermaid CLI (mmdc, from npm's
// @mermaid-js/mermaid-cli, which .ci/run installs), so that a diagram
// GitHub would refuse to draw fails the build. Without mmdc or a browser
// it fails under CI and is skipped elsewhere.
func TestMermaidDiagramsParse(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	mmdc := browsertest.Tool(t, "cd .ci/mermaid && npm ci, then put node_modules/.bin on PATH", "mmdc")
	bin := browsertest.Chromium(t)
	dir := t.TempDir()
	config := filepath.Join(dir, "puppeteer.json")
	if err := os.WriteFile(config, []byte(`{"executablePath": "`+bin+`", "args": ["--no-sandbox", "--disable-gpu"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		for _, doc := range []string{"brief", "brief-trend", "report"} {
			t.Run(filepath.Base(p)+"/"+doc, func(t *testing.T) {
				var md []byte
				switch doc {
				case "brief":
					md = render(t, "markdown", build(t, p))
				case "brief-trend":
					md = render(t, "markdown", withTrend(t, p, sixMeetings()))
				default:
					md = reportOf(t, p)
				}
				want := strings.Count(string(md), "```mermaid\n")
				in := filepath.Join(dir, strings.TrimSuffix(filepath.Base(p), ".yaml")+"-"+doc+".md")
				if err := os.WriteFile(in, md, 0o644); err != nil {
					t.Fatal(err)
				}
				out, err := exec.Command(mmdc, "-q", "-p", config, "-i", in, "-o", in+".out.md").CombinedOutput()
				if err != nil {
					t.Fatalf("mmdc: %v\n%s", err, out)
				}
				svgs, _ := filepath.Glob(in + ".out-*.svg")
				if len(svgs) != want {
					t.Errorf("%d diagrams drawn, want %d:\n%s", len(svgs), want, out)
				}
				for _, svg := range svgs {
					data, _ := os.ReadFile(svg)
					if strings.Contains(string(data), "Syntax error") {
						t.Errorf("%s: Mermaid drew a syntax error", filepath.Base(svg))
					}
				}
			})
		}
	}
}

// reportOf writes the Markdown report of the plan at path.
func reportOf(t *testing.T, path string) []byte {
	t.Helper()
	b := build(t, path)
	r := check.One(workspace.Target{Path: path, Explicit: true}, check.Options{Lint: lint.Options{Rules: rules.All(), Today: today}})
	var buf bytes.Buffer
	if err := report.Markdown(&buf, &report.Input{Path: path, Plan: r.File.Plan, Diagnostics: r.Diagnostics, Card: b.Card, Today: today}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
