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
	"github.com/coalition-tools/coalition/pkg/history"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/public"
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
	// Trend is how many board meetings, or changes, the trend shows; 0
	// for no trend. MeetingTags is the pattern of the tags of board
	// meetings (history.meetings).
	Trend       int
	MeetingTags string
	// Public writes the brief from the public form of the plan (--public,
	// brief.public).
	Public bool
}

func newCmdBrief(ios *iostreams.IOStreams, v *viper.Viper, runF func(*BriefOptions) error) *cobra.Command {
	opts := &BriefOptions{IO: ios}
	horizon := &daysFlag{n: figures.Horizon}
	trend := &pointsFlag{n: history.DefaultTrendPoints}
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

In a git repository, the brief shows the trend: the health score and the
gap on committed income at the last --trend board meetings (6 by default;
the tags matching history.meetings, board/* unless configured, as coalition
history reads them) or, when fewer than two meetings hold a version of the
plan, at its last --trend changes, each version scored as of the day of its
commit. The Markdown brief draws the score as a Mermaid line, the HTML brief
as a small chart with the gap as bars in place of the budget chart; both
give every figure as text. --trend 0 leaves it out; a plan outside a git
repository, or with fewer than two versions, has none, and when git fails
the brief says so in a note.

--public writes the brief from the public form of the plan, safe to publish:
people named by their role, never by name; no email address or phone
number; stakeholders who are individuals (any not typed organization)
named by their type, without stance or influence; no opponent, on any list;
no notes. brief.public: true in .coalition.yaml makes it the default
(docs/reports.md).

-o FILE writes the file atomically (a temporary file, then a rename) and
refuses to write over a plan.`,
		Example: `  coalition brief plans/eastside.yaml > brief.md
  coalition brief plans/eastside.yaml --format html -o brief.html
  coalition brief plans/eastside.yaml --horizon 28   # the board meets again in four weeks
  coalition brief plans/eastside.yaml --public -o site/brief.html`,
		Args: usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today", "brief.public": "public"})
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
			opts.Horizon, opts.Trend = horizon.n, trend.n
			if opts.MeetingTags, err = meetingTags(v); err != nil {
				return err
			}
			if opts.Public, err = boolSetting(v, cmd.Flags(), "brief.public", "public"); err != nil {
				return err
			}
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
	f.Var(trend, "trend", "show the score and gap at the last `N` board meetings, or changes, of the plan (0: no trend)")
	f.Bool("public", false, "write the public form: people by role, no contact details, notes, opponents or stances of individuals (brief.public)")
	addScoreFlags(f)
	_ = cmd.RegisterFlagCompletionFunc("paper", cobra.FixedCompletions(brief.Papers(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func briefRun(opts *BriefOptions) error {
	r, err := readPlan(opts.IO, opts.Plan, opts.Lint)
	if err != nil {
		return err
	}
	p, card := r.File.Plan, score.Score(r.File, r.Diagnostics, opts.Score)
	var prepare func(*plandiff.Version)
	if opts.Public {
		red := public.New()
		p, card = red.Plan(p), red.Card(card)
		prepare = func(v *plandiff.Version) { v.Plan, v.Card = red.Plan(v.Plan), red.Card(v.Card) }
	}
	b := brief.BuildWith(opts.Plan, p, card, opts.Score.Today, brief.Settings{Weights: opts.Prospects, Horizon: opts.Horizon})
	b.Public = opts.Public
	if opts.Since != "" {
		current := &plandiff.Version{Plan: p, Card: card}
		if b.Since, err = sinceReport(opts.Plan, opts.Since, current, opts.Lint, opts.Score, prepare); err != nil {
			return inContext("--since", err)
		}
	}
	if opts.Trend > 0 {
		// The trend is a part of the brief, not its purpose: when git
		// fails, the brief says so and is written all the same.
		hopts := history.Options{Plan: opts.Plan, Meetings: opts.MeetingTags, Lint: opts.Lint, Score: opts.Score}
		if b.Trend, err = history.LoadTrend(hopts, opts.Trend); err != nil {
			b.TrendNote = fmt.Sprintf("The trend could not be read from git: %s.", strings.TrimRight(err.Error(), "."))
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
// its version at rev, given to prepare (when not nil) before it is
// compared.
func sinceReport(path, rev string, current *plandiff.Version, lopts lint.Options, sopts score.Options, prepare func(*plandiff.Version)) (*plandiff.Report, error) {
	rep, err := plandiff.Revisions(plandiff.Options{From: rev, Paths: []string{path}, Root: ".",
		Lint: lopts, Score: sopts, Known: map[string]*plandiff.Version{path: current}, Prepare: prepare})
	if err != nil {
		return nil, diffError(err)
	}
	return rep, nil
}
