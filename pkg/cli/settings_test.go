package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

func TestNamedWholesFlag(t *testing.T) {
	for _, tc := range []struct {
		name string
		sets []string
		want string // String() after the sets, or the error of the last
	}{
		{"pairs", []string{"engagement=20,fit=0"}, "[engagement=20,fit=0]"},
		{"a second use adds", []string{"fit=0", "goals=5"}, "[fit=0,goals=5]"},
		{"a name twice is a mistake", []string{"fit=0,fit=3"}, "fit=3: fit is given twice (fit=0 before): give each once"},
		{"a name twice across uses", []string{"fit=0", "fit=3"}, "fit=3: fit is given twice (fit=0 before): give each once"},
		{"a word", []string{"engagement=twenty"}, "engagement=twenty: want a whole number"},
		{"a space", []string{"engagement= 2"}, "engagement= 2: want a whole number"},
		{"octal-looking is decimal", []string{"fit=010"}, "[fit=10]"},
		{"negative", []string{"fit=-1"}, "fit=-1: want a whole number of 0 or more"},
		{"no equals sign", []string{"engagement"}, "engagement: want DIMENSION=NUMBER, such as engagement=20"},
		{"no name", []string{"=5"}, "=5: want DIMENSION=NUMBER, such as engagement=20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newNamedWholes(0, 999_999_999, "DIMENSION=NUMBER, such as engagement=20")
			got := ""
			for _, s := range tc.sets {
				if err := f.Set(s); err != nil {
					got = err.Error()
				}
			}
			if got == "" {
				got = f.String()
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	bands := newNamedWholes(0, 100, "BAND=SCORE, such as strong=80")
	if err := bands.Set("strong=101"); err == nil || err.Error() != "strong=101: want a whole number from 0 to 100" {
		t.Errorf("bands: strong=101: %v", err)
	}
}

// TestNamedWholesReadAsStringToInt checks that FlagSet.GetStringToInt reads
// the flag, as the commands do.
func TestNamedWholesReadAsStringToInt(t *testing.T) {
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	fs.Var(newNamedWholes(0, 100, "X"), "bands", "")
	if err := fs.Parse([]string{"--bands", "strong=80,developing=40"}); err != nil {
		t.Fatal(err)
	}
	m, err := fs.GetStringToInt("bands")
	if err != nil || m["strong"] != 80 || m["developing"] != 40 || len(m) != 2 {
		t.Errorf("GetStringToInt = %v, %v", m, err)
	}
}

func TestFlagValueErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"score", []string{"--min-score", "0x10"}, `--min-score: invalid score "0x10": want a whole number from 0 to 100`},
		{"score out of range", []string{"--min-score=101"}, `--min-score: invalid score "101": want a whole number from 0 to 100`},
		{"weights", []string{"--weights", "engagement=twenty"}, `--weights: engagement=twenty: want a whole number`},
		{"days", []string{"--horizon", "0x10"}, `--horizon: invalid number of days "0x10": want a whole number from 1 to 3650`},
		{"no days", []string{"--horizon=0"}, `--horizon: invalid number of days "0": want a whole number from 1 to 3650`},
		{"too many days", []string{"--horizon", "3651"}, `--horizon: invalid number of days "3651": want a whole number from 1 to 3650`},
		{"bool", []string{"--explain=maybe"}, `--explain: invalid value "maybe": want true or false`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
			fs.Var(&scoreFlag{}, "min-score", "")
			fs.Var(newNamedWholes(0, 999_999_999, "X"), "weights", "")
			fs.Var(&daysFlag{}, "horizon", "")
			fs.Bool("explain", false, "")
			err := fs.Parse(tc.args)
			if err == nil {
				t.Fatal("no error")
			}
			if got := flagValueError(err).Error(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSource(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	file := filepath.Join(dir, ".coalition.yaml")
	if err := os.WriteFile(file, []byte("fail_on: error\nscore:\n  weights: {fit: 3}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v := viper.New()
	v.SetEnvPrefix("COALITION")
	v.AutomaticEnv()
	v.SetConfigFile(file)
	if err := v.ReadInConfig(); err != nil {
		t.Fatal(err)
	}
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	fs.String("fail-on", "error", "")
	t.Setenv("COALITION_MIN_SCORE", "5")
	t.Setenv("COALITION_TODAY", "")
	for _, tc := range []struct {
		key, flag, want string
	}{
		{"fail_on", "fail-on", ".coalition.yaml:1:10: fail_on"},
		{"score.weights.fit", "", ".coalition.yaml:3:18: score.weights.fit"},
		{"min_score", "min-score", "$COALITION_MIN_SCORE"},
		{"today", "today", ""},
	} {
		if got := source(v, fs, tc.key, tc.flag); got != tc.want {
			t.Errorf("source(%s) = %q, want %q", tc.key, got, tc.want)
		}
	}
	if err := fs.Parse([]string{"--fail-on", "info"}); err != nil {
		t.Fatal(err)
	}
	if got := source(v, fs, "fail_on", "fail-on"); got != "--fail-on" {
		t.Errorf("source(fail_on) after the flag = %q", got)
	}
}

func TestPlainLinks(t *testing.T) {
	const base = "https://example.org/docs/rules.md"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"relative", "see [plan-format.md](plan-format.md).", "see plan-format.md (https://example.org/docs/plan-format.md)."},
		{"anchor", "[the rules](#dangling-ref)", "the rules (https://example.org/docs/rules.md#dangling-ref)"},
		{"absolute", "[site](https://x.org/a)", "site (https://x.org/a)"},
		{"text is the address", "[https://x.org/a](https://x.org/a)", "https://x.org/a"},
		{"two links", "[a](a.md) and [b](b.md)", "a (https://example.org/docs/a.md) and b (https://example.org/docs/b.md)"},
		{"no link", "list[0] (zero)", "list[0] (zero)"},
		{"code is left", "    [T any](items []T)", "    [T any](items []T)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := plainLinks(tc.in, base); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
