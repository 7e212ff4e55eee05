package gitrepo

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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

// git runs git in the work tree of r, as the tests' author.
func git(t *testing.T, r *Repo, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Root
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestStaged checks that Staged lists the regular files whose staged
// version differs from HEAD, with the blob of that version: not the work
// tree's changes, not deleted files, not links, not files only intended to
// be added; and that ReadBlob reads the staged content.
func TestStaged(t *testing.T) {
	r := testRepo(t, map[string][]byte{"a.yaml": []byte("a: 1\n"), "gone.yaml": []byte("g: 1\n"), "same.yaml": []byte("s: 1\n")})
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(r.Root, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", "a: 2\n")
	git(t, r, "add", "a.yaml")
	write("a.yaml", "a: 3\n") // the work tree differs from the index
	write("new dir.yaml", "n: 1\n")
	git(t, r, "add", "new dir.yaml")
	write("intent.yaml", "i: 1\n")
	git(t, r, "add", "-N", "intent.yaml")
	if err := os.Symlink("same.yaml", filepath.Join(r.Root, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	git(t, r, "add", "link.yaml")
	git(t, r, "rm", "-q", "gone.yaml")
	write("untracked.yaml", "u: 1\n")

	files, err := r.Staged()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	if want := []string{"a.yaml", "new dir.yaml"}; !slices.Equal(paths, want) {
		t.Fatalf("staged %q, want %q", paths, want)
	}
	b, err := r.OpenBlobs()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for i, want := range []string{"a: 2\n", "n: 1\n"} {
		data, size, err := b.Read(files[i].Blob)
		if err != nil || string(data) != want || size != int64(len(want)) {
			t.Errorf("%s: %q (size %d), %v; want the staged %q", files[i].Path, data, size, err, want)
		}
	}
	if _, _, err := b.Read(strings.Repeat("0", 40)); err == nil {
		t.Errorf("a missing blob was read")
	}
}

// TestStagedBeforeFirstCommit checks that before the first commit every
// file of the index is staged.
func TestStagedBeforeFirstCommit(t *testing.T) {
	r := testRepo(t, map[string][]byte{"plan.yaml": []byte("p: 1\n")})
	// Undo the first commit: the index keeps plan.yaml, HEAD is unborn.
	git(t, r, "update-ref", "-d", "HEAD")
	files, err := r.Staged()
	if err != nil || len(files) != 1 || files[0].Path != "plan.yaml" {
		t.Fatalf("staged %+v, %v; want plan.yaml", files, err)
	}
}

// TestReadBlobSizeLimit checks that a blob over MaxSize is not read whole:
// its first MaxSize+1 bytes and its size are returned, the rest skipped,
// and the next blob is still read right.
func TestReadBlobSizeLimit(t *testing.T) {
	over := append(bytes.Repeat([]byte("b"), 1<<20), '\n')
	r := testRepo(t, map[string][]byte{"over.yaml": over, "small.yaml": []byte("s: 1\n")})
	r.MaxSize = 1 << 20
	for _, name := range []string{"over.yaml", "small.yaml"} {
		if err := os.WriteFile(filepath.Join(r.Root, name), append([]byte("# changed\n"), over[:100]...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{}
	b, err := r.OpenBlobs()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, name := range []string{"over.yaml", "small.yaml"} {
		out, err := run(r.Root, "rev-parse", "HEAD:"+name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = strings.TrimSpace(string(out))
	}
	data, size, err := b.Read(files["over.yaml"])
	if err != nil || size != int64(len(over)) || int64(len(data)) != r.MaxSize+1 {
		t.Errorf("a blob over MaxSize: %d bytes of %d, %v; want the first MaxSize+1 and its size", len(data), size, err)
	}
	data, _, err = b.Read(files["small.yaml"])
	if err != nil || string(data) != "s: 1\n" {
		t.Errorf("the blob after it: %q, %v", data, err)
	}
}
