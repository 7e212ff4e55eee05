//go:build unix

package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within runs f and fails the test when it does not return in time, as a
// write that opens a FIFO for reading would not.
func within(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatalf("%s hangs", what)
		return nil
	}
}

// noTemps fails the test when a temporary file is left in one of dirs.
func noTemps(t *testing.T, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("temporary file left behind: %s", filepath.Join(dir, e.Name()))
			}
		}
	}
}

func TestWriteFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		data, err := os.ReadFile(fifo)
		if err != nil {
			data = []byte(err.Error())
		}
		got <- string(data)
	}()
	if err := within(t, "writing to a FIFO", func() error { return Write(fifo, []byte("brief\n")) }); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "brief\n" {
			t.Errorf("the reader got %q, want %q", s, "brief\n")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader got nothing")
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode().Type() != fs.ModeNamedPipe {
		t.Errorf("the FIFO is now %v (%v)", st.Mode(), err)
	}
	noTemps(t, dir)
}

func TestWriteSymlink(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	real := filepath.Join(other, "real.html")
	if err := os.WriteFile(real, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(real, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "brief.html")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	chain := filepath.Join(dir, "chain.html")
	if err := os.Symlink("brief.html", chain); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{link, chain} {
		want := "new through " + filepath.Base(p)
		if err := Write(p, []byte(want)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(real); string(got) != want {
			t.Errorf("target has %q, want %q", got, want)
		}
	}
	for p, to := range map[string]string{link: real, chain: "brief.html"} {
		if got, err := os.Readlink(p); err != nil || got != to {
			t.Errorf("%s is no longer a link to %s: %q, %v", p, to, got, err)
		}
	}
	if st, err := os.Stat(real); err != nil || st.Mode() != 0o640 {
		t.Errorf("target mode %v (%v), want 0640", st.Mode(), err)
	}
	noTemps(t, dir, other)

	// A dangling link: the file is created where it points, as the shell would.
	dangling := filepath.Join(dir, "dangling.html")
	if err := os.Symlink("made.html", dangling); err != nil {
		t.Fatal(err)
	}
	if err := Write(dangling, []byte("made")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "made.html")); string(got) != "made" {
		t.Errorf("dangling link target has %q, want %q", got, "made")
	}
	if st, err := os.Lstat(dangling); err != nil || st.Mode().Type() != fs.ModeSymlink {
		t.Errorf("the dangling link is now %v (%v)", st.Mode(), err)
	}

	// A link to a plan is refused like the plan.
	planPath := filepath.Join(other, "harbor.yaml")
	planText := "apiVersion: coalition/v1\nkind: Plan\n"
	if err := os.WriteFile(planPath, []byte(planText), 0o644); err != nil {
		t.Fatal(err)
	}
	toPlan := filepath.Join(dir, "out.md")
	if err := os.Symlink(planPath, toPlan); err != nil {
		t.Fatal(err)
	}
	if err := Write(toPlan, []byte("x")); !errors.Is(err, ErrPlan) {
		t.Errorf("writing through a link to a plan: %v, want ErrPlan", err)
	}
	if got, _ := os.ReadFile(planPath); string(got) != planText {
		t.Error("the plan was overwritten through a link")
	}
}

// charDevice reports whether path is a character device.
func charDevice(t *testing.T, path string) bool {
	t.Helper()
	st, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Type() == fs.ModeDevice|fs.ModeCharDevice
}

func TestWriteCharDevice(t *testing.T) {
	t.Run("dev-null", func(t *testing.T) {
		if !charDevice(t, os.DevNull) {
			t.Skipf("%s is not a character device here", os.DevNull)
		}
		if err := Write(os.DevNull, []byte("brief")); err != nil {
			t.Fatal(err)
		}
		if !charDevice(t, os.DevNull) {
			t.Fatalf("%s is no longer a character device", os.DevNull)
		}
	})
	t.Run("device-node", func(t *testing.T) {
		// Making a device node needs root; as root the old Write turned
		// /dev/null into a regular file, so this is what is tested.
		if os.Geteuid() != 0 {
			t.Skip("making a device node needs root")
		}
		st, err := os.Stat(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		null := filepath.Join(dir, "null")
		rdev := st.Sys().(*syscall.Stat_t).Rdev
		if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, int(rdev)); err != nil {
			t.Skipf("cannot make a device node: %v", err)
		}
		if err := Write(null, []byte("brief")); err != nil {
			t.Fatal(err)
		}
		if !charDevice(t, null) {
			t.Errorf("%s is no longer a character device", null)
		}
		noTemps(t, dir)
	})
}

func TestWriteStandardStreams(t *testing.T) {
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skipf("no /dev/fd: %v", err)
	}
	type stream struct {
		name, format string
		viaLink      bool
	}
	streams := []stream{
		{"dev-fd", "/dev/fd/%d", false},
		{"link-to-dev-fd", "/dev/fd/%d", true},
	}
	if _, err := os.Stat("/proc/self/fd/0"); err == nil {
		streams = append(streams, stream{"proc-self-fd", "/proc/self/fd/%d", false})
	}
	for _, s := range streams {
		t.Run(s.name, func(t *testing.T) {
			// As after `>> out.txt`: the output is appended, and out.txt
			// stays the file the shell opened.
			dir := t.TempDir()
			out := filepath.Join(dir, "out.txt")
			if err := os.WriteFile(out, []byte("head\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			before, _ := os.Stat(out)
			f, err := os.OpenFile(out, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			path := fmt.Sprintf(s.format, f.Fd())
			if s.viaLink {
				link := filepath.Join(dir, "stream")
				if err := os.Symlink(path, link); err != nil {
					t.Fatal(err)
				}
				path = link
			}
			if err := Write(path, []byte("brief\n")); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(out); string(got) != "head\nbrief\n" {
				t.Errorf("out.txt has %q, want %q", got, "head\nbrief\n")
			}
			if after, err := os.Stat(out); err != nil || !os.SameFile(before, after) {
				t.Error("out.txt was replaced by another file")
			}
			noTemps(t, dir)
		})
	}
}

func TestWriteRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tests := []struct{ path, want string }{
		{dir, "is a directory"},
		{sock, "is a socket"},
	}
	if os.Geteuid() == 0 {
		block := filepath.Join(dir, "block")
		if err := syscall.Mknod(block, syscall.S_IFBLK|0o600, 0x0700); err == nil {
			tests = append(tests, struct{ path, want string }{block, "is a block device"})
		}
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			before, _ := os.Lstat(tc.path)
			err := within(t, "writing to "+tc.path, func() error { return Write(tc.path, []byte("x")) })
			if err == nil || !strings.Contains(err.Error(), tc.path+" "+tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
			if after, err := os.Lstat(tc.path); err != nil || after.Mode() != before.Mode() {
				t.Errorf("%s was replaced", tc.path)
			}
		})
	}
}

func TestReplaceSymlink(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	real := filepath.Join(other, "harbor.yaml")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(dir, real)
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "harbor.yaml")
	if err := os.Symlink(rel, link); err != nil {
		t.Fatal(err)
	}
	if err := Replace(link, []byte("new"), ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	if got, err := os.Readlink(link); err != nil || got != rel {
		t.Errorf("the link now points to %q (%v), want %q", got, err, rel)
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("target has %q, want %q", got, "new")
	}
	if st, err := os.Stat(real); err != nil || st.Mode() != 0o600 {
		t.Errorf("target mode %v (%v), want 0600", st.Mode(), err)
	}
	noTemps(t, dir, other)
}

func TestReplaceKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file to another user needs root")
	}
	for _, fn := range []struct {
		name  string
		write func(string) error
	}{
		{"Replace", func(p string) error { return Replace(p, []byte("new"), ReplaceOptions{}) }},
		{"Write", func(p string) error { return Write(p, []byte("new")) }},
	} {
		t.Run(fn.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "harbor.yaml")
			if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
				t.Fatal(err)
			}
			if err := os.Chown(p, 12345, 23456); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, 0o640|fs.ModeSetgid); err != nil {
				t.Fatal(err)
			}
			if err := fn.write(p); err != nil {
				t.Fatal(err)
			}
			st, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if sys := st.Sys().(*syscall.Stat_t); sys.Uid != 12345 || sys.Gid != 23456 {
				t.Errorf("owner %d:%d, want 12345:23456", sys.Uid, sys.Gid)
			}
			if st.Mode() != 0o640|fs.ModeSetgid {
				t.Errorf("mode %v, want %v", st.Mode(), 0o640|fs.ModeSetgid)
			}
		})
	}
}
