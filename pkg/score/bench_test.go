package score_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/coalition-tools/coalition/pkg/corpus"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// BenchmarkScore scores decoded and checked plans of three sizes.
func BenchmarkScore(b *testing.B) {
	for _, members := range []int{5, 60, 500} {
		f := plan.Parse("p.yaml", corpus.Plan(rand.New(rand.NewPCG(corpus.DefaultSeed, uint64(members))), members), plan.ReadOptions{Explicit: true})
		diags := lint.Check(f, lint.Options{Rules: rules.All(), Today: today})
		o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
		b.Run(fmt.Sprintf("members=%d", members), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				score.Score(f, diags, o)
			}
		})
	}
}
