package cli

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/buildinfo"
	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// CheckOptions are the inputs of `coalition check`.
type CheckOptions struct {
	IO *iostreams.IOStreams
	// Scope is what to check: the paths and the globs to skip.
	Scope Scope
	// Lint are the rules as configured, with their severities.
	Lint lint.Options
	// Format is the output format: text or json.
	Format string
	// FailOn is the least severity that makes the check fail.
	FailOn lint.Severity
	// Today is the date the date rules compare against.
	Today plan.Date
	// Changed limits the check to the files changed against this git
	// revision; empty checks every file.
	Changed string
	// StepSummary also appends a Markdown summary to $GITHUB_STEP_SUMMARY.
	StepSummary bool
	// SummaryPath is the value of $GITHUB_STEP_SUMMARY.
	SummaryPath string
}

func newCmdCheck(ios *iostreams.IOStreams, v *viper.Viper, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Check plans for mistakes",
		Long: `Check reads the plans under each PATH (the current directory when none is
given) and reports every mistake as

    path:line:column: severity: message [rule-id]

followed by a hint how to fix it. Directories are walked for *.yaml and *.yml
files; only files with "apiVersion: coalition/..." are plans, other YAML is
skipped. .git, node_modules, vendor and hidden directories are not entered.
A file named explicitly is always checked as a plan.

With --changed, only the YAML files that differ from a git revision are
checked (staged, unstaged and untracked), under the PATHs if given: fast
enough for a pre-commit hook. --changed alone compares with HEAD; --changed=main
(or --changed main, when no file or directory is called main) compares with
another revision.

Exit status: 0 when nothing at or above --fail-on was found, 1 when something
was, 2 for a usage error or a path that could not be read.

Flags can also be set in the environment: COALITION_FORMAT, COALITION_FAIL_ON,
COALITION_TODAY.`,
		Example: `  coalition check
  coalition check plans/ other.yaml
  coalition check --format json --today 2027-01-15 plans/`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"format": "format", "fail_on": "fail-on", "today": "today"})
			// `--changed main` reads as --changed=main when "main" is not a
			// path: the flag's value is optional, so pflag left it an argument.
			if cmd.Flags().Changed("changed") && opts.Changed == "HEAD" && len(args) > 0 {
				if _, err := os.Stat(args[0]); err != nil {
					opts.Changed, args = args[0], args[1:]
				}
			}
			opts.Scope = scopeOf(v, args)
			opts.Scope.Changed = opts.Changed
			opts.Format = v.GetString("format")
			if _, err := output.New(opts.Format, nil, output.Options{}); err != nil {
				return usageError(err)
			}
			sev, err := lint.ParseSeverity(v.GetString("fail_on"))
			if err != nil {
				return usageError(fmt.Errorf("--fail-on: %w", err))
			}
			opts.FailOn = sev
			if opts.Today, err = today(v); err != nil {
				return err
			}
			if opts.Lint, err = lintOptions(v, opts.Today); err != nil {
				return err
			}
			if opts.StepSummary {
				if opts.SummaryPath = os.Getenv("GITHUB_STEP_SUMMARY"); opts.SummaryPath == "" {
					return usageError(fmt.Errorf("--step-summary: $GITHUB_STEP_SUMMARY is not set (GitHub Actions sets it in every step)"))
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	f := cmd.Flags()
	f.String("format", "text", "output format: "+fmt.Sprint(output.Formats()))
	f.String("fail-on", "error", "least severity that fails the check: error, warning or info")
	f.String("today", "", "date for the date rules, YYYY-MM-DD (default: the real date)")
	f.StringVar(&opts.Changed, "changed", "", "check only the plans changed against git revision `REV` (with no value: the index and work tree against HEAD)")
	f.Lookup("changed").NoOptDefVal = "HEAD"
	f.BoolVar(&opts.StepSummary, "step-summary", false, "also append a Markdown summary to $GITHUB_STEP_SUMMARY (GitHub Actions)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(output.Formats(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions([]string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func checkRun(opts *CheckOptions) error {
	w, err := output.New(opts.Format, opts.IO.Out, output.Options{Color: opts.IO.ColorEnabled(),
		Rules: rules.All(), Version: buildinfo.Read().String()})
	if err != nil {
		return usageError(err)
	}
	if opts.StepSummary {
		var summary bytes.Buffer
		w = output.Tee(w, output.NewMarkdown(&summary))
		defer func() {
			if err := appendFile(opts.SummaryPath, summary.Bytes()); err != nil {
				fmt.Fprintf(opts.IO.ErrOut, "coalition: --step-summary: %v\n", err)
			}
		}()
	}
	targets, pathErrs := opts.Scope.find()
	sum := output.Summary{FailOn: opts.FailOn}
	for _, e := range pathErrs {
		sum.Unreadable++
		path, msg := "", e
		if pe, ok := e.(*workspace.PathError); ok {
			path, msg = pe.Path, pe.Err
		}
		if err := w.Error(path, msg); err != nil {
			return err
		}
	}
	err = check.Run(targets, check.Options{Lint: opts.Lint}, func(r check.Result) error {
		switch {
		case r.Err != nil:
			sum.Unreadable++
			return w.Error(r.Path, r.Err)
		case r.Skipped:
			sum.Skipped++
			return nil
		}
		sum.Plans++
		sum.Suppressed += r.Suppressed
		sum.Count(r.Diagnostics)
		return w.File(r.Path, r.Diagnostics)
	})
	if err != nil {
		return err
	}
	if sum.Unreadable > 0 {
		sum.Failed = true
	}
	if err := w.Flush(sum); err != nil {
		return err
	}
	switch {
	case sum.Unreadable > 0:
		return &ExitError{Code: ExitUsage}
	case sum.Failed:
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// appendFile appends data to the file at path, as GitHub Actions expects
// for $GITHUB_STEP_SUMMARY (several steps add to one summary).
func appendFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
