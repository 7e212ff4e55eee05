package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/shell"
	"github.com/coalition-tools/coalition/pkg/view"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// DiffOptions are the inputs of `coalition diff`.
type DiffOptions struct {
	IO *iostreams.IOStreams
	// From and To are the revisions compared; To empty means the work tree.
	From, To string
	// Scope are the paths to compare and the globs to skip.
	Scope  Scope
	Format string
	// Score shapes the scores shown before and after.
	Score score.Options
	// Lint are the rules as configured, with their severities.
	Lint lint.Options
	// FailOn is the least severity of a finding of check, in a version of
	// a plan the diff shows, that makes the diff fail; SeverityInvalid
	// never fails.
	FailOn lint.Severity
}

func newCmdDiff(ios *iostreams.IOStreams, v *viper.Viper, runF func(*DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{IO: ios}
	var failOn string
	cmd := &cobra.Command{
		Use:   "diff REV[..REV] [PATH...]",
		Short: "Show what changed in the plans since a git revision",
		Long: `Diff compares the plans of a git revision with the work tree (REV), or two
revisions (REV1..REV2), and says what changed the way a board reads it:
members who joined, left or changed status or owner; people added or
removed; goals' status, current value (with the share of the way to the
target) and due date; barriers opened, resolved or changed in severity;
budget lines and totals, with the change in the gap; the 6 R's; and the
health score before and after. Plans added or deleted between the versions
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
Paths default to those of the configuration, else the whole repository.`,
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
			if !slices.Contains(plandiff.Formats(), opts.Format) {
				return usageError(fmt.Errorf("unknown format %q: want one of %s", opts.Format, strings.Join(plandiff.Formats(), ", ")))
			}
			var err error
			if failOn != "" {
				if opts.FailOn, err = lint.ParseSeverity(failOn); err != nil {
					return usageError(fmt.Errorf("--fail-on: %w", err))
				}
			}
			if opts.Score, err = scoreOptions(cmd, v); err != nil {
				return err
			}
			if opts.Lint, err = lintOptions(v, opts.Score.Today); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "text", "output format: "+strings.Join(plandiff.Formats(), ", "))
	// Not the fail_on of the configuration: that one is check's, and a
	// diff fails only when asked to.
	f.StringVar(&failOn, "fail-on", "", "exit 1 when a version shown has a finding of check at or above this severity: error, warning or info (default: never)")
	f.String("today", "", "date the scores are computed at, YYYY-MM-DD (default: the real date)")
	addScoreFlags(f)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(plandiff.Formats(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions([]string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func diffRun(opts *DiffOptions) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return usageError(err)
	}
	for _, rev := range []string{opts.From, opts.To} {
		if rev == "" {
			continue
		}
		if _, err := repo.Resolve(rev); err != nil {
			return usageError(err)
		}
	}
	rep, err := comparePlans(repo, wd, opts.From, opts.To, opts.Scope,
		opts.Lint, opts.Score, nil)
	if err != nil {
		return err // git failing is an internal failure, a bad path a usage error
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

// comparePlans compares the plans of a scope between from and to (the
// work tree when empty). A path outside the repository, or one that cannot
// be read, is a usage error; an error of git, which has found the
// repository and the revisions already, is returned as it is (an internal
// failure, see exitCode).
//
// known holds versions of work-tree files already read and scored by the
// caller, by path relative to the work tree's root; they are not read again.
func comparePlans(repo *gitrepo.Repo, wd, from, to string, scope Scope, lopts lint.Options, sopts score.Options, known map[string]*plandiff.Version) (*plandiff.Report, error) {
	var specs []string
	for _, p := range scope.Paths {
		rel, ok := repo.FromWorkTree(wd, p)
		if !ok {
			return nil, usageError(fmt.Errorf("%s is outside the git repository", p))
		}
		if rel != "." {
			specs = append(specs, rel)
		}
	}
	// The plan files of each side, by path relative to the work tree's root.
	listRev := func(rev string) ([]string, error) {
		files, err := repo.Files(rev, specs...)
		if err != nil {
			return nil, err
		}
		var targets []workspace.Target
		for _, f := range files {
			if workspace.IsPlanFileName(f) {
				targets = append(targets, workspace.Target{Path: repo.Rel(wd, f)})
			}
		}
		var out []string
		for _, t := range workspace.Exclude(targets, scope.Root, scope.Exclude) {
			rel, _ := repo.FromWorkTree(wd, t.Path)
			out = append(out, rel)
		}
		return out, nil
	}
	before, err := listRev(from)
	if err != nil {
		return nil, err
	}
	var after []string
	if to != "" {
		if after, err = listRev(to); err != nil {
			return nil, err
		}
	} else {
		targets, errs := workspace.Find(scope.Paths)
		if len(errs) > 0 {
			return nil, usageError(errs[0])
		}
		for _, t := range workspace.Exclude(targets, scope.Root, scope.Exclude) {
			if rel, ok := repo.FromWorkTree(wd, t.Path); ok {
				after = append(after, rel)
			}
		}
	}
	// A plan renamed between the versions is compared with its old file,
	// under its new name, when either name is in the scope.
	renames, err := repo.Renames(from, to)
	if err != nil {
		return nil, err
	}
	oldName := map[string]string{} // new path → old path
	for _, r := range renames {
		inBefore, inAfter := slices.Contains(before, r.From), slices.Contains(after, r.To)
		if !workspace.IsPlanFileName(r.To) || !inBefore && !inAfter || slices.Contains(after, r.From) || slices.Contains(before, r.To) {
			continue
		}
		oldName[r.To] = r.From
		before = slices.DeleteFunc(before, func(p string) bool { return p == r.From })
		if !inAfter {
			after = append(after, r.To)
		}
	}
	all := slices.Sorted(slices.Values(append(slices.Clone(before), after...)))
	all = slices.Compact(all)
	rep := &plandiff.Report{From: from, To: to}
	load := func(rev, rel string, present bool) (*plandiff.Version, error) {
		if !present {
			return nil, nil
		}
		if v, ok := known[rel]; ok && rev == "" {
			return v, nil
		}
		display := repo.Rel(wd, rel)
		var data []byte
		var err error
		if rev == "" {
			data, err = os.ReadFile(filepath.Join(repo.Root, filepath.FromSlash(rel)))
		} else {
			data, err = repo.Read(rev, rel)
		}
		if err != nil {
			return nil, err
		}
		f := plan.Parse(display, data, plan.ReadOptions{})
		if f == nil {
			return nil, nil // YAML that is not a plan
		}
		res := lint.Run(f, lopts)
		v := &plandiff.Version{Plan: f.Plan, Card: score.Score(f, res.Diagnostics, sopts)}
		for _, d := range res.Diagnostics {
			v.Worst = max(v.Worst, d.Severity)
		}
		return v, nil
	}
	for _, rel := range all {
		old, renamed := oldName[rel]
		var a *plandiff.Version
		var errA error
		if renamed {
			a, errA = load(from, old, true)
		} else {
			a, errA = load(from, rel, slices.Contains(before, rel))
		}
		b, errB := load(to, rel, slices.Contains(after, rel))
		d := plandiff.Compare(repo.Rel(wd, rel), a, b)
		switch {
		case errA != nil || errB != nil:
			d.Status, d.Error = plandiff.Changed, fmt.Sprint(errors2(errA, errB))
		case a != nil && b != nil && (a.Plan == nil || b.Plan == nil):
			d.Status, d.Error = plandiff.Changed, "a version cannot be read as a plan; run coalition check"
		}
		if renamed && (errA != nil || a != nil) && (errB != nil || b != nil) {
			d.Status, d.RenamedFrom = plandiff.Renamed, repo.Rel(wd, old)
		}
		if d.Status == plandiff.Unchanged {
			if a != nil || b != nil {
				rep.Unchanged++
			}
			continue
		}
		rep.Plans = append(rep.Plans, d)
	}
	return rep, nil
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

func errors2(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
