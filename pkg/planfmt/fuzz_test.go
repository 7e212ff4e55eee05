package planfmt

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// FuzzFormat checks that no input makes Format panic or hang, that a
// refusal is always an *Error, and that for a plan without errors (what
// fmt rewrites) the new text checks exactly as the old (the same findings,
// and as many silenced by coalition:ignore) and is formatted already.
func FuzzFormat(f *testing.F) {
	examples, _ := filepath.Glob("../../examples/*.yaml")
	broken, _ := filepath.Glob("../../examples/broken/*.yaml")
	for _, p := range append(examples, broken...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"{}\n",
		"",
		"- a\n",
		header + "coalition: &c {name: a, problem: b}\nx-copy: *c\n",
		header + "coalition:\n  name: X\n  tags: [ # c\n    a, b]\n",
		header + "coalition:\n  name: X\n  problem: |\n    a: >\n    b\nx-notes: {a, b}\n",
		header + "budget: {expenses: [{item: a, amount: 28,000}]}\n",
		header + "coalition:\n  vision: >\n    a\n      b\n\n    c\n# end\n",
		header + "---\nkind: Plan\n",
		"\ufeff# top\n\n" + header + "coalition:\r\n  name: X # n\r\n",
		suppressedPlan,
		crlf(movedSectionPlan),
		header + "coalition:\n  name: X\n  scope: &t A\n  mission: *t\n  vision: &t B\n",
		header + "coalition:\n  name: X\nmembers:\n  - &m {id: a, name: A}\n  - name: B # b\n    <<: *m\n    id: b\n    # end of b\n",
		header + "coalition:\n  # c\n  problem: |\n\n    p\n  name: {a: 1,\n    b: 2 # two\n  }\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := Format(data)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || out != nil {
				t.Fatalf("refusal %T %v with %d bytes of text", err, err, len(out))
			}
			return
		}
		want := findings(data)
		if slices.ContainsFunc(want, func(f string) bool { return !strings.Contains(f, ": ") }) {
			// check finds errors: fmt would not write this text, and some
			// messages describe the text as typed (a comma inside {…}).
			return
		}
		if got := findings(out); !slices.Equal(got, want) {
			t.Fatalf("the formatted text checks differently:\n got %q\nwant %q\nformatted:\n%s", got, want, out)
		}
		again, err := Format(out)
		if err != nil {
			t.Fatalf("the formatted text cannot be formatted again: %v\n%s", err, out)
		}
		if string(again) != string(out) {
			t.Fatalf("formatting is not stable:\nfirst:\n%s\nagain:\n%s", out, again)
		}
	})
}
