// Package gitrepo reads plans from a git repository with the git command
// found on PATH: which files changed, which files are staged for the next
// commit, which plan files a revision holds, and the content of a file at
// a revision or in the index.
package gitrepo

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrNotRepo is returned outside a git work tree.
var ErrNotRepo = errors.New("not inside a git repository (coalition diff, --changed and --staged read plans with git)")

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

// StagedFile is a file as the index holds it: the version a commit would
// record.
type StagedFile struct {
	// Path is relative to Root, with forward slashes.
	Path string
	// Blob is the object name of the staged content, for BlobReader.Read.
	Blob string
}

// Staged lists the regular files whose staged version differs from HEAD
// (before the first commit: every file of the index), as `git diff --cached`
// sees them: added, copied, modified or changed in type, not deleted. It
// reads the index only: what the work tree holds does not matter, so a
// file changed again after `git add` is listed with the version added.
// Symbolic links and submodules are left out (their content is no file
// to check), and so are files only intended to be added (`git add -N`).
func (r *Repo) Staged() ([]StagedFile, error) {
	out, err := r.git("diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff", "--diff-filter=d", "--")
	if err != nil {
		return nil, err
	}
	// Each file is ":<old mode> <new mode> <old blob> <new blob> <status>"
	// and its path.
	fields := splitZ(out)
	var files []StagedFile
	for i := 0; i+1 < len(fields); i += 2 {
		meta := strings.Fields(strings.TrimPrefix(fields[i], ":"))
		if len(meta) != 5 {
			return nil, fmt.Errorf("git diff: unexpected line %q", fields[i])
		}
		if mode := meta[1]; mode != "100644" && mode != "100755" {
			continue // a link (120000) or a submodule (160000)
		}
		files = append(files, StagedFile{Path: fields[i+1], Blob: meta[3]})
	}
	return files, nil
}

// BlobReader reads blobs of the repository through one `git cat-file
// --batch`, for the many files of a commit. It is safe for concurrent use:
// reads are served one at a time.
type BlobReader struct {
	mu      sync.Mutex
	cmd     *exec.Cmd
	in      io.WriteCloser
	out     *bufio.Reader
	stderr  bytes.Buffer
	maxSize int64
	err     error
}

// OpenBlobs starts a BlobReader. Close it when done.
func (r *Repo) OpenBlobs() (*BlobReader, error) {
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir = r.Root
	b := &BlobReader{cmd: cmd, maxSize: r.MaxSize}
	cmd.Stderr = &b.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	b.in, b.out = in, bufio.NewReader(out)
	return b, nil
}

// Read returns the content of the blob named blob and its size. A blob
// over the repository's MaxSize is not read whole: only its first
// MaxSize+1 bytes are returned (enough to tell it is too large, and
// whether it mentions a plan), the rest is skipped.
func (b *BlobReader) Read(blob string) (data []byte, size int64, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return nil, 0, b.err
	}
	if strings.ContainsAny(blob, " \n") {
		return nil, 0, fmt.Errorf("invalid object name %q", blob)
	}
	data, size, err = b.read(blob)
	var missing *missingError
	if err != nil && !errors.As(err, &missing) {
		// The stream is out of step: no later read can be trusted.
		if msg := strings.TrimSpace(b.stderr.String()); msg != "" {
			err = fmt.Errorf("%w: %s", err, strings.TrimPrefix(msg, "fatal: "))
		}
		b.err = fmt.Errorf("git cat-file: %w", err)
		return nil, 0, b.err
	}
	return data, size, err
}

// missingError is a blob the repository does not have.
type missingError struct{ blob string }

func (e *missingError) Error() string {
	return fmt.Sprintf("object %s is not in the repository", e.blob)
}

func (b *BlobReader) read(blob string) ([]byte, int64, error) {
	if _, err := io.WriteString(b.in, blob+"\n"); err != nil {
		return nil, 0, err
	}
	header, err := b.out.ReadString('\n')
	if err != nil {
		return nil, 0, err
	}
	f := strings.Fields(header)
	switch {
	case len(f) == 2 && f[1] == "missing":
		return nil, 0, &missingError{blob}
	case len(f) != 3:
		return nil, 0, fmt.Errorf("unexpected header %q", header)
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return nil, 0, fmt.Errorf("unexpected header %q", header)
	}
	keep := min(size, b.maxSize+1)
	data := make([]byte, keep)
	if _, err := io.ReadFull(b.out, data); err != nil {
		return nil, 0, err
	}
	// The rest of a blob over the limit, and the line feed after each.
	if _, err := b.out.Discard(int(size - keep + 1)); err != nil {
		return nil, 0, err
	}
	if f[1] != "blob" {
		return nil, 0, fmt.Errorf("object %s is a %s, not a file", blob, f[1])
	}
	return data, size, nil
}

// Close ends the git process.
func (b *BlobReader) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.in.Close()
	err := b.cmd.Wait()
	if b.err == nil && err != nil {
		return fmt.Errorf("git cat-file: %w", err)
	}
	return nil
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
