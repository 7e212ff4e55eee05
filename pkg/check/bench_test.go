package check

import (
	"os"
	"runtime/debug"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

func corpusDir() string {
	if dir := os.Getenv("COALITION_CORPUS"); dir != "" {
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
