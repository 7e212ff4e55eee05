package plandiff

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// Options say which plans Revisions compares, and how it checks and scores
// each version.
//
// Paths, Root, the keys of Known and the paths of the report are relative
// to the current directory, as for workspace.Search.
type Options struct {
	// From and To are the revisions compared; To empty means the work tree.
	From, To string
	// Paths are the files and directories whose plans are compared; none
	// means the whole repository.
	Paths []string
	// Root is the directory the Exclude globs are relative to; Exclude are
	// globs of files found under a directory of Paths to leave out.
	Root    string
	Exclude []string
	// AllowEmpty accepts a PATH under which neither version has a plan;
	// otherwise it is a UsageError.
	AllowEmpty bool
	// Lint are the rules run on each version, and Score the options of its
	// score.
	Lint  lint.Options
	Score score.Options
	// Known are work-tree versions the caller has read and scored already,
	// by path: they are not read again.
	Known map[string]*Version
	// Prepare, when not nil, is given each version read, before it is
	// compared (not those of Known): brief --public passes them through
	// the public form of the plan.
	Prepare func(*Version)
}

// UsageError is a mistake in what Revisions was asked: outside a git
// repository, a revision that names no commit, a path outside the
// repository or that does not exist, a PATH with no plan. Any other error
// of Revisions is a failure of git or of the system.
type UsageError struct {
	Err error
}

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

func usage(err error) error { return &UsageError{Err: err} }

