package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/scorecard"
	"github.com/coalition-tools/coalition/pkg/suggest"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// ScoreOptions are the inputs of `coalition score`.
type ScoreOptions struct {
	IO *iostreams.IOStreams
	// Scope is what to score: the paths and the globs to skip.
	Scope Scope
	// Lint are the rules as configured, with their severities.
	Lint lint.Options
	// Format is table, markdown or json.
	Format string
	// Explain shows every input of every dimension.
	Explain bool
	// MinScore is the least score that passes; 0 means no gate.
	MinScore int
	// AllowEmpty accepts a PATH under which no plan is found.
	AllowEmpty bool
	// Score are the weights, bands and date of the scoring.
	Score score.Options
}

func newCmdScore(ios *iostreams.IOStreams, v *viper.Viper, runF func(*ScoreOptions) error) *cobra.Command {
	opts := &ScoreOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "score [PATH...]",
		Short: "Score the health of coalition plans",
		Long: `Score gives each plan under PATH (the current directory when none is given)
a coalition health score from 0 to 100 and a band: strong (75 and above),
developing (50 to 74) or at risk (below 50). The score is the weighted mean
of eight dimensions: engagement (the 6 R's), membership, goals, barriers,
budget, governance, fit (the level of working together against the trust,
time and resources shown) and soundness (the findings of check). The table
says what cost each dimension points, with the line of the plan it points at;
--explain shows every input of every dimension and its formula.

A plan with errors from check is still scored where possible, says so, and
cannot be in the strong band. A file that cannot be read as a plan is not
scored.

Weights and bands can be changed with --weights and --bands, with
COALITION_SCORE_WEIGHTS_<DIMENSION> and COALITION_SCORE_BANDS_<BAND>, or in
.coalition.yaml:

    min_score: 70
    score:
      weights: {engagement: 20, fit: 0}
      bands: {strong: 80, developing: 60}

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
			opts.Format = v.GetString("format")
			if _, err := scorecard.New(opts.Format, scorecard.Options{}); err != nil {
				return settingError(v, cmd.Flags(), "format", "format", err)
			}
			var err error
			if opts.MinScore, err = minScore(v, cmd.Flags()); err != nil {
				return err
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
			return scoreRun(opts)
		},
	}
	f := cmd.Flags()
	f.String("format", "table", "output format: "+strings.Join(scorecard.Formats(), ", "))
	f.BoolVar(&opts.Explain, "explain", false, "show every input of every dimension and its formula")
	f.Var(&scoreFlag{}, "min-score", "fail (exit status 1) when a plan scores below this")
	f.BoolVar(&opts.AllowEmpty, "allow-empty", false, allowEmptyUsage)
	f.String("today", "", "date that progress and due dates are measured against, YYYY-MM-DD (default: the real date)")
	addScoreFlags(f)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(scorecard.Formats(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func defaultWeights() string {
	var parts []string
	for _, d := range score.All() {
		parts = append(parts, fmt.Sprintf("%s=%d", d.Name, d.Weight))
	}
	return strings.Join(parts, ",")
}

// addScoreFlags defines the --weights and --bands flags of the commands that
// show a score; scoreOptions reads them.
func addScoreFlags(f *pflag.FlagSet) {
	f.Var(newNamedWholes(0, config.MaxWhole, "DIMENSION=NUMBER, such as engagement=20"), "weights", "weights of the score's dimensions, such as engagement=20,fit=0 (default: "+defaultWeights()+")")
	f.Var(newNamedWholes(0, 100, "BAND=SCORE, such as strong=80"), "bands", fmt.Sprintf("lowest scores of the bands, such as strong=80,developing=60 (default: strong=%d,developing=%d)", score.DefaultBands.Strong, score.DefaultBands.Developing))
}

// scoreOptions gathers weights and bands: defaults, then the config file,
// then the environment, then flags.
func scoreOptions(cmd *cobra.Command, v *viper.Viper) (score.Options, error) {
	o := score.Options{Dimensions: score.All(), Weights: map[string]int{}, Bands: score.DefaultBands}
	var err error
	if o.Today, err = today(v, cmd.Flags()); err != nil {
		return o, err
	}
	names := score.Names()
	// Keys of the config file that name no dimension or band are mistakes.
	for key := range v.GetStringMap("score.weights") {
		if !slices.Contains(names, key) {
			return o, usageError(fmt.Errorf("config: unknown dimension %q in score.weights%s", key, suggest.DidYouMean(key, names)))
		}
	}
	bandNames := []string{score.BandStrong, score.BandDeveloping}
	for key := range v.GetStringMap("score.bands") {
		if !slices.Contains(bandNames, key) {
			return o, usageError(fmt.Errorf("config: unknown band %q in score.bands%s", key, suggest.DidYouMean(key, bandNames)))
		}
	}
	for _, n := range names {
		if key := "score.weights." + n; v.IsSet(key) {
			w, err := whole(v, nil, key, "", "weight", 0, config.MaxWhole)
			if err != nil {
				return o, err
			}
			o.Weights[n] = w
		}
	}
	for _, b := range []struct {
		name string
		to   *int
	}{{score.BandStrong, &o.Bands.Strong}, {score.BandDeveloping, &o.Bands.Developing}} {
		if key := "score.bands." + b.name; v.IsSet(key) {
			if *b.to, err = whole(v, nil, key, "", "band", 0, 100); err != nil {
				return o, err
			}
		}
	}
	flagWeights, _ := cmd.Flags().GetStringToInt("weights")
	for n, w := range flagWeights {
		if !slices.Contains(names, n) {
			return o, usageError(fmt.Errorf("--weights: unknown dimension %q%s; want one of %s", n, suggest.DidYouMean(n, names), strings.Join(names, ", ")))
		}
		o.Weights[n] = w
	}
	flagBands, _ := cmd.Flags().GetStringToInt("bands")
	for n, s := range flagBands {
		switch n {
		case score.BandStrong:
			o.Bands.Strong = s
		case score.BandDeveloping:
			o.Bands.Developing = s
		default:
			return o, usageError(fmt.Errorf("--bands: unknown band %q%s; want strong or developing", n, suggest.DidYouMean(n, bandNames)))
		}
	}
	if err := o.Validate(); err != nil {
		return o, usageError(err)
	}
	return o, nil
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
	if opts.Format == "json" {
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
				for i := range c.Dimensions {
					c.Dimensions[i].Items = nil
				}
				if len(rep.Cards) == 1 {
					for i := range rep.Cards[0].Dimensions {
						rep.Cards[0].Dimensions[i].Items = nil // several plans: scores only
					}
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
