package plandiff_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/score"
)

// repo makes a git repository in a temporary directory with the files,
// committed and tagged v1, and returns its directory.
func repo(t testing.TB, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dir, "init", "-q", "-b", "main")
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "first")
	git(t, dir, "tag", "v1")
	return dir
}

func git(t testing.TB, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir,
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func revOptions() plandiff.Options {
	return plandiff.Options{From: "v1",
		Lint:  lint.Options{Rules: rules.All(), Today: today},
		Score: score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}}
}

// TestRevisionsErrors checks which mistakes are usage errors (exit status
// 2 in the CLI), with their messages.
func TestRevisionsErrors(t *testing.T) {
	dir := repo(t, map[string]string{"plans/a.yaml": before, "ci/w.yaml": "on: push\n"})
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tc := range []struct {
		name string
		edit func(*plandiff.Options)
		want string
	}{
		{"unknown revision", func(o *plandiff.Options) { o.From = "v9" }, `unknown revision "v9": not a commit, branch or tag of this repository`},
		{"unknown second revision", func(o *plandiff.Options) { o.To = "v9" }, `unknown revision "v9": not a commit, branch or tag of this repository`},
		{"outside the repository", func(o *plandiff.Options) { o.Paths = []string{".."} }, ".. is outside the git repository"},
		{"no such path", func(o *plandiff.Options) { o.Paths = []string{"nosuch"} }, "nosuch: no such file or directory"},
		{"empty directory", func(o *plandiff.Options) { o.Paths = []string{"empty"} },
			"empty: no plans found in v1 or in the work tree; pass --allow-empty if that is expected"},
		{"YAML that is not a plan", func(o *plandiff.Options) { o.Paths = []string{"ci", "plans", "empty"} },
			"ci, empty: no plans found in v1 or in the work tree; pass --allow-empty if that is expected"},
		{"a typo between revisions", func(o *plandiff.Options) { o.To, o.Paths = "HEAD", []string{"plans/b.yaml"} },
			"plans/b.yaml: no plans found in v1 or in HEAD; pass --allow-empty if that is expected"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := revOptions()
			tc.edit(&o)
			_, err := plandiff.Revisions(o)
			var ue *plandiff.UsageError
			if !errors.As(err, &ue) || err.Error() != tc.want {
				t.Errorf("error %v (%T), want the usage error %q", err, err, tc.want)
			}
		})
	}
}

// TestRevisionsOutsideARepository checks that running outside a git
// repository is a usage error.
func TestRevisionsOutsideARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Chdir(t.TempDir())
	_, err := plandiff.Revisions(revOptions())
	var ue *plandiff.UsageError
	if !errors.As(err, &ue) || !errors.Is(err, gitrepo.ErrNotRepo) {
		t.Errorf("error %v (%T), want the usage error %q", err, err, gitrepo.ErrNotRepo)
	}
}

// TestRevisionsAllowEmpty checks that AllowEmpty accepts a PATH with no
// plan, and that a PATH with a plan in one version only is not empty.
func TestRevisionsAllowEmpty(t *testing.T) {
	dir := repo(t, map[string]string{"plans/a.yaml": before, "old/b.yaml": before})
	for _, p := range []string{"empty", "new"} {
		if err := os.Mkdir(filepath.Join(dir, p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	o := revOptions()
	o.Paths, o.AllowEmpty = []string{"empty", "plans"}, true
	rep, err := plandiff.Revisions(o)
	if err != nil || len(rep.Plans) != 0 || rep.Unchanged != 1 {
		t.Fatalf("allow empty: %+v, %v; want 1 unchanged plan", rep, err)
	}
	if err := os.Remove(filepath.Join(dir, "old", "b.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "new", "c.yaml"), []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	o = revOptions()
	o.Paths = []string{"old", "new"}
	rep, err = plandiff.Revisions(o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range rep.Plans {
		got = append(got, d.Path+" "+d.Status)
	}
	if strings.Join(got, ", ") != "new/c.yaml added, old/b.yaml deleted" {
		t.Errorf("plans %q, want new/c.yaml added, old/b.yaml deleted", got)
	}
}

// TestRevisionsWholeRepositoryAndAPath is a regression test: with the
// PATHs "." and "plans", the old version was listed under plans only, so
// that a plan elsewhere, the same in both versions, was shown as added.
func TestRevisionsWholeRepositoryAndAPath(t *testing.T) {
	dir := repo(t, map[string]string{"plans/a.yaml": before, "other/b.yaml": before})
	t.Chdir(dir)
	o := revOptions()
	o.Paths = []string{".", "plans"}
	rep, err := plandiff.Revisions(o)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Plans) != 0 || rep.Unchanged != 2 {
		t.Errorf("%s; want 2 unchanged", rep.Summary())
	}
}
