package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// A setting is read, like viper reads it, from the first of: its flag when
// given, its COALITION_* environment variable when set and not empty, the
// configuration file, the default. The functions here read it strictly
// and, when its value is bad, name that source in the usage error, so that
// the user knows what to fix: "--min-score", "$COALITION_MIN_SCORE" or
// ".coalition.yaml:3:12: min_score".

// source names where the value of the setting key comes from: flag is the
// name of the flag bound to it in fs ("" when none). It returns "" when the
// value is the default.
func source(v *viper.Viper, fs *pflag.FlagSet, key, flag string) string {
	if fs != nil && flag != "" {
		if f := fs.Lookup(flag); f != nil && f.Changed {
			return "--" + flag
		}
	}
	if os.Getenv(envName(key)) != "" {
		return "$" + envName(key)
	}
	if v.InConfig(key) {
		file := v.ConfigFileUsed()
		if data, err := os.ReadFile(file); err == nil {
			if pos, ok := config.Position(data, key); ok {
				return fmt.Sprintf("%s:%d:%d: %s", shownPath(file), pos.Line, pos.Col, key)
			}
		}
		return fmt.Sprintf("%s: %s", shownPath(file), key)
	}
	return ""
}

// settingError is the usage error for a bad value of the setting key,
// prefixed with where the value comes from.
func settingError(v *viper.Viper, fs *pflag.FlagSet, key, flag string, err error) error {
	src := source(v, fs, key, flag)
	if src == "" {
		src = key
	}
	return usageError(fmt.Errorf("%s: %w", src, err))
}

// shownPath is path as messages show it: relative to the current
// directory, as the user would type it.
func shownPath(path string) string {
	if !filepath.IsAbs(path) {
		return path
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil {
		return rel
	}
	return path
}

// whole reads the whole-number setting key (bound to flag in fs, if any)
// strictly, as a decimal from lo to hi. what names the value in a message:
// "score", "weight", "band".
func whole(v *viper.Viper, fs *pflag.FlagSet, key, flag, what string, lo, hi int) (int, error) {
	raw := v.Get(key)
	if raw == nil {
		return 0, nil
	}
	text := fmt.Sprint(raw)
	n, err := config.ParseWhole(text)
	if err != nil || n < lo || n > hi {
		return 0, settingError(v, fs, key, flag, fmt.Errorf("invalid %s %q: %s", what, text, wholeRange(lo, hi)))
	}
	return n, nil
}

// wholeRange says what whole numbers from lo to hi are wanted.
func wholeRange(lo, hi int) string {
	if hi >= config.MaxWhole {
		return fmt.Sprintf("want a whole number of %d or more", lo)
	}
	return fmt.Sprintf("want a whole number from %d to %d", lo, hi)
}

// minScore reads min_score, the gate of coalition score.
func minScore(v *viper.Viper, fs *pflag.FlagSet) (int, error) {
	return whole(v, fs, "min_score", "min-score", "score", 0, 100)
}

// boolSetting reads the setting key (bound to flag in fs, if any)
// strictly: true or false, as YAML writes them; false when it is not set.
func boolSetting(v *viper.Viper, fs *pflag.FlagSet, key, flag string) (bool, error) {
	switch raw := v.Get(key).(type) {
	case nil:
		return false, nil
	case bool:
		return raw, nil
	default:
		text := fmt.Sprint(raw)
		if b, ok := config.ParseBool(text); ok {
			return b, nil
		}
		return false, settingError(v, fs, key, flag, fmt.Errorf("invalid value %q: want true or false", text))
	}
}

// severitySetting reads a severity setting, such as fail_on.
func severitySetting(v *viper.Viper, fs *pflag.FlagSet, key, flag string) (lint.Severity, error) {
	sev, err := lint.ParseSeverity(v.GetString(key))
	if err != nil {
		return sev, settingError(v, fs, key, flag, err)
	}
	return sev, nil
}

// scoreFlag is the value of --min-score: a decimal whole number from 0 to
// 100. (pflag's own int flag reads 070 as octal and 0x46 as hexadecimal.)
type scoreFlag struct{ n int }

func (f *scoreFlag) String() string { return fmt.Sprint(f.n) }

// Type is "int", as for pflag's int flags, in the help and the docs.
func (f *scoreFlag) Type() string { return "int" }

func (f *scoreFlag) Set(s string) error {
	n, err := config.ParseWhole(s)
	if err != nil || n < 0 || n > 100 {
		return fmt.Errorf("invalid score %q: want a whole number from 0 to 100", s)
	}
	f.n = n
	return nil
}

// daysFlag is the value of a flag that counts days, such as --horizon: a
// decimal whole number from 1 to config.MaxDays, read as --min-score is.
type daysFlag struct{ n int }

func (f *daysFlag) String() string { return fmt.Sprint(f.n) }

// Type is "int", as for pflag's int flags, in the help and the docs.
func (f *daysFlag) Type() string { return "int" }

func (f *daysFlag) Set(s string) error {
	n, err := config.ParseWhole(s)
	if err != nil || n < 1 || n > config.MaxDays {
		return fmt.Errorf("invalid number of days %q: %s", s, wholeRange(1, config.MaxDays))
	}
	f.n = n
	return nil
}

// namedWholesFlag is the value of --weights and --bands: NAME=NUMBER pairs
// separated by commas, each number a decimal whole number from lo to hi,
// each name once. A second use of the flag adds to the first. It reads and prints as pflag's
// stringToInt flag does, so that FlagSet.GetStringToInt reads it.
type namedWholesFlag struct {
	m       map[string]int
	changed bool
	lo, hi  int
	example string
}

func newNamedWholes(lo, hi int, example string) *namedWholesFlag {
	return &namedWholesFlag{m: map[string]int{}, lo: lo, hi: hi, example: example}
}

func (f *namedWholesFlag) String() string {
	if len(f.m) == 0 {
		return "" // so that help does not print an empty default
	}
	names := make([]string, 0, len(f.m))
	for k := range f.m {
		names = append(names, k)
	}
	slices.Sort(names)
	var b strings.Builder
	for i, k := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%s=%d", k, f.m[k])
	}
	return "[" + b.String() + "]"
}

