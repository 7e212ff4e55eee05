package check

import (
	"os"
	"runtime/debug"
	"testing"

	"github.com/coalition-tools/coalition/pkg/corpus"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

func corpusDir() string {
	if dir := os.Getenv("BENCH_CORPUS"); dir != "" {
		return dir
	}
	return "../../testdata/bench/corpus"
}

func corpusTargets(b *testing.B) []workspace.Target {
	dir := corpusDir()
	targets, errs := workspace.Find([]string{dir})
	if len(errs) > 0 || len(targets) == 0 {
		b.Skipf("no corpus in %s: run make bench-corpus", dir)
	}
	return targets
}

// BenchmarkCheckCorpus finds and checks the whole corpus on all cores, as
// coalition check does (GC set alike), without writing the findings.
func BenchmarkCheckCorpus(b *testing.B) {
	targets := corpusTargets(b)
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	opts := Options{Lint: lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)}}
	b.ResetTimer()
	for b.Loop() {
		targets, _ = workspace.Find([]string{corpusDir()})
		findings := 0
		err := Run(targets, opts, func(r Result) error {
			findings += len(r.Diagnostics)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(findings), "findings")
	}
	b.ReportMetric(float64(len(targets)), "files")
}

// BenchmarkHostile reads and checks, on one core, the hostile plans of the
// hostile suite (see TestHostileInput), generated here, and a plan of
// misspelt references near the size limit: each must cost time and memory
// in proportion to its size, and make a bounded output (out-bytes, the
// text of its findings).
func BenchmarkHostile(b *testing.B) {
	opts := lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)}
	for _, h := range []struct {
		name string
		data []byte
	}{
		{"alias-amplification", corpus.AliasAmplification(1<<20, 2000)},
		{"long-key-aliases", corpus.LongKeyAliases(1<<20, 3000)},
		{"dangling-refs-20000", corpus.DanglingRefs(20000)},
		{"dangling-refs-100000", corpus.DanglingRefs(100000)},
	} {
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(h.data)))
			b.ReportAllocs()
			out := 0
			for b.Loop() {
				f := plan.Parse("hostile.yaml", h.data, plan.ReadOptions{Explicit: true})
				out = 0
				for _, d := range lint.Run(f, opts).Diagnostics {
					out += len(d.File) + len(d.Message) + len(d.Hint) + len(d.Rule) + 32
				}
			}
			b.ReportMetric(float64(out), "out-bytes")
		})
	}
}
