package corpus

import (
	"bytes"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// TestReproducible: the same seed gives the same plans.
func TestReproducible(t *testing.T) {
	a := Plan(rand.New(rand.NewPCG(1, 2)), 40)
	b := Plan(rand.New(rand.NewPCG(1, 2)), 40)
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gives different plans")
	}
}

// TestPlansLoad: generated plans are plans that decode, with the sizes
// asked for.
func TestPlansLoad(t *testing.T) {
	r := rand.New(rand.NewPCG(DefaultSeed, 7))
	for _, n := range []int{5, 60, 500} {
		f := plan.Parse("p.yaml", Plan(r, n), plan.ReadOptions{Explicit: true})
		if f.Plan == nil {
			t.Fatalf("%d members: %v", n, f.Problems)
		}
		if got := len(f.Plan.Members.Items); got != n {
			t.Errorf("%d members asked, %d decoded", n, got)
		}
	}
	seen := map[bool]int{}
	for range 1000 {
		n := Size(r)
		if n < 5 || n > 500 {
			t.Fatalf("size %d out of 5-500", n)
		}
		seen[n > 150]++
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Error("sizes are not varied")
	}
}

// corpusDir is the benchmark corpus, written by make bench-corpus.
func corpusDir(b *testing.B) string {
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		dir = "../../testdata/bench/corpus"
	}
	if files, err := Files(dir); err != nil || len(files) == 0 {
		b.Skipf("no corpus in %s: run make bench-corpus", dir)
	}
	return dir
}

// BenchmarkFloorParse finds every corpus file, reads it and parses it into
// yaml.v3 nodes on all cores, and does nothing else: the floor that
// coalition check is measured against (docs/performance.md). It runs with
// the garbage collector set as coalition sets it (GOGC=400), unless GOGC is
// set, so that the two are compared alike.
func BenchmarkFloorParse(b *testing.B) {
	dir := corpusDir(b)
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	var n int64
	var files []string
	for b.Loop() {
		var err error
		if files, err = Files(dir); err != nil {
			b.Fatal(err)
		}
		if n, err = ParseAll(files, runtime.GOMAXPROCS(0)); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n)
	b.ReportMetric(float64(len(files)), "files")
}
