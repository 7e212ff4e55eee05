package check_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// TestRunRaisesWorkerPanics makes a rule panic on one file of several: Run
// raises the panic again in the caller's goroutine, where the program can
// recover it and exit as it means to, as a *PanicError that names the file
// and has the stack of the worker.
func TestRunRaisesWorkerPanics(t *testing.T) {
	dir := t.TempDir()
	var targets []workspace.Target
	for _, name := range []string{"a.yaml", "boom.yaml", "c.yaml"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("apiVersion: coalition/v1\nkind: Plan\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		targets = append(targets, workspace.Target{Path: path, Explicit: true})
	}
	explode := &lint.Rule{ID: "explode", Title: "explodes", Severity: lint.SeverityError, Run: func(p *lint.Pass) {
		if strings.HasSuffix(p.File.Path, "boom.yaml") {
			panic("rule exploded")
		}
	}}
	defer func() {
		r := recover()
		err, _ := r.(error)
		var pe *check.PanicError
		if !errors.As(err, &pe) {
			t.Fatalf("recovered %v, want a *check.PanicError", r)
		}
		if pe.Path != targets[1].Path || pe.Value != "rule exploded" || !strings.Contains(string(pe.Stack), "panic_test.go") {
			t.Errorf("PanicError{Path %q, Value %v}, stack:\n%s", pe.Path, pe.Value, pe.Stack)
		}
		if want := "checking " + targets[1].Path + ": rule exploded"; err.Error() != want {
			t.Errorf("message %q, want %q", err.Error(), want)
		}
	}()
	_ = check.Run(targets, check.Options{Lint: lint.Options{Rules: []*lint.Rule{explode}}, Workers: 2}, func(check.Result) error { return nil })
	t.Fatal("Run returned after a rule panicked")
}
