// Package planfmt rewrites a plan in the canonical form: keys in the order
// of the format, two-space indentation, a blank line between sections,
// long folded text wrapped at 80 columns, every comment kept.
//
// It proves what it writes: the new text must load to the same YAML node
// tree as the old, up to the order of keys in a mapping, with every scalar's
// value and tag (and the style of block scalars), every anchor, every alias
// referring to the same value, and every comment attached to the same key,
// or kept at the top or the end of its mapping; and every
// `# coalition:ignore` comment must silence the same line. When it cannot,
// Format returns an *Error naming the first difference and no text.
package planfmt

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Width is the column at which folded text is wrapped.
const Width = 80

// ErrSeveralDocuments is wrapped by the *Error for a file that holds more
// than one YAML document, or a directive: fmt rewrites single-document
// plans only, and leaves such a file as it is.
var ErrSeveralDocuments = errors.New("several YAML documents")

// Error is why a file is not rewritten, at a place in its text.
type Error struct {
	// Line and Col locate the reason in the file read (1-based); 0 when
	// it is not at one place.
	Line, Col int
	// Reason says what fmt would have changed or cannot keep.
	Reason string
	// Err is a sentinel the reason is an instance of, such as
	// ErrSeveralDocuments, or nil.
	Err error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Reason)
	}
	return e.Reason
}

func (e *Error) Unwrap() error { return e.Err }

var bom = []byte("\xef\xbb\xbf")

// Format returns the canonical form of a plan's YAML text. It returns an
// *Error, and no text, when the file holds several documents, is not a
// mapping of keys, or when the canonical form would not keep every value
// and comment of the file.
//
// A file with CRLF line endings is read, formatted and proven as the same
// file with LF ones, and written back with CRLF; a UTF-8 byte order mark
// stays.
func Format(data []byte) ([]byte, error) {
	src, form := readForm(data)
	out, err := format(src, form)
	if err != nil {
		return nil, err
	}
	written := form.write(out.text)
	// check reads the file as it is, CRLF line endings and all: what it
	// silences is compared on the texts it reads.
	if e := sameSuppressions(data, out.read, written, out.written, out.counterpart); e != nil {
		return nil, e
	}
	return written, nil
}

// formatted is the canonical text of a plan, with LF line endings, and
// the proof that it keeps the plan: the trees read and written, and the
// counterpart in the tree written of each node of the tree read.
type formatted struct {
	text          []byte
	read, written *yaml.Node
	counterpart   map[*yaml.Node]*yaml.Node
}

// textForm is how a file writes its text: a byte order mark first, CRLF
// line endings.
type textForm struct {
	bom, crlf bool
	// raw is the text with CRLF line endings, without the byte order mark,
	// when crlf.
	raw []byte
}

// readForm returns data without its byte order mark and with LF line
// endings, and how to write it back. The file uses CRLF when its first
// line ends with CRLF; a file that mixes both is written back with the
// ending of its first line.
func readForm(data []byte) ([]byte, textForm) {
	var form textForm
	if bytes.HasPrefix(data, bom) {
		form.bom, data = true, data[len(bom):]
	}
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		form.crlf, form.raw = true, data
	}
	if bytes.Contains(data, []byte("\r\n")) {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	return data, form
}

// write returns text, written with LF line endings, in form.
func (f textForm) write(text []byte) []byte {
	if f.crlf {
		text = bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n"))
	}
	if f.bom {
		text = append(slices.Clip(bom), text...)
	}
	return text
}

// format formats src, a text with LF line endings and no byte order mark,
// read from a file of form.
func format(src []byte, form textForm) (*formatted, error) {
	if err := singleDocument(src); err != nil {
		return nil, err
	}
	doc, err := parseOne(src)
	if err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, &Error{Line: 1, Col: 1, Reason: "the file is not a mapping of keys"}
	}
	root := doc.Content[0]
	if len(root.Content) == 0 {
		return nil, &Error{Line: root.Line, Col: root.Column, Reason: "the plan is an empty mapping: there is nothing to format"}
	}
	if err := commentsParsed(src, doc); err != nil {
		return nil, err
	}
	if form.crlf {
		// YAML reads every line break in a value as LF: the file as it is
		// must read to the same values as with LF line endings.
		raw, err := parseOne(form.raw)
		if err != nil {
			return nil, err
		}
		if e := sameValues(raw, doc); e != nil {
			return nil, e
		}
	}
	orig := clone(doc)

	order(root, reflect.TypeOf(plan.Plan{}))
	if err := aliasesInOrder(doc); err != nil {
		return nil, err
	}
	writable(doc, false)
	blanks := blankComments(doc, nil)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, &Error{Reason: fmt.Sprintf("cannot write the plan back: %v", err)}
	}
	if err := enc.Close(); err != nil {
		return nil, &Error{Reason: fmt.Sprintf("cannot write the plan back: %v", err)}
	}
	out, err := wrapFolded(b.Bytes())
	if err != nil {
		return nil, err
	}
	out = separateSections(separateBlankComments(indentClosingBrackets(out), blanks))

	got, err := parseOne(out)
	if err != nil {
		return nil, &Error{Reason: fmt.Sprintf("the formatted text would not read back (%v); the file is left as it is (please report this)", err)}
	}
	counterpart, e := prove(orig, got)
	if e != nil {
		return nil, e
	}
	return &formatted{text: out, read: orig, written: got, counterpart: counterpart}, nil
}

