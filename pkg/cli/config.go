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
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/scorecard"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// ConfigName is the name of the configuration file looked for in the
// current directory and its parents, up to the root of the git repository.
const ConfigName = config.FileName

// loadConfig reads the configuration file into v: the one given with
// --config, or the nearest .coalition.yaml. No file is not an error.
func loadConfig(cmd *cobra.Command, v *viper.Viper) error {
	if bad := config.CheckEnv(os.Environ(), configNames()); len(bad) > 0 {
		return usageError(errors.New(strings.Join(bad, "\n")))
	}
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
			return usageError(fmt.Errorf("config file %s: %w", shownPath(path), pe.Err))
		}
		return usageError(fmt.Errorf("config file %s: %w", shownPath(path), err))
	}
	return nil
}

// maxConfigSize bounds the configuration file: it is a handful of keys.
const maxConfigSize = 1 << 20

// validateConfig checks the keys and values of the configuration file, so
// that a misspelt key is an error with its position and a suggestion, not a
// setting silently ignored.
func validateConfig(path string) error {
	shown := shownPath(path)
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return usageError(fmt.Errorf("config file %s: %w", shown, err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return usageError(fmt.Errorf("config file %s: %w", shown, err))
	}
	if len(data) > maxConfigSize {
		return usageError(fmt.Errorf("config file %s: larger than 1 MiB", shown))
	}
	problems := config.Validate(data, configNames())
	if len(problems) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "config file %s has %d mistake(s):", shown, len(problems))
	for _, p := range problems {
		fmt.Fprintf(&b, "\n%s:%d:%d: %s", shown, p.Pos.Line, p.Pos.Col, output.Sanitize(p.Message))
	}
	return usageError(errors.New(b.String()))
}

// configNames are the rule ids, score dimensions and output formats
// settings may name. The setting format is read by check and score, so it
// may name a format of either; each command then takes only its own.
func configNames() config.Names {
	return config.Names{Rules: rules.IDs(), Dimensions: score.Names(),
		Formats: format.Union(output.Registry, scorecard.Registry)}
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

// Scope is where check and score look: the paths, and the globs to skip,
// relative to the directory of the configuration file.
type Scope struct {
	// Paths are the paths given, else those of the configuration, else ".".
	Paths []string
	// Root is the directory the exclude globs are relative to.
	Root string
	// Exclude are the globs of walked files to skip.
	Exclude []string
	// ConfigFile is the configuration file in use, never read as a plan.
	ConfigFile string
	// Changed, when not empty, limits the files to those changed against
	// this git revision (see --changed).
	Changed string
	// AllowEmpty accepts a PATH under which no plan is found (see
	// --allow-empty); otherwise it is an error.
	AllowEmpty bool
}

// scopeOf resolves the paths to read from the arguments and the
// configuration.
func scopeOf(v *viper.Viper, args []string) Scope {
	s := Scope{Paths: args, Root: ".", Exclude: v.GetStringSlice("exclude")}
	if f := v.ConfigFileUsed(); f != "" {
		s.Root = filepath.Dir(f)
		s.ConfigFile = f
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

// allowEmptyUsage is the help of the --allow-empty flag of the commands
// that walk PATHs.
const allowEmptyUsage = "accept a PATH under which no plan is found (by default it fails, with exit status 2)"

// find finds the targets of a scope.
func (s Scope) find() *workspace.Walk {
	if s.Changed != "" {
		return s.changed()
	}
	return workspace.Search(s.Paths, workspace.Options{Root: s.Root, Exclude: s.Exclude, ConfigFile: s.ConfigFile})
}

// empty returns the error of each PATH of walk under which no plan was
// found, unless the scope allows it. With --changed there are none: no
// changed plan is no failure.
func (s Scope) empty(walk *workspace.Walk) []error {
	if s.AllowEmpty {
		return nil
	}
	errs := walk.Empty()
	for _, e := range errs {
		if pe, ok := e.(*workspace.PathError); ok {
			pe.Err = fmt.Errorf("%w; pass --allow-empty if that is expected", pe.Err)
		}
	}
	return errs
}

// changed finds the YAML files changed against the revision under the
// scope's paths. They count as walked files: a changed file that is not a
// plan is skipped.
func (s Scope) changed() *workspace.Walk {
	fail := func(err error) *workspace.Walk { return &workspace.Walk{Errs: []error{err}} }
	wd, err := os.Getwd()
	if err != nil {
		return fail(err)
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return fail(fmt.Errorf("--changed: %w", err))
	}
	files, err := repo.Changed(s.Changed)
	if err != nil {
		return fail(fmt.Errorf("--changed: %w", err))
	}
	var paths, under []string
	for _, p := range s.Paths {
		if rel, ok := repo.FromWorkTree(wd, p); ok {
			paths, under = append(paths, p), append(under, rel)
		}
	}
	var found []workspace.Candidate
	for _, f := range files {
		if i := within(f, under); i >= 0 {
			found = append(found, workspace.Candidate{Path: repo.Rel(wd, f), Under: paths[i]})
		}
	}
	return workspace.Changed(found, workspace.Options{Root: s.Root, Exclude: s.Exclude, ConfigFile: s.ConfigFile})
}

// within returns the index of the first of dirs that is the slash path f
// or holds it, or -1.
func within(f string, dirs []string) int {
	for i, d := range dirs {
		if d == "." || f == d || strings.HasPrefix(f, d+"/") {
			return i
		}
	}
	return -1
}

// today returns the date given with --today in fs (or COALITION_TODAY, or
// the config file), else the real date. A bad date is a usage error that
// names its source and the part that is wrong.
func today(v *viper.Viper, fs *pflag.FlagSet) (plan.Date, error) {
	if t, ok := v.Get("today").(time.Time); ok {
		// An unquoted date in the config file arrives as a time.
		return plan.DateOf(t), nil
	}
	s := v.GetString("today")
	if s == "" {
		return plan.DateOf(time.Now()), nil
	}
	d, err := config.ParseDate(s)
	if err != nil {
		return plan.Date{}, settingError(v, fs, "today", "today", fmt.Errorf("invalid date %q: %w", s, err))
	}
	return plan.DateOf(d), nil
}
