package score_test

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// fixed is a dimension whose one input earns points out of max.
func fixed(name string, weight int, points, max float64) *score.Dimension {
	return &score.Dimension{Name: name, Title: name, Weight: weight, Measure: func(*score.Input) []score.Item {
		return []score.Item{{Label: name, Points: points, Max: max}}
	}}
}

// TestScoreRoundsHalfUp checks both roundings of the score on values that
// land exactly on .5, and next to it: a dimension's score (100 × points /
// max) and the weighted mean of the dimensions are rounded half up, so
// 12.5 is 13 and 95.5 is 96, never 12 or 95.
func TestScoreRoundsHalfUp(t *testing.T) {
	for _, tc := range []struct {
		name      string
		dims      []*score.Dimension
		wantDims  []int
		wantScore int
		exact     string // the exact value, for the reader
	}{
		{"a dimension at .5", []*score.Dimension{fixed("a", 1, 1, 8)}, []int{13}, 13, "12.5"},
		{"a dimension at .5, high", []*score.Dimension{fixed("a", 1, 7, 8)}, []int{88}, 88, "87.5"},
		{"a dimension below .5", []*score.Dimension{fixed("a", 1, 1, 3)}, []int{33}, 33, "33.33"},
		{"a dimension above .5", []*score.Dimension{fixed("a", 1, 2, 3)}, []int{67}, 67, "66.67"},
		{"the mean at .5", []*score.Dimension{fixed("a", 1, 1, 1), fixed("b", 1, 91, 100)}, []int{100, 91}, 96, "95.5"},
		{"the mean at .5 with weights", []*score.Dimension{fixed("a", 3, 1, 1), fixed("b", 1, 98, 100)}, []int{100, 98}, 100, "99.5"},
		{"the mean at .5, low", []*score.Dimension{fixed("a", 1, 0, 1), fixed("b", 1, 1, 100)}, []int{0, 1}, 1, "0.5"},
		{"the mean below .5", []*score.Dimension{fixed("a", 2, 1, 1), fixed("b", 1, 88, 100)}, []int{100, 88}, 96, "95.33"},
		{"the mean above .5", []*score.Dimension{fixed("a", 1, 1, 1), fixed("b", 2, 94, 100)}, []int{100, 94}, 96, "95.67"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &plan.File{Path: "plan.yaml", Plan: &plan.Plan{}}
			c := score.Score(f, nil, score.Options{Dimensions: tc.dims, Bands: score.DefaultBands, Gates: allGatesOff()})
			var got []int
			for _, d := range c.Dimensions {
				got = append(got, d.Score)
			}
			if c.Score != tc.wantScore || len(got) != len(tc.wantDims) {
				t.Fatalf("score %d (dimensions %v), want %d (%s rounded half up), dimensions %v", c.Score, got, tc.wantScore, tc.exact, tc.wantDims)
			}
			for i := range got {
				if got[i] != tc.wantDims[i] {
					t.Errorf("dimension %s = %d, want %d", c.Dimensions[i].Name, got[i], tc.wantDims[i])
				}
			}
		})
	}
}

// allGatesOff turns every gate off, for tests of the mean alone.
func allGatesOff() map[string]string {
	m := map[string]string{}
	for _, id := range score.GateIDs() {
		m[id] = score.GateOff
	}
	return m
}
