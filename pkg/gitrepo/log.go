package gitrepo

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Change is one commit that changed a file, as `git log --follow` lists
// it.
type Change struct {
	// Commit is the full object name of the commit; Parents those of its
	// parents.
	Commit  string
	Parents []string
	// Date is the author date, in the author's time zone: when the change
	// was made.
	Date time.Time
	// Subject is the first line of the commit message.
	Subject string
	// Path is where the file is in the commit, relative to Root, with
	// forward slashes: after a rename, its new name.
	Path string
	// Blob is the object name of the file's content after the commit, for
	// BlobReader.Read; empty when the commit deleted the file.
	Blob string
	// Status is git's letter for the change: A (added), M (modified), R
	// (renamed), C (copied), T (changed in type) or D (deleted).
	Status string
}

// Merge reports whether the commit merges branches.
func (c *Change) Merge() bool { return len(c.Parents) > 1 }

// FileLog lists the commits that changed the file at path (relative to
// Root, with forward slashes) in the history of HEAD, newest first,
// following the file through renames (git log --follow). A merge commit is
// listed when its version of the file differs from that of its first
// parent and from every version listed: a merge that only brings in a
// branch's change is not that change again. When since is not empty, only
// the commits after it are listed (since..HEAD).
func (r *Repo) FileLog(path, since string) ([]Change, error) {
	if _, err := r.Resolve("HEAD"); err != nil {
		return nil, fmt.Errorf("the repository has no commit yet")
	}
	rev := "HEAD"
	if since != "" {
		hash, err := r.Resolve(since)
		if err != nil {
			return nil, err
		}
		rev = hash + "..HEAD"
	}
	// Each commit is a header, \x01 then fields separated by \x1f, ended by
	// NUL; then its raw diff: ":modes blobs status", NUL, and the path (two
	// for a rename or a copy), each ended by NUL.
	out, err := r.git("log", "--follow", "--diff-merges=first-parent", "--raw", "--no-abbrev", "-z",
		"--no-ext-diff", "--format=%x01%H%x1f%P%x1f%aI%x1f%s", rev, "--", ":(literal)"+path)
	if err != nil {
		return nil, err
	}
	changes, err := parseLog(out)
	if err != nil {
		return nil, err
	}
	// Merges that bring a version listed already are left out.
	seen := map[string]int{}
	for _, c := range changes {
		if c.Blob != "" && !c.Merge() {
			seen[c.Blob]++
		}
	}
	kept := changes[:0]
	for _, c := range changes {
		if c.Merge() && (c.Blob == "" || seen[c.Blob] > 0) {
			continue
		}
		kept = append(kept, c)
	}
	return kept, nil
}

// parseLog reads the output of FileLog's git log.
func parseLog(out []byte) ([]Change, error) {
	fields := strings.Split(string(out), "\x00")
	var changes []Change
	for i := 0; i < len(fields); i++ {
		f := strings.TrimPrefix(fields[i], "\n")
		switch {
		case f == "":
			continue
		case strings.HasPrefix(f, "\x01"):
			head := strings.SplitN(f[1:], "\x1f", 4)
			if len(head) != 4 {
				return nil, fmt.Errorf("git log: unexpected commit line %q", f)
			}
			date, err := time.Parse(time.RFC3339, head[2])
			if err != nil {
				return nil, fmt.Errorf("git log: unexpected date %q", head[2])
			}
			changes = append(changes, Change{Commit: head[0], Parents: strings.Fields(head[1]), Date: date, Subject: head[3]})
		case strings.HasPrefix(f, ":"):
			// ":<old mode> <new mode> <old blob> <new blob> <status>", then
			// the path, or the old and the new path.
			meta := strings.Fields(f[1:])
			if len(meta) != 5 || len(changes) == 0 {
				return nil, fmt.Errorf("git log: unexpected line %q", f)
			}
			c := &changes[len(changes)-1]
			c.Status = meta[4][:1]
			paths := 1
			if c.Status == "R" || c.Status == "C" {
				paths = 2
			}
			if i+paths >= len(fields) {
				return nil, fmt.Errorf("git log: no path after %q", f)
			}
			i += paths
			c.Path = fields[i]
			if c.Status != "D" {
				c.Blob = meta[3]
			}
		default:
			return nil, fmt.Errorf("git log: unexpected line %q", f)
		}
	}
	// A commit with no raw diff (a merge whose version is its first
	// parent's) changed nothing of the file.
	return slices.DeleteFunc(changes, func(c Change) bool { return c.Status == "" }), nil
}

// Tag is a tag of the repository and the commit it names.
type Tag struct {
	// Name is the tag's name, without refs/tags/.
	Name string
	// Commit is the full object name of the commit (of an annotated tag,
	// the commit it points at).
	Commit string
}

// Tags lists the tags that name a commit and whose name match accepts,
// sorted by name.
func (r *Repo) Tags(match func(name string) bool) ([]Tag, error) {
	out, err := r.git("for-each-ref", "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)", "refs/tags")
	if err != nil {
		return nil, err
	}
	var tags []Tag
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Split(line, "\x00")
		if len(f) != 5 || !match(f[0]) {
			continue
		}
		switch {
		case f[1] == "commit":
			tags = append(tags, Tag{Name: f[0], Commit: f[2]})
		case f[3] == "commit":
			tags = append(tags, Tag{Name: f[0], Commit: f[4]})
		}
	}
	slices.SortFunc(tags, func(a, b Tag) int { return strings.Compare(a.Name, b.Name) })
	return tags, nil
}

// Nearest returns, for each commit of tips, the first of candidates (in
// their order) that is the tip itself or one of its ancestors; a tip that
// has none is left out. With the candidates a file's changes newest first
// (FileLog), it is the version of the file a tip holds. One `git rev-list
// --parents` reads the history.
func (r *Repo) Nearest(tips, candidates []string) (map[string]string, error) {
	found := map[string]string{}
	if len(tips) == 0 || len(candidates) == 0 {
		return found, nil
	}
	out, err := r.git(append([]string{"rev-list", "--parents"}, tips...)...)
	if err != nil {
		return nil, err
	}
	parents := map[string][]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			parents[f[0]] = f[1:]
		}
	}
	rank := map[string]int{}
	for i, c := range candidates {
		if _, dup := rank[c]; !dup {
			rank[c] = i
		}
	}
	for _, tip := range tips {
		best := -1
		seen := map[string]bool{}
		stack := []string{tip}
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[c] {
				continue
			}
			seen[c] = true
			if i, ok := rank[c]; ok {
				// The versions before a candidate are older than it.
				if best < 0 || i < best {
					best = i
				}
				continue
			}
			stack = append(stack, parents[c]...)
		}
		if best >= 0 {
			found[tip] = candidates[best]
		}
	}
	return found, nil
}
