package escape

import "testing"

func TestEscapes(t *testing.T) {
	for _, tc := range []struct {
		name, got, want string
	}{
		{"terminal escape", Terminal("a\x1b[2Jb"), `a\x1b[2Jb`},
		{"terminal newline", Terminal("a\nb"), `a\x0ab`},
		{"terminal bidi", Terminal("a\u202eb"), `a\x202eb`},
		{"terminal tab kept", Terminal("a\tb"), "a\tb"},
		{"markdown markup", Markdown("<script>|*x*|"), `&lt;script&gt;\|\*x\*\|`},
		{"markdown newline", Markdown("a\nb"), `a\\x0ab`},
		{"mermaid", Mermaid(`City "Hall": [x]; #1 <b>`, 40), "City Hall x 1 b"},
		{"mermaid cuts a long word", Mermaid("abcdefghij", 4), "abcd"},
		{"mermaid cuts at a word", Mermaid("State Department of Labor and Workforce", 32), "State Department of Labor and"},
		{"mermaid and", Mermaid("Teen Voices (Riverside) & co.", 40), "Teen Voices Riverside and co."},
		{"csv formula", CSV("=HYPERLINK(1)"), "'=HYPERLINK(1)"},
		{"csv plain", CSV("Harbor YMCA"), "Harbor YMCA"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
