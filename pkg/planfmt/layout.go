package planfmt

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// wrapFolded wraps the long lines of folded block scalars (> and >-) at
// Width. In a folded scalar a single line break between two lines of text
// reads as a space, so the value does not change; only a single space
// between two words is broken, and more-indented lines (which keep their
// line breaks) are left alone. The folded scalars are found in the parsed
// text, not by how a line looks: a literal block (|) whose lines end in
// ": >" stays as it is.
func wrapFolded(text []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		return nil, &Error{Reason: fmt.Sprintf("the formatted text would not be valid YAML (%v); the file is left as it is (please report this)", err)}
	}
	// headers maps each line holding the > of a folded scalar to the least
	// indentation of its text: more than that of the key or the "-" it
	// belongs to.
	headers := map[int]int{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for i, c := range n.Content {
			if c.Kind == yaml.ScalarNode && c.Style&yaml.FoldedStyle != 0 {
				switch {
				case n.Kind == yaml.MappingNode && i%2 == 1:
					headers[c.Line] = n.Content[i-1].Column
				case n.Kind == yaml.SequenceNode:
					headers[c.Line] = n.Column
				}
			}
			walk(c)
		}
	}
	walk(&doc)
	if len(headers) == 0 {
		return text, nil
	}
	lines := strings.Split(string(text), "\n")
	out := make([]string, 0, len(lines))
	inBlock, least, blockIndent := false, 0, -1
	for i, line := range lines {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		blank := strings.TrimSpace(line) == ""
		if inBlock && !blank {
			switch {
			case indent < least, blockIndent >= 0 && indent < blockIndent:
				inBlock = false
			case blockIndent < 0:
				blockIndent = indent
			}
		}
		if inBlock && !blank && indent == blockIndent && len(line) > Width {
			out = append(out, wrapLine(line, indent)...)
			continue
		}
		if l, ok := headers[i+1]; ok {
			inBlock, least, blockIndent = true, l, -1
		}
		out = append(out, line)
	}
	return []byte(strings.Join(out, "\n")), nil
}

// wrapLine breaks a line of text indented by indent spaces at single
// spaces between words, so that each piece fits Width when it can.
func wrapLine(line string, indent int) []string {
	pad := strings.Repeat(" ", indent)
	rest := line[indent:]
	var out []string
	for len(pad)+len(rest) > Width {
		cut := -1
		for i := Width - len(pad); i > 0; i-- {
			if i < len(rest)-1 && rest[i] == ' ' && rest[i-1] != ' ' && rest[i+1] != ' ' {
				cut = i
				break
			}
		}
		if cut < 0 {
			break // one long word: leave it
		}
		out = append(out, pad+rest[:cut])
		rest = rest[cut+1:]
	}
	return append(out, pad+rest)
}

