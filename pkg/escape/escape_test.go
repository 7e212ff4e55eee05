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
		{"csv formula", CSV("=HYPERLINK(1)"), "'=HYPERLINK(1)"},
		{"csv plain", CSV("Harbor YMCA"), "Harbor YMCA"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
