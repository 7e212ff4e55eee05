package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/buildinfo"
	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// CheckOptions are the inputs of `coalition check`.
type CheckOptions struct {
	IO *iostreams.IOStreams
	// Scope is what to check: the paths and the globs to skip.
	Scope Scope
	// planOptions are the date the date rules compare against and the
	// rules as configured, with their severities.
	planOptions
	// Format is the current name of the output format, one of
	// output.Formats().
	Format string
	// FailOn is the least severity that makes the check fail.
	FailOn lint.Severity
	// Changed limits the check to the files changed against this git
	// revision; empty checks every file.
	Changed string
	// Staged checks the versions of the files staged in git's index (the
	// commit being made), not the files of the work tree.
	Staged bool
	// AllowEmpty accepts a PATH under which no plan is found.
	AllowEmpty bool
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
files; only files with "apiVersion: coalition/..." are plans (one whose
header is misspelt, such as "apiVersion: Coalition/v1", "apiversion:" or
only "kind: Plan", is read as a plan, to report the mistake), other YAML is
skipped, and so is .coalition.yaml. .git, node_modules, vendor and hidden
directories are not entered. Only regular files are read: a symbolic link
only when its target is a regular file inside the PATH walked. A file named
explicitly is always checked as a plan.

A PATH under which no plan is found is an error (exit status 2) that says
what was found there instead, unless --allow-empty; with --changed or
--staged, finding no changed or staged plan is no error.

With --changed, only the YAML files that differ from a git revision are
checked (staged, unstaged and untracked), under the PATHs if given.
--changed alone compares with HEAD; --changed=main (or --changed main, when
no file or directory is called main) compares with another revision.

With --staged, the versions staged for the commit are checked, read from
git's index, whatever the work tree holds: what a pre-commit hook must
judge, since a fix not yet staged is not committed. Files are named by
their paths.

Exit status: 0 when nothing at or above --fail-on was found, 1 when something
was, 2 for a usage error or a path that could not be read, 3 when the check
itself failed (its output could not be written, git failed, a bug).

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
			if opts.Staged && opts.Changed != "" {
				return usageError(fmt.Errorf("--staged: cannot be used with --changed: --staged checks the index, --changed the work tree"))
			}
			if opts.Changed != "" {
				if err := checkChangedBase(opts.Changed); err != nil {
					return usageError(fmt.Errorf("--changed: %w", err))
				}
			}
			if opts.Staged {
				if err := checkRepo(); err != nil {
					return usageError(fmt.Errorf("--staged: %w", err))
				}
			}
			opts.Scope = scopeOf(v, args)
			opts.Scope.Changed = opts.Changed
			opts.Scope.Staged = opts.Staged
			opts.Scope.AllowEmpty = opts.AllowEmpty
			var err error
			if opts.Format, err = formatOf(ios, cmd, v, output.Registry, format.Text); err != nil {
				return err
			}
			sev, err := severitySetting(v, cmd.Flags(), "fail_on", "fail-on")
			if err != nil {
				return err
			}
			opts.FailOn = sev
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
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
	addFormatFlag(cmd, output.Registry, format.Text)
	f.String("fail-on", "error", "least severity that fails the check: error, warning or info")
	f.String("today", "", "date for the date rules, YYYY-MM-DD (default: the real date)")
	f.StringVar(&opts.Changed, "changed", "", "check only the plans changed against git revision `REV` (with no value: the index and work tree against HEAD)")
	f.Lookup("changed").NoOptDefVal = "HEAD"
	f.BoolVar(&opts.Staged, "staged", false, "check the versions of the plans staged for the commit, read from git's index (for a pre-commit hook)")
	f.BoolVar(&opts.StepSummary, "step-summary", false, "also append a Markdown summary to $GITHUB_STEP_SUMMARY (GitHub Actions)")
	f.BoolVar(&opts.AllowEmpty, "allow-empty", false, allowEmptyUsage)
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions([]string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func checkRun(opts *CheckOptions) error {
	o := output.Options{Color: opts.IO.ColorEnabled(), Rules: rules.All(), Version: buildinfo.Read().String()}
	if opts.Format == format.GitHub || opts.Format == format.SARIF {
		o.Root = outputRoot(opts.Scope.ConfigFile)
	}
	w, err := output.New(opts.Format, opts.IO.Out, o)
	if err != nil {
		return usageError(err)
	}
	var summary *bytes.Buffer
	if opts.StepSummary {
		summary = &bytes.Buffer{}
		w = output.Tee(w, output.NewMarkdown(summary))
	}
	var walk *workspace.Walk
	var source func(string) ([]byte, int64, error)
	if opts.Scope.Staged {
		// The repository was checked before (checkRepo): an error here is
		// git failing, and there is no verdict to give.
		staged, err := opts.Scope.staged()
		if err != nil {
			return internalError(err)
		}
		defer staged.Close()
		walk, source = staged.Walk, staged.Read
	} else {
		walk = opts.Scope.find()
	}
	if opts.Scope.Changed != "" {
		// The repository and the revision were checked before
		// (checkChangedBase): an error listing the changed files is git
		// failing, and there is no verdict to give.
		for _, e := range walk.Errs {
			if _, ok := e.(*workspace.PathError); !ok {
				return internalError(e)
			}
		}
	}
	sum := output.Summary{FailOn: opts.FailOn, Changed: opts.Scope.Changed, Staged: opts.Scope.Staged}
	sum.LinksOutside, sum.LinksLeave = walk.LinksOutside()
	pathError := func(e error) error {
		path, msg := "", e
		if pe, ok := e.(*workspace.PathError); ok {
			path, msg = pe.Path, pe.Err
		}
		return w.Error(path, msg)
	}
	for _, e := range walk.Errs {
		sum.Unreadable++
		if err := pathError(e); err != nil {
			return err
		}
	}
	next := 0 // results come in the order of the targets
	err = check.Run(walk.Targets, check.Options{Lint: opts.Lint, Source: source}, func(r check.Result) error {
		i := next
		next++
		switch {
		case r.Err != nil && source != nil:
			// A staged file git cannot give: git failing.
			return internalError(fmt.Errorf("--staged: %s: %w", r.Path, r.Err))
		case r.Err != nil:
			sum.Unreadable++
			return w.Error(r.Path, r.Err)
		case r.Skipped:
			walk.NotPlan(i)
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
	for _, e := range opts.Scope.empty(walk) {
		sum.EmptyPaths++
		if err := pathError(e); err != nil {
			return err
		}
	}
	if sum.Unreadable > 0 || sum.EmptyPaths > 0 {
		sum.Failed = true
	}
	if err := w.Flush(sum); err != nil {
		return err
	}
	if summary != nil {
		if err := appendFile(opts.SummaryPath, summary.Bytes()); err != nil {
			return internalError(fmt.Errorf("--step-summary: %w", err))
		}
	}
	switch {
	case sum.Unreadable > 0 || sum.EmptyPaths > 0:
		return &ExitError{Code: ExitUsage}
	case sum.Failed:
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// outputRoot returns the directory that the github and sarif formats name
// files from, for GitHub to find them: the top level of the git work tree
// around the current directory, else the directory of the configuration
// file, else the current directory. Each step fails soft (no git, no
// repository: the next one).
func outputRoot(configFile string) string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	if repo, err := gitrepo.Open(wd); err == nil {
		return asAncestorOf(repo.Root, wd)
	}
	if configFile != "" {
		if dir, err := filepath.Abs(filepath.Dir(configFile)); err == nil {
			return dir
		}
	}
	return wd
}

// asAncestorOf returns dir, a directory that holds wd, named through the
// same symbolic links as wd (git names its top level with the links
// resolved), so that paths relative to wd can be made relative to it. When
// it cannot, dir is returned as it is.
func asAncestorOf(dir, wd string) string {
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return dir
	}
	realWd, err := filepath.EvalSymlinks(wd)
	if err != nil {
		return dir
	}
	rel, err := filepath.Rel(realDir, realWd)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return dir
	}
	up := wd
	if rel != "." {
		for range strings.Split(rel, string(filepath.Separator)) {
			up = filepath.Dir(up)
		}
	}
	if real, err := filepath.EvalSymlinks(up); err == nil && real == realDir {
		return up
	}
	return dir
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
