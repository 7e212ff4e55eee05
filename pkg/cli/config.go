package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// ConfigName is the name of the configuration file looked for in the
// current directory and its parents, up to the root of the git repository.
const ConfigName = config.FileName

// loadConfig reads the configuration file into v: the one given with
// --config, or the nearest .coalition.yaml. No file is not an error.
func loadConfig(cmd *cobra.Command, v *viper.Viper) error {
	path, _ := cmd.Flags().GetString("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil
		}
		var ok bool
		if path, ok = findUp(wd, ConfigName); !ok {
			return nil
		}
	}
	if err := validateConfig(path); err != nil {
		return err
	}
	v.SetConfigFile(path)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return usageError(fmt.Errorf("config file %s: %w", path, pe.Err))
		}
		return usageError(fmt.Errorf("config file %s: %w", path, err))
	}
	return nil
}

// maxConfigSize bounds the configuration file: it is a handful of keys.
const maxConfigSize = 1 << 20

// validateConfig checks the keys and values of the configuration file, so
// that a misspelt key is an error with its position and a suggestion, not a
// setting silently ignored.
func validateConfig(path string) error {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return usageError(fmt.Errorf("config file %s: %w", path, err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return usageError(fmt.Errorf("config file %s: %w", path, err))
	}
	if len(data) > maxConfigSize {
		return usageError(fmt.Errorf("config file %s: larger than 1 MiB", path))
	}
	problems := config.Validate(data, config.Names{Rules: rules.IDs(), Dimensions: score.Names()})
	if len(problems) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "config file %s has %d mistake(s):", path, len(problems))
	for _, p := range problems {
		fmt.Fprintf(&b, "\n%s:%d:%d: %s", path, p.Pos.Line, p.Pos.Col, output.Sanitize(p.Message))
	}
	return usageError(errors.New(b.String()))
}

// findUp looks for name in dir and its parents, stopping after the
// directory that holds .git (the root of the repository) or at the root of
// the file system.
func findUp(dir, name string) (string, bool) {
	for {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// bindFlags binds the flags of the running command to viper keys. It is
// called when a command runs, so that commands sharing a key (format,
// today) never see each other's flags.
func bindFlags(v *viper.Viper, fs *pflag.FlagSet, keys map[string]string) {
	for key, name := range keys {
		_ = v.BindPFlag(key, fs.Lookup(name))
	}
}

// lintOptions returns the options of the rules as configured: every rule,
// with the severity the configuration (file or COALITION_RULES_<RULE> in the
// environment) gives it, checked as of today.
func lintOptions(v *viper.Viper, today plan.Date) (lint.Options, error) {
	sev, err := severities(v)
	return lint.Options{Rules: rules.All(), Today: today, Severity: sev}, err
}

// severities returns the severity of each rule that the configuration sets.
func severities(v *viper.Viper) (map[string]lint.Severity, error) {
	out := map[string]lint.Severity{}
	for _, id := range rules.IDs() {
		key := "rules." + id
		if !v.IsSet(key) {
			continue
		}
		word := v.GetString(key)
		if word == "off" {
			out[id] = lint.SeverityInvalid
			continue
		}
		sev, err := lint.ParseSeverity(word)
		if err != nil {
			return nil, usageError(fmt.Errorf("%s: %w (or off)", key, err))
		}
		out[id] = sev
	}
	return out, nil
}

// Scope is where check and score look: the paths, and the globs to skip,
// relative to the directory of the configuration file.
type Scope struct {
	// Paths are the paths given, else those of the configuration, else ".".
	Paths []string
	// Root is the directory the exclude globs are relative to.
	Root string
	// Exclude are the globs of walked files to skip.
	Exclude []string
	// Changed, when not empty, limits the files to those changed against
	// this git revision (see --changed).
	Changed string
}

// scopeOf resolves the paths to read from the arguments and the
// configuration.
func scopeOf(v *viper.Viper, args []string) Scope {
	s := Scope{Paths: args, Root: ".", Exclude: v.GetStringSlice("exclude")}
	if f := v.ConfigFileUsed(); f != "" {
		s.Root = filepath.Dir(f)
	}
	if len(s.Paths) == 0 {
		wd, _ := os.Getwd()
		for _, p := range v.GetStringSlice("paths") {
			if !filepath.IsAbs(p) {
				p = filepath.Join(s.Root, p)
			}
			// Shown relative to the current directory, as typed paths are.
			if rel, err := filepath.Rel(wd, p); err == nil && wd != "" {
				p = rel
			}
			s.Paths = append(s.Paths, p)
		}
	}
	if len(s.Paths) == 0 {
		s.Paths = []string{"."}
	}
	return s
}

// find finds the targets of a scope.
func (s Scope) find() ([]workspace.Target, []error) {
	if s.Changed != "" {
		return s.changed()
	}
	targets, errs := workspace.Find(s.Paths)
	return workspace.Exclude(targets, s.Root, s.Exclude), errs
}

// changed finds the YAML files changed against the revision under the
// scope's paths. They count as walked files: a changed file that is not a
// plan is skipped.
func (s Scope) changed() ([]workspace.Target, []error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, []error{err}
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return nil, []error{fmt.Errorf("--changed: %w", err)}
	}
	files, err := repo.Changed(s.Changed)
	if err != nil {
		return nil, []error{fmt.Errorf("--changed: %w", err)}
	}
	var under []string
	for _, p := range s.Paths {
		if rel, ok := repo.FromWorkTree(wd, p); ok {
			under = append(under, rel)
		}
	}
	var targets []workspace.Target
	for _, f := range files {
		if !workspace.IsPlanFileName(f) || !within(f, under) {
			continue
		}
		path := repo.Rel(wd, f)
		if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
			continue
		}
		targets = append(targets, workspace.Target{Path: path})
	}
	return workspace.Exclude(targets, s.Root, s.Exclude), nil
}

// within reports whether the slash path f is one of dirs or under one.
func within(f string, dirs []string) bool {
	for _, d := range dirs {
		if d == "." || f == d || strings.HasPrefix(f, d+"/") {
			return true
		}
	}
	return false
}

// today returns the date given with --today (or COALITION_TODAY, or the
// config file), else the real date.
func today(v *viper.Viper) (plan.Date, error) {
	if t, ok := v.Get("today").(time.Time); ok {
		// An unquoted date in the config file arrives as a time.
		return plan.DateOf(t), nil
	}
	s := v.GetString("today")
	if s == "" {
		return plan.DateOf(time.Now()), nil
	}
	d, err := time.Parse(plan.DateLayout, s)
	if err != nil {
		return plan.Date{}, usageError(fmt.Errorf("--today: invalid date %q: want YYYY-MM-DD", s))
	}
	return plan.DateOf(d), nil
}