// Revisions compares the plans of two versions of a git repository: the
// plan files of From (under Paths, less the excluded ones) with those of To
// or of the work tree. Each version is checked and scored. A plan renamed
// between the versions (as git's rename detection finds) is compared with
// its old file. A version that cannot be read is shown as changed, with the
// reason in Diff.Error.
func Revisions(opts Options) (*Report, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return nil, usage(err)
	}
	for _, rev := range []string{opts.From, opts.To} {
		if rev == "" {
			continue
		}
		if _, err := repo.Resolve(rev); err != nil {
			return nil, usage(err)
		}
	}
	c := &comparison{Options: opts, repo: repo, dir: wd}
	if c.Root == "" {
		c.Root = "."
	}
	if len(c.Paths) == 0 {
		c.Paths = []string{"."}
	}
	if err := c.list(); err != nil {
		return nil, err
	}
	rep, err := c.compare()
	if err != nil {
		return nil, err
	}
	if !c.AllowEmpty {
		if err := c.empty(); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// comparison is one run of Revisions. Paths of files are relative to the
// work tree's root, with forward slashes.
type comparison struct {
	Options
	repo *gitrepo.Repo
	// dir is the current directory.
	dir string
	// specs are Paths relative to the work tree's root; "." for all of it.
	specs []string
	// before and after are the plan files of each version.
	before, after map[string]bool
	// oldName maps the new path of a renamed plan to its old one.
	oldName map[string]string
	// found[i] is true once a version of a plan under specs[i] is read.
	found []bool
}

// list finds the plan files of each version and the renames between them.
func (c *comparison) list() error {
	for _, p := range c.Paths {
		rel, ok := c.repo.FromWorkTree(c.dir, p)
		if !ok {
			return usage(fmt.Errorf("%s is outside the git repository", p))
		}
		c.specs = append(c.specs, rel)
	}
	c.found = make([]bool, len(c.specs))
	var err error
	if c.before, err = c.listRev(c.From); err != nil {
		return err
	}
	if c.To != "" {
		if c.after, err = c.listRev(c.To); err != nil {
			return err
		}
	} else if c.after, err = c.listWorkTree(); err != nil {
		return err
	}
	// A plan renamed between the versions is compared with its old file,
	// under its new name, when either name is in the scope.
	renames, err := c.repo.Renames(c.From, c.To)
	if err != nil {
		return err
	}
	c.oldName = map[string]string{}
	for _, r := range renames {
		inBefore, inAfter := c.before[r.From], c.after[r.To]
		if !workspace.IsPlanFileName(r.To) || !inBefore && !inAfter || c.after[r.From] || c.before[r.To] {
			continue
		}
		c.oldName[r.To] = r.From
		delete(c.before, r.From)
		c.after[r.To] = true
	}
	return nil
}

// listRev lists the plan files of a revision under the specs.
func (c *comparison) listRev(rev string) (map[string]bool, error) {
	var specs []string
	for _, s := range c.specs {
		if s != "." {
			specs = append(specs, s)
		}
	}
	if len(specs) < len(c.specs) {
		specs = nil // one of them is the whole repository
	}
	files, err := c.repo.Files(rev, specs...)
	if err != nil {
		return nil, err
	}
	var targets []workspace.Target
	for _, f := range files {
		if workspace.IsPlanFileName(f) {
			targets = append(targets, workspace.Target{Path: c.repo.Rel(c.dir, f)})
		}
	}
	out := map[string]bool{}
	for _, t := range workspace.Exclude(targets, c.Root, c.Exclude) {
		rel, _ := c.repo.FromWorkTree(c.dir, t.Path)
		out[rel] = true
	}
	return out, nil
}

// listWorkTree lists the plan files of the work tree under Paths.
func (c *comparison) listWorkTree() (map[string]bool, error) {
	targets, errs := workspace.Find(c.Paths)
	if len(errs) > 0 {
		return nil, usage(errs[0])
	}
	out := map[string]bool{}
	for _, t := range workspace.Exclude(targets, c.Root, c.Exclude) {
		if rel, ok := c.repo.FromWorkTree(c.dir, t.Path); ok {
			out[rel] = true
		}
	}
	return out, nil
}

// compare reads, checks, scores and compares both versions of every plan.
func (c *comparison) compare() (*Report, error) {
	known := map[string]*Version{}
	for p, v := range c.Known {
		if rel, ok := c.repo.FromWorkTree(c.dir, p); ok {
			known[rel] = v
		}
	}
	all := make([]string, 0, len(c.before)+len(c.after))
	for rel := range c.before {
		all = append(all, rel)
	}
	for rel := range c.after {
		if !c.before[rel] {
			all = append(all, rel)
		}
	}
	slices.Sort(all)
	rep := &Report{From: c.From, To: c.To}
	for _, rel := range all {
		old, renamed := c.oldName[rel]
		var a, b *Version
		var errA, errB error
		switch {
		case renamed:
			a, errA = c.load(c.From, old, nil)
		case c.before[rel]:
			a, errA = c.load(c.From, rel, nil)
		}
		if c.after[rel] {
			b, errB = c.load(c.To, rel, known)
		}
		d := Compare(c.repo.Rel(c.dir, rel), a, b)
		switch {
		case errA != nil || errB != nil:
			d.Status, d.Error = Changed, cmp.Or(errA, errB).Error()
		case a != nil && b != nil && (a.Plan == nil || b.Plan == nil):
			d.Status, d.Error = Changed, "a version cannot be read as a plan; run coalition check"
		}
		if renamed && (errA != nil || a != nil) && (errB != nil || b != nil) {
			d.Status, d.RenamedFrom = Renamed, c.repo.Rel(c.dir, old)
		}
		if errA != nil || a != nil {
			c.mark(rel)
			c.mark(old)
		}
		if errB != nil || b != nil {
			c.mark(rel)
		}
		if d.Status == Unchanged {
			if a != nil || b != nil {
				rep.Unchanged++
			}
			continue
		}
		rep.Plans = append(rep.Plans, d)
	}
	return rep, nil
}

// load reads, checks and scores the file at rel in rev (the work tree when
// empty), or takes it from known. It returns nil for YAML that is not a
// plan.
func (c *comparison) load(rev, rel string, known map[string]*Version) (*Version, error) {
	if v, ok := known[rel]; ok && rev == "" {
		return v, nil
	}
	var data []byte
	var err error
	if rev == "" {
		data, err = os.ReadFile(filepath.Join(c.repo.Root, filepath.FromSlash(rel)))
	} else {
		data, err = c.repo.Read(rev, rel)
	}
	if err != nil {
		return nil, err
	}
	f := plan.Parse(c.repo.Rel(c.dir, rel), data, plan.ReadOptions{})
	if f == nil {
		return nil, nil
	}
	res := lint.Run(f, c.Lint)
	v := &Version{Plan: f.Plan, Card: score.Score(f, res.Diagnostics, c.Score)}
	for _, d := range res.Diagnostics {
		v.Worst = max(v.Worst, d.Severity)
	}
	if c.Prepare != nil {
		c.Prepare(v)
	}
	return v, nil
}

// mark records that a version of the plan file at rel was found, under
// every spec that holds it.
func (c *comparison) mark(rel string) {
	if rel == "" {
		return
	}
	for i, s := range c.specs {
		if s == "." || rel == s || strings.HasPrefix(rel, s+"/") {
			c.found[i] = true
		}
	}
}

// empty returns the UsageError that names the PATHs under which neither
// version has a plan, nil when there is none.
func (c *comparison) empty() error {
	var paths []string
	for i, ok := range c.found {
		if !ok {
			paths = append(paths, c.Paths[i])
		}
	}
	if len(paths) == 0 {
		return nil
	}
	to := "the work tree"
	if c.To != "" {
		to = c.To
	}
	return usage(fmt.Errorf("%s: no plans found in %s or in %s; pass --allow-empty if that is expected",
		strings.Join(paths, ", "), c.From, to))
}
