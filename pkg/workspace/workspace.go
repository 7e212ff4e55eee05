// Package workspace finds the plan files under the paths a user names.
package workspace

import (
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

// PathError is a path that could not be walked or does not exist.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// Find returns the files to check under paths, in a deterministic order with
// no path twice, and the errors met on the way. Directories are walked for
// *.yaml and *.yml files, not entering .git, node_modules, vendor or hidden
// directories, and not following symbolic links to directories.
func Find(paths []string) ([]Target, []error) {
	var targets []Target
	var errs []error
	seen := map[string]int{} // cleaned path -> index in targets
	add := func(t Target) {
		key := filepath.Clean(t.Path)
		if i, ok := seen[key]; ok {
			// Named explicitly and also found by a walk: it is explicit.
			targets[i].Explicit = targets[i].Explicit || t.Explicit
			return
		}
		seen[key] = len(targets)
		targets = append(targets, t)
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			errs = append(errs, &PathError{root, unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				// A FIFO or a device would block or never end.
				errs = append(errs, &PathError{root, errors.New("not a regular file")})
				continue
			}
			add(Target{Path: root, Explicit: true})
			continue
		}
		var found []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &PathError{path, unwrapPathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if path != root && (strings.HasPrefix(name, ".") || skipDirs[name]) {
					return fs.SkipDir
				}
				return nil
			}
			if IsPlanFileName(name) && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 && isRegular(path)) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("walk %s: %w", root, err))
		}
		slices.Sort(found)
		for _, p := range found {
			add(Target{Path: p})
		}
	}
	return targets, errs
}

func isRegular(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
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
