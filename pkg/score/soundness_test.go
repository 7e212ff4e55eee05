package score_test

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/score"
)

func TestSoundness(t *testing.T) {
	runDim(t, "soundness", []dimCase{
		{name: "an error costs 25", score: 75,
			edits: []string{"    owner: city\n    status: on-track", "    owner: citty\n    status: on-track"},
			lost:  []string{`51:12: error [dangling-ref]: owner "citty" is not a member of this plan (did you mean "city"?)`}},
		{name: "a warning costs 5", score: 95,
			edits: []string{"    owner: city\n    status: on-track", "    status: on-track"},
			lost:  []string{"44:9: warning [goal-not-measurable]: goal jobs is not measurable: it has no owner"}},
	})
}

func TestErrorsCapTheScore(t *testing.T) {
	src := edit(t, base, "    owner: city\n    status: on-track", "    owner: citty\n    status: on-track")
	c := scoreOf(t, src, score.Options{})
	if !c.Scored || c.Errors != 1 || !c.Capped || c.Score != 74 || c.Band != score.BandDeveloping {
		t.Fatalf("plan with one error: scored %v, %d errors, capped %v, score %d (%s); want capped at 74, developing",
			c.Scored, c.Errors, c.Capped, c.Score, c.Band)
	}
	if c.Uncapped <= 74 {
		t.Errorf("uncapped score %d: the test plan should score above the cap without it", c.Uncapped)
	}
	if len(c.Notes) != 2 {
		t.Errorf("notes = %q, want one that the plan has errors and one that the score is capped", c.Notes)
	}
}

func TestUnreadablePlanIsNotScored(t *testing.T) {
	c := scoreOf(t, "apiVersion: coalition/v1\nkind: Plan\ncoalition: [\n", score.Options{})
	if c.Scored || c.Band != score.BandNone || len(c.Dimensions) != 0 || len(c.Notes) != 1 {
		t.Fatalf("broken YAML: scored %v, band %s, %d dimensions, notes %q; want not scored with one note",
			c.Scored, c.Band, len(c.Dimensions), c.Notes)
	}
}
