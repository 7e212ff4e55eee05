// Package workspace finds the plan files under the paths a user names.
package workspace

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Target is a file to check.
type Target struct {
	// Path is the file's path, as named or as found under a named directory.
	Path string
	// Explicit is true for a file named on the command line: it is checked
	// as a plan whatever it contains.
	Explicit bool
}

// skipDirs are directories never entered, besides hidden ones.
var skipDirs = map[string]bool{"node_modules": true, "vendor": true}

// IsPlanFileName reports whether a walked file's name makes it a candidate.
func IsPlanFileName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// IsConfigFileName reports whether name is that of coalition's own
// configuration file (config.FileName, .coalition.yaml, or .coalition.yml):
// a walk never takes it for a plan, nor counts it as YAML that is not one.
func IsConfigFileName(name string) bool {
	return name == ".coalition.yaml" || name == ".coalition.yml"
}

// PathError is a path that could not be walked or does not exist.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// Options tune a walk.
type Options struct {
	// Root is the directory the Exclude globs are relative to; empty means
	// the current directory.
	Root string
	// Exclude are globs of walked files to leave out (** matches any
	// number of directories). Files named explicitly are kept.
	Exclude []string
	// ConfigFile is the configuration file in use, whatever its name: it is
	// never a target of a walk.
	ConfigFile string
	// Globs makes each PATH with a glob character (see IsGlob) that names
	// no file a glob, as the paths of the configuration file may be: its
	// matches are read as a walk reads files (see Search).
	Globs bool
}

// Walk is what a search of PATHs found: the targets, what each PATH held,
// and the errors met on the way.
type Walk struct {
	// Targets are the files to check, in a deterministic order, no path
	// twice.
	Targets []Target
	// Paths has an entry for each PATH searched, in the order given.
	Paths []*Path
	// Errs are the PATHs that do not exist and the files and directories
	// that could not be read.
	Errs []error
	// notPlan[i] is true once Targets[i] is known not to be a plan.
	notPlan []bool
}

// Path is one PATH as searched: the files found under it, and those left
// out, with why.
type Path struct {
	// Name is the PATH as given.
	Name string
	// Dir is true for a directory that was walked or a glob that was
	// expanded, false for a file named explicitly or a PATH that could not
	// be read.
	Dir bool
	// Glob is true for a PATH that is a glob (see Options.Globs).
	Glob bool
	// matched counts the files and directories a glob matched.
	matched int
	// Failed is true when the PATH itself could not be read (see Walk.Errs).
	Failed bool
	// Targets are the indices in Walk.Targets of the files found under the
	// PATH (a file found under two PATHs is listed by both).
	Targets []int
	// Left are the files and directories under the PATH that are not
	// targets, by why (see Reason).
	Left map[Reason][]string
	// real is the PATH with every symbolic link resolved, for telling
	// where links lead; for a glob, its base (see base).
	real string
	// base is the directory a glob starts from: its part before the first
	// glob character ("plans" for plans/*.yaml). Its matches are named,
	// and must stay, under it.
	base string
}

// Reason says why a walk left a file or directory out.
type Reason int

// The reasons a walk leaves something out, in the order they are told.
const (
	_ Reason = iota
	// Excluded: a YAML file matched by an exclude glob.
	Excluded
	// LinkOutside: a symbolic link whose target is outside the PATH
	// walked. Reading it could read anything, down to /proc/kmsg.
	LinkOutside
	// Dangling: a symbolic link whose target does not exist.
	Dangling
	// NotRegular: a YAML name on a FIFO, a device or a socket, or a link
	// to one; reading it could block for ever.
	NotRegular
	// Config: coalition's own configuration file.
	Config
	// DirNotEntered: a hidden directory, node_modules or vendor.
	DirNotEntered
	// DirLink: a symbolic link to a directory, not followed (so that a
	// link loop cannot trap the walk).
	DirLink
)

// Find returns the files to check under paths, in a deterministic order with
// no path twice, and the errors met on the way. See Search.
func Find(paths []string) ([]Target, []error) {
	w := Search(paths, Options{})
	return w.Targets, w.Errs
}

