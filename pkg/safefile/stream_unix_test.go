//go:build unix

package safefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// streamNames are the ways to name an open file descriptor that Write
// knows as streams, as fmt formats taking the descriptor's number, and
// whether the name is reached through a symbolic link.
func streamNames(t *testing.T) []struct {
	name, format string
	viaLink      bool
} {
	t.Helper()
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skipf("no /dev/fd: %v", err)
	}
	names := []struct {
		name, format string
		viaLink      bool
	}{
		{"dev-fd", "/dev/fd/%d", false},
		{"link-to-dev-fd", "/dev/fd/%d", true},
	}
	if _, err := os.Stat("/proc/self/fd/0"); err == nil {
		names = append(names,
			struct {
				name, format string
				viaLink      bool
			}{"proc-self-fd", "/proc/self/fd/%d", false},
			struct {
				name, format string
				viaLink      bool
			}{"link-to-proc-self-fd", "/proc/self/fd/%d", true})
	}
	return names
}

// TestWriteStreamOnPlan opens plans on a file descriptor, as `3< plan.yaml`
// or `>> other.yaml` would, and checks that writing to the descriptor by
// one of its names is refused like writing to the plan by its own name.
func TestWriteStreamOnPlan(t *testing.T) {
	const planText = "apiVersion: coalition/v1\nkind: Plan\n"
	for _, s := range streamNames(t) {
		t.Run(s.name, func(t *testing.T) {
			dir := t.TempDir()
			read := filepath.Join(dir, "plan.yaml")   // the plan being read
			other := filepath.Join(dir, "other.yaml") // a plan check would read
			draft := filepath.Join(dir, "draft.yaml") // the input, not yet a plan
			texts := map[string]string{read: planText, other: "# notes\n" + planText, draft: "coalition: {}\n"}
			for p, text := range texts {
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for _, tc := range []struct {
				file  string
				flags int
				want  string
			}{
				{read, os.O_RDONLY, "is the plan being read"},
				{read, os.O_WRONLY | os.O_APPEND, "is the plan being read"},
				{draft, os.O_RDONLY, "is the plan being read"},
				{other, os.O_WRONLY | os.O_APPEND, "has apiVersion: coalition/"},
				{other, os.O_RDWR, "has apiVersion: coalition/"},
			} {
				f, err := os.OpenFile(tc.file, tc.flags, 0)
				if err != nil {
					t.Fatal(err)
				}
				path := fmt.Sprintf(s.format, f.Fd())
				if s.viaLink {
					link := filepath.Join(dir, "out.md")
					os.Remove(link)
					if err := os.Symlink(path, link); err != nil {
						t.Fatal(err)
					}
					path = link
				}
				err = Write(path, []byte("report\n"), read, draft)
				f.Close()
				want := fmt.Sprintf("refusing to write over a plan file: %s %s", path, tc.want)
				if !errors.Is(err, ErrPlan) || err.Error() != want {
					t.Errorf("%s open as %#x: %v, want %q", filepath.Base(tc.file), tc.flags, err, want)
				}
				if IsWriteFailure(err) {
					t.Errorf("%s: a refusal is a write failure", path)
				}
			}
			for p, text := range texts {
				if got, _ := os.ReadFile(p); string(got) != text {
					t.Errorf("%s now has %q, want %q", filepath.Base(p), got, text)
				}
			}
			noTemps(t, dir)
		})
	}
}

// TestWriteRefusesStdin checks that standard input, by any of its names,
// is never written, whatever is open there.
func TestWriteRefusesStdin(t *testing.T) {
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skipf("no /dev/fd: %v", err)
	}
	dir := t.TempDir()
	paths := []string{"/dev/stdin", "/dev/fd/0", "/dev/fd/../fd/0"}
	if _, err := os.Stat("/proc/self/fd/0"); err == nil {
		paths = append(paths, "/proc/self/fd/0")
	}
	for i, to := range []string{"/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"} {
		link := filepath.Join(dir, fmt.Sprintf("link%d", i))
		if err := os.Symlink(to, link); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, link)
	}
	for _, p := range paths {
		err := Write(p, []byte("report\n"))
		if !errors.Is(err, ErrStdin) || err.Error() != "standard input is not an output" {
			t.Errorf("Write(%s): %v, want %q", p, err, "standard input is not an output")
		}
	}
}

// TestWriteStreamWriteOnly checks that a file the shell opened for
// appending, and that the user may not read, is still appended to: it
// cannot be read through the descriptor's name, so only the plans read are
// recognised there, by the file itself.
func TestWriteStreamWriteOnly(t *testing.T) {
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skipf("no /dev/fd: %v", err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "log.md")
	if err := os.WriteFile(out, []byte("head\n"), 0o200); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(out, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	path := fmt.Sprintf("/dev/fd/%d", f.Fd())
	if err := Write(path, []byte("brief\n")); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("brief\n"), out); !errors.Is(err, ErrPlan) {
		t.Errorf("the plan being read, write-only: %v, want ErrPlan", err)
	}
	if err := os.Chmod(out, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); string(got) != "head\nbrief\n" {
		t.Errorf("log.md has %q, want %q", got, "head\nbrief\n")
	}
}