// parseOne parses text that must hold exactly one YAML document: the
// whole text, not only up to the point where the first document could
// stop.
func parseOne(text []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(text))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{Line: 1, Col: 1, Reason: "the file is empty"}
		}
		return nil, &Error{Reason: fmt.Sprintf("the file is not valid YAML (%v): run coalition check", err)}
	}
	var more yaml.Node
	switch err := dec.Decode(&more); {
	case errors.Is(err, io.EOF):
		return &doc, nil
	case err != nil:
		return nil, &Error{Reason: fmt.Sprintf("the file is not valid YAML (%v): run coalition check", err)}
	}
	return nil, &Error{Line: max(1, more.Line), Col: 1, Err: ErrSeveralDocuments,
		Reason: "a second YAML document starts here: fmt rewrites only files that hold one YAML document"}
}

func joinComments(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// order sorts the keys of the mapping n in the order of the model type t,
// recursively. Merge keys (<<) come first, where YAML readers look for
// them; keys the model does not know keep their order, after the known
// ones.
//
// Comments that belong to a place in the mapping, not to a key, keep their
// place: the one above the first key stays on top, and those after the
// last key (the YAML parser attaches them to it) stay at the end. Above the
// first item of a list they say what the list holds; after the last key of
// an item, `# coalition:ignore` speaks of the item below.
func order(n *yaml.Node, t reflect.Type) {
	if n.Kind != yaml.MappingNode || t.Kind() != reflect.Struct || len(n.Content) < 2 {
		return
	}
	rankOf := map[string]int{}
	types := map[string]reflect.Type{}
	for i, f := range plan.Fields(t) {
		rankOf[f.Key] = i
		types[f.Key] = f.Type
	}
	type pair struct{ k, v *yaml.Node }
	pairs := make([]pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		pairs = append(pairs, pair{n.Content[i], n.Content[i+1]})
	}
	rank := func(p pair) int {
		if isMerge(p.k) {
			return -1
		}
		if i, ok := rankOf[p.k.Value]; ok && p.k.Kind == yaml.ScalarNode {
			return i
		}
		return len(rankOf)
	}
	first, last := pairs[0], pairs[len(pairs)-1]
	slices.SortStableFunc(pairs, func(a, b pair) int { return rank(a) - rank(b) })
	if p := pairs[0]; p != first {
		p.k.HeadComment = joinComments(first.k.HeadComment, p.k.HeadComment)
		first.k.HeadComment = ""
	}
	if p := pairs[len(pairs)-1]; p != last {
		// The writer puts a key's foot comment after its whole value.
		p.k.FootComment = joinComments(p.k.FootComment, takeEnd(n))
	}
	n.Content = n.Content[:0]
	for _, p := range pairs {
		n.Content = append(n.Content, p.k, p.v)
		if ft, ok := types[p.k.Value]; ok && p.k.Kind == yaml.ScalarNode {
			child(p.v, ft)
		}
	}
}

// tail returns the last key (nil in a list) and value of the collection
// n, or nils.
func tail(n *yaml.Node) (k, v *yaml.Node) {
	switch {
	case n.Kind == yaml.MappingNode && len(n.Content) >= 2:
		return n.Content[len(n.Content)-2], n.Content[len(n.Content)-1]
	case n.Kind == yaml.SequenceNode && len(n.Content) > 0:
		return nil, n.Content[len(n.Content)-1]
	}
	return nil, nil
}

// block reports whether n is a collection written as a block, with
// something in it. Such a collection as the last value of another ends
// where the other ends: the YAML parser attaches the comments after it to
// the keys or items at their end, at whichever depth.
func block(n *yaml.Node) bool {
	return (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) && n.Style&yaml.FlowStyle == 0 && len(n.Content) > 0
}

// takeEnd removes and returns the comments at the end of the collection n:
// after its last key or item, and at the end of its last value when that
// is a block (see block), the deepest first.
func takeEnd(n *yaml.Node) string {
	k, v := tail(n)
	if v == nil {
		return ""
	}
	var c string
	if block(v) {
		c = takeEnd(v)
	}
	c = joinComments(c, v.FootComment)
	v.FootComment = ""
	if k != nil {
		c = joinComments(c, k.FootComment)
		k.FootComment = ""
	}
	return c
}

// isMerge reports whether the key k is the merge key <<.
func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Style == 0 && k.ShortTag() == "!!merge"
}

