//go:build unix

package safefile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperEnv names the variable that makes TestHelperProcess a child that
// writes: "OPERATION PATH", with OPERATION write or replace, and an
// optional " fsize=N" that first limits the size of the files it writes.
const helperEnv = "SAFEFILE_HELPER"

// TestHelperProcess is not a test: run by helper, it writes and prints
// "ok", or the error and whether it is a write failure.
func TestHelperProcess(t *testing.T) {
	spec := os.Getenv(helperEnv)
	if spec == "" {
		t.Skip("run by other tests")
	}
	fields := strings.Fields(spec)
	for _, f := range fields[2:] {
		var lim syscall.Rlimit // its fields are signed on some systems
		if _, err := fmt.Sscanf(f, "fsize=%d", &lim.Cur); err == nil {
			lim.Max = lim.Cur
			if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
				fmt.Printf("setrlimit: %v\n", err)
				os.Exit(0)
			}
		}
	}
	data := []byte(strings.Repeat("new text\n", 1000))
	var err error
	switch fields[0] {
	case "write":
		err = Write(fields[1], data)
	case "replace":
		err = Replace(fields[1], data, ReplaceOptions{})
	}
	switch {
	case err == nil:
		fmt.Println("ok")
	case IsWriteFailure(err):
		fmt.Printf("write failure: %v\n", err)
	default:
		fmt.Printf("refused: %v\n", err)
	}
	os.Exit(0)
}

// helper runs TestHelperProcess from bin (this test binary when empty)
// with spec, as the user cred when it is not nil, and returns what it
// printed.
func helper(t *testing.T, bin, spec string, cred *syscall.Credential) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if bin == "" {
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		bin = exe
	}
	cmd := exec.CommandContext(ctx, bin, "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+spec)
	cmd.Dir = "/"
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("helper %q: %v\n%s", spec, err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestOtherUsersFile runs, as root, a helper as the user nobody (65534) in
// a directory everyone may write, and checks that it neither replaces nor
// takes over a file of root's it may read but not write, nor its own file
// made read-only: replacing by rename needs only the directory's
// permission, so without the check a user would get the file.
func TestOtherUsersFile(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("running as another user needs root")
	}
	const nobody = 65534
	dir, err := os.MkdirTemp("", "safefile-owner-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	// The test binary, where nobody may run it.
	bin := filepath.Join(dir, "safefile.test")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	copyFile(t, exe, bin, 0o755)

	rootsFile := filepath.Join(dir, "roots.yaml")
	ownFile := filepath.Join(dir, "own.yaml")
	for _, p := range []string{rootsFile, ownFile} {
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chown(ownFile, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(ownFile, 0o444); err != nil {
		t.Fatal(err)
	}
	cred := &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}
	for _, p := range []string{rootsFile, ownFile} {
		before, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, op := range []string{"write", "replace"} {
			got := helper(t, bin, op+" "+p, cred)
			want := "refused: " + p + " is read-only (or belongs to another user): coalition does not replace a file you may not write"
			if got != want {
				t.Errorf("%s %s as nobody: %q, want %q", op, filepath.Base(p), got, want)
			}
		}
		after, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !os.SameFile(before, after) || after.Mode() != before.Mode() {
			t.Errorf("%s was replaced: %v, was %v", filepath.Base(p), after.Mode(), before.Mode())
		}
		if sys := after.Sys().(*syscall.Stat_t); sys.Uid != before.Sys().(*syscall.Stat_t).Uid {
			t.Errorf("%s is now owned by %d", filepath.Base(p), sys.Uid)
		}
		if got, _ := os.ReadFile(p); string(got) != "old" {
			t.Errorf("%s now has %.40q, want %q", filepath.Base(p), got, "old")
		}
	}
	noTemps(t, dir)

	// A file nobody may write is still replaced by nobody, atomically.
	mine := filepath.Join(dir, "mine.md")
	if err := os.WriteFile(mine, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(mine, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	if got := helper(t, bin, "write "+mine, cred); got != "ok" {
		t.Errorf("write mine.md as nobody: %q, want ok", got)
	}
}

// copyFile copies the file from to a new file to with mode perm.
func copyFile(t *testing.T, from, to string, perm os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestWriteFailures checks that a failure while the data is written, once
// the output was opened or created, is a write failure: writing to a full
// device, and writing a temporary file over the size limit of the process
// (as a full disk would fail it), which is removed.
func TestWriteFailures(t *testing.T) {
	t.Run("dev-full", func(t *testing.T) {
		if _, err := os.Stat("/dev/full"); err != nil {
			t.Skipf("no /dev/full: %v", err)
		}
		err := Write("/dev/full", []byte("brief"))
		want := "cannot write to /dev/full: no space left on device"
		if !IsWriteFailure(err) || !errors.Is(err, syscall.ENOSPC) || err.Error() != want {
			t.Errorf("error %v, want the write failure %q", err, want)
		}
	})
	for _, op := range []string{"write", "replace"} {
		t.Run("file-size-limit-"+op, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "brief.html")
			if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			got := helper(t, "", fmt.Sprintf("%s %s fsize=512", op, p), nil)
			want := "write failure: cannot write in " + dir + ": file too large"
			if got != want {
				t.Errorf("%q, want %q", got, want)
			}
			if got, _ := os.ReadFile(p); string(got) != "old" {
				t.Errorf("the file now has %q", got)
			}
			noTemps(t, dir)
		})
	}
}
