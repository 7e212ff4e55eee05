package workspace

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// NotPlan records that Targets[i] turned out not to be a plan: a walked
// YAML file without `apiVersion: coalition/...`.
func (w *Walk) NotPlan(i int) {
	if w.notPlan == nil {
		w.notPlan = make([]bool, len(w.Targets))
	}
	w.notPlan[i] = true
}

// NoPlansError says that no plan was found under a PATH, and what was
// found and left out there instead.
type NoPlansError struct {
	// Found lists what the PATH held, and why none of it is a plan, such
	// as "2 YAML files skipped: not plans: a.yaml, b.yml".
	Found []string
}

func (e *NoPlansError) Error() string {
	return "no plans found (" + strings.Join(e.Found, "; ") + ")"
}

// Empty returns an error for each directory PATH under which no target is
// a plan, in the order of the PATHs: a *PathError whose Err is a
// *NoPlansError. Every target counts as a plan unless NotPlan was called
// for it, so a file that could not be read keeps its PATH from being
// empty; so does a PATH that could not be read (it is in Errs already).
func (w *Walk) Empty() []error {
	var errs []error
	for _, p := range w.Paths {
		if !p.Dir || p.Failed {
			continue
		}
		var notPlans []string
		plans := 0
		for _, i := range p.Targets {
			if w.notPlan != nil && w.notPlan[i] {
				notPlans = append(notPlans, w.Targets[i].Path)
			} else {
				plans++
			}
		}
		if plans > 0 {
			continue
		}
		errs = append(errs, &PathError{Path: p.Name, Err: &NoPlansError{Found: p.found(notPlans)}})
	}
	return errs
}

// found tells what a PATH without plans held: the walked files that are
// not plans, then what was left out, by reason.
func (p *Path) found(notPlans []string) []string {
	var out []string
	yaml := len(notPlans)
	for _, r := range []Reason{Excluded, LinkOutside, Dangling, NotRegular, Config} {
		yaml += len(p.Left[r])
	}
	switch {
	case p.Glob && p.matched == 0:
		out = append(out, "no file matches the glob")
	case yaml == 0:
		out = append(out, "no .yaml or .yml file")
	}
	add := func(names []string, one, many string) {
		if len(names) == 0 {
			return
		}
		what := many
		if len(names) == 1 {
			what = one
		}
		out = append(out, fmt.Sprintf("%d %s: %s", len(names), what, p.list(names)))
	}
	dir := p.dirName()
	add(notPlans, "YAML file skipped: not a plan", "YAML files skipped: not plans")
	add(p.Left[Excluded], "YAML file skipped: excluded by the exclude globs", "YAML files skipped: excluded by the exclude globs")
	add(p.Left[LinkOutside], "link skipped: it leaves "+dir, "links skipped: they leave "+dir)
	add(p.Left[Dangling], "link skipped: its target does not exist", "links skipped: their targets do not exist")
	add(p.Left[NotRegular], "file skipped: not a regular file", "files skipped: not regular files")
	add(p.Left[Config], "file skipped: the configuration of coalition", "files skipped: the configuration of coalition")
	add(p.Left[DirNotEntered], "directory not entered", "directories not entered")
	add(p.Left[DirLink], "link to a directory not followed", "links to directories not followed")
	return out
}

// maxNames is how many names a list shows before "and N more".
const maxNames = 3

// dir is the directory the files found under p are named from: the PATH,
// or the base of a glob.
func (p *Path) dir() string {
	if p.Glob {
		return p.base
	}
	return p.Name
}

// dirName is dir as DirName writes it.
func (p *Path) dirName() string { return DirName(p.dir()) }

// list names paths relative to the PATH (to the base of a glob), the first
// few only.
func (p *Path) list(paths []string) string {
	var names []string
	for _, path := range paths[:min(len(paths), maxNames)] {
		if rel, err := filepath.Rel(p.dir(), path); err == nil {
			path = rel
		}
		names = append(names, path)
	}
	s := strings.Join(names, ", ")
	if n := len(paths) - maxNames; n > 0 {
		s += fmt.Sprintf(" and %d more", n)
	}
	return s
}

// LinksOutside counts the symbolic links left out because they leave the
// PATH walked, and names the PATHs they leave (as DirName writes them).
func (w *Walk) LinksOutside() (n int, paths []string) {
	for _, p := range w.Paths {
		if k := len(p.Left[LinkOutside]); k > 0 {
			n += k
			paths = append(paths, p.dirName())
		}
	}
	return n, paths
}

// DirName writes the name of a directory with a trailing separator, as in
// "plans/", so that it reads as a directory.
func DirName(name string) string {
	if name == "" || os.IsPathSeparator(name[len(name)-1]) {
		return name
	}
	return name + string(filepath.Separator)
}
