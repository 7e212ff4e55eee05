package planfmt

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// crlf writes text with CRLF line endings.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// suppressedPlan is the defect of a `# coalition:ignore` comment on a line
// of its own after the last key of a list item: the YAML parser attaches
// it to that key, and it travelled with it when the keys of the item were
// sorted, so it silenced another line.
const suppressedPlan = header + `coalition: {name: S, problem: p, why_coalition: [single-org-cannot], vision: v, mission: m, relationship: networking, structure: task-force, start: 2026-01-01, currency: USD, scope: s}
people: [{id: pat, name: Pat}]
members:
  - id: harbor-ymca
    name: Harbor YMCA
    sector: youth
    most_affected: true
    joined: 2026-01-01
    owner: pat
    # coalition:ignore missing-owner -- the board chair keeps this one until March
  - id: riverside-bank
    name: Riverside Bank
    sector: business
goals: []
`

// movedSectionPlan has a suppression above members, after a section that
// the canonical order puts at the end.
const movedSectionPlan = header + `coalition: {name: S, problem: p}
people: [{id: pat, name: Pat}]
six_rs:
  recognition: a thank-you at each meeting
# coalition:ignore sector-gap -- a network of nonprofits by design
members:
  - {id: a, name: A, sector: nonprofit, role: lead, owner: pat}
goals: []
`

// TestCommentsKeepTheirPlace checks the comments that belong to a place in
// a mapping, not to a key: the one above its first key stays on top, the
// ones after its last key stay at its end, in every mapping.
func TestCommentsKeepTheirPlace(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"after the last key of an item", suppressedPlan, header + `
coalition: {name: S, problem: p, why_coalition: [single-org-cannot], vision: v, mission: m, relationship: networking, structure: task-force, start: 2026-01-01, currency: USD, scope: s}

people: [{id: pat, name: Pat}]

members:
  - id: harbor-ymca
    name: Harbor YMCA
    sector: youth
    most_affected: true
    owner: pat
    joined: 2026-01-01
    # coalition:ignore missing-owner -- the board chair keeps this one until March
  - id: riverside-bank
    name: Riverside Bank
    sector: business

goals: []
`},
		{"after the dash of an item", header + "coalition:\n  name: X\nmembers:\n  - # the Y\n    name: Harbor YMCA\n    id: harbor-ymca\n",
			header + "\ncoalition:\n  name: X\n\nmembers:\n  - # the Y\n    id: harbor-ymca\n    name: Harbor YMCA\n"},
		{"above the first key of a section", header + "coalition:\n  # the basics\n  problem: Too few jobs\n  name: Harbor\n",
			header + "\ncoalition:\n  # the basics\n  name: Harbor\n  problem: Too few jobs\n"},
		{"at the end of the file", header + "goals: []\nmembers: []\n# the end\n",
			header + "\nmembers: []\n\ngoals: []\n# the end\n"},
		{"above the first key and above another", header + "coalition:\n  # the problem\n  problem: P\n  # the name\n  name: X\n  # the vision\n  vision: V\n",
			header + "\ncoalition:\n  # the problem\n  # the name\n  name: X\n  problem: P\n  # the vision\n  vision: V\n"},
		{"a comment with a blank line in it above a section", header + "coalition:\n  name: X\npeople: []\n\n# about members\n\n# more about members\nmembers: []\n",
			header + "\ncoalition:\n  name: X\n\npeople: []\n\n# about members\n\n# more about members\nmembers: []\n"},
		{"a comment with a blank line in it above a key", header + "coalition:\n  problem: P\n\n  # about the name\n\n  # more\n  name: X\n",
			header + "\ncoalition:\n  # about the name\n\n  # more\n  name: X\n  problem: P\n"},
		{"comments with a blank line in them after the last key of an item", header + "coalition:\n  name: X\nmembers:\n  - name: A\n    id: a\n\n    # one\n\n    # two\n  - id: b\n",
			header + "\ncoalition:\n  name: X\n\nmembers:\n  - id: a\n    name: A\n\n    # one\n\n    # two\n  - id: b\n"},
		{"below a key, before a blank line", header + "coalition:\n  problem: P\n  # about the problem\n\n  name: X\n  vision: V\n",
			header + "\ncoalition:\n  name: X\n  problem: P\n  # about the problem\n\n  vision: V\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Format([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

// TestCheckSameAfterFormat checks that check gives the same findings, and
// silences the same number with coalition:ignore, before and after fmt, in
// LF and CRLF files.
func TestCheckSameAfterFormat(t *testing.T) {
	for name, src := range map[string]string{
		"suppression after the last key of an item": suppressedPlan,
		"suppression above a section":               movedSectionPlan,
	} {
		for _, ending := range []string{"LF", "CRLF"} {
			t.Run(name+", "+ending, func(t *testing.T) {
				text := src
				if ending == "CRLF" {
					text = crlf(src)
				}
				out, err := Format([]byte(text))
				if err != nil {
					t.Fatal(err)
				}
				want := findings([]byte(text))
				if want[len(want)-1] != "suppressed: 1" {
					t.Fatalf("the plan should have one finding suppressed: %q", want)
				}
				if got := findings(out); !slices.Equal(got, want) {
					t.Errorf("check differs after fmt:\n got %q\nwant %q\nformatted:\n%s", got, want, out)
				}
			})
		}
	}
}

// TestCRLFFiles checks that a file with CRLF line endings is formatted as
// the same file with LF ones, and written back with CRLF; a UTF-8 byte
// order mark stays.
func TestCRLFFiles(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range []string{crlf(string(src)), string(bom) + crlf(string(src)), string(bom) + string(src)} {
			out, err := Format([]byte(in))
			if err != nil {
				t.Errorf("%s: %v", p, err)
				continue
			}
			if string(out) != in {
				t.Errorf("%s with CRLF or a BOM is not left as it is: got\n%s", p, out)
			}
		}
	}
	messy := "# Harbor\ngoals: []\nmembers:\n    -   name: Harbor YMCA   # the Y\n        id: harbor-ymca\n# the basics\ncoalition:\n    problem: |\n      two\n      lines\n    name: Harbor\nkind: Plan\napiVersion: coalition/v1\n"
	want, err := Format([]byte(messy))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Format([]byte(crlf(messy)))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != crlf(string(want)) {
		t.Errorf("CRLF: got\n%q\nwant\n%q", got, crlf(string(want)))
	}
}

