package brief_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/report"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/view"
)

// FuzzRenderers: any plan that loads renders in every form without a
// panic or an error: the brief (Markdown and HTML), the report, every show
// format, and a diff of the plan against the minimal plan.
func FuzzRenderers(f *testing.F) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(hostile))
	minimal := plan.Parse("m.yaml", []byte("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: M, problem: P}\nmembers: []\ngoals: []\n"), plan.ReadOptions{Explicit: true})
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	f.Fuzz(func(t *testing.T, data []byte) {
		file := plan.Parse("p.yaml", data, plan.ReadOptions{Explicit: true})
		if file.Plan == nil {
			return
		}
		diags := lint.Check(file, lint.Options{Rules: rules.All(), Today: today})
		card := score.Score(file, diags, o)
		b := brief.Build("p.yaml", file.Plan, card, today)
		d := plandiff.Compare("p.yaml", &plandiff.Version{Plan: minimal.Plan, Card: score.Score(minimal, nil, o)}, &plandiff.Version{Plan: file.Plan, Card: card})
		b.Since = &plandiff.Report{From: "v1", Plans: []*plandiff.Diff{d}}
		for _, format := range brief.Formats() {
			rd, _ := brief.New(format, brief.Options{})
			if err := rd.Render(io.Discard, b); err != nil {
				t.Fatalf("brief %s: %v", format, err)
			}
		}
		if err := report.Markdown(io.Discard, &report.Input{Path: "p.yaml", Plan: file.Plan, Diagnostics: diags, Card: card, Today: today}); err != nil {
			t.Fatalf("report: %v", err)
		}
		tables, err := view.Build(view.NewInput(file.Plan, today))
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range view.Formats() {
			rd, _ := view.NewRenderer(format, view.RenderOptions{})
			if err := rd.Render(io.Discard, tables); err != nil {
				t.Fatalf("show %s: %v", format, err)
			}
		}
		for _, format := range plandiff.Formats() {
			if err := plandiff.Render(io.Discard, format, b.Since); err != nil {
				t.Fatalf("diff %s: %v", format, err)
			}
		}
	})
}
