package plandiff_test

import (
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plandiff"
)

func intp(n int) *int { return &n }

func TestRenamedHeadline(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    plandiff.Diff
		want string
	}{
		{"same score", plandiff.Diff{Status: plandiff.Renamed, RenamedFrom: "plans/old.yaml", ScoreBefore: intp(70), ScoreAfter: intp(70)},
			"renamed from plans/old.yaml (score 70)"},
		{"score moved", plandiff.Diff{Status: plandiff.Renamed, RenamedFrom: "plans/old.yaml", ScoreBefore: intp(70), ScoreAfter: intp(72)},
			"renamed from plans/old.yaml (score 70 → 72)"},
		{"changed keeps both scores", plandiff.Diff{Status: plandiff.Changed, ScoreBefore: intp(70), ScoreAfter: intp(70)},
			"changed (score 70 → 70)"},
		{"unreadable", plandiff.Diff{Status: plandiff.Renamed, RenamedFrom: "a.yaml", Error: "a.yaml is not in v1"},
			"renamed from a.yaml: a.yaml is not in v1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.Headline(); got != tc.want {
				t.Errorf("Headline() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSummaryCountsRenames(t *testing.T) {
	r := &plandiff.Report{From: "v1", Unchanged: 2}
	if got, want := r.Summary(), "compared v1 with the work tree: 0 changed, 0 added, 0 deleted, 2 unchanged"; got != want {
		t.Errorf("no rename: %q, want %q", got, want)
	}
	r.Plans = []*plandiff.Diff{{Status: plandiff.Renamed}, {Status: plandiff.Changed}, {Status: plandiff.Added}}
	if got, want := r.Summary(), "compared v1 with the work tree: 1 changed, 1 renamed, 1 added, 0 deleted, 2 unchanged"; got != want {
		t.Errorf("with a rename: %q, want %q", got, want)
	}
}

// TestMarkdownQuotesTheCommand checks that the command to see every change
// is written for a shell, with the revision quoted when it must be.
func TestMarkdownQuotesTheCommand(t *testing.T) {
	d := &plandiff.Diff{Path: "p.yaml", Status: plandiff.Changed}
	for range 3 {
		d.Changes = append(d.Changes, plandiff.Change{Section: "goals", Text: "x"})
	}
	r := &plandiff.Report{From: "release 1", Plans: []*plandiff.Diff{d}}
	if md := plandiff.Markdown(r, 2, 1); !strings.Contains(md, "- …and 2 more (coalition diff 'release 1')\n") {
		t.Errorf("Markdown lacks the quoted command:\n%s", md)
	}
}
