package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// mergeBomb is a billion-laughs document: nine levels of merge keys, each
// merging nine copies of the level below, reached from the coalition.
func mergeBomb() string {
	var b strings.Builder
	b.WriteString("apiVersion: coalition/v1\nkind: Plan\n")
	b.WriteString("x0: &a0 {name: Harbor, problem: Jobs}\n")
	for i := 1; i <= 9; i++ {
		refs := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", ")
		fmt.Fprintf(&b, "x%d: &a%d {<<: [%s]}\n", i, i, refs)
	}
	b.WriteString("coalition: *a9\nmembers: []\ngoals: []\n")
	return b.String()
}

// peopleBomb hides the same kind of bomb in the items of a list.
func peopleBomb() string {
	var b strings.Builder
	b.WriteString(bare + "people:\n  - &p0 {id: ana, name: Ana}\n")
	for i := 1; i <= 9; i++ {
		refs := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*p%d, ", i-1), 9), ", ")
		fmt.Fprintf(&b, "  - &p%d {<<: [%s]}\n", i, refs)
	}
	return b.String()
}

func TestYAMLSyntax(t *testing.T) {
	runCases(t, YAMLSyntax, []ruleCase{
		// Bad indentation.
		{
			name: "over-indented key, at the colon that is not allowed",
			src: base + `members:
  - id: harbor-ymca
     name: Harbor YMCA
goals: []
`,
			want:  []string{"8:10: invalid YAML: mapping values are not allowed in this context"},
			hints: []string{`quote a value that contains ": ", or fix the indentation of this line`},
		},
		{
			name: "over-indented key with a non-ASCII name counts characters",
			src: base + `members:
  - id: harbor-ymca
     nämé: Harbor YMCA
goals: []
`,
			want:  []string{"8:10: invalid YAML: mapping values are not allowed in this context"},
			hints: []string{`quote a value that contains ": ", or fix the indentation of this line`},
		},
		{
			name: "over-indented coalition key",
			src: `apiVersion: coalition/v1
kind: Plan
coalition:
  name: Harbor Youth Jobs
   problem: Too few teens in Harbor find a first job
members: []
goals: []
`,
			want:  []string{"5:11: invalid YAML: mapping values are not allowed in this context"},
			hints: []string{`quote a value that contains ": ", or fix the indentation of this line`},
		},

		// Tabs used for indentation.
		{
			name: "tab indenting the keys of a mapping",
			src: "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n" +
				"\tname: Harbor Youth Jobs\n\tproblem: Too few teens in Harbor find a first job\n" +
				"members: []\ngoals: []\n",
			want:  []string{"4:1: invalid YAML: found character that cannot start any token"},
			hints: []string{"indent with spaces: YAML does not allow tabs for indentation"},
		},
		{
			name:  "tab after two spaces of indentation is pointed at",
			src:   bare + "governance:\n  meetings:\n  \tcadence: monthly\n",
			want:  []string{"10:3: invalid YAML: found character that cannot start any token"},
			hints: []string{"indent with spaces: YAML does not allow tabs for indentation"},
		},
		{
			name:  "tab indenting a list item",
			src:   base + "members:\n\t- id: harbor-ymca\n\t  name: Harbor YMCA\ngoals: []\n",
			want:  []string{"7:1: invalid YAML: found character that cannot start any token"},
			hints: []string{"indent with spaces: YAML does not allow tabs for indentation"},
		},
		{
			name:  "tab indenting a list item in a CRLF file",
			src:   crlf(base + "members:\n\t- id: harbor-ymca\ngoals: []\n"),
			want:  []string{"7:1: invalid YAML: found character that cannot start any token"},
			hints: []string{"indent with spaces: YAML does not allow tabs for indentation"},
		},

		// Unclosed quotes: the line of the opening quote, at its first
		// character, as documented.
		{
			name: "unclosed double quote",
			src: base + `  vision: "Every teen in Harbor has a first job
members: []
goals: []
`,
			want:  []string{"6:3: invalid YAML: found unexpected end of stream"},
			hints: []string{"close the quote that starts on this line"},
		},
		{
			name: "unclosed single quote in a list item",
			src: base + `members:
  - id: harbor-ymca
    name: 'Harbor YMCA
goals: []
`,
			want:  []string{"8:5: invalid YAML: found unexpected end of stream"},
			hints: []string{"close the quote that starts on this line"},
		},

		// A second document.
		{
			name:  "second plan after ---",
			src:   bare + "---\n" + bare,
			want:  []string{"8:1: a second YAML document starts here: a plan file holds exactly one plan"},
			hints: []string{"move the second plan into a file of its own"},
		},
		{
			name:  "second document on the --- line",
			src:   bare + "--- {name: other}\n",
			want:  []string{"8:1: a second YAML document starts here: a plan file holds exactly one plan"},
			hints: []string{"move the second plan into a file of its own"},
		},
		{
			name:  "second document after comments is reported at its ---",
			src:   bare + "---\n# the old plan\n\nname: other\n",
			want:  []string{"8:1: a second YAML document starts here: a plan file holds exactly one plan"},
			hints: []string{"move the second plan into a file of its own"},
		},
		{
			name:  "second document after an explicit end marker",
			src:   bare + "...\n---\nname: other\n",
			want:  []string{"9:1: a second YAML document starts here: a plan file holds exactly one plan"},
			hints: []string{"move the second plan into a file of its own"},
		},
		{
			name:  "second document in a BOM and CRLF file",
			src:   bom(crlf("---\n" + bare + "---\nname: other\n")),
			want:  []string{"9:1: a second YAML document starts here: a plan file holds exactly one plan"},
			hints: []string{"move the second plan into a file of its own"},
		},

		// Binary files and encodings.
		{
			name:  "NUL byte, located in characters",
			src:   bare + "budget:\n  expenses:\n    - item: Café \x00lunch\n      amount: 12\n",
			want:  []string{"10:18: file is binary, not YAML text (it contains a NUL byte)"},
			hints: []string{"plans are UTF-8 text files; UTF-16 is not supported"},
		},
		{
			name:  "NUL byte after a byte-order mark",
			src:   bom("api\x00Version: coalition/v1\n"),
			want:  []string{"1:4: file is binary, not YAML text (it contains a NUL byte)"},
			hints: []string{"plans are UTF-8 text files; UTF-16 is not supported"},
		},
		{
			name:  "Latin-1 byte",
			src:   bare + "people:\n  - id: ana\n    name: Caf\xe9 Ole\n",
			want:  []string{"10:14: invalid UTF-8 (byte 0xe9)"},
			hints: []string{"save the file as UTF-8"},
		},
		{
			name:  "invalid byte after multi-byte characters",
			src:   bare + "people:\n  - id: ana\n    name: Ana Nú\xf1ez\n",
			want:  []string{"10:17: invalid UTF-8 (byte 0xf1)"},
			hints: []string{"save the file as UTF-8"},
		},
		{
			name:  "Windows-1252 quotes",
			src:   base + "  vision: \x93Jobs for all\x94\nmembers: []\ngoals: []\n",
			want:  []string{"6:11: invalid UTF-8 (byte 0x93)"},
			hints: []string{"save the file as UTF-8"},
		},
		{
			name:  "truncated UTF-8 sequence at the end of the file",
			src:   bare + "# note \xe2\x82",
			want:  []string{"8:8: invalid UTF-8 (byte 0xe2)"},
			hints: []string{"save the file as UTF-8"},
		},
		{
			name:  "control character after multi-byte characters",
			src:   bare + "people:\n  - id: ana\n    name: Ana Núez\x01\n",
			want:  []string{"10:19: invalid YAML: control characters are not allowed"},
			hints: []string{"fix the YAML syntax at this line"},
		},
		{
			name:  "DEL character",
			src:   bare + "people:\n  - id: ana\n    name: éAna\x7f Nunez\n",
			want:  []string{"10:15: invalid YAML: control characters are not allowed"},
			hints: []string{"fix the YAML syntax at this line"},
		},

		// Alias bombs and nesting: bounded, and located.
		{
			name:  "merge-key alias bomb",
			src:   mergeBomb(),
			want:  []string{"5:5: excessive aliasing: the aliases of this file expand it to more than 11302 values, far beyond its own size"},
			hints: []string{"use fewer aliases, or write the repeated values out"},
		},
		{
			name:  "alias bomb in list items",
			src:   peopleBomb(),
			want:  []string{"9:5: excessive aliasing: the aliases of this file expand it to more than 11448 values, far beyond its own size"},
			hints: []string{"use fewer aliases, or write the repeated values out"},
		},
		{
			name:  "nesting too deep",
			src:   "apiVersion: coalition/v1\nx: " + strings.Repeat("[", 20000) + "\n",
			want:  []string{"2:1: invalid YAML: exceeded max depth of 10000"},
			hints: []string{"simplify the document: it nests or repeats too deeply to be a plan"},
		},

		// Correct files.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "full plan with CRLF line endings", src: crlf(fullPlan), want: nil},
		{name: "full plan with a byte-order mark", src: bom(fullPlan), want: nil},
		{name: "full plan with a byte-order mark and CRLF", src: bom(crlf(fullPlan)), want: nil},
		{name: "leading document marker", src: "---\n" + bare, want: nil},
		{name: "trailing end and start markers", src: bare + "...\n", want: nil},
		{name: "trailing empty document", src: "---\n" + bare + "---\n", want: nil},
		{name: "second document that is only a comment", src: bare + "---\n# nothing here\n", want: nil},
		{
			name: "tabs outside indentation are fine",
			src:  bare + "people:\n  - id: ana\n    name:\tAna\n    email: \"ana@example.org\"\t# a tab before a comment\n    roles: [\"chair\",\tsecretary]\n",
			want: nil,
		},
		{
			name: "anchors and merge keys in moderation",
			src: base + `members:
  - &ymca
    id: harbor-ymca
    name: Harbor YMCA
    sector: youth
  - <<: *ymca
    id: harbor-ymca-east
    name: Harbor YMCA East
goals: []
`,
			want: nil,
		},
		{
			name: "flow style and non-ASCII text",
			src:  "{apiVersion: coalition/v1, kind: Plan, coalition: {name: \"Ñandú 🐦 港\", problem: \"Jobs\"}, members: [], goals: []}\n",
			want: nil,
		},
	})
}

