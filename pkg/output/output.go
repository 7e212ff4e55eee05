// Package output writes the findings of coalition check in the formats users
// and CI read: one file per format, all behind the Writer interface.
package output

import (
	"fmt"
	"io"
	"slices"
	"strings"

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
	// Errors, Warnings and Infos count the findings by severity.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Suppressed counts the findings silenced by `# coalition:ignore`.
	Suppressed int `json:"suppressed"`
	// FailOn is the least severity that fails the check.
	FailOn lint.Severity `json:"fail_on"`
	// Failed is true when a finding is at or above FailOn, or a path could
	// not be read.
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
}

var formats = map[string]func(w io.Writer, o Options) Writer{
	"text":     func(w io.Writer, o Options) Writer { return NewText(w, o.Color) },
	"json":     func(w io.Writer, o Options) Writer { return NewJSON(w) },
	"github":   func(w io.Writer, o Options) Writer { return NewGitHub(w) },
	"sarif":    func(w io.Writer, o Options) Writer { return NewSARIF(w, o.Rules, o.Version) },
	"junit":    func(w io.Writer, o Options) Writer { return NewJUnit(w) },
	"markdown": func(w io.Writer, o Options) Writer { return NewMarkdown(w) },
}

// Formats lists the names of the formats.
func Formats() []string {
	var names []string
	for n := range formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// New returns the writer for the format called name.
func New(name string, w io.Writer, o Options) (Writer, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q: want one of %s", name, strings.Join(Formats(), ", "))
	}
	return f(w, o), nil
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
