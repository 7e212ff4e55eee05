package plan_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/coalition-tools/coalition/pkg/corpus"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// BenchmarkParse reads generated plans of three sizes: YAML parsing and
// decoding into the model with positions.
func BenchmarkParse(b *testing.B) {
	for _, members := range []int{5, 60, 500} {
		data := corpus.Plan(rand.New(rand.NewPCG(corpus.DefaultSeed, uint64(members))), members)
		b.Run(fmt.Sprintf("members=%d", members), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if f := plan.Parse("p.yaml", data, plan.ReadOptions{Explicit: true}); f.Plan == nil {
					b.Fatal("not decoded")
				}
			}
		})
	}
}
