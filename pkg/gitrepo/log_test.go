package gitrepo

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// write writes a file of the work tree of r.
func write(t *testing.T, r *Repo, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(r.Root, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFileLog follows a file through a change, a rename, a commit that
// does not touch it, a branch merged in (its change is listed once, not
// again as the merge) and a merge whose resolution is a version of its own.
func TestFileLog(t *testing.T) {
	r := testRepo(t, map[string][]byte{"a.yaml": []byte("one\n"), "other": []byte("x\n")})
	write(t, r, "a.yaml", "one\ntwo\n")
	git(t, r, "commit", "-q", "-am", "second")
	git(t, r, "mv", "a.yaml", "b with space.yaml")
	git(t, r, "commit", "-q", "-m", "rename")
	write(t, r, "other", "y\n")
	git(t, r, "commit", "-q", "-am", "not the plan")
	git(t, r, "tag", "board/2026-09")
	git(t, r, "checkout", "-q", "-b", "feature")
	write(t, r, "b with space.yaml", "one\ntwo\nthree\n")
	git(t, r, "commit", "-q", "-am", "feature")
	git(t, r, "checkout", "-q", "main")
	write(t, r, "other", "z\n")
	git(t, r, "commit", "-q", "-am", "main moves on")
	git(t, r, "merge", "-q", "--no-ff", "-m", "merge feature", "feature")
	git(t, r, "tag", "-a", "-m", "meeting", "board/2026-11")
	git(t, r, "tag", "release")

	changes, err := r.FileLog("b with space.yaml", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range changes {
		got = append(got, c.Subject+" "+c.Status+" "+c.Path)
		if c.Blob == "" || len(c.Commit) != 40 || c.Date.IsZero() {
			t.Errorf("%s: blob %q, commit %q, date %v; want all three", c.Subject, c.Blob, c.Commit, c.Date)
		}
	}
	want := []string{"feature M b with space.yaml", "rename R b with space.yaml", "second M a.yaml", "first A a.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("FileLog:\n got %q\nwant %q", got, want)
	}

	since, err := r.FileLog("b with space.yaml", "board/2026-09")
	if err != nil {
		t.Fatal(err)
	}
	if len(since) != 1 || since[0].Subject != "feature" {
		t.Errorf("FileLog since board/2026-09: %d changes, want the feature only", len(since))
	}
	if _, err := r.FileLog("b with space.yaml", "nope"); err == nil || err.Error() != `unknown revision "nope": not a commit, branch or tag of this repository` {
		t.Errorf("FileLog since an unknown revision: %v", err)
	}

	tags, err := r.Tags(func(name string) bool { return strings.HasPrefix(name, "board/") })
	if err != nil {
		t.Fatal(err)
	}
	if len(tags) != 2 || tags[0].Name != "board/2026-09" || tags[1].Name != "board/2026-11" {
		t.Fatalf("Tags: %+v, want board/2026-09 and board/2026-11", tags)
	}
	candidates := make([]string, len(changes))
	for i, c := range changes {
		candidates[i] = c.Commit
	}
	near, err := r.Nearest([]string{tags[0].Commit, tags[1].Commit}, candidates)
	if err != nil {
		t.Fatal(err)
	}
	if near[tags[0].Commit] != changes[1].Commit {
		t.Errorf("board/2026-09 holds the version of %q, want that of the rename", near[tags[0].Commit])
	}
	if near[tags[1].Commit] != changes[0].Commit {
		t.Errorf("board/2026-11 (annotated, on the merge) holds the version of %q, want that of the feature", near[tags[1].Commit])
	}
}

// TestFileLogMergeResolution checks that a merge whose version of the file
// is its own (a conflict resolved) is listed.
func TestFileLogMergeResolution(t *testing.T) {
	r := testRepo(t, map[string][]byte{"p.yaml": []byte("a\n")})
	git(t, r, "checkout", "-q", "-b", "feature")
	write(t, r, "p.yaml", "b\n")
	git(t, r, "commit", "-q", "-am", "feature")
	git(t, r, "checkout", "-q", "main")
	write(t, r, "p.yaml", "c\n")
	git(t, r, "commit", "-q", "-am", "main")
	if err := runIn(r, "merge", "-q", "feature"); err == nil {
		t.Fatal("the merge has no conflict")
	}
	write(t, r, "p.yaml", "b\nc\n")
	git(t, r, "commit", "-q", "-am", "resolved")
	changes, err := r.FileLog("p.yaml", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range changes {
		got = append(got, c.Subject)
	}
	slices.Sort(got[1:3]) // the two branches' commits, in date order
	if want := []string{"resolved", "feature", "main", "first"}; !slices.Equal(got, want) {
		t.Errorf("FileLog: %q, want %q", got, want)
	}
	if !changes[0].Merge() {
		t.Error("the resolution is not a merge")
	}
}

// runIn runs git in the work tree of r, as the tests' author, and
// returns its error, for a command that is expected to fail.
func runIn(r *Repo, args ...string) error {
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Root
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	return cmd.Run()
}

// TestFileLogEmpty checks the error before the first commit.
func TestFileLogEmpty(t *testing.T) {
	r := testRepo(t, map[string][]byte{"p.yaml": []byte("a\n")})
	git(t, r, "checkout", "-q", "--orphan", "fresh")
	if _, err := r.FileLog("p.yaml", ""); err == nil || err.Error() != "the repository has no commit yet" {
		t.Errorf("FileLog before the first commit: %v", err)
	}
}
