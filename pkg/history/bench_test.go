package history

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchRevisions is the number of versions of the plan in the benchmark's
// repository: docs/performance.md holds history to 2 s for 500.
const benchRevisions = 500

// benchRepo builds, with one `git fast-import`, a repository in which the
// largest example plan (31 KB) is committed n times, a day apart, each
// time with another current value of a goal, with a board meeting's tag
// every 50 commits. It returns the path of the plan.
func benchRepo(b *testing.B, n int) string {
	b.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git is not installed")
	}
	src, err := os.ReadFile("../../examples/youth-jobs-collaborative.yaml")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	gitIn := func(stdin io.Reader, args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Stdin = dir, stdin
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	gitIn(nil, "init", "-q", "-b", "main")
	var s bytes.Buffer
	start := time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)
	for i := range n {
		text := strings.Replace(string(src), "    current: 655\n", fmt.Sprintf("    current: %d\n", 100+i), 1)
		when := start.AddDate(0, 0, i).Unix()
		fmt.Fprintf(&s, "commit refs/heads/main\nmark :%d\nauthor t <t@example.org> %d +0000\ncommitter t <t@example.org> %d +0000\n", i+1, when, when)
		msg := fmt.Sprintf("Update %d", i+1)
		fmt.Fprintf(&s, "data %d\n%s\n", len(msg), msg)
		if i > 0 {
			fmt.Fprintf(&s, "from :%d\n", i)
		}
		fmt.Fprintf(&s, "M 100644 inline plans/youth.yaml\ndata %d\n%s\n", len(text), text)
		if (i+1)%50 == 0 {
			fmt.Fprintf(&s, "reset refs/tags/board/%03d\nfrom :%d\n\n", i+1, i+1)
		}
	}
	gitIn(&s, "fast-import", "--quiet")
	gitIn(nil, "checkout", "-q", "main")
	return filepath.Join(dir, "plans", "youth.yaml")
}

// BenchmarkHistory reads, checks and scores every version of a plan with
// 500 versions (the git commands included) and renders the table, with
// the garbage collector set as coalition sets it (GOGC=400, see
// cli.Main).
func BenchmarkHistory(b *testing.B) {
	path := benchRepo(b, benchRevisions)
	lopts, sopts := options()
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	b.Chdir(filepath.Dir(filepath.Dir(path)))
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		n++
		h, err := Load(Options{Plan: "plans/youth.yaml", Lint: lopts, Score: sopts})
		if err != nil {
			b.Fatal(err)
		}
		if len(h.Revisions) != benchRevisions || len(h.Revisions[0].Meetings) != 1 {
			b.Fatalf("%d versions, the newest with meetings %v; want %d and one meeting", len(h.Revisions), h.Revisions[0].Meetings, benchRevisions)
		}
		if err := Render(io.Discard, "text", h, RenderOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	// The processor time of this process per run: what the run costs on
	// a machine shared with other work, where the time it takes varies.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(n), "cpu-s/op")
}

// cpuTime is the processor time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
