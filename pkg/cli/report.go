package cli

import (
	"bytes"
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/public"
	"github.com/coalition-tools/coalition/pkg/report"
	"github.com/coalition-tools/coalition/pkg/score"
)

// ReportOptions are the inputs of `coalition report`.
type ReportOptions struct {
	IO *iostreams.IOStreams
	// Plan is the plan file.
	Plan string
	// Output is the file to write, stdout when empty.
	Output string
	// Format is the current name of the output format, one of those of
	// reportFormats.
	Format string
	// planOptions are the rules and the weights, bands and date of the
	// report's score; its date is the date of the report.
	planOptions
	// Public writes the report from the public form of the plan
	// (--public, report.public).
	Public bool
}

// reportFormats are the formats of coalition report.
var reportFormats = format.NewRegistry[func(io.Writer, *report.Input) error]().
	Register(format.Markdown, "one Markdown document for GitHub", report.Markdown)

func newCmdReport(ios *iostreams.IOStreams, v *viper.Viper, runF func(*ReportOptions) error) *cobra.Command {
	opts := &ReportOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "report PLAN",
		Short: "Write the whole plan as a Markdown report",
		Long: `Report writes the whole plan as one Markdown document that reads well on
GitHub: the coalition, its health score with what cost points, the findings
of check, and every section as tables with the computed figures (goal
progress, owners by name, budget totals and gaps to the cent).

--public writes the report from the public form of the plan, as brief
--public does: people named by their role, no contact details, no notes,
individual stakeholders without stance or influence, and no opposition
section; report.public: true in .coalition.yaml makes it the default.

-o FILE writes the file atomically and refuses to write over a plan.`,
		Example: `  coalition report plans/eastside.yaml > report.md
  coalition report plans/eastside.yaml -o reports/eastside.md
  coalition report plans/eastside.yaml --public -o site/report.md`,
		Args: usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today", "report.public": "public"})
			opts.Plan = args[0]
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, reportFormats, format.Markdown); err != nil {
				return err
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if opts.Public, err = boolSetting(v, cmd.Flags(), "report.public", "public"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, reportFormats, format.Markdown)
	f.StringVarP(&opts.Output, "output", "o", "", "write to FILE (atomically; never over a plan) instead of stdout")
	f.String("today", "", "date of the report, YYYY-MM-DD (default: the real date)")
	f.Bool("public", false, "write the public form: people by role, no contact details, notes, opposition or stances of individuals (report.public)")
	addScoreFlags(f)
	return cmd
}

func reportRun(opts *ReportOptions) error {
	r, err := readPlan(opts.IO, opts.Plan, opts.Lint)
	if err != nil {
		return err
	}
	in := &report.Input{Path: opts.Plan, Plan: r.File.Plan, Diagnostics: r.Diagnostics,
		Card: score.Score(r.File, r.Diagnostics, opts.Score), Today: opts.Score.Today,
		Limits: opts.Limits, Weights: opts.Prospects, Public: opts.Public}
	if opts.Public {
		red := public.New()
		in.Plan, in.Card, in.Diagnostics = red.Plan(in.Plan), red.Card(in.Card), red.Diagnostics(in.Diagnostics)
	}
	render, err := reportFormats.Lookup(opts.Format)
	if err != nil {
		return usageError(err)
	}
	return writeOut(opts.IO, opts.Output, []string{opts.Plan}, func(buf *bytes.Buffer) error { return render(buf, in) })
}
