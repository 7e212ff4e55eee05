package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/safefile"
	"github.com/coalition-tools/coalition/pkg/score"
)

// BriefOptions are the inputs of `coalition brief`.
type BriefOptions struct {
	IO *iostreams.IOStreams
	// Plan is the plan file.
	Plan string
	// Format is the current name of the output format, one of
	// brief.Formats().
	Format string
	// Output is the file to write, stdout when empty.
	Output string
	// Since adds what changed since this git revision.
	Since string
	// planOptions are the rules and the weights, bands and date of the
	// score on the brief; its date is the date of the brief.
	planOptions
	// Paper is the sheet the HTML brief prints on, empty for the paper
	// usual for the plan's currency.
	Paper brief.Paper
	// Horizon is how many days ahead "Due before the next meeting" looks.
	Horizon int
}

func newCmdBrief(ios *iostreams.IOStreams, v *viper.Viper, runF func(*BriefOptions) error) *cobra.Command {
	opts := &BriefOptions{IO: ios}
	horizon := &daysFlag{n: figures.Horizon}
	cmd := &cobra.Command{
		Use:   "brief PLAN",
		Short: "Write the one-page board-meeting brief of a plan",
		Long: `Brief writes the one-page brief that goes in the board packet: the
coalition, the date, the health score and its band; the key figures (active
members and prospects, goals on track, at risk, overdue and done); the budget
(expenses, committed income, the gap on committed and on all income, in-kind
support, exact to the cent in the plan's currency); the top risks (open
high-severity barriers, opposition tactics seen); goals due in the next 90
days; the 6 R's not in place; the latest review's seven ratings against the
review before (↑, ↓ or = per aspect) and when the next review is due; and
the decisions the board should take.

A plan with an actions section also gets "Due before the next meeting", the
open actions (planned, doing or blocked) due within --horizon days (45 by
default: set it to the days until the next meeting), and "Overdue", the open
actions past their due date, each with its owner by name and the days left
or gone; each lists three, then says how many more (coalition show PLAN
actions lists them all).

--format markdown (the default) uses Mermaid diagrams that GitHub renders;
--format html is one self-contained page (inline CSS and SVG charts, nothing
fetched from the network) that prints to a clean one-page PDF, on US letter
for a plan in USD or CAD and on A4 otherwise; --paper chooses.

--since REV adds a section "Since REV" with what changed in the plan since
that git revision, as coalition diff shows it (the first eight changes).

-o FILE writes the file atomically (a temporary file, then a rename) and
refuses to write over a plan.`,
		Example: `  coalition brief plans/eastside.yaml > brief.md
  coalition brief plans/eastside.yaml --format html -o brief.html
  coalition brief plans/eastside.yaml --horizon 28   # the board meets again in four weeks`,
		Args: usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today"})
			opts.Plan = args[0]
			dflt := format.Markdown
			if strings.HasSuffix(strings.ToLower(opts.Output), ".html") || strings.HasSuffix(strings.ToLower(opts.Output), ".htm") {
				dflt = format.HTML
			}
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, brief.Registry, dflt); err != nil {
				return err
			}
			if paper, _ := cmd.Flags().GetString("paper"); paper != "" {
				if opts.Paper, err = brief.ParsePaper(paper); err != nil {
					return usageError(fmt.Errorf("--paper: %w", err))
				}
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			opts.Horizon = horizon.n
			if runF != nil {
				return runF(opts)
			}
			return briefRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, brief.Registry, "html for -o FILE.html, else markdown")
	f.StringVarP(&opts.Output, "output", "o", "", "write to FILE (atomically; never over a plan) instead of stdout")
	f.String("today", "", "date of the brief, YYYY-MM-DD (default: the real date)")
	f.String("paper", "", "paper the HTML brief prints on: a4 or letter (default: letter for plans in USD or CAD, else a4)")
	f.Var(horizon, "horizon", "list the open actions due within this many `DAYS` under \"Due before the next meeting\"")
	f.StringVar(&opts.Since, "since", "", "add a section with what changed since git revision `REV` (the last board meeting's tag)")
	addScoreFlags(f)
	_ = cmd.RegisterFlagCompletionFunc("paper", cobra.FixedCompletions(brief.Papers(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func briefRun(opts *BriefOptions) error {
	r, err := readPlan(opts.IO, opts.Plan, opts.Lint)
	if err != nil {
		return err
	}
	card := score.Score(r.File, r.Diagnostics, opts.Score)
	b := brief.BuildWith(opts.Plan, r.File.Plan, card, opts.Score.Today, brief.Settings{Weights: opts.Prospects, Horizon: opts.Horizon})
	if opts.Since != "" {
		current := &plandiff.Version{Plan: r.File.Plan, Card: card}
		if b.Since, err = sinceReport(opts.Plan, opts.Since, current, opts.Lint, opts.Score); err != nil {
			return inContext("--since", err)
		}
	}
	rd, err := brief.New(opts.Format, brief.Options{Paper: opts.Paper})
	if err != nil {
		return usageError(err)
	}
	return writeOut(opts.IO, opts.Output, []string{opts.Plan}, func(buf *bytes.Buffer) error { return rd.Render(buf, b) })
}

// writeOut renders into memory, then writes stdout or, with a file name,
// the file as safefile.Write does: atomically for a file, directly for a
// terminal, a FIFO or /dev/stdout, never over one of the plans read, nor
// over a file the user may not write, nor to standard input.
//
// A path that cannot take the output (no such directory, a directory, a
// plan, a file the user may not write) is a usage error (ExitUsage), fixed
// by choosing another; a failure of the system while the output is written
// (a full disk, an I/O error) is ExitInternal, as for standard output.
func writeOut(ios *iostreams.IOStreams, path string, plans []string, render func(*bytes.Buffer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return err
	}
	if path == "" || path == "-" {
		_, err := ios.Out.Write(buf.Bytes())
		return err
	}
	if err := safefile.Write(path, buf.Bytes(), plans...); err != nil {
		err = fmt.Errorf("-o %s: %w", path, err)
		if safefile.IsWriteFailure(err) {
			return internalError(err)
		}
		return usageError(err)
	}
	return nil
}

// sinceReport compares the plan, already read and scored as current, with
// its version at rev.
func sinceReport(path, rev string, current *plandiff.Version, lopts lint.Options, sopts score.Options) (*plandiff.Report, error) {
	rep, err := plandiff.Revisions(plandiff.Options{From: rev, Paths: []string{path}, Root: ".",
		Lint: lopts, Score: sopts, Known: map[string]*plandiff.Version{path: current}})
	if err != nil {
		return nil, diffError(err)
	}
	return rep, nil
}
