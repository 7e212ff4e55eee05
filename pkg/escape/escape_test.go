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

// TestMarkdownEscapesMarkup checks each character Markdown, GitHub's HTML
// or its math would read as markup: each is escaped alone and in the
// markup it starts.
func TestMarkdownEscapesMarkup(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`\`, `\\`},
		{"`", "\\`"},
		{"*", `\*`},
		{"_", `\_`},
		{"[", `\[`},
		{"]", `\]`},
		{"<", "&lt;"},
		{">", "&gt;"},
		{"&", "&amp;"},
		{"|", `\|`},
		{"#", `\#`},
		{"~", `\~`},
		{"!", `\!`},
		{"$", `\$`},
		{"![logo](https://evil.example/x.png)", `\!\[logo\](https://evil.example/x.png)`},
		{"$\\sqrt{x}$", `\$\\sqrt{x}\$`},
		{"$$x$$", `\$\$x\$\$`},
		{"Harbor YMCA (2026), 50% done; ok?", "Harbor YMCA (2026), 50% done; ok?"},
	} {
		if got := Markdown(tc.in); got != tc.want {
			t.Errorf("Markdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTerminalEscapesBidi checks every bidirectional control (embeddings
// and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E
// and U+200F), and that the characters around those ranges pass.
func TestTerminalEscapesBidi(t *testing.T) {
	for _, tc := range []struct {
		in   rune
		want string
	}{
		{0x202a, `\x202a`}, {0x202b, `\x202b`}, {0x202c, `\x202c`}, {0x202d, `\x202d`}, {0x202e, `\x202e`},
		{0x2066, `\x2066`}, {0x2067, `\x2067`}, {0x2068, `\x2068`}, {0x2069, `\x2069`},
		{0x200e, `\x200e`}, {0x200f, `\x200f`},
		// Not controls: kept as they are.
		{0x200d, "\u200d"}, // zero-width joiner, in emoji
		{0x2029, "\u2029"},
		{0x202f, "\u202f"}, // narrow no-break space, in French numbers
		{0x2065, "\u2065"},
		{0x206a, "\u206a"},
		{'é', "é"},
	} {
		if got := Terminal("a" + string(tc.in) + "b"); got != "a"+tc.want+"b" {
			t.Errorf("Terminal(U+%04X) = %q, want %q", tc.in, got, "a"+tc.want+"b")
		}
	}
}

// TestCSVGuardsEveryFormulaStart checks each character that makes a
// spreadsheet read a cell as a formula, at the start of the cell only.
func TestCSVGuardsEveryFormulaStart(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"", ""},
		{"a=1", "a=1"},
		{"Harbor @ Night", "Harbor @ Night"},
		{"'=1", "'=1"},
	} {
		if got := CSV(tc.in); got != tc.want {
			t.Errorf("CSV(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