// TestMergeKeys checks that a merge key is written as `<<:`, not
// `!!merge <<:`, and first in its mapping.
func TestMergeKeys(t *testing.T) {
	src := header + "coalition:\n  name: X\nmembers:\n  - &m {id: a, name: A, sector: nonprofit, role: member}\n  - name: B\n    <<: *m\n    id: b\n"
	want := header + "\ncoalition:\n  name: X\n\nmembers:\n  - &m {id: a, name: A, sector: nonprofit, role: member}\n  - <<: *m\n    id: b\n    name: B\n"
	got, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestFlowCollectionClosesIndented is the defect of a {…} written over
// several lines (a comment after its last value) with its closing brace at
// the start of a line.
func TestFlowCollectionClosesIndented(t *testing.T) {
	src := header + "coalition:\n  name: X\nmembers:\n  - {id: a, name: A,\n     role: lead # the lead\n    }\n"
	got, err := Format([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(got), "\n") {
		if strings.HasPrefix(line, "}") || strings.HasPrefix(line, "]") {
			t.Errorf("a line starts with a closing bracket:\n%s", got)
		}
	}
}

// TestNoReportForKnownLimits checks that what fmt knows it cannot write
// back is explained, not reported as a bug.
func TestNoReportForKnownLimits(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"an anchor name used twice", header + "coalition:\n  name: X\n  scope: &text A\n  mission: *text\n  vision: &text B\n",
			"6:12: the alias *text of coalition.mission would point to another value after reordering (the anchor &text is used twice): rename one of the anchors"},
		{"an alias before its anchor once sorted", header + "coalition:\n  problem: &p X\n  name: *p\n",
			"5:9: the alias *p of coalition.name would come before its anchor &p (line 4) once the keys are in order, and YAML reads an alias only after its anchor: move the anchor to the value that comes first, or leave the file unformatted"},
		{"literal text after a blank line", header + "coalition:\n  name: X\n  problem: |\n\n    text\n",
			"5:12: the literal (|) text of coalition.problem starts with a blank line, which the YAML writer would drop: remove the blank line, or leave the file unformatted"},
		{"folded text after a blank line", header + "coalition:\n  name: X\n  problem: >\n\n    text\n",
			"5:12: the folded (>) text of coalition.problem starts with a blank line, which the YAML writer would drop: remove the blank line, or leave the file unformatted"},
		{"folded text keeping its last blank lines", header + "coalition:\n  name: X\n  problem: >+\n    text\n\n",
			"5:12: the folded (>) text of coalition.problem keeps the blank lines at its end (>+), which the YAML writer cannot write back exactly: write it as literal text (|+), or leave the file unformatted"},
		{"more-indented folded text", header + "coalition:\n  name: X\n  vision: >\n    keep\n      a more-indented line\n",
			"5:11: the folded (>) text of coalition.vision has more-indented lines, whose line breaks the YAML writer cannot write back exactly: write it as literal text (|), or leave the file unformatted"},
		{"a space at the end of literal text", header + "coalition:\n  name: X\n  problem: |\n    a \n    b\n",
			"5:12: the literal (|) text of coalition.problem has a space at the end of a line, which the YAML writer cannot write in that style: remove it, or leave the file unformatted"},
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
			if err.Error() != c.want {
				t.Errorf("got  %q\nwant %q", err, c.want)
			}
		})
	}
}

// TestSameAliases checks that the proof follows each alias to its anchor:
// an anchor name may be used twice, and an alias refers to the closest
// anchor before it.
func TestSameAliases(t *testing.T) {
	cases := []struct{ name, read, written, want string }{
		{"keys reordered after the anchor", "a: &x 1\nc: 2\nb: *x\n", "a: &x 1\nb: *x\nc: 2\n", ""},
		{"a name used twice, order kept", "a: &x 1\nb: *x\nc: &x 2\nd: *x\n", "a: &x 1\nb: *x\nc: &x 2\nd: *x\n", ""},
		{"a name used twice, alias moved", "a: &x 1\nb: *x\nc: &x 2\n", "a: &x 1\nc: &x 2\nb: *x\n",
			"2:4: the alias *x of b would point to another value after reordering (the anchor &x is used twice): rename one of the anchors"},
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
			case c.want != "" && (err == nil || err.Error() != c.want):
				t.Errorf("got  %v\nwant %q", err, c.want)
			}
		})
	}
}