// indentClosingBrackets indents the closing bracket of a flow collection
// ({…} or […]) that the YAML writer puts at the start of a line, after a
// comment on the last value: as far as the line above it, the collection's
// last value. Nothing else starts a line with a bracket in a plan written
// by the YAML writer: the root is a mapping of keys.
func indentClosingBrackets(text []byte) []byte {
	if !bytes.Contains(text, []byte("\n}")) && !bytes.Contains(text, []byte("\n]")) {
		return text
	}
	lines := strings.Split(string(text), "\n")
	for i := 1; i < len(lines); i++ {
		if line := lines[i]; line != "" && (line[0] == '}' || line[0] == ']') {
			above := lines[i-1]
			lines[i] = above[:len(above)-len(strings.TrimLeft(above, " "))] + line
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// blankComments appends the comments above or below keys and items of the
// tree n that hold a blank line, each as its lines, trimmed: see
// separateBlankComments.
func blankComments(n *yaml.Node, out [][]string) [][]string {
	for _, c := range []string{n.HeadComment, n.FootComment} {
		if strings.Contains(c, "\n\n") {
			lines := strings.Split(c, "\n")
			for i := range lines {
				lines[i] = strings.TrimSpace(lines[i])
			}
			out = append(out, lines)
		}
	}
	for _, c := range n.Content {
		out = blankComments(c, out)
	}
	return out
}

// separateBlankComments puts a blank line above each comment that holds a
// blank line (see blankComments) when the YAML writer put it right below
// the line before: the YAML parser would read its lines above the blank
// line as a comment of the key before it, and those below as one of the
// key after it. Below the key of its mapping or the dash of its item, it
// needs none.
func separateBlankComments(text []byte, comments [][]string) []byte {
	if len(comments) == 0 {
		return text
	}
	lines := strings.Split(string(text), "\n")
	out := make([]string, 0, len(lines)+len(comments))
	for i, line := range lines {
		for j, c := range comments {
			if !startsWith(lines[i:], c) {
				continue
			}
			if above := strings.TrimSpace(lines[max(i-1, 0)]); i > 0 && above != "" && !strings.HasSuffix(above, ":") && above != "-" {
				out = append(out, "")
			}
			comments = slices.Delete(comments, j, j+1)
			break
		}
		out = append(out, line)
	}
	return []byte(strings.Join(out, "\n"))
}

// startsWith reports whether lines, trimmed, start with the lines c.
func startsWith(lines, c []string) bool {
	if len(lines) < len(c) {
		return false
	}
	for i := range c {
		if strings.TrimSpace(lines[i]) != c[i] {
			return false
		}
	}
	return true
}

// separateSections puts one blank line before each top-level key after the
// first, above the comments that belong to it.
func separateSections(text []byte) []byte {
	lines := strings.Split(strings.TrimRight(string(text), "\n"), "\n")
	out := make([]string, 0, len(lines)+16)
	seenKey := false
	for _, line := range lines {
		isKey := line != "" && line[0] != ' ' && line[0] != '#' && line[0] != '-' && strings.Contains(line, ":")
		if isKey && strings.HasPrefix(line, "kind:") {
			isKey = false // apiVersion and kind are one header
		}
		if isKey {
			if seenKey {
				// Insert the blank line above this key's comment block.
				j := len(out)
				for j > 0 && strings.HasPrefix(out[j-1], "#") {
					j--
				}
				if j > 0 && out[j-1] != "" {
					out = slices.Insert(out, j, "")
				}
			}
			seenKey = true
		}
		out = append(out, line)
	}
	return []byte(strings.Join(out, "\n") + "\n")
}

// singleDocument reports, as an *Error wrapping ErrSeveralDocuments, a
// file that holds more than one YAML document or a directive (%YAML,
// %TAG): the writer would drop all but the first document, and the
// directives. A `---` before the first content and a `...` at the very end
// are kept out of the way.
func singleDocument(src []byte) error {
	content, ended := false, 0
	for i, raw := range bytes.Split(src, []byte("\n")) {
		line := strings.TrimRight(string(raw), "\r")
		trimmed := strings.TrimSpace(line)
		switch {
		case ended > 0 && trimmed != "":
			return &Error{Line: ended, Col: 1, Err: ErrSeveralDocuments,
				Reason: "the document ends here with \"...\" and the file goes on: fmt rewrites only files that hold one YAML document"}
		case marker(line, "---"):
			if content {
				return &Error{Line: i + 1, Col: 1, Err: ErrSeveralDocuments,
					Reason: "a second YAML document starts here: fmt rewrites only files that hold one YAML document"}
			}
			rest := strings.TrimSpace(line[3:])
			content = rest != "" && !strings.HasPrefix(rest, "#")
		case marker(line, "..."):
			ended = i + 1
		case !content && strings.HasPrefix(line, "%"):
			return &Error{Line: i + 1, Col: 1, Err: ErrSeveralDocuments,
				Reason: "the file has a YAML directive, which fmt would drop: remove it, or leave the file unformatted"}
		case trimmed != "" && !strings.HasPrefix(trimmed, "#"):
			content = true
		}
	}
	return nil
}

// marker reports whether line is the document marker m (--- or ...) at the
// start of a line, alone or followed by a space.
func marker(line, m string) bool {
	return strings.HasPrefix(line, m) && (len(line) == 3 || line[3] == ' ' || line[3] == '\t')
}
