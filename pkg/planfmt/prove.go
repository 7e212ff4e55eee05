package planfmt

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Same returns nil when the YAML trees read and written are the same up to
// the order of keys in mappings, and otherwise an *Error at the first
// difference, positioned in read. Both are document nodes. The same means:
// the same kinds of node; every scalar with its value and tag (a null in
// any spelling is null), and the style of block scalars (| or >); the same
// anchors and aliases; and every comment attached to the same key or item,
// wherever above, beside or below it.
func Same(read, written *yaml.Node) error {
	if e := sameDocument(read, written); e != nil {
		return e
	}
	return nil
}

func sameDocument(a, b *yaml.Node) *Error {
	if len(a.Content) != len(b.Content) || len(a.Content) == 0 {
		return &Error{Reason: "the formatted text would not hold the same document; the file is left as it is (please report this)"}
	}
	ra, rb := a.Content[0], b.Content[0]
	// The comment above the first key opens the file. When formatting puts
	// another key first, the comment above that key joins it on top.
	opensA, opensB := map[*yaml.Node]bool{}, map[*yaml.Node]bool{}
	if ra.Kind == yaml.MappingNode && rb.Kind == yaml.MappingNode && len(ra.Content) > 0 && len(rb.Content) > 0 {
		opensA[ra.Content[0]], opensB[rb.Content[0]] = true, true
		first := keyID(rb.Content[0])
		for i := 0; i+1 < len(ra.Content); i += 2 {
			if keyID(ra.Content[i]) == first {
				opensA[ra.Content[i]] = true
				break
			}
		}
	}
	if e := sameComments(a, "the top of the file", documentComments(a, opensA), documentComments(b, opensB)); e != nil {
		return e
	}
	return sameNode(ra, rb, "", opensA, opensB)
}

// documentComments are the comments of the document, of its root, and
// those above the keys that open the file.
func documentComments(doc *yaml.Node, opens map[*yaml.Node]bool) []string {
	out := ownComments(doc, nil)
	out = ownComments(doc.Content[0], out)
	for k := range opens {
		out = commentLines(k.HeadComment, out)
	}
	return out
}

// ownComments appends the lines of n's head, line and foot comments.
func ownComments(n *yaml.Node, out []string) []string {
	out = commentLines(n.HeadComment, out)
	out = commentLines(n.LineComment, out)
	return commentLines(n.FootComment, out)
}

func commentLines(c string, out []string) []string {
	for c != "" {
		var line string
		line, c, _ = strings.Cut(c, "\n")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

func sameComments(at *yaml.Node, where string, a, b []string) *Error {
	slices.Sort(a)
	slices.Sort(b)
	if slices.Equal(a, b) {
		return nil
	}
	for _, c := range a {
		if i, ok := slices.BinarySearch(b, c); ok {
			b = slices.Delete(b, i, i+1)
			continue
		}
		return &Error{Line: at.Line, Col: at.Column,
			Reason: fmt.Sprintf("the comment %s would not stay with %s; move it to a line of its own above a key, or leave the file unformatted", clip(c), where)}
	}
	return &Error{Line: at.Line, Col: at.Column,
		Reason: fmt.Sprintf("the comment %s would move to %s; the file is left as it is (please report this)", clip(b[0]), where)}
}

// sameNode compares the nodes a and b at path (a dotted key path, empty
// for the root), not their own comments: those belong to the key or item
// above them and are compared there.
func sameNode(a, b *yaml.Node, path string, opensA, opensB map[*yaml.Node]bool) *Error {
	name := path
	if name == "" {
		name = "the plan"
	}
	if a.Kind != b.Kind {
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would become %s instead of %s; the file is left as it is (please report this)", name, kindName(b), kindName(a))}
	}
	if a.Anchor != b.Anchor {
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("the anchor &%s of %s would be lost; the file is left as it is (please report this)", a.Anchor, name)}
	}
	switch a.Kind {
	case yaml.ScalarNode:
		return sameScalar(a, b, name)
	case yaml.AliasNode:
		if a.Value != b.Value {
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("the alias *%s of %s would change; the file is left as it is (please report this)", a.Value, name)}
		}
	case yaml.SequenceNode:
		if len(a.Content) != len(b.Content) {
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("%s would have %d items instead of %d; the file is left as it is (please report this)", name, len(b.Content), len(a.Content))}
		}
		for i := range a.Content {
			item := fmt.Sprintf("%s[%d]", path, i)
			if e := sameComments(a.Content[i], item, ownComments(a.Content[i], nil), ownComments(b.Content[i], nil)); e != nil {
				return e
			}
			if e := sameNode(a.Content[i], b.Content[i], item, nil, nil); e != nil {
				return e
			}
		}
	case yaml.MappingNode:
		return sameMapping(a, b, path, opensA, opensB)
	}
	return nil
}

