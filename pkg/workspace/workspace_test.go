package workspace

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tree builds a directory from a list of entries: "name" is a file (with
// a plan in it when it ends in .yaml or .yml), "name/" a directory,
// "name -> target" a symbolic link, "name|" a FIFO.
func tree(t *testing.T, entries ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, e := range entries {
		var err error
		switch {
		case len(e) > 0 && e[len(e)-1] == '/':
			err = os.MkdirAll(filepath.Join(dir, e), 0o755)
		case len(e) > 0 && e[len(e)-1] == '|':
			path := filepath.Join(dir, e[:len(e)-1])
			os.MkdirAll(filepath.Dir(path), 0o755)
			err = syscall.Mkfifo(path, 0o644)
		default:
			if name, target, ok := strings.Cut(e, " -> "); ok {
				path := filepath.Join(dir, name)
				os.MkdirAll(filepath.Dir(path), 0o755)
				err = os.Symlink(target, path)
				break
			}
			path := filepath.Join(dir, e)
			os.MkdirAll(filepath.Dir(path), 0o755)
			err = os.WriteFile(path, []byte("apiVersion: coalition/v1\nkind: Plan\n"), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// search runs Search in dir on paths, failing the test if it takes more
// than ten seconds: a walk must never block on a FIFO or a device.
func search(t *testing.T, dir string, paths []string, opts Options) *Walk {
	t.Helper()
	t.Chdir(dir)
	done := make(chan *Walk, 1)
	go func() { done <- Search(paths, opts) }()
	select {
	case w := <-done:
		return w
	case <-time.After(10 * time.Second):
		t.Fatal("the walk blocked")
		return nil
	}
}

func targetPaths(w *Walk) []string {
	var out []string
	for _, tg := range w.Targets {
		out = append(out, filepath.ToSlash(tg.Path))
	}
	return out
}

func leftOut(p *Path) map[Reason][]string {
	out := map[Reason][]string{}
	for r, paths := range p.Left {
		for _, path := range paths {
			out[r] = append(out[r], filepath.ToSlash(path))
		}
	}
	return out
}

func TestSearch(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("links and FIFOs as on unix")
	}
	outside := tree(t, "elsewhere.yaml", "fifo|")
	for _, tc := range []struct {
		name    string
		entries []string
		paths   []string
		opts    Options
		want    []string
		left    map[Reason][]string
	}{
		{
			name:    "plain files, sorted; other names ignored",
			entries: []string{"plans/b.yml", "plans/a.yaml", "plans/notes.txt", "plans/sub/c.YAML"},
			paths:   []string{"plans"},
			want:    []string{"plans/a.yaml", "plans/b.yml", "plans/sub/c.YAML"},
			left:    map[Reason][]string{},
		},
		{
			name:    "a link inside the PATH is read, one that leaves it is not",
			entries: []string{"plans/a.yaml", "plans/in.yaml -> a.yaml", "plans/up.yaml -> ../other.yaml", "other.yaml", "plans/abs.yaml -> " + filepath.Join(outside, "elsewhere.yaml")},
			paths:   []string{"plans"},
			want:    []string{"plans/a.yaml", "plans/in.yaml"},
			left:    map[Reason][]string{LinkOutside: {"plans/abs.yaml", "plans/up.yaml"}},
		},
		{
			name:    "the same link inside a wider PATH",
			entries: []string{"plans/a.yaml", "plans/up.yaml -> ../other.yaml", "other.yaml"},
			paths:   []string{"."},
			want:    []string{"other.yaml", "plans/a.yaml", "plans/up.yaml"},
			left:    map[Reason][]string{},
		},
		{
			name:    "a FIFO, a link to one inside and one outside: never opened",
			entries: []string{"plans/a.yaml", "plans/pipe.yaml|", "plans/p2.yaml -> pipe.yaml", "plans/kmsg.yaml -> " + filepath.Join(outside, "fifo")},
			paths:   []string{"plans"},
			want:    []string{"plans/a.yaml"},
			left:    map[Reason][]string{NotRegular: {"plans/p2.yaml", "plans/pipe.yaml"}, LinkOutside: {"plans/kmsg.yaml"}},
		},
		{
			name:    "dangling links, links to directories, hidden and vendored directories",
			entries: []string{"plans/a.yaml", "plans/gone.yaml -> nowhere.yaml", "plans/dir -> ../other", "other/b.yaml", "plans/.hidden/c.yaml", "plans/vendor/d.yaml", "plans/node_modules/e.yaml"},
			paths:   []string{"plans"},
			want:    []string{"plans/a.yaml"},
			left: map[Reason][]string{Dangling: {"plans/gone.yaml"}, DirLink: {"plans/dir"},
				DirNotEntered: {"plans/.hidden", "plans/node_modules", "plans/vendor"}},
		},
		{
			name:    "the configuration file, by name and as given",
			entries: []string{".coalition.yaml", "ci/.coalition.yml", "ci/lint.yaml", "plans/a.yaml"},
			paths:   []string{"."},
			opts:    Options{ConfigFile: "ci/lint.yaml"},
			want:    []string{"plans/a.yaml"},
			left:    map[Reason][]string{Config: {".coalition.yaml", "ci/.coalition.yml", "ci/lint.yaml"}},
		},
		{
			name:    "exclude globs, relative to the root",
			entries: []string{"plans/a.yaml", "plans/archive/old.yaml", "plans/archive/link.yaml -> ../a.yaml", "plans/archive/up.yaml -> ../../o.yaml", "o.yaml"},
			paths:   []string{"plans"},
			opts:    Options{Root: ".", Exclude: []string{"plans/archive/**"}},
			want:    []string{"plans/a.yaml"},
			left:    map[Reason][]string{Excluded: {"plans/archive/link.yaml", "plans/archive/old.yaml", "plans/archive/up.yaml"}},
		},
		{
			name:    "a PATH that is a link to a directory is walked",
			entries: []string{"real/a.yaml", "real/up.yaml -> ../other.yaml", "other.yaml", "linked -> real"},
			paths:   []string{"linked"},
			want:    []string{"linked/a.yaml"},
			left:    map[Reason][]string{LinkOutside: {"linked/up.yaml"}},
		},
		{
			name:    "a file named explicitly is read whatever it links to",
			entries: []string{"plans/up.yaml -> ../other.yaml", "other.yaml"},
			paths:   []string{"plans/up.yaml", "plans"},
			want:    []string{"plans/up.yaml"},
			left:    map[Reason][]string{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, tc.entries...)
			w := search(t, dir, tc.paths, tc.opts)
			if len(w.Errs) > 0 {
				t.Errorf("errors: %v", w.Errs)
			}
			if got := targetPaths(w); !slices.Equal(got, tc.want) {
				t.Errorf("targets:\ngot  %q\nwant %q", got, tc.want)
			}
			p := w.Paths[len(w.Paths)-1]
			got := leftOut(p)
			for _, paths := range got {
				slices.Sort(paths)
			}
			if !reflect.DeepEqual(got, tc.left) {
				t.Errorf("left out:\ngot  %v\nwant %v", got, tc.left)
			}
		})
	}
}

func TestSearchNamedFIFO(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs as on unix")
	}
	dir := tree(t, "pipe.yaml|", "link.yaml -> pipe.yaml")
	w := search(t, dir, []string{"pipe.yaml", "link.yaml"}, Options{})
	if len(w.Targets) != 0 || len(w.Errs) != 2 {
		t.Fatalf("want two errors and no target, got %v, %v", w.Targets, w.Errs)
	}
	for i, name := range []string{"pipe.yaml", "link.yaml"} {
		if got, want := w.Errs[i].Error(), name+": not a regular file"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestEmpty(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("links as on unix")
	}
	for _, tc := range []struct {
		name     string
		entries  []string
		paths    []string
		opts     Options
		notPlans []string // targets that turn out not to be plans
		want     []string
	}{
		{
			name:     "YAML that is not a plan",
			entries:  []string{"empty/a.yaml", "empty/b.yml", "empty/notes.txt"},
			paths:    []string{"empty/"},
			notPlans: []string{"empty/a.yaml", "empty/b.yml"},
			want:     []string{"empty/: no plans found (2 YAML files skipped: not plans: a.yaml, b.yml)"},
		},
		{
			name:     "a few names, then how many more",
			entries:  []string{"d/a.yaml", "d/b.yaml", "d/c.yaml", "d/sub/d.yaml", "d/e.yaml"},
			paths:    []string{"d"},
			notPlans: []string{"d/a.yaml", "d/b.yaml", "d/c.yaml", "d/e.yaml", "d/sub/d.yaml"},
			want:     []string{"d: no plans found (5 YAML files skipped: not plans: a.yaml, b.yaml, c.yaml and 2 more)"},
		},
		{
			name:    "nothing at all",
			entries: []string{"d/README.md"},
			paths:   []string{"d"},
			want:    []string{"d: no plans found (no .yaml or .yml file)"},
		},
		{
			name: "every reason, in order",
			entries: []string{"d/x.yaml", "d/archive/old.yaml", "d/up.yaml -> ../o.yaml", "o.yaml", "d/gone.yaml -> no.yaml",
				"d/pipe.yaml|", "d/.coalition.yaml", "d/.git/", "o/", "d/dir -> ../o"},
			paths:    []string{"d"},
			opts:     Options{Root: ".", Exclude: []string{"d/archive/*"}},
			notPlans: []string{"d/x.yaml"},
			want: []string{"d: no plans found (1 YAML file skipped: not a plan: x.yaml; " +
				"1 YAML file skipped: excluded by the exclude globs: archive/old.yaml; " +
				"1 link skipped: it leaves d/: up.yaml; 1 link skipped: its target does not exist: gone.yaml; " +
				"1 file skipped: not a regular file: pipe.yaml; 1 file skipped: the configuration of coalition: .coalition.yaml; " +
				"1 directory not entered: .git; 1 link to a directory not followed: dir)"},
		},
		{
			name:    "only directories not entered",
			entries: []string{"d/.plans/a.yaml", "d/node_modules/b.yaml"},
			paths:   []string{"."},
			want:    []string{".: no plans found (no .yaml or .yml file; 2 directories not entered: d/.plans, d/node_modules)"},
		},
		{
			name:     "a plan under one PATH only; a file named is never empty",
			entries:  []string{"a/p.yaml", "b/x.yaml", "c/y.yaml"},
			paths:    []string{"a", "b", "c/y.yaml"},
			notPlans: []string{"b/x.yaml"},
			want:     []string{"b: no plans found (1 YAML file skipped: not a plan: x.yaml)"},
		},
		{
			name:     "a file found under two PATHs counts for both",
			entries:  []string{"a/sub/p.yaml"},
			paths:    []string{"a", "a/sub"},
			notPlans: nil,
			want:     nil,
		},
		{
			name:    "a PATH that does not exist is an error, not empty",
			entries: []string{},
			paths:   []string{"missing"},
			want:    nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, tc.entries...)
			w := search(t, dir, tc.paths, tc.opts)
			for i, tg := range w.Targets {
				if slices.Contains(tc.notPlans, filepath.ToSlash(tg.Path)) {
					w.NotPlan(i)
				}
			}
			var got []string
			for _, e := range w.Empty() {
				got = append(got, e.Error())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestLinksOutside(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("links as on unix")
	}
	dir := tree(t, "a/x.yaml -> ../o.yaml", "a/y.yaml -> ../o.yaml", "b/z.yaml -> ../o.yaml", "c/p.yaml", "o.yaml")
	w := search(t, dir, []string{"a", "b/", "c"}, Options{})
	n, paths := w.LinksOutside()
	if want := []string{"a/", "b/"}; n != 3 || !slices.Equal(paths, want) {
		t.Errorf("got %d %q, want 3 %q", n, paths, want)
	}
}

func TestChanged(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("links and FIFOs as on unix")
	}
	dir := tree(t, "plans/a.yaml", "plans/in.yaml -> a.yaml", "plans/up.yaml -> ../o.yaml", "o.yaml", "plans/pipe.yaml|",
		".coalition.yaml", "plans/archive/old.yaml", "plans/notes.txt")
	t.Chdir(dir)
	var files []Candidate
	for _, f := range []string{"plans/a.yaml", "plans/in.yaml", "plans/up.yaml", "plans/pipe.yaml", ".coalition.yaml",
		"plans/archive/old.yaml", "plans/notes.txt", "plans/deleted.yaml"} {
		under := "plans"
		if f == ".coalition.yaml" {
			under = "."
		}
		files = append(files, Candidate{Path: f, Under: under})
	}
	w := Changed(files, Options{Root: ".", Exclude: []string{"plans/archive/**"}})
	if got, want := targetPaths(w), []string{"plans/a.yaml", "plans/in.yaml"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if errs := w.Empty(); len(errs) != 0 {
		t.Errorf("--changed is never empty: %v", errs)
	}
}

// TestSearchGlobs checks the PATHs that are globs (Options.Globs): their
// matches are read as walked files, directories they match are walked, a
// glob that matches nothing is an empty PATH that says so, and a glob
// character in a name that exists is no glob.
func TestSearchGlobs(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("links as on unix")
	}
	for _, tc := range []struct {
		name    string
		entries []string
		paths   []string
		opts    Options
		want    []string
		left    map[Reason][]string
		empty   []string // the errors of Empty
	}{
		{
			name:    "files of one directory",
			entries: []string{"plans/a.yaml", "plans/b.yml", "plans/sub/c.yaml", "plans/notes.txt"},
			paths:   []string{"plans/*.yaml"},
			want:    []string{"plans/a.yaml"},
			left:    map[Reason][]string{},
		},
		{
			name:    "** spans directories, not hidden ones",
			entries: []string{"plans/a.yaml", "plans/sub/deep/c.yaml", "plans/.drafts/d.yaml"},
			paths:   []string{"plans/**/*.yaml"},
			want:    []string{"plans/a.yaml", "plans/sub/deep/c.yaml"},
			left:    map[Reason][]string{},
		},
		{
			name:    "matched directories are walked; exclude and the configuration still apply",
			entries: []string{"teams/east/plan.yaml", "teams/west/plan.yaml", "teams/west/old.yaml", "teams/.coalition.yaml", "teams/README.md", "teams/vendor/x.yaml"},
			paths:   []string{"teams/*"},
			opts:    Options{Exclude: []string{"**/old.yaml"}},
			want:    []string{"teams/east/plan.yaml", "teams/west/plan.yaml"},
			left:    map[Reason][]string{Excluded: {"teams/west/old.yaml"}, DirNotEntered: {"teams/vendor"}},
		},
		{
			name:    "a link must stay under the base of the glob",
			entries: []string{"plans/a.yaml", "plans/up.yaml -> ../other.yaml", "other.yaml"},
			paths:   []string{"plans/*.yaml"},
			want:    []string{"plans/a.yaml"},
			left:    map[Reason][]string{LinkOutside: {"plans/up.yaml"}},
		},
		{
			name:    "nothing matches, or the base does not exist",
			entries: []string{"plans/a.yaml"},
			paths:   []string{"archive/*.yaml", "plans/*.yml"},
			left:    map[Reason][]string{},
			empty: []string{"archive/*.yaml: no plans found (no file matches the glob)",
				"plans/*.yml: no plans found (no file matches the glob)"},
		},
		{
			name:    "matches that are not YAML",
			entries: []string{"plans/a.txt"},
			paths:   []string{"plans/*"},
			left:    map[Reason][]string{},
			empty:   []string{"plans/*: no plans found (no .yaml or .yml file)"},
		},
		{
			name:    "a name with a glob character that exists",
			entries: []string{"plans[old]/a.yaml"},
			paths:   []string{"plans[old]"},
			want:    []string{"plans[old]/a.yaml"},
			left:    map[Reason][]string{},
		},
		{
			name:    "globs of the command line are names",
			entries: []string{"plans/a.yaml"},
			paths:   []string{"plans/*.yaml"},
			opts:    Options{Globs: false},
			left:    map[Reason][]string{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, tc.entries...)
			opts := tc.opts
			opts.Globs = tc.name != "globs of the command line are names"
			w := search(t, dir, tc.paths, opts)
			if got := targetPaths(w); !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
			left := map[Reason][]string{}
			for _, p := range w.Paths {
				for r, paths := range leftOut(p) {
					left[r] = append(left[r], paths...)
				}
			}
			if !reflect.DeepEqual(left, tc.left) {
				t.Errorf("left out %v, want %v", left, tc.left)
			}
			var empty []string
			for _, e := range w.Empty() {
				empty = append(empty, e.Error())
			}
			if !slices.Equal(empty, tc.empty) {
				t.Errorf("empty %q, want %q", empty, tc.empty)
			}
		})
	}
}

// TestStaged checks which files staged in git's index are kept: YAML names
// that are neither the configuration nor excluded, whether the work tree
// still has them or not.
func TestStaged(t *testing.T) {
	dir := tree(t, "plans/a.yaml")
	t.Chdir(dir)
	w := Staged([]Candidate{
		{Path: "plans/a.yaml"}, {Path: "plans/deleted-from-work-tree.yaml"}, {Path: "README.md"},
		{Path: ".coalition.yaml"}, {Path: "ci/lint.yaml"}, {Path: "archive/old.yml"},
	}, Options{ConfigFile: "ci/lint.yaml", Exclude: []string{"archive/**"}})
	if got, want := targetPaths(w), []string{"plans/a.yaml", "plans/deleted-from-work-tree.yaml"}; !slices.Equal(got, want) {
		t.Errorf("targets %q, want %q", got, want)
	}
	if len(w.Paths) != 0 || len(w.Errs) != 0 {
		t.Errorf("paths %v, errors %v: want none", w.Paths, w.Errs)
	}
}
