package check_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// TestRunReturnsEmitError checks that Run returns the first error of emit
// (the output could not be written), emits nothing after it, and still
// finishes the work of every target without blocking a worker: there are
// more targets than workers may run ahead of the emitter.
func TestRunReturnsEmitError(t *testing.T) {
	dir := t.TempDir()
	var targets []workspace.Target
	for i := range 200 {
		// Files that do not exist are results too, with an error.
		targets = append(targets, workspace.Target{Path: filepath.Join(dir, fmt.Sprintf("p%03d.yaml", i)), Explicit: true})
	}
	for _, failAt := range []int{1, 2, 200} {
		t.Run(fmt.Sprint("fail at ", failAt), func(t *testing.T) {
			full := errors.New("no space left on device")
			var emitted []string
			done := make(chan error, 1)
			go func() {
				done <- check.Run(targets, check.Options{Workers: 2}, func(r check.Result) error {
					emitted = append(emitted, r.Path)
					if len(emitted) >= failAt {
						return fmt.Errorf("write %s: %w", filepath.Base(r.Path), full)
					}
					return nil
				})
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("Run did not return after emit failed")
			}
			if !errors.Is(err, full) || err.Error() != fmt.Sprintf("write p%03d.yaml: no space left on device", failAt-1) {
				t.Errorf("Run returned %v, want the error of emit for p%03d.yaml", err, failAt-1)
			}
			if len(emitted) != failAt || emitted[failAt-1] != targets[failAt-1].Path {
				t.Errorf("emitted %d results (last %q), want %d, in order, and none after the error", len(emitted), emitted[len(emitted)-1], failAt)
			}
		})
	}
}