func sameMapping(a, b *yaml.Node, path string, opensA, opensB map[*yaml.Node]bool) *Error {
	// Keys are matched by identity; a key written twice (a mistake check
	// reports) is matched in order.
	index := map[string][]int{}
	for i := 0; i+1 < len(b.Content); i += 2 {
		id := keyID(b.Content[i])
		index[id] = append(index[id], i)
	}
	for i := 0; i+1 < len(a.Content); i += 2 {
		ka, va := a.Content[i], a.Content[i+1]
		id := keyID(ka)
		name := keyName(path, ka)
		js := index[id]
		if len(js) == 0 {
			return &Error{Line: ka.Line, Col: ka.Column,
				Reason: fmt.Sprintf("the key %s would be lost; the file is left as it is (please report this)", name)}
		}
		j := js[0]
		index[id] = js[1:]
		kb, vb := b.Content[j], b.Content[j+1]
		ca, cb := keyComments(ka, va, opensA[ka]), keyComments(kb, vb, opensB[kb])
		if e := sameComments(ka, name, ca, cb); e != nil {
			return e
		}
		if ka.Kind != yaml.ScalarNode {
			if e := sameNode(ka, kb, name+" (the key)", nil, nil); e != nil {
				return e
			}
		}
		if e := sameNode(va, vb, name, nil, nil); e != nil {
			if va.Kind == yaml.ScalarNode && va.Value == "" {
				// An empty value has no place of its own: name its key's.
				e.Line, e.Col = ka.Line, ka.Column
			}
			return e
		}
	}
	for _, js := range index {
		if len(js) > 0 {
			k := b.Content[js[0]]
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("a key %s would appear; the file is left as it is (please report this)", keyName(path, k))}
		}
	}
	return nil
}

// keyComments are the comments attached to a key: its own and its
// value's, but the head comment of a key that opens the file.
func keyComments(k, v *yaml.Node, opens bool) []string {
	var out []string
	if !opens {
		out = commentLines(k.HeadComment, out)
	}
	out = commentLines(k.LineComment, out)
	out = commentLines(k.FootComment, out)
	return ownComments(v, out)
}

func sameScalar(a, b *yaml.Node, name string) *Error {
	ta, tb := a.ShortTag(), b.ShortTag()
	if ta != tb {
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would change type from %s to %s; the file is left as it is (please report this)", name, ta, tb)}
	}
	if ta != "!!null" && a.Value != b.Value {
		if a.Style&yaml.FoldedStyle != 0 {
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("the folded text (>) of %s cannot be written back exactly (it has more-indented lines or spaces at the ends of lines): write it as literal text (|), or leave the file unformatted", name)}
		}
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would change from %s to %s; the file is left as it is (please report this)", name, clip(a.Value), clip(b.Value))}
	}
	if blockStyle(a) != blockStyle(b) && a.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("the %s text of %s cannot be written back in that style (it has spaces at the ends of lines, or tabs): remove them, or leave the file unformatted", blockStyle(a), name)}
	}
	if blockStyle(a) != blockStyle(b) {
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would change from %s text to %s text; the file is left as it is (please report this)", name, blockStyle(a), blockStyle(b))}
	}
	return nil
}

func blockStyle(n *yaml.Node) string {
	switch {
	case n.Style&yaml.LiteralStyle != 0:
		return "literal (|)"
	case n.Style&yaml.FoldedStyle != 0:
		return "folded (>)"
	}
	return "one-line"
}

func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.Quote(s)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.DocumentNode:
		return "a document"
	}
	return "a value"
}

// keyID identifies a mapping key: its tag and value, or for a key that is
// itself a collection, the same of everything in it.
func keyID(k *yaml.Node) string {
	var b strings.Builder
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		fmt.Fprintf(&b, "%d\x00%s\x00%s\x00", n.Kind, n.ShortTag(), n.Value)
		for _, c := range n.Content {
			walk(c)
		}
		b.WriteByte(1)
	}
	walk(k)
	return b.String()
}

func keyName(path string, k *yaml.Node) string {
	v := k.Value
	if k.Kind != yaml.ScalarNode {
		v = "(" + kindName(k) + ")"
	}
	if path == "" {
		return v
	}
	return path + "." + v
}

// commentsParsed returns an *Error when the text src has a comment that
// the YAML parser did not keep in the tree doc, such as one right after
// "[" or "{": fmt, which writes the tree, would drop it. A "#" that starts
// a comment follows a space or starts a line; one inside a quoted or block
// scalar is found in the scalar's value and is not a comment.
func commentsParsed(src []byte, doc *yaml.Node) *Error {
	kept := map[string]int{}
	var inValues []string // the text of scalars from each "#" on, cut short
	const cut = 120
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range commentLines(n.HeadComment, commentLines(n.LineComment, commentLines(n.FootComment, nil))) {
			kept[c]++
		}
		if n.Kind == yaml.ScalarNode {
			v := n.Value
			for {
				i := strings.IndexByte(v, '#')
				if i < 0 {
					break
				}
				v = v[i:]
				inValues = append(inValues, v[:min(len(v), cut)])
				v = v[1:]
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(doc)
	slices.Sort(inValues)
	for i, raw := range strings.Split(string(src), "\n") {
		line := strings.TrimRight(raw, "\r")
		at := commentStart(line)
		if at < 0 {
			continue
		}
		text := strings.TrimSpace(line[at:])
		if kept[text] > 0 {
			kept[text]--
			continue
		}
		// Inside a quoted scalar the text may be escaped: compare up to the
		// first quote or backslash.
		prefix := text
		if j := strings.IndexAny(prefix, `"'\`); j >= 0 {
			prefix = prefix[:j]
		}
		prefix = strings.TrimRight(prefix[:min(len(prefix), cut)], " \t")
		if j, _ := slices.BinarySearch(inValues, prefix); j < len(inValues) && strings.HasPrefix(inValues[j], prefix) {
			continue
		}
		return &Error{Line: i + 1, Col: len([]rune(line[:at])) + 1,
			Reason: fmt.Sprintf("the YAML parser does not keep the comment %s (a comment right after [ or { is dropped), so fmt would lose it: move it to a line of its own", clip(text))}
	}
	return nil
}

// commentStart returns the byte offset of the "#" that could start a
// comment on line, or -1.
func commentStart(line string) int {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return i
		}
	}
	return -1
}