// TestYAMLSyntaxAliasBombIsQuick checks that an alias bomb costs little time:
// the expansion is bounded, not carried out.
func TestYAMLSyntaxAliasBombIsQuick(t *testing.T) {
	for name, src := range map[string]string{"merge": mergeBomb(), "people": peopleBomb()} {
		start := time.Now()
		got := findings(t, YAMLSyntax, src)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: checking the alias bomb took %v", name, d)
		}
		if len(got) != 1 || !strings.Contains(got[0], "excessive aliasing") {
			t.Errorf("%s: findings = %q, want one excessive-aliasing finding", name, got)
		}
	}
}

// TestYAMLSyntaxRegressions holds cases that once went wrong, kept so they stay fixed.
func TestYAMLSyntaxRegressions(t *testing.T) {
	runCases(t, YAMLSyntax, []ruleCase{
		{
			// Was reported at 5:3: yaml.v3 gives parser errors with a 0-based
			// line, so the line above, which is neither the problem nor the
			// start of the enclosing mapping (line 1 or 3).
			name:  "under-indented key",
			src:   base + " vision: Every teen has a first job\nmembers: []\ngoals: []\n",
			want:  []string{"6:2: invalid YAML: did not find expected key"},
			hints: []string{"check the indentation of this line against the lines above it"},
		},
		{
			// Was reported at 6:1, the "members:" line: the 0-based line of the
			// list that starts on line 7. Even by the documented fallback (the
			// line where the enclosing construct starts) it is a line early.
			name: "under-indented key of a list item",
			src: base + `members:
  - id: harbor-ymca
    name: Harbor YMCA
  - id: city-hall
    name: City Hall
   sector: government
goals: []
`,
			want:  []string{"11:4: invalid YAML: did not find expected '-' indicator"},
			hints: []string{"fix the YAML syntax at this line"},
		},
		{
			// Was reported at 4:3, the line of the plain value before the tab
			// (the documented fallback), although the tab is found on line 5.
			name: "tab indenting a key after a plain value",
			src: "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: Harbor Youth Jobs\n" +
				"\tproblem: Too few teens in Harbor find a first job\nmembers: []\ngoals: []\n",
			want:  []string{"5:1: invalid YAML: found a tab character that violates indentation"},
			hints: []string{"indent with spaces: YAML does not allow tabs for indentation"},
		},
		{
			// Was reported at 10:5, the line of the plain value before the tab.
			name:  "tab indenting a key of a list item",
			src:   bare + "people:\n  - id: ana\n    name: Ana\n\troles: [chair]\n",
			want:  []string{"11:1: invalid YAML: found a tab character that violates indentation"},
			hints: []string{"indent with spaces: YAML does not allow tabs for indentation"},
		},
		{
			// Was reported at 4:1, past the last line: yaml.v3 falls back to the
			// end of the stream when the quote opens on its line 0.
			name:  "unclosed quote on the first line",
			src:   "apiVersion: \"coalition/v1\nkind: Plan\nmembers: []\n",
			want:  []string{"1:1: invalid YAML: found unexpected end of stream"},
			hints: []string{"close the quote that starts on this line"},
		},
		{
			// Was reported at 6:9, the colon after "vision", which is fine.
			name:  "second colon in a plain value",
			src:   base + "  vision: Jobs: for everyone\nmembers: []\ngoals: []\n",
			want:  []string{"6:15: invalid YAML: mapping values are not allowed in this context"},
			hints: []string{`quote a value that contains ": ", or fix the indentation of this line`},
		},
		{
			// Was reported at 1:1: the message has no line, and the alias is not
			// looked for.
			name:  "unknown anchor",
			src:   base + "members: []\ngoals: *nope\n",
			want:  []string{"7:8: invalid YAML: unknown anchor 'nope' referenced"},
			hints: []string{"fix the YAML syntax at this line"},
		},
		{
			// Was reported at 1:1: only C0 controls and DEL are searched for.
			name:  "C1 control character",
			src:   bare + "people:\n  - id: ana\n    name: Ana\u0081 Nunez\n",
			want:  []string{"10:14: invalid YAML: control characters are not allowed"},
			hints: []string{"fix the YAML syntax at this line"},
		},
	})
}
