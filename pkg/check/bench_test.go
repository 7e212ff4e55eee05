package check

import (
	"os"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

func corpusTargets(b *testing.B) []workspace.Target {
	dir := os.Getenv("COALITION_CORPUS")
	if dir == "" {
		dir = "../../testdata/bench/corpus"
	}
	targets, errs := workspace.Find([]string{dir})
	if len(errs) > 0 || len(targets) == 0 {
		b.Skipf("no corpus in %s: run make bench-corpus", dir)
	}
	return targets
}

// BenchmarkCheckCorpus checks the whole corpus on all cores, as coalition
// check does, without writing the findings.
func BenchmarkCheckCorpus(b *testing.B) {
	targets := corpusTargets(b)
	opts := Options{Lint: lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)}}
	b.ResetTimer()
	for b.Loop() {
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
