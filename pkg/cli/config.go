package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/partners"
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
	return config.Names{Rules: rules.IDs(), Dimensions: score.Names(), Criteria: partners.CriteriaNames(),
		Gates: score.GateIDs(), Formats: format.Union(output.Registry, scorecard.Registry)}
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
	// Staged limits the files to those staged for the commit, and reads
	// their staged versions (see --staged and Scope.staged).
	Staged bool
	// AllowEmpty accepts a PATH under which no plan is found (see
	// --allow-empty); otherwise it is an error.
	AllowEmpty bool
	// Globs is true when Paths are those of the configuration, where a
	// path may be a glob (see workspace.Options.Globs): a glob, made
	// relative to the current directory, is expanded. Paths given as
	// arguments are not: the shell expands those.
	Globs bool
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
			s.Globs = true
			if workspace.IsGlob(p) {
				s.Paths = append(s.Paths, globFrom(wd, s.Root, p))
				continue
			}
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

// globFrom returns the glob pattern, relative to the directory root (that
// of the configuration file), as a glob relative to wd, the current
// directory, so that its matches are named as typed paths are: its base
// (the directories before the first glob character) is made relative to
// wd as a path of the configuration is, with its glob characters escaped.
func globFrom(wd, root, pattern string) string {
	if filepath.IsAbs(pattern) {
		return pattern
	}
	base, rest := doublestar.SplitPattern(filepath.ToSlash(pattern))
	dir := filepath.Join(root, filepath.FromSlash(base))
	if rel, err := filepath.Rel(wd, dir); err == nil && wd != "" {
		dir = rel
	}
	return path.Join(globEscaper.Replace(filepath.ToSlash(dir)), rest)
}

// globEscaper escapes the glob characters of a name with a backslash.
var globEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`, "]", `\]`, "{", `\{`, "}", `\}`)

// allowEmptyUsage is the help of the --allow-empty flag of the commands
// that walk PATHs.
const allowEmptyUsage = "accept a PATH under which no plan is found (by default it fails, with exit status 2)"

// find finds the targets of a scope.
func (s Scope) find() *workspace.Walk {
	if s.Changed != "" {
		return s.changed()
	}
	return workspace.Search(s.Paths, workspace.Options{Root: s.Root, Exclude: s.Exclude, ConfigFile: s.ConfigFile, Globs: s.Globs})
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
	under := s.inRepo(repo, wd)
	var found []workspace.Candidate
	for _, f := range files {
		if p := within(f, under); p != nil {
			found = append(found, workspace.Candidate{Path: repo.Rel(wd, f), Under: p.dir})
		}
	}
	return workspace.Changed(found, workspace.Options{Root: s.Root, Exclude: s.Exclude, ConfigFile: s.ConfigFile})
}

// stagedFiles are the files staged for the commit under a scope's paths,
// and the reader of their staged versions.
type stagedFiles struct {
	// Walk has the files as targets, named from the current directory.
	Walk  *workspace.Walk
	blobs *gitrepo.BlobReader
	blob  map[string]string // target path -> blob
}

// Read returns the staged content of the target at path (see
// check.Options.Source).
func (s *stagedFiles) Read(path string) ([]byte, int64, error) {
	blob, ok := s.blob[path]
	if !ok {
		return nil, 0, fmt.Errorf("%s is not staged", path)
	}
	return s.blobs.Read(blob)
}

// Close ends the reading of the index.
func (s *stagedFiles) Close() error { return s.blobs.Close() }

// staged finds the YAML files staged for the commit under the scope's
// paths. They count as walked files: a staged file that is not a plan is
// skipped. Their content is the staged version, whatever the work tree
// holds.
func (s Scope) staged() (*stagedFiles, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	repo, err := gitrepo.Open(wd)
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	files, err := repo.Staged()
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	under := s.inRepo(repo, wd)
	blob := map[string]string{}
	var found []workspace.Candidate
	for _, f := range files {
		if p := within(f.Path, under); p != nil {
			path := repo.Rel(wd, f.Path)
			blob[path] = f.Blob
			found = append(found, workspace.Candidate{Path: path, Under: p.dir})
		}
	}
	blobs, err := repo.OpenBlobs()
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	walk := workspace.Staged(found, workspace.Options{Root: s.Root, Exclude: s.Exclude, ConfigFile: s.ConfigFile})
	return &stagedFiles{Walk: walk, blobs: blobs, blob: blob}, nil
}

// repoPath is a PATH of a scope as a path of the repository: rel, relative
// to its top level with forward slashes, or a glob of such paths; dir is
// the PATH as given, or the base of the glob.
type repoPath struct {
	rel, dir string
	glob     bool
}

// inRepo returns the scope's PATHs that are in the work tree of repo, as
// paths of the repository; wd is the current directory.
func (s Scope) inRepo(repo *gitrepo.Repo, wd string) []repoPath {
	var out []repoPath
	for _, p := range s.Paths {
		if s.Globs && workspace.IsGlob(p) {
			if _, err := os.Lstat(p); err != nil {
				base, rest := doublestar.SplitPattern(filepath.ToSlash(p))
				if rel, ok := repo.FromWorkTree(wd, filepath.FromSlash(base)); ok {
					out = append(out, repoPath{rel: path.Join(globEscaper.Replace(rel), rest), dir: filepath.FromSlash(base), glob: true})
				}
				continue
			}
		}
		if rel, ok := repo.FromWorkTree(wd, p); ok {
			out = append(out, repoPath{rel: rel, dir: p})
		}
	}
	return out
}

// within returns the first of paths that is the slash path f or holds it
// (a glob: matches f or a directory that holds it), or nil.
func within(f string, paths []repoPath) *repoPath {
	for i := range paths {
		p := &paths[i]
		if p.glob {
			for d := f; d != "."; d = path.Dir(d) {
				if ok, _ := doublestar.Match(p.rel, d); ok {
					return p
				}
			}
			continue
		}
		if p.rel == "." || f == p.rel || strings.HasPrefix(f, p.rel+"/") {
			return p
		}
	}
	return nil
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
