package rules

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/coalition-tools/coalition/pkg/corpus"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// BenchmarkRules runs every rule over decoded plans of three sizes (the
// parse is outside the timing).
func BenchmarkRules(b *testing.B) {
	for _, members := range []int{5, 60, 500} {
		f := plan.Parse("p.yaml", corpus.Plan(rand.New(rand.NewPCG(corpus.DefaultSeed, uint64(members))), members), plan.ReadOptions{Explicit: true})
		opts := lint.Options{Rules: All(), Today: today}
		b.Run(fmt.Sprintf("members=%d", members), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				lint.Run(f, opts)
			}
		})
	}
}
