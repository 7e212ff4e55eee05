package planfmt

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// findings returns what check says of a plan's text, without positions:
// the loader's problems and every rule's findings, and how many findings
// its coalition:ignore comments silence. When there are errors (and fmt
// would not write) only the rules are compared: some messages describe the
// text as typed, such as the comma inside {…}. A line number in a message
// (ignore-unused names the line it looked at) is left out: fmt moves lines.
func findings(data []byte) []string {
	f := plan.Parse("p.yaml", data, plan.ReadOptions{Explicit: true})
	today, _ := plan.ParseDate("2026-11-23")
	res := lint.Run(f, lint.Options{Rules: rules.All(), Today: today})
	errs := slices.ContainsFunc(res.Diagnostics, func(d lint.Diagnostic) bool { return d.Severity == lint.SeverityError })
	var out []string
	for _, d := range res.Diagnostics {
		if errs {
			out = append(out, d.Rule)
		} else {
			out = append(out, d.Rule+": "+lineNumber.ReplaceAllString(d.Message, "line N"))
		}
	}
	slices.Sort(out)
	return append(out, fmt.Sprintf("suppressed: %d", res.Suppressed))
}

var lineNumber = regexp.MustCompile(`line [0-9]+`)

// TestRoundTripExamples formats every example (the broken one too), and
// checks that the result checks the same and is stable (formatting it
// again changes nothing).
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
			if got, want := findings(out), findings(src); !slices.Equal(got, want) {
				t.Errorf("the formatted plan checks differently:\n got %q\nwant %q", got, want)
			}
			again, err := Format(out)
			if err != nil || string(again) != string(out) {
				t.Errorf("formatting is not stable (err %v)", err)
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

const header = "apiVersion: coalition/v1\nkind: Plan\n"

func TestFoldedTextIsWrapped(t *testing.T) {
	long := strings.Repeat("word ", 40) + "end"
	src := header + "coalition:\n  name: X\n  problem: >-\n    " + long + "\n  vision: >\n    keep  two spaces and\n    two paragraphs\n\n    " + long + "\nmembers:\n  - id: a\n    name: >-\n      " + long + "\n    role: lead\n"
	out, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if len(line) > Width {
			t.Errorf("a folded line is not wrapped: %q", line)
		}
	}
	p := plan.Parse("p.yaml", out, plan.ReadOptions{Explicit: true})
	if got := p.Plan.Coalition.Problem.V; got != long {
		t.Errorf("problem changed: %q", got)
	}
	if got, want := p.Plan.Coalition.Vision.V, "keep  two spaces and two paragraphs\n"+long+"\n"; got != want {
		t.Errorf("vision changed:\n got %q\nwant %q", got, want)
	}
	if !strings.Contains(string(out), "  vision: >\n") {
		t.Errorf("vision is no longer folded text:\n%s", out)
	}
}

// TestLiteralTextIsKept is the defect of a literal block whose lines end
// in ": >": it was taken for a folded block and re-wrapped.
func TestLiteralTextIsKept(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("word ", 30))
	text := "    a: >\n    " + long + "\n    b: >-\n    " + long + "\n"
	src := header + "coalition:\n  name: X\n  problem: |\n" + text
	out, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), text) {
		t.Errorf("the literal text changed:\n%s", out)
	}
}

// TestNullsInFlowMappings is the defect of {a, b} written as
// {a: ”, b: ”}: nulls became empty strings.
func TestNullsInFlowMappings(t *testing.T) {
	src := header + "coalition:\n  name: X\nx-notes: {a, b}\n"
	out, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "x-notes: {a: null, b: null}\n") {
		t.Errorf("got:\n%s", out)
	}
}

