package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/suggest"
	"github.com/coalition-tools/coalition/pkg/view"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// ShowOptions are the inputs of `coalition show`.
type ShowOptions struct {
	IO *iostreams.IOStreams
	// Plan is the plan file.
	Plan string
	// Sections are the sections to show, all when empty.
	Sections []string
	// Format is the current name of the output format, one of
	// view.Formats(); empty means text on a terminal and tsv in a pipe.
	Format string
	// planOptions are the date progress and days left are measured
	// against, and the rules as configured.
	planOptions
}

func newCmdShow(ios *iostreams.IOStreams, v *viper.Viper, runF func(*ShowOptions) error) *cobra.Command {
	opts := &ShowOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "show PLAN [SECTION...]",
		Short: "Show the sections of a plan as tables",
		Long: `Show prints sections of a plan as tables, with the figures a reader wants
beside what the plan says: members with their owners' names, goals with their
progress from baseline to target (or by their milestones) and the days left,
the latest review's ratings against the one before and the next review's
date, the actions grouped by
the goal they serve with their owners' names, the days left and whether they
are overdue, the budget with its totals and the gap on committed and on all
income, exact to the cent.

Sections: ` + strings.Join(view.Names(), ", ") + `. With no section, all of them.

On a terminal the output is a table (--format text); in a pipe it is
tab-separated text with a header line (--format tsv), easy to read with cut
or awk. --format also gives markdown, json and csv.`,
		Example: `  coalition show plans/eastside.yaml members
  coalition show plans/eastside.yaml goals budget --format markdown
  coalition show plans/eastside.yaml members --format csv > members.csv`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
			}
			return view.Names(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today"})
			opts.Plan, opts.Sections = args[0], args[1:]
			for _, s := range opts.Sections {
				if _, ok := view.Lookup(s); !ok {
					return usageError(fmt.Errorf("unknown section %q%s; want one of %s", s, suggest.DidYouMean(s, view.Names()), strings.Join(view.Names(), ", ")))
				}
			}
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, view.Registry, ""); err != nil {
				return err
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return showRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, view.Registry, byTerminalUsage)
	f.String("today", "", "date that progress and days left are measured against, YYYY-MM-DD (default: the real date)")
	return cmd
}

func showRun(opts *ShowOptions) error {
	r, err := readPlan(opts.IO, opts.Plan, opts.Lint)
	if err != nil {
		return err
	}
	vin := view.NewInput(r.File.Plan, opts.Today)
	vin.Limits, vin.Weights = opts.Limits, opts.Prospects
	tables, err := view.Build(vin, opts.Sections...)
	if err != nil {
		return usageError(err)
	}
	name := opts.Format
	if name == "" {
		name = byTerminal(opts.IO)
	}
	// The warning is on stderr already (readPlan); it is repeated at the
	// top of the formats that have room for it.
	ro := view.RenderOptions{Boxes: opts.IO.IsStdoutTTY(), Width: opts.IO.TerminalWidth(), Errors: errorCount(r.Diagnostics)}
	if ro.Errors > 0 {
		ro.Warning = view.ErrorsWarning(opts.Plan, "", ro.Errors)
	}
	rd, err := view.NewRenderer(name, ro)
	if err != nil {
		return usageError(err)
	}
	return rd.Render(opts.IO.Out, tables)
}

// readPlan reads and checks one plan for show, report and brief. A file
// that cannot be decoded is an error (exit status 1) that lists what check
// found; a plan with errors is read, with a warning on stderr.
func readPlan(ios *iostreams.IOStreams, path string, lopts lint.Options) (check.Result, error) {
	targets, errs := workspace.Find([]string{path})
	if len(errs) > 0 {
		return check.Result{}, usageError(errs[0])
	}
	if len(targets) != 1 || !targets[0].Explicit {
		return check.Result{}, usageError(fmt.Errorf("%s is a directory: name one plan file, such as %s", path, filepath.Join(path, "harbor.yaml")))
	}
	r := check.One(targets[0], check.Options{Lint: lopts})
	if r.Err != nil {
		return r, usageError(fmt.Errorf("%s: %w", path, r.Err))
	}
	var errors []lint.Diagnostic
	for _, d := range r.Diagnostics {
		if d.Severity == lint.SeverityError {
			errors = append(errors, d)
		}
	}
	if r.File.Plan == nil {
		w := output.NewText(ios.ErrOut, false)
		_ = w.File(path, errors)
		return r, &ExitError{Code: ExitFindings, Err: fmt.Errorf("%s cannot be read as a plan; fix the errors above", path)}
	}
	if len(errors) > 0 {
		fmt.Fprintf(ios.ErrOut, "coalition: warning: %s\n", output.Sanitize(view.ErrorsWarning(path, "", len(errors))))
	}
	return r, nil
}

// errorCount counts the findings of severity error.
func errorCount(diags []lint.Diagnostic) int {
	n := 0
	for _, d := range diags {
		if d.Severity == lint.SeverityError {
			n++
		}
	}
	return n
}
