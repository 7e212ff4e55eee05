package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/planfmt"
	"github.com/coalition-tools/coalition/pkg/safefile"
	"github.com/coalition-tools/coalition/pkg/shell"
)

// FmtOptions are the inputs of `coalition fmt`.
type FmtOptions struct {
	IO *iostreams.IOStreams
	// Scope is what to format.
	Scope Scope
	// planOptions are the rules as configured: a plan with errors is not
	// rewritten.
	planOptions
	// Check only reports the files that would change.
	Check bool
	// Force rewrites a plan that has several hard links.
	Force bool
	// AllowEmpty accepts a PATH under which no plan is found.
	AllowEmpty bool
}

func newCmdFmt(ios *iostreams.IOStreams, v *viper.Viper, runF func(*FmtOptions) error) *cobra.Command {
	opts := &FmtOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "fmt [--check] [PATH...]",
		Short: "Rewrite plans in the canonical key order and indentation, keeping every comment",
		Long: `Fmt rewrites plans in the canonical form: keys in the order of the format
(docs/plan-format.md), two-space indentation, a blank line between sections,
long folded text wrapped at 80 columns, one space before a trailing comment.

Fmt rewrites a file only when it is sure to keep everything in it:
  - only plans (files with "apiVersion: coalition/..."), as check finds them:
    another YAML file is skipped in a walk and refused when named (exit 2);
  - only files that hold one YAML document: a file with "---" between
    documents is left alone (skipped in a walk, exit 2 when named);
  - only plans without errors: a plan that check finds errors in is left
    alone and its errors are printed as check prints them (exit 1), since
    its values may not be what its author meant; a comma inside {…} that
    cuts a value short is refused whatever the configuration (exit 2);
  - only when the new text is proven to load to the same YAML as the old,
    up to the order of keys: every value with its type, every anchor and
    every comment with the same key. Otherwise fmt names the first
    difference and leaves the file alone (exit 2).

A comment above the first key of a mapping stays on top, and one after its
last key stays at the end; every "# coalition:ignore" silences the same
lines after as before. CRLF line endings and a UTF-8 byte-order mark are
kept.

The new text replaces the file atomically; a symbolic link is written
through to its target, the file's mode and (where permitted) owner are
kept. A file with several hard links is refused unless --force, which
rewrites this name only: the other links keep the old text.

--check writes nothing: it lists the plans that would change and exits with
status 1 if there are any, for CI.

PATHs are walked as by check (default: the configured paths, else the
current directory); a PATH under which no plan is found is an error (exit
status 2) unless --allow-empty.`,
		Example: `  coalition fmt plans/
  coalition fmt --check`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Scope = scopeOf(v, args)
			opts.Scope.AllowEmpty = opts.AllowEmpty
			var err error
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return fmtRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Check, "check", false, "write nothing; list the plans that would change and exit 1 if any")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "also rewrite a plan that has several hard links (this name only)")
	cmd.Flags().BoolVar(&opts.AllowEmpty, "allow-empty", false, allowEmptyUsage)
	return cmd
}

func fmtRun(opts *FmtOptions) error {
	walk := opts.Scope.find()
	code := ExitOK
	fail := func(c int) { code = max(code, c) }
	pathErrors := func(errs []error) {
		if len(errs) > 0 {
			fail(ExitUsage)
		}
		for _, e := range errs {
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s\n", output.Sanitize(e.Error()))
		}
	}
	pathErrors(walk.Errs)
	diags := output.NewText(opts.IO.ErrOut, false)
	fopts := planfmt.Options{Lint: opts.Lint, Check: opts.Check, Force: opts.Force}
	for i, t := range walk.Targets {
		r := planfmt.File(t, fopts)
		path := output.Sanitize(r.Path)
		switch r.Outcome {
		case planfmt.Skipped:
			walk.NotPlan(i)
		case planfmt.Formatted:
			fmt.Fprintf(opts.IO.Out, "formatted %s\n", path)
		case planfmt.WouldChange:
			fmt.Fprintf(opts.IO.Out, "%s\n", path)
			fail(ExitFindings)
		case planfmt.NotPlan:
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: not a plan (it has no `apiVersion: %s`): fmt rewrites only plans; the file is left as it is\n", path, plan.APIVersion)
			fail(ExitUsage)
		case planfmt.SeveralDocuments:
			if t.Explicit {
				fmt.Fprintf(opts.IO.ErrOut, "coalition: %s; the file is left as it is\n", located(path, r.Err))
				fail(ExitUsage)
			} else {
				fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: skipped: it holds several YAML documents, and fmt rewrites only single-document plans\n", path)
			}
		case planfmt.HasErrors:
			if err := diags.File(r.Path, r.Diagnostics); err != nil {
				return err
			}
			n := len(r.Diagnostics)
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: not formatted: %s (fix %s first: %s)\n",
				path, plural(n, "error", "errors"), pronoun(n), shell.Command("coalition", "check", path))
			fail(ExitFindings)
		case planfmt.Refused:
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s\n", located(path, fmt.Errorf("cannot format: %w", r.Err)))
			fail(ExitUsage)
		case planfmt.Failed:
			msg := output.Sanitize(r.Err.Error())
			if !strings.Contains(msg, path) {
				msg = path + ": " + msg // the message does not name the file itself
			}
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s\n", msg)
			if safefile.IsWriteFailure(r.Err) {
				fail(ExitInternal) // the disk, not the user's choice of file
			} else {
				fail(ExitUsage)
			}
		}
	}
	pathErrors(opts.Scope.empty(walk))
	if code != ExitOK {
		return &ExitError{Code: code}
	}
	return nil
}

// located writes err of the file at path as path:line:col: message when
// it is a *planfmt.Error with a place, else as path: message.
func located(path string, err error) string {
	var fe *planfmt.Error
	if errors.As(err, &fe) && fe.Line > 0 {
		msg := strings.TrimSuffix(err.Error(), fe.Error()) + fe.Reason
		return fmt.Sprintf("%s:%d:%d: %s", path, fe.Line, fe.Col, output.Sanitize(msg))
	}
	return path + ": " + output.Sanitize(err.Error())
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