func TestDocumentMarkersAtTheEdges(t *testing.T) {
	for _, src := range []string{
		"---\n" + header + "coalition:\n  name: X\n",
		"# top\n--- # start\n" + header + "coalition:\n  name: X\n",
		header + "coalition:\n  name: X\n...\n\n",
	} {
		out, err := Format([]byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if !strings.Contains(string(out), "coalition:\n  name: X\n") {
			t.Errorf("%q: got\n%s", src, out)
		}
	}
}

// TestRefuses lists what Format will not rewrite, with the place and the
// reason it gives.
func TestRefuses(t *testing.T) {
	cases := []struct {
		name, src string
		want      string // line:col: start of the reason
		several   bool
	}{
		{"kubernetes manifests", "apiVersion: apps/v1\nkind: Deployment\n---\napiVersion: v1\nkind: Service\n",
			"3:1: a second YAML document starts here", true},
		{"a plan and a second document", header + "coalition:\n  name: X\n--- # next\nfoo: 1\n",
			"5:1: a second YAML document starts here", true},
		{"an empty second document", header + "coalition:\n  name: X\n---\n",
			"5:1: a second YAML document starts here", true},
		{"text after the end", header + "coalition:\n  name: X\n...\n# notes\n",
			"5:1: the document ends here with \"...\" and the file goes on", true},
		{"a directive", "%YAML 1.2\n---\n" + header,
			"1:1: the file has a YAML directive", true},
		{"empty mapping", "{}\n", "1:1: the plan is an empty mapping", false},
		{"not a mapping", "- a\n- b\n", "1:1: the file is not a mapping of keys", false},
		{"comment after [", header + "coalition:\n  name: X\n  tags: [ # sectors\n    a, b]\n",
			"5:11: the YAML parser does not keep the comment \"# sectors\"", false},
		{"comment after {", header + "coalition: { # the basics\n  name: X}\n",
			"3:14: the YAML parser does not keep the comment \"# the basics\"", false},
		{"more-indented folded text", header + "coalition:\n  name: X\n  vision: >\n    keep\n      a more-indented line\n    stay\n",
			"5:11: the folded (>) text of coalition.vision has more-indented lines, whose line breaks the YAML writer cannot write back exactly", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := Format([]byte(c.src))
			if err == nil {
				t.Fatalf("formatted, want a refusal:\n%s", out)
			}
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("error %T %v, want *Error", err, err)
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got  %q\nwant %q…", err, c.want)
			}
			if got := errors.Is(err, ErrSeveralDocuments); got != c.several {
				t.Errorf("errors.Is(err, ErrSeveralDocuments) = %v, want %v", got, c.several)
			}
			if out != nil {
				t.Errorf("text returned with the error")
			}
		})
	}
}

func TestRefusesBrokenYAML(t *testing.T) {
	if _, err := Format([]byte("coalition: [\n")); err == nil {
		t.Error("no error for broken YAML")
	}
}

// TestSameFindsTheFirstDifference checks the proof itself on pairs of
// texts: what it must accept, and the first difference it must name.
func TestSameFindsTheFirstDifference(t *testing.T) {
	cases := []struct {
		name, read, written string
		want                string // "" for the same
	}{
		{"keys reordered", "b: 1\na: 2\n", "a: 2\nb: 1\n", ""},
		{"comment moves with its key", "b: 1 # one\n# about a\na: 2\n", "# about a\na: 2\nb: 1 # one\n", ""},
		{"null spelt differently", "a:\nb: ~\n", "a: null\nb: null\n", ""},
		{"value changed", "a: 1\nb: x\n", "a: 1\nb: y\n", `2:4: b would change from "x" to "y"`},
		{"tag changed", "a: {x: }\n", "a: {x: ''}\n", "1:5: a.x would change type from !!null to !!str"},
		{"quoted number", "a: '1'\n", "a: 1\n", "1:4: a would change type from !!str to !!int"},
		{"key lost", "a: 1\nb: 2\n", "a: 1\n", "2:1: the key b would be lost"},
		{"key added", "a: 1\n", "a: 1\nb: 2\n", "1:1: a key b would appear"},
		{"item lost", "a: [1, 2]\n", "a: [1]\n", "1:4: a would have 1 items instead of 2"},
		{"block style", "a: |\n  x\n", "a: >\n  x\n", "1:4: a would change from literal (|) text to folded (>) text"},
		{"literal with trailing spaces", "a: |\n  x \n", "a: \"x \\n\"\n", "1:4: the literal (|) text of a has a space at the end of a line"},
		{"closing comment stays at the end", "b: 1\na: 2\n# the end\n", "a: 2\nb: 1\n# the end\n", ""},
		{"opening comment stays on top", "m:\n  # about m\n  b: 1\n  a: 2\n", "m:\n  # about m\n  a: 2\n  b: 1\n", ""},
		{"closing comment moved", "m:\n  b: 1\n  a: 2\n  # the end\nz: 1\n", "m:\n  a: 2\n  # the end\n  b: 1\nz: 1\n", `2:3: the comment "# the end" would move to m.b`},
		{"comment to another key", "a: 1 # note\nb: 2\n", "a: 1\nb: 2 # note\n", `1:1: the comment "# note" would not stay with a`},
		{"comment lost", "a:\n  - x # note\n", "a:\n  - x\n", `2:5: the comment "# note" would not stay with a[0]`},
		{"anchor lost", "a: &x 1\nb: *x\n", "a: 1\nb: 1\n", "1:4: the anchor &x of a would be lost"},
		{"list became mapping", "a: [1]\n", "a: {1: }\n", "1:4: a would become a mapping instead of a list"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var a, b yaml.Node
			if err := yaml.Unmarshal([]byte(c.read), &a); err != nil {
				t.Fatal(err)
			}
			if err := yaml.Unmarshal([]byte(c.written), &b); err != nil {
				t.Fatal(err)
			}
			err := Same(&a, &b)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("got %v, want the same", err)
			case c.want != "" && (err == nil || !strings.HasPrefix(err.Error(), c.want)):
				t.Errorf("got  %v\nwant %q…", err, c.want)
			}
		})
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
