package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/scorecard"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// ScoreOptions are the inputs of `coalition score`.
type ScoreOptions struct {
	IO *iostreams.IOStreams
	// Scope is what to score: the paths and the globs to skip.
	Scope Scope
	// Format is the current name of the output format, one of
	// scorecard.Formats().
	Format string
	// Explain shows every input of every dimension.
	Explain bool
	// MinScore is the least score that passes; 0 means no gate.
	MinScore int
	// AllowEmpty accepts a PATH under which no plan is found.
	AllowEmpty bool
	// planOptions are the date, the rules and the weights and bands of
	// the scoring.
	planOptions
}

func newCmdScore(ios *iostreams.IOStreams, v *viper.Viper, runF func(*ScoreOptions) error) *cobra.Command {
	opts := &ScoreOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "score [PATH...]",
		Short: "Score the health of coalition plans",
		Long: `Score gives each plan under PATH (the current directory when none is given)
a coalition health score from 0 to 100 and a band: strong (75 and above),
developing (50 to 74) or at risk (below 50). The score is the weighted mean
of nine dimensions: engagement (the 6 R's), membership, goals, barriers,
opposition (those who lose if the coalition wins, known and answered),
budget, governance, fit (the level of working together against the trust,
time and resources shown) and soundness (the findings of check). The table
says what cost each dimension points, with the line of the plan it points at;
--explain shows every input of every dimension and its formula.

Gates hold a plan below a band whatever its mean: errors from check, most
goals behind, no measurable goal, money a collaboration lacks, those most
affected absent, a target nobody at the table reaches, an opponent of power
4 or 5 unanswered, relationships gone cold, placeholder text left. The note
under the headline names the gate that capped the score; --explain lists
every gate met. What a plan must show grows with its level of working
together: a dimension its level does not expect (a networking group's
budget) is left out of the total. Placeholder text (TBD, or a sentence of
the coalition init starter) counts as missing. A file that cannot be read as
a plan is not scored.

Weights and bands can be changed with --weights and --bands, with
COALITION_SCORE_WEIGHTS_<DIMENSION> and COALITION_SCORE_BANDS_<BAND>, or in
.coalition.yaml, and each gate set to developing, at-risk or off there or
with COALITION_SCORE_GATES_<GATE>:

    min_score: 70
    score:
      weights: {engagement: 20, fit: 0}
      bands: {strong: 80, developing: 60}
      gates: {relationships-cold: off}

Weights are relative: each dimension counts weight / (sum of weights).

Exit status: 0, or 1 when --min-score is set and a plan scores below it or
cannot be scored, 2 for a usage error, a path that could not be read, or a
PATH under which no plan is found (unless --allow-empty), 3 when scoring
itself failed (its output could not be written, a bug).`,
		Example: `  coalition score plans/eastside.yaml
  coalition score --explain plans/eastside.yaml
  coalition score --min-score 70 plans/
  coalition score --weights engagement=25,fit=0 --format markdown plans/ > score.md`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"format": "format", "today": "today", "min_score": "min-score"})
			opts.Scope = scopeOf(v, args)
			opts.Scope.AllowEmpty = opts.AllowEmpty
			var err error
			if opts.Format, err = formatOf(ios, cmd, v, scorecard.Registry, format.Text); err != nil {
				return err
			}
			if opts.MinScore, err = minScore(v, cmd.Flags()); err != nil {
				return err
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return scoreRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, scorecard.Registry, format.Text)
	f.BoolVar(&opts.Explain, "explain", false, "show every input of every dimension and its formula")
	f.Var(&scoreFlag{}, "min-score", "fail (exit status 1) when a plan scores below this")
	f.BoolVar(&opts.AllowEmpty, "allow-empty", false, allowEmptyUsage)
	f.String("today", "", "date that progress and due dates are measured against, YYYY-MM-DD (default: the real date)")
	addScoreFlags(f)
	return cmd
}

func scoreRun(opts *ScoreOptions) error {
	r, err := scorecard.New(opts.Format, scorecard.Options{Color: opts.IO.ColorEnabled(), Boxes: opts.IO.IsStdoutTTY(), Width: opts.IO.TerminalWidth()})
	if err != nil {
		return usageError(err)
	}
	rep := &scorecard.Report{Dimensions: opts.Score.Dimensions, Bands: opts.Score.Bands, Explain: opts.Explain, MinScore: opts.MinScore}
	walk := opts.Scope.find()
	unreadable := func(e error) scorecard.Unreadable {
		if pe, ok := e.(*workspace.PathError); ok {
			return scorecard.Unreadable{Path: pe.Path, Error: pe.Err.Error()}
		}
		return scorecard.Unreadable{Error: e.Error()}
	}
	for _, e := range walk.Errs {
		rep.Unreadable = append(rep.Unreadable, unreadable(e))
	}
	// JSON is written plan by plan as the plans are scored; the cards kept
	// for the summary then hold only their file, score and band.
	var stream *scorecard.JSONStream
	if opts.Format == format.JSON {
		stream = scorecard.NewJSONStream(opts.IO.Out, opts.Explain)
	}
	next := 0 // results come in the order of the targets
	err = check.Run(walk.Targets, check.Options{Lint: opts.Lint}, func(res check.Result) error {
		i := next
		next++
		switch {
		case res.Err != nil:
			rep.Unreadable = append(rep.Unreadable, scorecard.Unreadable{Path: res.Path, Error: res.Err.Error()})
		case res.Skipped:
			walk.NotPlan(i)
			rep.Skipped++
		default:
			c := score.Score(res.File, res.Diagnostics, opts.Score)
			if stream != nil {
				if err := stream.Card(c); err != nil {
					return err
				}
				c = &score.Card{Path: c.Path, Scored: c.Scored, Score: c.Score, Band: c.Band}
				rep.Cards = append(rep.Cards, c)
				return nil
			}
			// Keep only what the output shows, so that memory grows slowly
			// with the number of plans: the table and Markdown show the
			// findings of a single plan.
			switch {
			case opts.Explain:
			case len(rep.Cards) == 0:
				for i := range c.Dimensions {
					c.Dimensions[i].Items = c.Dimensions[i].Findings()
				}
			default:
				slim(c)
				if len(rep.Cards) == 1 {
					slim(rep.Cards[0]) // several plans: scores only
				}
			}
			rep.Cards = append(rep.Cards, c)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range opts.Scope.empty(walk) {
		u := unreadable(e)
		u.NoPlans = true
		rep.Unreadable = append(rep.Unreadable, u)
	}
	if stream != nil {
		err = stream.End(rep)
	} else {
		err = r.Render(opts.IO.Out, rep)
	}
	if err != nil {
		return err
	}
	switch {
	case len(rep.Unreadable) > 0:
		return &ExitError{Code: ExitUsage}
	case rep.Summarize().Failed:
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// slim drops what the overview of several plans does not show: the inputs
// of the dimensions, the notes and the gates (the gates' band is in the
// score).
func slim(c *score.Card) {
	for i := range c.Dimensions {
		c.Dimensions[i].Items = nil
	}
	c.Notes, c.Gates = nil, nil
}
