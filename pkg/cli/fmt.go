package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/planfmt"
	"github.com/coalition-tools/coalition/pkg/safefile"
)

// FmtOptions are the inputs of `coalition fmt`.
type FmtOptions struct {
	IO *iostreams.IOStreams
	// Scope is what to format.
	Scope Scope
	// Check only reports the files that would change.
	Check bool
}

func newCmdFmt(ios *iostreams.IOStreams, v *viper.Viper, runF func(*FmtOptions) error) *cobra.Command {
	opts := &FmtOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "fmt [--check] [PATH...]",
		Short: "Rewrite plans in the canonical key order and indentation, keeping every comment",
		Long: `Fmt rewrites plans in the canonical form: keys in the order of the format
(docs/plan-format.md), two-space indentation, a blank line between sections,
long folded text wrapped at 80 columns, one space before a trailing comment.
Every comment and every value is kept: before writing, fmt checks that the
new text decodes to the same plan and has the same comments, and leaves the
file alone if it would not. Files are replaced atomically.

--check writes nothing: it lists the plans that would change and exits with
status 1 if there are any, for CI.

PATHs are walked as by check (default: the configured paths, else the
current directory); only plans are formatted.`,
		Example: `  coalition fmt plans/
  coalition fmt --check`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Scope = scopeOf(v, args)
			if runF != nil {
				return runF(opts)
			}
			return fmtRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Check, "check", false, "write nothing; list the plans that would change and exit 1 if any")
	return cmd
}

func fmtRun(opts *FmtOptions) error {
	targets, errs := opts.Scope.find()
	failed := len(errs) > 0
	for _, e := range errs {
		fmt.Fprintf(opts.IO.ErrOut, "coalition: %s\n", output.Sanitize(e.Error()))
	}
	changed := 0
	for _, t := range targets {
		f, err := plan.Read(t.Path, plan.ReadOptions{Explicit: t.Explicit})
		switch {
		case err != nil:
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: %s\n", output.Sanitize(t.Path), err)
			failed = true
			continue
		case f == nil:
			continue // walked YAML that is not a plan
		}
		data, err := os.ReadFile(t.Path)
		if err != nil {
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: %s\n", output.Sanitize(t.Path), err)
			failed = true
			continue
		}
		out, err := planfmt.Format(data)
		if err != nil {
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: %s\n", output.Sanitize(t.Path), err)
			failed = true
			continue
		}
		if bytes.Equal(out, data) {
			continue
		}
		changed++
		if opts.Check {
			fmt.Fprintf(opts.IO.Out, "%s\n", output.Sanitize(t.Path))
			continue
		}
		if err := safefile.Replace(t.Path, out); err != nil {
			fmt.Fprintf(opts.IO.ErrOut, "coalition: %s: %s\n", output.Sanitize(t.Path), err)
			failed = true
			continue
		}
		fmt.Fprintf(opts.IO.Out, "formatted %s\n", output.Sanitize(t.Path))
	}
	switch {
	case failed:
		return &ExitError{Code: ExitUsage}
	case opts.Check && changed > 0:
		return &ExitError{Code: ExitFindings}
	}
	return nil
}
