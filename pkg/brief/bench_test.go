package brief_test

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/corpus"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/report"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/view"
)

// BenchmarkRender renders plans of three sizes in every form: the brief as
// Markdown and HTML, the report, and the show tables.
func BenchmarkRender(b *testing.B) {
	for _, members := range []int{5, 60, 500} {
		f := plan.Parse("p.yaml", corpus.Plan(rand.New(rand.NewPCG(corpus.DefaultSeed, uint64(members))), members), plan.ReadOptions{Explicit: true})
		card := score.Score(f, nil, score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today})
		br := brief.Build("p.yaml", f.Plan, card, today)
		for _, format := range brief.Formats() {
			rd, _ := brief.New(format, brief.Options{})
			b.Run(fmt.Sprintf("brief-%s/members=%d", format, members), func(b *testing.B) {
				for b.Loop() {
					if err := rd.Render(io.Discard, br); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(fmt.Sprintf("report/members=%d", members), func(b *testing.B) {
			in := &report.Input{Path: "p.yaml", Plan: f.Plan, Card: card, Today: today}
			for b.Loop() {
				if err := report.Markdown(io.Discard, in); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("show-table/members=%d", members), func(b *testing.B) {
			r, _ := view.NewRenderer("text", view.RenderOptions{})
			for b.Loop() {
				tables, _ := view.Build(view.NewInput(f.Plan, today))
				if err := r.Render(io.Discard, tables); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