// Search walks paths. Directories are walked for *.yaml and *.yml files,
// not entering .git, node_modules, vendor or hidden directories, not
// following symbolic links to directories, and reading only regular files:
// a symbolic link is a target only when its target is a regular file inside
// the PATH walked. Coalition's configuration file and the files matched by
// opts.Exclude are left out. A file named in paths is a target whatever it
// links to, as long as it is a regular file.
func Search(paths []string, opts Options) *Walk {
	w := &Walk{}
	seen := map[string]int{} // cleaned path -> index in targets
	add := func(p *Path, t Target) {
		key := filepath.Clean(t.Path)
		i, ok := seen[key]
		if ok {
			// Named explicitly and also found by a walk: it is explicit.
			w.Targets[i].Explicit = w.Targets[i].Explicit || t.Explicit
		} else {
			i = len(w.Targets)
			seen[key] = i
			w.Targets = append(w.Targets, t)
		}
		p.Targets = append(p.Targets, i)
	}
	var absRoot string
	if len(opts.Exclude) > 0 {
		root := opts.Root
		if root == "" {
			root = "."
		}
		absRoot, _ = filepath.Abs(root)
	}
	configFile := ""
	if opts.ConfigFile != "" {
		configFile, _ = filepath.Abs(opts.ConfigFile)
	}
	for _, root := range paths {
		p := &Path{Name: root, Left: map[Reason][]string{}}
		w.Paths = append(w.Paths, p)
		if opts.Globs && IsGlob(root) {
			if _, err := os.Lstat(root); err != nil {
				for _, f := range p.glob(w, absRoot, configFile, opts.Exclude) {
					add(p, Target{Path: f})
				}
				continue
			}
		}
		info, err := os.Stat(root)
		if err != nil {
			p.Failed = true
			w.Errs = append(w.Errs, &PathError{root, unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				// A FIFO or a device would block or never end.
				p.Failed = true
				w.Errs = append(w.Errs, &PathError{root, errors.New("not a regular file")})
				continue
			}
			add(p, Target{Path: root, Explicit: true})
			continue
		}
		p.Dir = true
		if p.real, err = realPath(root); err != nil {
			p.Failed = true
			w.Errs = append(w.Errs, &PathError{root, unwrapPathError(err)})
			continue
		}
		// A PATH that is a link to a directory is walked: WalkDir does not
		// follow a link, even at the root, unless the name ends in a slash.
		start := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 && !os.IsPathSeparator(root[len(root)-1]) {
			start = root + string(filepath.Separator)
		}
		found := p.walk(w, root, start, absRoot, configFile, opts.Exclude)
		slices.Sort(found)
		for _, f := range found {
			add(p, Target{Path: f})
		}
	}
	// A file left out of a walk but named as a PATH too is a target of
	// both.
	for _, p := range w.Paths {
		for r, paths := range p.Left {
			kept := paths[:0]
			for _, path := range paths {
				if i, ok := seen[filepath.Clean(path)]; ok {
					p.Targets = append(p.Targets, i)
				} else {
					kept = append(kept, path)
				}
			}
			if len(kept) == 0 {
				delete(p.Left, r)
			} else {
				p.Left[r] = kept
			}
		}
	}
	return w
}

// walk walks the directory root of p from start (root, or root with a
// trailing separator to enter a link) and returns the files found, leaving
// out what is not a target with why, and adding what cannot be read to
// w.Errs. Its other arguments are those of classify.
func (p *Path) walk(w *Walk, root, start, absRoot, configFile string, exclude []string) []string {
	var found []string
	err := filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			p.Failed = p.Failed || path == start
			w.Errs = append(w.Errs, &PathError{path, unwrapPathError(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path == start {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if strings.HasPrefix(name, ".") || skipDirs[name] {
				p.leave(DirNotEntered, path)
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(path); err == nil && st.IsDir() {
				p.leave(DirLink, path)
				return nil
			}
		}
		if p.classify(path, d.Type(), absRoot, configFile, exclude) {
			found = append(found, path)
		}
		return nil
	})
	if err != nil {
		w.Errs = append(w.Errs, fmt.Errorf("walk %s: %w", root, err))
	}
	return found
}

// classify reports whether the walked file at path, of type typ, is a
// target, and records why not when it is a YAML file that is not: the
// configuration file (configFile, absolute), a file excluded by the globs
// exclude (relative to absRoot, empty when there are none), a link that is
// not to a regular file inside the PATH, a file that is not regular.
func (p *Path) classify(path string, typ fs.FileMode, absRoot, configFile string, exclude []string) bool {
	name := filepath.Base(path)
	if !IsPlanFileName(name) {
		return false
	}
	switch {
	case IsConfigFileName(name) || configFile != "" && name == filepath.Base(configFile) && sameAbs(path, configFile):
		p.leave(Config, path)
	case absRoot != "" && excluded(path, absRoot, exclude):
		p.leave(Excluded, path)
	case typ.IsRegular():
		return true
	case typ&fs.ModeSymlink != 0:
		if r := p.link(path); r != 0 {
			p.leave(r, path)
			return false
		}
		return true
	default:
		p.leave(NotRegular, path)
	}
	return false
}

// IsGlob reports whether path has a glob character: *, ?, [ or {.
func IsGlob(path string) bool { return strings.ContainsAny(path, "*?[{") }

// glob expands the PATH of p, a glob (** matches any number of
// directories), and returns the files it finds, sorted: a matched file is
// read as a walked one (see classify), a matched directory is walked, and
// a match is left out as a walk leaves it out (a hidden directory, a link
// to a directory). Hidden files and directories are matched only when the
// glob names them (.github/*.yaml). A link must stay under the glob's base.
// A glob that matches nothing has no target, and so is empty (see Empty).
func (p *Path) glob(w *Walk, absRoot, configFile string, exclude []string) []string {
	p.Dir, p.Glob = true, true
	base, pattern := doublestar.SplitPattern(filepath.ToSlash(p.Name))
	p.base = filepath.FromSlash(base)
	if !doublestar.ValidatePattern(pattern) {
		p.Failed = true
		w.Errs = append(w.Errs, &PathError{p.Name, errors.New("invalid glob: want a pattern such as plans/*.yaml or plans/**/*.yaml")})
		return nil
	}
	real, err := realPath(p.base)
	if err != nil {
		return nil // no base directory: nothing matches
	}
	p.real = real
	matches, err := doublestar.Glob(os.DirFS(p.base), pattern, doublestar.WithNoFollow(), doublestar.WithNoHidden())
	if err != nil {
		p.Failed = true
		w.Errs = append(w.Errs, &PathError{p.Name, unwrapPathError(err)})
		return nil
	}
	slices.Sort(matches)
	var found []string
	for _, m := range matches {
		path := filepath.Join(p.base, filepath.FromSlash(m))
		li, err := os.Lstat(path)
		if err != nil {
			continue
		}
		p.matched++
		switch {
		case li.IsDir() && (strings.HasPrefix(li.Name(), ".") || skipDirs[li.Name()]):
			p.leave(DirNotEntered, path)
		case li.IsDir():
			found = append(found, p.walk(w, path, path, absRoot, configFile, exclude)...)
		case li.Mode()&fs.ModeSymlink != 0 && isDir(path):
			p.leave(DirLink, path)
		case p.classify(path, li.Mode().Type(), absRoot, configFile, exclude):
			found = append(found, path)
		}
	}
	slices.Sort(found)
	return slices.Compact(found)
}

// isDir reports whether path is a directory, or a link to one.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// Candidate is a file found otherwise than by a walk, such as a file git
// says changed.
type Candidate struct {
	// Path is the file's path.
	Path string
	// Under is the PATH it was found under.
	Under string
}

// Changed returns the Walk of files found otherwise than by walking. Each
// is kept, as a walked file, when it has a YAML name, is not the
// configuration file nor excluded, and is a regular file or a link to one
// inside the PATH it was found under. The Walk has no Paths: that nothing
// is kept under a PATH means that nothing changed there, which is no
// failure.
func Changed(files []Candidate, opts Options) *Walk {
	w := &Walk{}
	var absRoot string
	if len(opts.Exclude) > 0 {
		root := opts.Root
		if root == "" {
			root = "."
		}
		absRoot, _ = filepath.Abs(root)
	}
	configFile := ""
	if opts.ConfigFile != "" {
		configFile, _ = filepath.Abs(opts.ConfigFile)
	}
	under := map[string]*Path{}
	for _, f := range files {
		if !IsPlanFileName(f.Path) || IsConfigFileName(filepath.Base(f.Path)) || configFile != "" && sameAbs(f.Path, configFile) {
			continue
		}
		li, err := os.Lstat(f.Path)
		switch {
		case err != nil: // deleted
			continue
		case li.Mode()&fs.ModeSymlink != 0:
			p, ok := under[f.Under]
			if !ok {
				p = &Path{Name: f.Under}
				p.real, _ = realPath(f.Under)
				under[f.Under] = p
			}
			if p.real == "" || p.link(f.Path) != 0 {
				continue
			}
		case !li.Mode().IsRegular():
			continue
		}
		if absRoot != "" && excluded(f.Path, absRoot, opts.Exclude) {
			continue
		}
		w.Targets = append(w.Targets, Target{Path: f.Path})
	}
	return w
}

// Staged returns the Walk of files staged in git's index (check --staged),
// whose content is read from the index, not from the work tree. Each is
// kept, as a walked file, when it has a YAML name and is neither the
// configuration file nor excluded; what the work tree holds at its path
// does not matter. Like Changed, the Walk has no Paths: nothing staged
// under a PATH is no failure.
func Staged(files []Candidate, opts Options) *Walk {
	w := &Walk{}
	var absRoot string
	if len(opts.Exclude) > 0 {
		absRoot, _ = filepath.Abs(cmp.Or(opts.Root, "."))
	}
	configFile := ""
	if opts.ConfigFile != "" {
		configFile, _ = filepath.Abs(opts.ConfigFile)
	}
	for _, f := range files {
		switch {
		case !IsPlanFileName(f.Path), IsConfigFileName(filepath.Base(f.Path)), configFile != "" && sameAbs(f.Path, configFile):
		case absRoot != "" && excluded(f.Path, absRoot, opts.Exclude):
		default:
			w.Targets = append(w.Targets, Target{Path: f.Path})
		}
	}
	return w
}

// link says why the symbolic link at path is not a target, or 0 when it is
// one: its target is a regular file inside the PATH.
func (p *Path) link(path string) Reason {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return Dangling
	}
	if real, err = filepath.Abs(real); err != nil {
		return Dangling
	}
	if !inside(real, p.real) {
		return LinkOutside
	}
	if st, err := os.Stat(real); err != nil || !st.Mode().IsRegular() {
		return NotRegular
	}
	return 0
}

func (p *Path) leave(r Reason, path string) { p.Left[r] = append(p.Left[r], path) }

// realPath is the absolute path of path with every link resolved.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

// inside reports whether the absolute path p is dir or under it.
func inside(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func sameAbs(path, abs string) bool {
	p, err := filepath.Abs(path)
	return err == nil && p == abs
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Exclude drops the walked targets whose path, relative to root and with
// forward slashes, matches one of the globs (** matches any number of
// directories). Files named explicitly are kept: naming a file is asking
// for it.
func Exclude(targets []Target, root string, globs []string) []Target {
	if len(globs) == 0 {
		return targets
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return targets
	}
	out := targets[:0:0]
	for _, t := range targets {
		if !t.Explicit && excluded(t.Path, absRoot, globs) {
			continue
		}
		out = append(out, t)
	}
	return out
}

func excluded(path, absRoot string, globs []string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(absRoot, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
	}
	return false
}