// child orders a value of field type t: a struct, a list of structs.
func child(n *yaml.Node, t reflect.Type) {
	if elem, ok := plan.ListOf(t); ok {
		if n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				child(c, elem)
			}
		}
		return
	}
	if _, ok := plan.ValueOf(t); !ok && t.Kind() == reflect.Struct {
		order(n, t)
	}
}

// writable prepares the tree n for the YAML writer. An empty null inside a
// flow collection, such as the values of {a, b}, or as a key, is spelt
// "null": the writer would write it as an empty quoted string. A merge key
// loses its tag, which the writer would spell out as `!!merge <<`: plain,
// it reads as a merge key again.
func writable(n *yaml.Node, inFlow bool) {
	inFlow = inFlow || n.Style&yaml.FlowStyle != 0
	for i, c := range n.Content {
		key := n.Kind == yaml.MappingNode && i%2 == 0
		if c.Kind == yaml.ScalarNode && (inFlow || key) && c.Value == "" && c.ShortTag() == "!!null" {
			c.Value = "null"
		}
		if isMerge(c) {
			c.Tag = ""
		}
		writable(c, inFlow)
	}
}

// aliasesInOrder returns an *Error when, in the order fmt writes the tree
// doc, an alias would come before its anchor (which YAML does not allow),
// or after another anchor of the same name (it would then refer to that
// one: an alias refers to the closest anchor of its name before it).
func aliasesInOrder(doc *yaml.Node) *Error {
	latest := map[string]*yaml.Node{}
	var walk func(n *yaml.Node, path string) *Error
	walk = func(n *yaml.Node, path string) *Error {
		name := path
		if name == "" {
			name = "the plan"
		}
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			switch cur := latest[n.Value]; {
			case cur == n.Alias:
			case cur == nil:
				return &Error{Line: n.Line, Col: n.Column,
					Reason: fmt.Sprintf("the alias *%s of %s would come before its anchor &%s (line %d) once the keys are in order, and YAML reads an alias only after its anchor: move the anchor to the value that comes first, or leave the file unformatted", n.Value, name, n.Value, n.Alias.Line)}
			default:
				return aliasMoved(n, name)
			}
		}
		if n.Anchor != "" {
			latest[n.Anchor] = n
		}
		for i, c := range n.Content {
			var at string
			switch {
			case n.Kind == yaml.MappingNode && i%2 == 0:
				at = keyName(path, c) + " (the key)"
			case n.Kind == yaml.MappingNode:
				at = keyName(path, n.Content[i-1])
			case n.Kind == yaml.SequenceNode:
				at = fmt.Sprintf("%s[%d]", path, i)
			default:
				at = path
			}
			if e := walk(c, at); e != nil {
				return e
			}
		}
		return nil
	}
	return walk(doc, "")
}

// aliasMoved is the *Error of the alias n at name that would refer to
// another anchor of the same name.
func aliasMoved(n *yaml.Node, name string) *Error {
	return &Error{Line: n.Line, Col: n.Column,
		Reason: fmt.Sprintf("the alias *%s of %s would point to another value after reordering (the anchor &%s is used twice): rename one of the anchors", n.Value, name, n.Value)}
}

// clone returns a deep copy of the tree n, aliases pointing into the copy.
func clone(n *yaml.Node) *yaml.Node {
	copies := map[*yaml.Node]*yaml.Node{}
	var walk func(*yaml.Node) *yaml.Node
	walk = func(n *yaml.Node) *yaml.Node {
		if n == nil {
			return nil
		}
		if c, ok := copies[n]; ok {
			return c
		}
		c := *n
		copies[n] = &c
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, k := range n.Content {
			c.Content[i] = walk(k)
		}
		return &c
	}
	out := walk(n)
	for _, c := range copies {
		if c.Alias != nil {
			if a, ok := copies[c.Alias]; ok {
				c.Alias = a
			}
		}
	}
	return out
}
