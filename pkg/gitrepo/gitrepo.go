// Package gitrepo reads plans from a git repository with the git command
// found on PATH: which files changed, which plan files a revision holds,
// and the content of a file at a revision.
package gitrepo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ErrNotRepo is returned outside a git work tree.
var ErrNotRepo = errors.New("not inside a git repository (coalition diff and --changed compare plans with git)")

// Repo is the git work tree that holds a directory.
type Repo struct {
	// Root is the absolute path of the work tree's top directory.
	Root string
	// MaxSize bounds the size of a file read from a revision.
	MaxSize int64
}

// timeout bounds each git command: they are local and quick.
const timeout = 60 * time.Second

// Open finds the work tree that holds dir.
func Open(dir string) (*Repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, errors.New("git is not installed or not on PATH")
	}
	out, err := run(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		if strings.Contains(err.Error(), "not a git repository") {
			return nil, ErrNotRepo
		}
		return nil, err
	}
	return &Repo{Root: strings.TrimSpace(string(out)), MaxSize: 10 << 20}, nil
}

func run(dir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", append([]string{"-c", "core.quotepath=off"}, args...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], strings.TrimPrefix(msg, "fatal: "))
	}
	return out, nil
}

func (r *Repo) git(args ...string) ([]byte, error) { return run(r.Root, args...) }

// Resolve checks that rev names a commit and returns its full hash.
func (r *Repo) Resolve(rev string) (string, error) {
	if strings.HasPrefix(rev, "-") {
		return "", fmt.Errorf("invalid revision %q", rev)
	}
	out, err := r.git("rev-parse", "--verify", "--quiet", rev+"^{commit}")
	if err != nil {
		if !r.hasCommits() {
			return "", fmt.Errorf("unknown revision %q: the repository has no commit yet", rev)
		}
		return "", fmt.Errorf("unknown revision %q: not a commit, branch or tag of this repository", rev)
	}
	return strings.TrimSpace(string(out)), nil
}

// Changed lists the files that differ between rev and the work tree (the
// index and uncommitted changes together), and the untracked files that
// git does not ignore. Paths are relative to Root, with forward slashes.
// Deleted files are left out: there is nothing to check.
func (r *Repo) Changed(rev string) ([]string, error) {
	var diff []byte
	hash, err := r.Resolve(rev)
	switch {
	case err != nil && rev == "HEAD" && !r.hasCommits():
		// Before the first commit, every file in the index is new.
		if diff, err = r.git("ls-files", "--cached", "-z"); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	default:
		if diff, err = r.git("diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", hash, "--"); err != nil {
			return nil, err
		}
	}
	untracked, err := r.git("ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range append(splitZ(diff), splitZ(untracked)...) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}

// CheckBase checks that the work tree can be compared with rev, as Changed
// compares it: rev names a commit, or is HEAD before the first commit.
func (r *Repo) CheckBase(rev string) error {
	if _, err := r.Resolve(rev); err != nil && (rev != "HEAD" || r.hasCommits()) {
		return err
	}
	return nil
}

// hasCommits reports whether the repository has a commit yet.
func (r *Repo) hasCommits() bool {
	_, err := r.git("rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	return err == nil
}

// Files lists the files of rev under the given paths (relative to Root,
// with forward slashes; all files when none).
func (r *Repo) Files(rev string, paths ...string) ([]string, error) {
	hash, err := r.Resolve(rev)
	if err != nil {
		return nil, err
	}
	out, err := r.git(append([]string{"ls-tree", "-r", "-z", "--name-only", hash, "--"}, paths...)...)
	if err != nil {
		return nil, err
	}
	return splitZ(out), nil
}

// Rename is a file renamed between two versions: its path before and
// after, relative to Root, with forward slashes.
type Rename struct {
	From, To string
}

// Renames lists the files renamed between rev and to (the work tree when
// to is empty), as git's rename detection (git diff --find-renames) finds
// them: a file deleted and another added with mostly the same content. In
// the work tree, git sees a file moved with git mv (or mv, then git add);
// a file moved with mv alone is deleted, and the new one untracked.
func (r *Repo) Renames(rev, to string) ([]Rename, error) {
	hash, err := r.Resolve(rev)
	if err != nil {
		return nil, err
	}
	args := []string{"diff", "--find-renames", "--name-status", "-z", "--no-ext-diff", "--diff-filter=R", hash}
	if to != "" {
		toHash, err := r.Resolve(to)
		if err != nil {
			return nil, err
		}
		args = append(args, toHash)
	}
	out, err := r.git(append(args, "--")...)
	if err != nil {
		return nil, err
	}
	// Each rename is "R<similarity>", the old path and the new path.
	fields := splitZ(out)
	var renames []Rename
	for i := 0; i+2 < len(fields); i += 3 {
		if !strings.HasPrefix(fields[i], "R") {
			return nil, fmt.Errorf("git diff: unexpected status %q", fields[i])
		}
		renames = append(renames, Rename{From: fields[i+1], To: fields[i+2]})
	}
	return renames, nil
}

// Read returns the content of the file at path (relative to Root, with
// forward slashes) in rev.
func (r *Repo) Read(rev, path string) ([]byte, error) {
	hash, err := r.Resolve(rev)
	if err != nil {
		return nil, err
	}
	size, err := r.git("cat-file", "-s", hash+":"+path)
	if err != nil {
		return nil, fmt.Errorf("%s is not in %s", path, rev)
	}
	var n int64
	fmt.Sscan(strings.TrimSpace(string(size)), &n)
	if n > r.MaxSize {
		return nil, fmt.Errorf("%s in %s is larger than %d MiB", path, rev, r.MaxSize>>20)
	}
	return r.git("cat-file", "blob", hash+":"+path)
}

// Rel turns a path relative to Root into one relative to dir, for display
// and for opening from the current directory.
func (r *Repo) Rel(dir, path string) string {
	abs := filepath.Join(r.Root, filepath.FromSlash(path))
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return rel
	}
	return abs
}

// FromWorkTree turns a path relative to dir into one relative to Root,
// with forward slashes, and false when it is outside the work tree.
func (r *Repo) FromWorkTree(dir, path string) (string, bool) {
	abs := path
	if !filepath.IsAbs(path) {
		abs = filepath.Join(dir, path)
	}
	root, err := filepath.EvalSymlinks(r.Root)
	if err != nil {
		root = r.Root
	}
	if d, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		abs = filepath.Join(d, filepath.Base(abs))
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

func splitZ(b []byte) []string {
	var out []string
	for _, p := range strings.Split(string(b), "\x00") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
