package scoredoc

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/docgen"
	"github.com/coalition-tools/coalition/pkg/levels"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

var update = flag.Bool("update", false, "rewrite the generated parts of docs/scoring.md")

// workedExample is the example plan scored in the docs, and the date it is
// scored at.
const workedExample = "examples/teen-evening-counseling.yaml"

var exampleToday = plan.NewDate(2026, 11, 23)

// TestScoringDocUpToDate fails when the generated parts of docs/scoring.md
// differ from what the code computes. Run `make docs` to fix.
func TestScoringDocUpToDate(t *testing.T) {
	t.Chdir("../..")
	const path = "docs/scoring.md"
	r := check.One(workspace.Target{Path: workedExample, Explicit: true},
		check.Options{Lint: lint.Options{Rules: rules.All(), Today: exampleToday}})
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: exampleToday}
	example, err := WorkedExample(score.Score(r.File, r.Diagnostics, o), o.Dimensions, o.Bands)
	if err != nil {
		t.Fatal(err)
	}
	set := calibrationSet(t)
	parts := map[string][]byte{"dimensions": Dimensions(score.All()), "worked-example": example,
		"gates": Gates(score.Gates()), "levels": Levels(levels.All(), plan.VocabRelationship.Values),
		"calibration": Calibration(set)}
	if err := docgen.Check(path, parts, *update); err != nil {
		t.Fatal(err)
	}
}

// calibrationDir holds the calibration set: plans written from the
// situations the guides describe, each with the band a seasoned
// coordinator would give it (expected.yaml).
const calibrationDir = "testdata/calibration"

// calibrationSet scores every plan of the calibration set as check and
// score do, as of exampleToday. It must be called from the repository root.
func calibrationSet(t *testing.T) []Calibrated {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(calibrationDir, "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var entries []struct {
		Plan      string `yaml:"plan"`
		Band      string `yaml:"band"`
		Situation string `yaml:"situation"`
		Why       string `yaml:"why"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&entries); err != nil {
		t.Fatalf("%s: %v", filepath.Join(calibrationDir, "expected.yaml"), err)
	}
	var out []Calibrated
	for _, e := range entries {
		r := check.One(workspace.Target{Path: filepath.Join(calibrationDir, e.Plan), Explicit: true},
			check.Options{Lint: lint.Options{Rules: rules.All(), Today: exampleToday}})
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: exampleToday}
		out = append(out, Calibrated{Plan: e.Plan, Situation: e.Situation, Expected: e.Band, Why: e.Why,
			Card: score.Score(r.File, r.Diagnostics, o)})
	}
	return out
}

// TestCalibration: every plan of the calibration set lands in the band a
// seasoned coordinator gives it (docs/scoring.md, "Calibration"), and the
// set covers the situations it must.
func TestCalibration(t *testing.T) {
	t.Chdir("../..")
	set := calibrationSet(t)
	if len(set) < 12 {
		t.Fatalf("the calibration set has %d plans, want at least 12", len(set))
	}
	bands := map[string]int{}
	for _, c := range set {
		bands[c.Expected]++
		if c.Card.Band != c.Expected {
			var gates []string
			for _, h := range c.Card.Gates {
				gates = append(gates, h.ID)
			}
			t.Errorf("%s: %d, %s (mean %d, gates %v); a coordinator says %s", c.Plan, c.Card.Score, c.Card.Band, c.Card.Uncapped, gates, c.Expected)
		}
	}
	for _, b := range []string{score.BandStrong, score.BandDeveloping, score.BandAtRisk} {
		if bands[b] < 2 {
			t.Errorf("the calibration set expects %d plans to be %s, want at least 2 of each band", bands[b], b)
		}
	}
}
