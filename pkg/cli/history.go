package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/history"
	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// HistoryOptions are the inputs of `coalition history`.
type HistoryOptions struct {
	IO *iostreams.IOStreams
	// Plan is the plan file.
	Plan string
	// Since keeps the changes made after this git revision; Last the Last
	// newest (0: all).
	Since string
	Last  int
	// Meetings keeps the versions held by a board meeting's tag; MeetingTags
	// is the pattern of those tags (history.meetings).
	Meetings    bool
	MeetingTags string
	// Format is the current name of the output format, one of those of
	// history.Registry.
	Format string
	// planOptions are the rules and the weights and bands of the scores;
	// each version is scored as of the day of its commit.
	planOptions
}

func newCmdHistory(ios *iostreams.IOStreams, v *viper.Viper, runF func(*HistoryOptions) error) *cobra.Command {
	opts := &HistoryOptions{IO: ios}
	last := &countFlag{}
	cmd := &cobra.Command{
		Use:   "history PLAN",
		Short: "Show how a plan's score and figures changed over its git history",
		Long: `History lists every commit that changed the plan, newest first, following
the file through renames, with what a board asks of each version: the date
and subject of the commit, the health score and band, the active members,
the goals on track, at risk, overdue and done, the gap on committed income
and the open actions past their due date. Each version is checked and
scored as of the day of its commit (its author date): the figures are those
the board would have seen that day. A version with errors from check is
scored with the cap of the strong band, as score does, and says so.

Tags whose name matches the pattern of history.meetings in .coalition.yaml
(or $COALITION_HISTORY_MEETINGS; default board/*) mark board meetings: a
meeting holds the newest version of the plan its tagged commit has, and the
column "board meeting" names it. --meetings keeps those versions only, one
per meeting: the plan as each board saw it.

--since REV keeps the changes made after a revision (REV..HEAD, as git log
reads it); --last N keeps the N newest (of the meetings, with --meetings).

All versions are read through one git cat-file process and scored in
parallel: 500 versions take about a second (docs/performance.md). It uses
the git command found on PATH. The formats: text (a table), markdown, json
and csv.`,
		Example: `  coalition history plans/eastside.yaml
  coalition history plans/eastside.yaml --meetings --format markdown
  coalition history plans/eastside.yaml --since board/2026-09 --format csv > trend.csv`,
		Args: usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Plan, opts.Last = args[0], last.n
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, history.Registry, format.Text); err != nil {
				return err
			}
			if opts.MeetingTags, err = meetingTags(v); err != nil {
				return err
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return historyRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, history.Registry, format.Text)
	f.StringVar(&opts.Since, "since", "", "list the changes made after git revision `REV` (REV..HEAD)")
	f.Var(last, "last", "list the `N` newest changes (of the board meetings, with --meetings)")
	f.BoolVar(&opts.Meetings, "meetings", false, "list only the versions of the board meetings: tags matching history.meetings (default board/*)")
	addScoreFlags(f)
	return cmd
}

func historyRun(opts *HistoryOptions) error {
	h, err := history.Load(history.Options{Plan: opts.Plan, Since: opts.Since, Last: opts.Last,
		Meetings: opts.MeetingTags, OnlyMeetings: opts.Meetings, Lint: opts.Lint, Score: opts.Score})
	if err != nil {
		var ue *history.UsageError
		if errors.As(err, &ue) {
			return usageError(ue.Err)
		}
		return internalError(err)
	}
	return history.Render(opts.IO.Out, opts.Format, h, history.RenderOptions{Boxes: opts.IO.IsStdoutTTY(), Width: opts.IO.TerminalWidth()})
}

// meetingTags reads history.meetings, the pattern of the tags of board
// meetings: history.DefaultMeetings when it is not set.
func meetingTags(v *viper.Viper) (string, error) {
	if !v.IsSet("history.meetings") {
		return history.DefaultMeetings, nil
	}
	pattern := v.GetString("history.meetings")
	if err := history.ValidPattern(pattern); err != nil {
		return "", settingError(v, nil, "history.meetings", "", err)
	}
	return pattern, nil
}

// pointsFlag is the value of --trend: how many versions the brief's trend
// shows, a decimal whole number from 0 (none) to history.MaxTrendPoints.
type pointsFlag struct{ n int }

func (f *pointsFlag) String() string { return fmt.Sprint(f.n) }

// Type is "int", as for pflag's int flags, in the help and the docs.
func (f *pointsFlag) Type() string { return "int" }

func (f *pointsFlag) Set(s string) error {
	n, err := config.ParseWhole(s)
	if err != nil || n < 0 || n > history.MaxTrendPoints {
		return fmt.Errorf("invalid number %q: %s", s, wholeRange(0, history.MaxTrendPoints))
	}
	f.n = n
	return nil
}

// countFlag is the value of a flag that counts things, such as --last: a
// decimal whole number of 1 or more, read as --min-score is (pflag's int
// flags read 010 as octal).
type countFlag struct{ n int }

func (f *countFlag) String() string {
	if f.n == 0 {
		return "" // no default to show in the help
	}
	return fmt.Sprint(f.n)
}

// Type is "int", as for pflag's int flags, in the help and the docs.
func (f *countFlag) Type() string { return "int" }

func (f *countFlag) Set(s string) error {
	n, err := config.ParseWhole(s)
	if err != nil || n < 1 {
		return fmt.Errorf("invalid number %q: %s", s, wholeRange(1, config.MaxWhole))
	}
	f.n = n
	return nil
}
