package cli

import (
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// planCommands are the commands that read plans, each built with a runF
// that keeps the plan options it resolved in *got, the arguments it is run
// with, and whether it shows a score (has --weights and --bands).
var planCommands = []struct {
	name   string
	args   []string
	scored bool
	build  func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command
}{
	{"check", []string{"plan.yaml"}, false, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdCheck(ios, v, func(o *CheckOptions) error { *got = o.planOptions; return nil })
	}},
	{"fmt", []string{"plan.yaml"}, false, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdFmt(ios, v, func(o *FmtOptions) error { *got = o.planOptions; return nil })
	}},
	{"show", []string{"plan.yaml"}, false, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdShow(ios, v, func(o *ShowOptions) error { *got = o.planOptions; return nil })
	}},
	{"score", []string{"--weights", "engagement=25", "plan.yaml"}, true, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdScore(ios, v, func(o *ScoreOptions) error { *got = o.planOptions; return nil })
	}},
	{"report", []string{"--weights", "engagement=25", "plan.yaml"}, true, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdReport(ios, v, func(o *ReportOptions) error { *got = o.planOptions; return nil })
	}},
	{"brief", []string{"--weights", "engagement=25", "plan.yaml"}, true, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdBrief(ios, v, func(o *BriefOptions) error { *got = o.planOptions; return nil })
	}},
	{"diff", []string{"--weights", "engagement=25", "main"}, true, func(ios *iostreams.IOStreams, v *viper.Viper, got *planOptions) *cobra.Command {
		return newCmdDiff(ios, v, func(o *DiffOptions) error { *got = o.planOptions; return nil })
	}},
}

// runPlanCommand runs the command of tc with settings set in v, as the
// configuration file would, and returns the plan options it resolved.
func runPlanCommand(t *testing.T, build func(*iostreams.IOStreams, *viper.Viper, *planOptions) *cobra.Command, args []string, settings map[string]any) (planOptions, error) {
	t.Helper()
	ios, _, _ := iostreams.Test()
	v := viper.New()
	for k, val := range settings {
		v.Set(k, val)
	}
	var got planOptions
	cmd := build(ios, v, &got)
	cmd.SetArgs(args)
	cmd.SetOut(ios.Out)
	cmd.SetErr(ios.ErrOut)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.Execute()
	return got, err
}

// TestPlanOptionsResolvedOnce checks that every command that reads plans
// resolves the same options the same way: one date, carried by the rules
// and the score; the rules with the severities of the configuration (a
// rule off is SeverityOff); and, for the commands that show a score, the
// weights and bands of the configuration and the flags.
func TestPlanOptionsResolvedOnce(t *testing.T) {
	day := plan.NewDate(2026, time.March, 4)
	settings := map[string]any{"today": "2026-03-04", "rules.sector-gap": "off", "rules.goal-overdue": "info", "score.weights.fit": 0, "score.bands.strong": 80}
	for _, tc := range planCommands {
		t.Run(tc.name, func(t *testing.T) {
			got, err := runPlanCommand(t, tc.build, tc.args, settings)
			if err != nil {
				t.Fatal(err)
			}
			if got.Today != day || got.Lint.Today != day {
				t.Errorf("today %v, rules' today %v; want %v", got.Today, got.Lint.Today, day)
			}
			if len(got.Lint.Rules) != len(rules.All()) {
				t.Errorf("%d rules, want all %d", len(got.Lint.Rules), len(rules.All()))
			}
			wantSev := map[string]lint.Severity{"sector-gap": lint.SeverityOff, "goal-overdue": lint.SeverityInfo}
			if len(got.Lint.Severity) != len(wantSev) {
				t.Errorf("severities %v, want %v", got.Lint.Severity, wantSev)
			}
			for id, sev := range wantSev {
				if got.Lint.Severity[id] != sev {
					t.Errorf("severity of %s = %v, want %v", id, got.Lint.Severity[id], sev)
				}
			}
			if !tc.scored {
				if got.Score.Dimensions != nil || got.Score.Weights != nil {
					t.Errorf("score options %+v for a command that shows no score", got.Score)
				}
				return
			}
			if got.Score.Today != day {
				t.Errorf("score's today %v, want %v", got.Score.Today, day)
			}
			if got.Score.Weights["fit"] != 0 || got.Score.Weights["engagement"] != 25 || len(got.Score.Weights) != 2 {
				t.Errorf("weights %v, want fit=0 (config) and engagement=25 (flag)", got.Score.Weights)
			}
			if got.Score.Bands.Strong != 80 {
				t.Errorf("strong band %d, want 80", got.Score.Bands.Strong)
			}
		})
	}
}

// TestPlanOptionsErrors checks that a bad setting is the same error in
// every command that reads it.
func TestPlanOptionsErrors(t *testing.T) {
	for _, bad := range []struct {
		name     string
		settings map[string]any
		want     string
		scored   bool // only the commands that show a score read it
	}{
		{"date", map[string]any{"today": "2026-13-01"}, `today: invalid date "2026-13-01": month 13 is out of range`, false},
		{"severity", map[string]any{"rules.sector-gap": "fatal"}, `rules.sector-gap: invalid severity "fatal": want error, warning, info or off`, false},
		{"weight", map[string]any{"score.weights.fit": "-1"}, `score.weights.fit: invalid weight "-1": want a whole number of 0 or more`, true},
	} {
		for _, tc := range planCommands {
			t.Run(bad.name+"/"+tc.name, func(t *testing.T) {
				_, err := runPlanCommand(t, tc.build, tc.args, bad.settings)
				want := bad.want
				if bad.scored && !tc.scored {
					want = ""
				}
				if got := errString(err); got != want {
					t.Errorf("error %q, want %q", got, want)
				}
			})
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
