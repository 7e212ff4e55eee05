package history

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// trendRepo builds a repository in which harbor is committed four times,
// a month apart, each time with another current value of its first goal;
// the first three commits are tagged board/1 to board/3. It returns its
// directory.
func trendRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	git := func(date string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org",
			"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	git("2026-01-15T10:00:00Z", "init", "-q", "-b", "main")
	for i, current := range []string{"150", "220", "250", "320"} {
		date := []string{"2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15"}[i] + "T10:00:00Z"
		src := strings.Replace(harbor, "current: 250", "current: "+current, 1)
		if err := os.WriteFile(filepath.Join(dir, "harbor.yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		git(date, "add", "harbor.yaml")
		git(date, "commit", "-q", "-m", "version "+current)
		if i < 3 {
			git(date, "tag", "board/"+string(rune('1'+i)))
		}
	}
	return dir
}

// TestLoadTrend checks the versions the brief's trend shows: the last
// board meetings' when two or more hold one, else the last changes, the
// oldest first; nothing to chart outside a repository or with one
// version.
func TestLoadTrend(t *testing.T) {
	dir := trendRepo(t)
	t.Chdir(dir)
	lopts, sopts := options()
	opts := Options{Plan: "harbor.yaml", Lint: lopts, Score: sopts}
	dates := func(tr *Trend) string {
		var out []string
		for _, r := range tr.Points {
			out = append(out, r.Date.String()+" "+strings.Join(r.Meetings, ","))
		}
		return strings.Join(out, "; ")
	}
	for _, tc := range []struct {
		name string
		n    int
		tags []string // deleted before
		by   bool
		want string
	}{
		{"the meetings", 6, nil, true, "2026-01-15 board/1; 2026-02-15 board/2; 2026-03-15 board/3"},
		{"the last two meetings", 2, nil, true, "2026-02-15 board/2; 2026-03-15 board/3"},
		{"one meeting: the changes", 6, []string{"board/1", "board/2"}, false, "2026-01-15 ; 2026-02-15 ; 2026-03-15 board/3; 2026-04-15 "},
		{"the last three changes", 3, nil, false, "2026-02-15 ; 2026-03-15 board/3; 2026-04-15 "},
	} {
		for _, tag := range tc.tags {
			cmd := exec.Command("git", "tag", "-d", tag)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("git tag -d: %v\n%s", err, out)
			}
		}
		tr, err := LoadTrend(opts, tc.n)
		if err != nil || tr == nil {
			t.Fatalf("%s: %v, %v", tc.name, tr, err)
		}
		if tr.ByMeetings != tc.by || dates(tr) != tc.want || tr.Meetings != DefaultMeetings {
			t.Errorf("%s: by meetings %v, %s; want %v, %s", tc.name, tr.ByMeetings, dates(tr), tc.by, tc.want)
		}
		for _, r := range tr.Points {
			if !r.Scored || r.Gap == nil || r.Gap.String() != "8000.00" {
				t.Errorf("%s: %s not scored, or gap %v", tc.name, r.Date, r.Gap)
			}
		}
	}
	for _, tc := range []struct {
		name string
		n    int
		plan string
	}{{"one point asked", 1, "harbor.yaml"}, {"none asked", 0, "harbor.yaml"}, {"no commit of the file", 6, "new.yaml"}} {
		if tc.plan == "new.yaml" {
			if err := os.WriteFile("new.yaml", []byte(harbor), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		o := opts
		o.Plan = tc.plan
		if tr, err := LoadTrend(o, tc.n); tr != nil || err != nil {
			t.Errorf("%s: %v, %v; want nothing to chart", tc.name, tr, err)
		}
	}
	// Outside a repository: nothing to chart, no error.
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "harbor.yaml"), []byte(harbor), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(out)
	if tr, err := LoadTrend(opts, 6); tr != nil || err != nil {
		t.Errorf("outside a repository: %v, %v; want nothing to chart", tr, err)
	}
}
