package gitrepo

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// testRepo makes a git repository in a temporary directory with the files,
// committed, and opens it.
func testRepo(t *testing.T, files map[string][]byte) *Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git is not installed")
		}
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	for _, args := range [][]string{{"init", "-q", "-b", "main"}, {"add", "-A"}, {"commit", "-q", "-m", "first"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReadSizeLimit checks that Read refuses a file larger than MaxSize
// without reading it, and reads one of exactly MaxSize.
func TestReadSizeLimit(t *testing.T) {
	at := bytes.Repeat([]byte("a"), 1<<20)
	over := append(bytes.Repeat([]byte("b"), 1<<20), '\n')
	r := testRepo(t, map[string][]byte{"at.yaml": at, "over.yaml": over})
	if r.MaxSize != 10<<20 {
		t.Errorf("MaxSize %d, want 10 MiB", r.MaxSize)
	}
	r.MaxSize = 1 << 20
	got, err := r.Read("HEAD", "at.yaml")
	if err != nil || !bytes.Equal(got, at) {
		t.Errorf("a file of MaxSize: %d bytes, %v; want it whole", len(got), err)
	}
	got, err = r.Read("HEAD", "over.yaml")
	if want := "over.yaml in HEAD is larger than 1 MiB"; err == nil || err.Error() != want {
		t.Errorf("a file over MaxSize: %d bytes, error %v; want the error %q", len(got), err, want)
	}
	if got != nil {
		t.Errorf("a file over MaxSize: %d bytes returned, want none", len(got))
	}
}
