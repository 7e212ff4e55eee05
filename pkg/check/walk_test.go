package check

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// TestWalkReadsOnlyRegularFilesInside checks a walked directory that holds
// a FIFO, a link to it, and links that leave the directory (one to a FIFO
// outside, standing in for /proc/kmsg, which stat calls a regular file and
// whose read blocks): the check ends, and reads only the plan and the link
// to it inside the directory.
func TestWalkReadsOnlyRegularFilesInside(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs and links as on unix")
	}
	root := t.TempDir()
	dir := filepath.Join(root, "plans")
	outside := filepath.Join(root, "outside")
	for _, d := range []string{dir, outside} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	planText := []byte("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Harbor, problem: Few jobs}\nmembers: []\ngoals: []\n")
	must(os.WriteFile(filepath.Join(dir, "plan.yaml"), planText, 0o644))
	must(os.WriteFile(filepath.Join(outside, "other.yaml"), planText, 0o644))
	must(syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644))
	must(syscall.Mkfifo(filepath.Join(outside, "kmsg"), 0o644))
	must(os.Symlink("pipe.yaml", filepath.Join(dir, "to-pipe.yaml")))
	must(os.Symlink("plan.yaml", filepath.Join(dir, "inside.yaml")))
	must(os.Symlink(filepath.Join(outside, "kmsg"), filepath.Join(dir, "kmsg.yaml")))
	must(os.Symlink("../outside/other.yaml", filepath.Join(dir, "other.yaml")))

	done := make(chan []string, 1)
	var walk *workspace.Walk
	go func() {
		walk = workspace.Search([]string{dir}, workspace.Options{})
		var read []string
		opts := Options{Lint: lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)}}
		_ = Run(walk.Targets, opts, func(r Result) error {
			read = append(read, filepath.Base(r.Path))
			return nil
		})
		done <- read
	}()
	var read []string
	select {
	case read = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the check blocked on a file that is not regular")
	}
	if want := []string{"inside.yaml", "plan.yaml"}; !slices.Equal(read, want) {
		t.Errorf("read %q, want %q", read, want)
	}
	if n, paths := walk.LinksOutside(); n != 2 || !slices.Equal(paths, []string{dir + string(filepath.Separator)}) {
		t.Errorf("links outside: %d %q, want 2", n, paths)
	}
	if len(walk.Errs) > 0 {
		t.Errorf("errors: %v", walk.Errs)
	}
}
