//go:build unix

package safefile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// childEnv names the variable that makes TestRemoveTempsOnSignal the child
// process: "OPERATION SIGNAL DIRECTORY".
const childEnv = "SAFEFILE_SIGNAL_CHILD"

// TestRemoveTempsOnSignal runs a copy of the test binary that is signalled
// while its temporary file is complete but not yet renamed into place, and
// checks that it died by the signal and left nothing behind.
func TestRemoveTempsOnSignal(t *testing.T) {
	if spec := os.Getenv(childEnv); spec != "" {
		signalChild(t, spec)
		return
	}
	for _, tc := range []struct {
		op  string
		sig syscall.Signal
	}{
		{"write", syscall.SIGTERM},
		{"write", syscall.SIGINT},
		{"replace", syscall.SIGTERM},
		{"create", syscall.SIGINT},
	} {
		t.Run(fmt.Sprintf("%s-%d", tc.op, tc.sig), func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "target")
			if tc.op != "create" {
				if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestRemoveTempsOnSignal$")
			cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s %d %s", childEnv, tc.op, tc.sig, dir))
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("child: %v, want death by signal\n%s", err, out)
			}
			if ws := ee.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != tc.sig {
				t.Fatalf("child: %v, want death by %v\n%s", err, tc.sig, out)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			want := "target"
			if tc.op == "create" {
				want = ""
			}
			if got := strings.Join(names, " "); got != want {
				t.Errorf("directory holds %q, want %q", got, want)
			}
			if tc.op != "create" {
				if got, _ := os.ReadFile(target); string(got) != "old" {
					t.Errorf("target has %q, want it unchanged", got)
				}
			}
		})
	}
}

// signalChild is the child process: it writes, and signals itself once the
// temporary file is complete.
func signalChild(t *testing.T, spec string) {
	var op, dir string
	var sig int
	if _, err := fmt.Sscan(spec, &op, &sig, &dir); err != nil {
		t.Fatalf("%s=%q: %v", childEnv, spec, err)
	}
	stop := RemoveTempsOnSignal()
	defer stop()
	testHookBeforeRename = func() {
		syscall.Kill(os.Getpid(), syscall.Signal(sig))
		time.Sleep(30 * time.Second)
	}
	target := filepath.Join(dir, "target")
	data := []byte(strings.Repeat("new text\n", 100000))
	var err error
	switch op {
	case "write":
		err = Write(target, data)
	case "replace":
		err = Replace(target, data, ReplaceOptions{})
	case "create":
		err = Create(target, data)
	}
	t.Fatalf("%s survived the signal: %v", op, err)
}
