// Package output writes the findings of coalition check in the formats users
// and CI read: one file per format, all behind the Writer interface.
package output

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// Writer receives the results of a check file by file, in order, and writes
// them in one format.
type Writer interface {
	// File writes the findings of one file.
	File(path string, diags []lint.Diagnostic) error
	// Error records a file or path that could not be read.
	Error(path string, err error) error
	// Flush writes what is left and the summary.
	Flush(s Summary) error
}

// Summary counts what a check saw and found.
type Summary struct {
	// Plans is the number of plan files checked.
	Plans int `json:"plans"`
	// Skipped is the number of walked YAML files that are not plans.
	Skipped int `json:"skipped"`
	// Unreadable is the number of paths that could not be read.
	Unreadable int `json:"unreadable"`
	// EmptyPaths is the number of PATHs under which no plan was found;
	// each is also reported as an error.
	EmptyPaths int `json:"empty_paths"`
	// LinksOutside is the number of walked symbolic links skipped because
	// their target is outside the PATH walked.
	LinksOutside int `json:"links_outside"`
	// LinksLeave are the PATHs those links leave, as "plans/".
	LinksLeave []string `json:"-"`
	// Changed is the git revision that --changed compares with, empty
	// when every file was checked.
	Changed string `json:"changed,omitempty"`
	// Staged is true when the versions staged in git's index were checked
	// (--staged), not the files.
	Staged bool `json:"staged,omitempty"`
	// Errors, Warnings and Infos count the findings by severity.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Suppressed counts the findings silenced by `# coalition:ignore`.
	Suppressed int `json:"suppressed"`
	// FailOn is the least severity that fails the check.
	FailOn lint.Severity `json:"fail_on"`
	// Failed is true when a finding is at or above FailOn, a path could
	// not be read, or no plan was found under a PATH.
	Failed bool `json:"failed"`
}

// Count adds the findings of one file to s.
func (s *Summary) Count(diags []lint.Diagnostic) {
	for _, d := range diags {
		switch d.Severity {
		case lint.SeverityError:
			s.Errors++
		case lint.SeverityWarning:
			s.Warnings++
		case lint.SeverityInfo:
			s.Infos++
		}
		if d.Severity >= s.FailOn {
			s.Failed = true
		}
	}
}

// Options configure a Writer.
type Options struct {
	// Color enables ANSI colours in the text format.
	Color bool
	// Rules are the rules that ran, described in SARIF output.
	Rules []*lint.Rule
	// Version is the tool's version, named in SARIF output.
	Version string
	// Root is the absolute directory that the github and sarif formats give
	// paths relative to, the root of the repository, so that GitHub finds
	// the files whatever directory the check ran in; SARIF declares it as
	// %SRCROOT%. Empty means the current directory. The other formats keep
	// the paths as they were given.
	Root string
}

// Registry holds the formats of check, in the order of format.Known.
var Registry = format.NewRegistry[func(w io.Writer, o Options) Writer]().
	Register(format.Text, "path:line:col: severity: message [rule], with a hint", func(w io.Writer, o Options) Writer { return NewText(w, o.Color) }).
	Register(format.Markdown, "a Markdown table of the findings", func(w io.Writer, o Options) Writer { return NewMarkdown(w) }).
	Register(format.JSON, "one JSON document", func(w io.Writer, o Options) Writer { return NewJSON(w) }).
	Register(format.GitHub, "GitHub Actions annotations", func(w io.Writer, o Options) Writer { return NewGitHub(w, o.Root) }).
	Register(format.SARIF, "SARIF 2.1.0 for code scanning", func(w io.Writer, o Options) Writer { return NewSARIF(w, o.Rules, o.Version, o.Root) }).
	Register(format.JUnit, "JUnit XML for CI test reports", func(w io.Writer, o Options) Writer { return NewJUnit(w) })

// Formats lists the current names of the formats, in the order of
// format.Known.
func Formats() []string { return Registry.Names() }

// New returns the writer for the format called name, or an old name of it
// (see Registry).
func New(name string, w io.Writer, o Options) (Writer, error) {
	f, err := Registry.Lookup(name)
	if err != nil {
		return nil, err
	}
	return f(w, o), nil
}

// absRoot returns root as an absolute directory; empty means the current
// directory.
func absRoot(root string) string {
	if root == "" {
		root = "."
	}
	if abs, err := filepath.Abs(root); err == nil {
		return abs
	}
	return root
}

// fromRoot returns path relative to the absolute directory root, with
// forward slashes: the name of a file in the github and sarif formats. A
// path that seems to be outside root is looked at again with symbolic links
// resolved (a path through a link into the root); one that cannot be made
// relative is returned as given.
func fromRoot(root, path string) string {
	if path == "" {
		return ""
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return filepath.ToSlash(path)
	}
	if outside(rel) {
		realRoot, err1 := filepath.EvalSymlinks(root)
		realDir, err2 := filepath.EvalSymlinks(filepath.Dir(abs))
		if err1 == nil && err2 == nil {
			if r, err := filepath.Rel(realRoot, filepath.Join(realDir, filepath.Base(abs))); err == nil && !outside(r) {
				rel = r
			}
		}
	}
	return filepath.ToSlash(rel)
}

// outside reports whether the relative path rel leaves its directory.
func outside(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Tee returns a Writer that writes to each of ws in turn.
func Tee(ws ...Writer) Writer { return tee(ws) }

type tee []Writer

func (t tee) File(path string, diags []lint.Diagnostic) error {
	for _, w := range t {
		if err := w.File(path, diags); err != nil {
			return err
		}
	}
	return nil
}

func (t tee) Error(path string, err error) error {
	for _, w := range t {
		if werr := w.Error(path, err); werr != nil {
			return werr
		}
	}
	return nil
}

func (t tee) Flush(s Summary) error {
	for _, w := range t {
		if err := w.Flush(s); err != nil {
			return err
		}
	}
	return nil
}
