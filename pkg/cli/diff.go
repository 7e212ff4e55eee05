package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/shell"
	"github.com/coalition-tools/coalition/pkg/view"
)

// DiffOptions are the inputs of `coalition diff`.
type DiffOptions struct {
	IO *iostreams.IOStreams
	// From and To are the revisions compared; To empty means the work tree.
	From, To string
	// Scope are the paths to compare, the globs to skip, and whether a
	// PATH under which neither version has a plan is accepted.
	Scope Scope
	// Format is the current name of the output format, one of
	// plandiff.Formats().
	Format string
	// planOptions are the rules, and the weights, bands and date of the
	// scores shown before and after.
	planOptions
	// FailOn is the least severity of a finding of check, in a version of
	// a plan the diff shows, that makes the diff fail; SeverityInvalid
	// never fails.
	FailOn lint.Severity
}

func newCmdDiff(ios *iostreams.IOStreams, v *viper.Viper, runF func(*DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{IO: ios}
	var failOn string
	var allowEmpty bool
	cmd := &cobra.Command{
		Use:   "diff REV[..REV] [PATH...]",
		Short: "Show what changed in the plans since a git revision",
		Long: `Diff compares the plans of a git revision with the work tree (REV), or two
revisions (REV1..REV2), and says what changed the way a board reads it:
members who joined, left or changed status or owner; people added or
removed; goals' status, current value (with the share of the way to the
target) and due date, and their milestones added, done or moved; barriers
opened, resolved or changed in severity; budget lines and totals, with the
change in the gap; the 6 R's; reviews added, the latest ratings against
those before, and the date the next review is due; and the health score
before and after. Plans added or deleted between the versions
are shown as such; a plan moved to another file is shown as renamed from
its old path, with its changes (git's rename detection: in the work tree it
sees a file moved with git mv, or added with git add after the move).

Two revisions are written as one range, REV1..REV2: "coalition diff A B"
reads B as a path, and says so when B is a revision.

A version with errors from check is shown too, but its figures may be
misread: diff says so beside the plan, warns on stderr, and counts the
errors in JSON (errors_before, errors_after). With --fail-on, diff exits 1
when a version it shows has a finding at or above that severity.

It uses the git command found on PATH, and must run inside the repository.
Paths default to those of the configuration, else the whole repository. A
PATH under which neither version has a plan (a typo, an empty directory) is
an error (exit status 2), unless --allow-empty.`,
		Example: `  coalition diff v2026-09
  coalition diff main plans/eastside.yaml
  coalition diff v2026-06..v2026-09 --format markdown
  coalition diff main --fail-on error`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today"})
			// A...B (git's symmetric difference) is no range diff reads.
			if opts.From, opts.To, _ = strings.Cut(args[0], ".."); opts.From == "" || strings.HasPrefix(opts.To, ".") {
				return usageError(fmt.Errorf("invalid range %q: want REV or REV1..REV2", args[0]))
			}
			if opts.To == "" && len(args) > 1 {
				if err := revisionForPath(args); err != nil {
					return err
				}
			}
			opts.Scope = scopeOf(v, args[1:])
			opts.Scope.AllowEmpty = allowEmpty
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, plandiff.Registry, format.Text); err != nil {
				return err
			}
			if failOn != "" {
				if opts.FailOn, err = lint.ParseSeverity(failOn); err != nil {
					return usageError(fmt.Errorf("--fail-on: %w", err))
				}
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, plandiff.Registry, format.Text)
	// Not the fail_on of the configuration: that one is check's, and a
	// diff fails only when asked to.
	f.StringVar(&failOn, "fail-on", "", "exit 1 when a version shown has a finding of check at or above this severity: error, warning or info (default: never)")
	f.String("today", "", "date the scores are computed at, YYYY-MM-DD (default: the real date)")
	f.BoolVar(&allowEmpty, "allow-empty", false, allowEmptyUsage)
	addScoreFlags(f)
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions([]string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func diffRun(opts *DiffOptions) error {
	rep, err := plandiff.Revisions(plandiff.Options{From: opts.From, To: opts.To,
		Paths: opts.Scope.Paths, Root: opts.Scope.Root, Exclude: opts.Scope.Exclude, AllowEmpty: opts.Scope.AllowEmpty,
		Lint: opts.Lint, Score: opts.Score})
	if err != nil {
		return diffError(err)
	}
	rep.FailOn = opts.FailOn
	for _, d := range rep.Plans {
		for _, v := range []struct {
			errors *int
			rev    string
		}{{d.ErrorsBefore, rep.From}, {d.ErrorsAfter, rep.To}} {
			if v.errors != nil && *v.errors > 0 {
				fmt.Fprintf(opts.IO.ErrOut, "coalition: warning: %s\n", output.Sanitize(view.ErrorsWarning(d.Path, v.rev, *v.errors)))
			}
		}
	}
	if err := plandiff.Render(opts.IO.Out, opts.Format, rep); err != nil {
		return err
	}
	switch failed := rep.Failing(); {
	case failed == 1:
		return &ExitError{Code: ExitFindings, Err: fmt.Errorf("--fail-on %s: 1 plan compared has findings of check at or above %s", opts.FailOn, opts.FailOn)}
	case failed > 1:
		return &ExitError{Code: ExitFindings, Err: fmt.Errorf("--fail-on %s: %d plans compared have findings of check at or above %s", opts.FailOn, failed, opts.FailOn)}
	}
	return nil
}

// diffError gives an error of plandiff.Revisions its exit status: a
// mistake in what was asked (outside a repository, an unknown revision, a
// path outside the repository or with no plan) is a usage error; anything
// else, such as git failing once the repository and the revisions are
// found, is an internal failure.
func diffError(err error) error {
	var ue *plandiff.UsageError
	if errors.As(err, &ue) {
		return usageError(ue.Err)
	}
	return internalError(err)
}

// revisionForPath is the usage error of `coalition diff A B` when B, taken
// for a path, is no file or directory but a git revision: the user meant
// the range A..B. It returns nil otherwise.
func revisionForPath(args []string) error {
	if _, err := os.Stat(args[1]); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return nil
	}
	if _, err := repo.Resolve(args[1]); err != nil {
		return nil
	}
	meant := append([]string{"coalition", "diff", args[0] + ".." + args[1]}, args[2:]...)
	return usageError(fmt.Errorf("no file or directory %q, but it names a git revision; did you mean: %s", args[1], shell.Command(meant...)))
}
