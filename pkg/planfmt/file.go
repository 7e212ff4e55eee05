package planfmt

import (
	"bytes"
	"errors"
	"io/fs"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/safefile"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// Outcome is what fmt did with one file.
type Outcome int

// The outcomes of File. Only Formatted writes.
const (
	_ Outcome = iota
	// Unchanged: the plan is in canonical form already.
	Unchanged
	// Formatted: the plan was rewritten.
	Formatted
	// WouldChange: with Check, the plan is not in canonical form.
	WouldChange
	// Skipped: a walked file that is not a plan, left alone.
	Skipped
	// NotPlan: a file named explicitly that is not a plan, left alone.
	NotPlan
	// SeveralDocuments: the file holds more than one YAML document (or a
	// directive) and is left alone; Err says where.
	SeveralDocuments
	// HasErrors: check finds errors in the plan (Diagnostics), so it is
	// not rewritten: its values may not be what the author meant.
	HasErrors
	// Refused: the canonical form would not keep every value and comment;
	// Err is the *Error with the first difference.
	Refused
	// Failed: the file could not be read or written; Err says why.
	Failed
)

// Options tune File.
type Options struct {
	// Lint are the rules as configured: a plan with an error-severity
	// finding is not rewritten.
	Lint lint.Options
	// Read holds the size limit; Explicit is set per file.
	Read plan.ReadOptions
	// Check writes nothing and reports WouldChange.
	Check bool
	// Force rewrites a file that has several hard links (see
	// safefile.ReplaceOptions).
	Force bool
}

// Result is the outcome for one file.
type Result struct {
	Path    string
	Outcome Outcome
	// Diagnostics are the error-severity findings, for HasErrors.
	Diagnostics []lint.Diagnostic
	// Err explains SeveralDocuments, Refused and Failed.
	Err error
}

// File formats the plan at t: it reads it once, within the size limit of
// check; decides as check does whether it is a plan; checks it; and only
// when it is a single-document plan without errors, and its canonical form
// is proven to keep every value and comment, replaces it atomically (see
// safefile.Replace).
func File(t workspace.Target, opts Options) Result {
	res := Result{Path: t.Path}
	// Read as a walked file: fmt rewrites only what check calls a plan,
	// whether or not it was named.
	ro := opts.Read
	ro.Explicit = false
	f, data, err := plan.ReadText(t.Path, ro)
	switch {
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		res.Outcome, res.Err = Failed, err
		return res
	case f == nil && t.Explicit:
		res.Outcome = NotPlan
		return res
	case f == nil:
		res.Outcome = Skipped
		return res
	}
	if data == nil { // over the size limit
		res.Outcome, res.Err = Failed, errors.New(f.Problems[0].Message)
		return res
	}
	if err := singleDocument(bytes.TrimPrefix(data, bom)); err != nil {
		res.Outcome, res.Err = SeveralDocuments, err
		return res
	}
	for _, d := range lint.Run(f, opts.Lint).Diagnostics {
		if d.Severity == lint.SeverityError {
			res.Diagnostics = append(res.Diagnostics, d)
		}
	}
	if len(res.Diagnostics) > 0 {
		res.Outcome = HasErrors
		return res
	}
	if err := commaTrapped(f); err != nil {
		res.Outcome, res.Err = Refused, err
		return res
	}
	out, err := Format(data)
	switch {
	case err != nil:
		res.Outcome, res.Err = Refused, err
		return res
	case bytes.Equal(out, data):
		res.Outcome = Unchanged
		return res
	case opts.Check:
		res.Outcome = WouldChange
		return res
	}
	if err := safefile.Replace(t.Path, out, safefile.ReplaceOptions{Force: opts.Force}); err != nil {
		res.Outcome, res.Err = Failed, err
		return res
	}
	res.Outcome = Formatted
	return res
}

// commaTrapped returns an *Error for the first value of f cut short by a
// comma inside {…}, whatever the rules as configured say of it or a
// `# coalition:ignore`: fmt would write the value as YAML reads it, the
// part before the comma, and the plan would no longer say what its author
// wrote.
func commaTrapped(f *plan.File) *Error {
	for _, p := range f.Problems {
		if p.Rule != plan.RuleCommaTrap {
			continue
		}
		reason := p.Message
		if p.Hint != "" {
			reason += ": " + p.Hint
		}
		return &Error{Line: p.Pos.Line, Col: p.Pos.Col,
			Reason: reason + "; fmt would write what YAML reads, so the file is left as it is"}
	}
	return nil
}
