package score_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/scorecard"
)

// FuzzScore checks that any file the loader accepts can be scored and the
// score rendered in every format without a panic, and that every score is
// within 0 to 100.
func FuzzScore(f *testing.F) {
	f.Add([]byte(base))
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("apiVersion: coalition/v1\nkind: Plan\ngoals:\n  - {id: g, title: t, baseline: .nan, target: .inf, current: -.inf, due: 2027-01-01}\n"))
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	f.Fuzz(func(t *testing.T, data []byte) {
		file := plan.Parse("plan.yaml", data, plan.ReadOptions{Explicit: true})
		diags := lint.Check(file, lint.Options{Rules: rules.All(), Today: today})
		c := score.Score(file, diags, o)
		if c.Score < 0 || c.Score > 100 {
			t.Fatalf("total %d out of range", c.Score)
		}
		for _, d := range c.Dimensions {
			if d.Score < 0 || d.Score > 100 {
				t.Fatalf("%s = %d out of range", d.Name, d.Score)
			}
		}
		r := &scorecard.Report{Cards: []*score.Card{c, c}, Dimensions: o.Dimensions, Bands: o.Bands, Explain: true, MinScore: 50}
		for _, name := range scorecard.Formats() {
			rd, err := scorecard.New(name, scorecard.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := rd.Render(&b, r); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}
