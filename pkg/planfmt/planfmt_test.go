package planfmt

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// TestRoundTripExamples formats every example (the broken one too), and
// checks that the result decodes to the same plan, keeps every comment, is
// stable (formatting it again changes nothing), and checks the same.
func TestRoundTripExamples(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out, err := Format(src)
			if err != nil {
				t.Fatal(err)
			}
			a := plan.Parse(p, src, plan.ReadOptions{Explicit: true})
			b := plan.Parse(p, out, plan.ReadOptions{Explicit: true})
			if !equalModel(reflect.ValueOf(a.Plan), reflect.ValueOf(b.Plan)) {
				t.Error("the formatted plan decodes differently")
			}
			if got, want := comments(out), comments(src); !reflect.DeepEqual(got, want) {
				t.Errorf("comments changed: %d before, %d after", len(want), len(got))
			}
			again, err := Format(out)
			if err != nil || string(again) != string(out) {
				t.Errorf("formatting is not stable (err %v)", err)
			}
			if len(a.Problems) != len(b.Problems) {
				t.Errorf("%d loader problems before, %d after", len(a.Problems), len(b.Problems))
			}
		})
	}
}

func TestCanonicalOrderAndIndent(t *testing.T) {
	src := `# a plan out of order
goals: []
members:
    -   name: Harbor YMCA   # the Y
        id: harbor-ymca
coalition:
    problem: Too few jobs
    name: Harbor
kind: Plan
apiVersion: coalition/v1
`
	want := `# a plan out of order
apiVersion: coalition/v1
kind: Plan

coalition:
  name: Harbor
  problem: Too few jobs

members:
  - id: harbor-ymca
    name: Harbor YMCA # the Y

goals: []
`
	got, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestFoldedTextKeepsItsValue(t *testing.T) {
	long := strings.Repeat("word ", 40) + "end"
	src := "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: X\n  problem: >-\n    " + long + "\n  vision: >\n    keep  two spaces and\n      a more-indented line\n    stay\nmembers: []\ngoals: []\n"
	out, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if len(line) > Width && strings.Contains(line, "word word") {
			t.Errorf("a folded line is not wrapped: %q", line)
		}
	}
	p := plan.Parse("p.yaml", out, plan.ReadOptions{Explicit: true})
	if p.Plan.Coalition.Problem.V != long {
		t.Errorf("problem changed: %q", p.Plan.Coalition.Problem.V)
	}
}

func TestRefusesBrokenYAML(t *testing.T) {
	if _, err := Format([]byte("coalition: [\n")); err == nil {
		t.Error("no error for broken YAML")
	}
}

// TestExamplesAreCanonical keeps the shipped examples in the form fmt
// writes: `coalition fmt --check examples` passes.
func TestExamplesAreCanonical(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		src, _ := os.ReadFile(p)
		out, err := Format(src)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != string(src) {
			t.Errorf("%s is not in canonical form: run coalition fmt %s", p, p)
		}
	}
}
