package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/coalition-tools/coalition/pkg/corpus"
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
	peak, _ := runBinaryOutput(b, bin, args...)
	return peak
}

// runBinaryOutput runs the binary and returns its peak resident memory in
// MB and the number of bytes it wrote to stdout.
func runBinaryOutput(b *testing.B, bin string, args ...string) (peakMB float64, out int64) {
	b.Helper()
	cmd := exec.Command(bin, args...)
	var w countingWriter
	cmd.Stdout = &w
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
		b.Fatalf("%v: %v", args, err)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if ru == nil {
		return 0, w.n
	}
	return float64(ru.Maxrss) / 1024, w.n // KB on Linux
}

// countingWriter counts what is written to it and keeps nothing.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// BenchmarkCommand runs the coalition binary as a user does: one plan
// (process start included), and the whole corpus for check, score and
// portfolio with their peak memory.
func BenchmarkCommand(b *testing.B) {
	bin := buildBinary(b)
	b.Run("check-one-plan", func(b *testing.B) {
		for b.Loop() {
			runBinary(b, bin, "check", "--today", "2026-11-23", "../../examples/teen-evening-counseling.yaml")
		}
	})
	// The hostile plans of the hostile suite (pkg/check): bounded time,
	// peak memory and output.
	hostile := b.TempDir()
	for _, h := range []struct {
		name string
		data []byte
	}{
		{"alias-amplification", corpus.AliasAmplification(1<<20, 2000)},
		{"long-key-aliases", corpus.LongKeyAliases(1<<20, 3000)},
		{"dangling-refs-20000", corpus.DanglingRefs(20000)},
		{"dangling-refs-100000", corpus.DanglingRefs(100000)},
	} {
		path := filepath.Join(hostile, h.name+".yaml")
		if err := os.WriteFile(path, h.data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run("check-"+h.name, func(b *testing.B) {
			peak, out := 0.0, int64(0)
			for b.Loop() {
				p, n := runBinaryOutput(b, bin, "check", "--today", "2026-11-23", path)
				peak, out = max(peak, p), n
			}
			b.ReportMetric(peak, "peak-MB")
			b.ReportMetric(float64(out), "out-bytes")
		})
	}
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		dir = "../../testdata/bench/corpus"
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no corpus in %s: run make bench-corpus", dir)
	}
	// portfolio reads and scores the same plans as score, and writes one
	// page: it is held to about the time score takes.
	for _, cmd := range []string{"check", "score", "portfolio"} {
		b.Run(cmd+"-corpus", func(b *testing.B) {
			peak := 0.0
			for b.Loop() {
				peak = max(peak, runBinary(b, bin, cmd, "--today", "2026-11-23", dir))
			}
			b.ReportMetric(peak, "peak-MB")
		})
	}
}
