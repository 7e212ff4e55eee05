package score_test

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/score"
)

// TestDefaultBandsAsDocumented pins the bands docs/scoring.md explains
// (strong at 75 and above, developing 50 to 74, at risk below 50) at their
// exact boundaries. The generated parts of the docs follow the code, so
// only this test keeps a change to a band from passing unnoticed.
func TestDefaultBandsAsDocumented(t *testing.T) {
	if score.DefaultBands != (score.Bands{Strong: 75, Developing: 50}) {
		t.Fatalf("DefaultBands = %+v; docs/scoring.md says strong=75, developing=50", score.DefaultBands)
	}
	for _, tc := range []struct {
		score int
		want  string
	}{
		{100, score.BandStrong},
		{75, score.BandStrong},
		{74, score.BandDeveloping},
		{50, score.BandDeveloping},
		{49, score.BandAtRisk},
		{0, score.BandAtRisk},
	} {
		if got := score.DefaultBands.Of(tc.score); got != tc.want {
			t.Errorf("band of %d = %s, want %s", tc.score, got, tc.want)
		}
	}
	if score.BandAtRisk != "at-risk" {
		t.Errorf("BandAtRisk = %q; JSON and --format outputs say at-risk", score.BandAtRisk)
	}
}
