package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// buildBinary builds coalition once for the benchmarks that run it as a
// process, so that process start is part of what they measure.
func buildBinary(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "coalition")
	cmd := exec.Command("go", "build", "-o", bin, "../../cmd/coalition")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("go build: %v", err)
	}
	return bin
}

// runBinary runs the binary and returns its peak resident memory in MB.
func runBinary(b *testing.B, bin string, args ...string) float64 {
	b.Helper()
	cmd := exec.Command(bin, args...)
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
		b.Fatalf("%v: %v", args, err)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if ru == nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // KB on Linux
}

// BenchmarkCommand runs the coalition binary as a user does: one plan
// (process start included), and the whole corpus for check and score with
// their peak memory.
func BenchmarkCommand(b *testing.B) {
	bin := buildBinary(b)
	b.Run("check-one-plan", func(b *testing.B) {
		for b.Loop() {
			runBinary(b, bin, "check", "--today", "2026-11-23", "../../examples/teen-evening-counseling.yaml")
		}
	})
	dir := os.Getenv("COALITION_CORPUS")
	if dir == "" {
		dir = "../../testdata/bench/corpus"
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no corpus in %s: run make bench-corpus", dir)
	}
	for _, cmd := range []string{"check", "score"} {
		b.Run(cmd+"-corpus", func(b *testing.B) {
			peak := 0.0
			for b.Loop() {
				peak = max(peak, runBinary(b, bin, cmd, "--today", "2026-11-23", dir))
			}
			b.ReportMetric(peak, "peak-MB")
		})
	}
}
