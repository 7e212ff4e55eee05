package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// planOptions are the settings of every command that reads plans: the
// date, the rules with their severities and, for the commands that show a
// score, its weights and bands. The options of those commands embed it,
// and resolvePlanOptions fills it once, in RunE.
type planOptions struct {
	// Today is the date progress, due dates and the date rules are
	// measured against.
	Today plan.Date
	// Lint are the rules as configured, with their severities, as of
	// Today.
	Lint lint.Options
	// Score are the weights, bands and date (Today) of the score; the zero
	// value for a command that shows no score.
	Score score.Options
	// Limits are the thresholds of practice of the partnerships
	// (stale_after_days, max_relationships_per_owner), also in Lint.
	Limits partners.Limits
	// Prospects weigh the selection criteria when prospects are ranked.
	Prospects partners.Weights
}

// resolvePlanOptions reads the plan options of cmd: the date (--today,
// COALITION_TODAY, the configuration, else the real date), the severities
// the configuration gives the rules and, when cmd has the flags of
// addScoreFlags, the weights and bands (see scoreOptions). A bad value is a
// usage error that names its source.
func resolvePlanOptions(cmd *cobra.Command, v *viper.Viper) (planOptions, error) {
	var o planOptions
	var err error
	if o.Today, err = today(v, cmd.Flags()); err != nil {
		return planOptions{}, err
	}
	if cmd.Flags().Lookup("weights") != nil {
		if o.Score, err = scoreOptions(cmd.Flags(), v, o.Today); err != nil {
			return planOptions{}, err
		}
	}
	if o.Lint, err = lintOptions(v, o.Today); err != nil {
		return planOptions{}, err
	}
	if o.Limits, err = limits(v); err != nil {
		return planOptions{}, err
	}
	o.Lint.Limits = o.Limits
	o.Score.Limits = o.Limits
	if o.Prospects, err = prospectWeights(v); err != nil {
		return planOptions{}, err
	}
	return o, nil
}

// limits reads stale_after_days and max_relationships_per_owner; an unset
// limit keeps its default.
func limits(v *viper.Viper) (partners.Limits, error) {
	l := partners.DefaultLimits
	var err error
	if v.IsSet("stale_after_days") {
		if l.StaleAfterDays, err = whole(v, nil, "stale_after_days", "", "number of days", 1, config.MaxDays); err != nil {
			return l, err
		}
	}
	if v.IsSet("max_relationships_per_owner") {
		if l.MaxPerOwner, err = whole(v, nil, "max_relationships_per_owner", "", "number", 1, config.MaxCount); err != nil {
			return l, err
		}
	}
	return l, nil
}

// prospectWeights reads prospects.weights, a weight per selection
// criterion; a criterion left out weighs 1.
func prospectWeights(v *viper.Viper) (partners.Weights, error) {
	w := partners.Weights{}
	for _, c := range partners.CriteriaNames() {
		if key := "prospects.weights." + c; v.IsSet(key) {
			n, err := whole(v, nil, key, "", "weight", 0, config.MaxWhole)
			if err != nil {
				return nil, err
			}
			w[c] = n
		}
	}
	return w, nil
}

// lintOptions returns the options of the rules as configured: every rule,
// with the severity the configuration (file or COALITION_RULES_<RULE> in the
// environment) gives it, checked as of today.
func lintOptions(v *viper.Viper, today plan.Date) (lint.Options, error) {
	sev, err := severities(v)
	return lint.Options{Rules: rules.All(), Today: today, Severity: sev}, err
}

// severities returns the severity of each rule that the configuration
// sets: error, warning, info, or off (lint.SeverityOff).
func severities(v *viper.Viper) (map[string]lint.Severity, error) {
	out := map[string]lint.Severity{}
	for _, id := range rules.IDs() {
		key := "rules." + id
		if !v.IsSet(key) {
			continue
		}
		sev, err := lint.ParseRuleSeverity(v.GetString(key))
		if err != nil {
			return nil, settingError(v, nil, key, "", err)
		}
		out[id] = sev
	}
	return out, nil
}

func defaultWeights() string {
	var parts []string
	for _, d := range score.All() {
		parts = append(parts, fmt.Sprintf("%s=%d", d.Name, d.Weight))
	}
	return strings.Join(parts, ",")
}

// addScoreFlags defines the --weights and --bands flags of the commands that
// show a score; resolvePlanOptions reads them when they are defined.
func addScoreFlags(f *pflag.FlagSet) {
	f.Var(newNamedWholes(0, config.MaxWhole, "DIMENSION=NUMBER, such as engagement=20"), "weights", "weights of the score's dimensions, such as engagement=20,fit=0 (default: "+defaultWeights()+")")
	f.Var(newNamedWholes(0, 100, "BAND=SCORE, such as strong=80"), "bands", fmt.Sprintf("lowest scores of the bands, such as strong=80,developing=60 (default: strong=%d,developing=%d)", score.DefaultBands.Strong, score.DefaultBands.Developing))
}

// scoreOptions gathers weights and bands: defaults, then the config file,
// then the environment, then the flags in fs; the score is as of today.
func scoreOptions(fs *pflag.FlagSet, v *viper.Viper, today plan.Date) (score.Options, error) {
	o := score.Options{Dimensions: score.All(), Weights: map[string]int{}, Bands: score.DefaultBands, Today: today}
	var err error
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
	gateIDs := score.GateIDs()
	for key := range v.GetStringMap("score.gates") {
		if !slices.Contains(gateIDs, key) {
			return o, usageError(fmt.Errorf("config: unknown gate %q in score.gates%s", key, suggest.DidYouMean(key, gateIDs)))
		}
	}
	for _, id := range gateIDs {
		if key := "score.gates." + id; v.IsSet(key) {
			b := v.GetString(key)
			if !slices.Contains(score.GateBands, b) {
				return o, settingError(v, nil, key, "", fmt.Errorf("invalid gate band %q: want %s", b, strings.Join(score.GateBands, ", ")))
			}
			if o.Gates == nil {
				o.Gates = map[string]string{}
			}
			o.Gates[id] = b
		}
	}
	flagWeights, _ := fs.GetStringToInt("weights")
	for n, w := range flagWeights {
		if !slices.Contains(names, n) {
			return o, usageError(fmt.Errorf("--weights: unknown dimension %q%s; want one of %s", n, suggest.DidYouMean(n, names), strings.Join(names, ", ")))
		}
		o.Weights[n] = w
	}
	flagBands, _ := fs.GetStringToInt("bands")
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
