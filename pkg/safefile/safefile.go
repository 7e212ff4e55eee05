// Package safefile writes output files so that a reader never sees one
// half-written and a plan is never overwritten: the data goes to a
// temporary file in the same directory, is synced, and is renamed over the
// target in one step.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// ErrPlan is returned when the target is a plan file.
var ErrPlan = errors.New("refusing to write over a plan file")

// Write writes data to path atomically. It refuses when path is one of the
// files in keep (the plans the output was made from) or when an existing
// file at path is a plan.
func Write(path string, data []byte, keep ...string) error {
	if err := guard(path, keep); err != nil {
		return err
	}
	tmp, err := writeTemp(path, data, 0o644)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func guard(path string, keep []string) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case st.IsDir():
		return fmt.Errorf("%s is a directory", path)
	}
	for _, k := range keep {
		if ks, err := os.Stat(k); err == nil && os.SameFile(st, ks) {
			return fmt.Errorf("%w: %s is the plan being read", ErrPlan, path)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, 64<<10))
	if err != nil {
		return err
	}
	if plan.MentionsPlan(head) {
		return fmt.Errorf("%w: %s has apiVersion: coalition/", ErrPlan, path)
	}
	return nil
}

// ErrExists is returned by Create when the target already exists.
var ErrExists = errors.New("file already exists")

// Create writes data to a new file at path, atomically, and never over an
// existing file: the data goes to a temporary file that is then linked to
// path, which fails if path exists.
func Create(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%w: %s (choose another name, or remove it first)", ErrExists, path)
	}
	tmp, err := writeTemp(path, data, 0o644)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%w: %s (choose another name, or remove it first)", ErrExists, path)
		}
		return err
	}
	return nil
}

// Replace writes data over the existing file at path atomically, keeping
// its permissions. It is for rewriting a plan in place on purpose, as
// coalition fmt does; everything else uses Write, which refuses plans.
func Replace(path string, data []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", path)
	}
	tmp, err := writeTemp(path, data, st.Mode().Perm())
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeTemp writes data to a new temporary file beside path, synced and
// closed, with permissions perm, and returns its name. The caller renames
// or links it into place, and removes it if that fails.
func writeTemp(path string, data []byte, perm os.FileMode) (string, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		// The error names the temporary file; say what the user can act on.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			if errors.Is(pe.Err, fs.ErrNotExist) {
				return "", fmt.Errorf("directory %s does not exist", filepath.Clean(dir))
			}
			return "", fmt.Errorf("cannot write in %s: %w", filepath.Clean(dir), pe.Err)
		}
		return "", err
	}
	name := tmp.Name()
	err = func() error {
		if _, err := tmp.Write(data); err != nil {
			return err
		}
		if err := tmp.Chmod(perm); err != nil {
			return err
		}
		return tmp.Sync()
	}()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}