// Type is "stringToInt", as for pflag's flag of the same shape.
func (f *namedWholesFlag) Type() string { return "stringToInt" }

func (f *namedWholesFlag) Set(s string) error {
	if !f.changed {
		f.m, f.changed = map[string]int{}, true
	}
	for _, pair := range strings.Split(s, ",") {
		name, num, ok := strings.Cut(pair, "=")
		if !ok || name == "" {
			return fmt.Errorf("%s: want %s", pair, f.example)
		}
		n, err := config.ParseWhole(num)
		switch {
		case err != nil:
			return fmt.Errorf("%s: %w", pair, config.ErrNotWhole)
		case n < f.lo || n > f.hi:
			return fmt.Errorf("%s: %s", pair, wholeRange(f.lo, f.hi))
		}
		if old, dup := f.m[name]; dup {
			return fmt.Errorf("%s: %s is given twice (%s=%d before): give each once", pair, name, name, old)
		}
		f.m[name] = n
	}
	return nil
}

// flagValueError rewrites the error of a flag's value for a message:
// "--name: what is wrong", without the words of the Go parser.
func flagValueError(err error) error {
	var ive *pflag.InvalidValueError
	if !errors.As(err, &ive) {
		return err
	}
	f := ive.GetFlag()
	switch f.Value.(type) {
	case *scoreFlag, *daysFlag, *countFlag, *pointsFlag, *namedWholesFlag:
		return fmt.Errorf("--%s: %w", f.Name, ive.Unwrap())
	}
	if f.Value.Type() == "bool" {
		return fmt.Errorf("--%s: invalid value %q: want true or false", f.Name, ive.GetValue())
	}
	return fmt.Errorf("--%s: invalid value %q", f.Name, ive.GetValue())
}

// checkRepo checks, before anything is read, that the current directory
// is in a git work tree, as --staged needs.
func checkRepo() error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	_, err = gitrepo.Open(wd)
	return err
}

// checkChangedBase checks the revision of --changed before anything is
// read, so that a bad one is a usage error like any bad flag value: the
// current directory must be in a git work tree that can be compared with
// rev.
func checkChangedBase(rev string) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return err
	}
	return repo.CheckBase(rev)
}
