package scoredoc

import (
	"flag"
	"testing"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/docgen"
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
	parts := map[string][]byte{"dimensions": Dimensions(score.All()), "worked-example": example}
	if err := docgen.Check(path, parts, *update); err != nil {
		t.Fatal(err)
	}
}
