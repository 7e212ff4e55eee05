// Package escape makes text from plans safe for each place it is written:
// a terminal, Markdown, a CSV cell. HTML is escaped by html/template where
// it is written; Mermaid diagrams get no text from plans (their points and
// bars are numbered, and tables beside them give the names).
package escape

import (
	"fmt"
	"strings"
)

// Terminal shows control characters, including the escape that starts
// terminal sequences, as Go escapes instead of letting the terminal
// interpret them.
func Terminal(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, "\\x%02x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 || isBidi(r)
}

// isBidi reports the bidirectional controls that can make text display in
// an order other than the one it is read in.
func isBidi(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f
}

var markdown = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "|", `\|`, "#", `\#`, "~", `\~`,
	"!", `\!`, "$", `\$`,
)

// Markdown makes s safe inside a Markdown paragraph or table cell: control
// characters (newlines included) are shown as escapes, and the characters
// Markdown, GitHub's HTML and math would read as markup are escaped.
func Markdown(s string) string { return markdown.Replace(Terminal(s)) }

// CSV guards a text cell against spreadsheet formula injection: a cell
// starting with =, +, -, @, a tab or a carriage return is prefixed with a
// single quote, as OWASP recommends. Numbers are not passed through it.
func CSV(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
