// Package planfmt rewrites a plan in the canonical form: keys in the order
// of the format, two-space indentation, a blank line between sections,
// long folded text wrapped at 80 columns, every comment kept.
//
// It proves what it writes: the new text must load to the same YAML node
// tree as the old, up to the order of keys in a mapping, with every scalar's
// value and tag (and the style of block scalars), every anchor and alias,
// and every comment attached to the same key. When it cannot, Format
// returns an *Error naming the first difference and no text.
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
func Format(data []byte) ([]byte, error) {
	src := bytes.TrimPrefix(data, bom)
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
	orig := clone(doc)

	first := root.Content[0]
	order(root, reflect.TypeOf(plan.Plan{}))
	if root.Content[0] != first && first.HeadComment != "" {
		// The comment above the first key opens the file: it stays on top.
		root.Content[0].HeadComment = joinComments(first.HeadComment, root.Content[0].HeadComment)
		first.HeadComment = ""
	}
	spellFlowNulls(doc, false)
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
	out = separateSections(out)

	got, err := parseOne(out)
	if err != nil {
		return nil, &Error{Reason: fmt.Sprintf("the formatted text would not read back (%v); the file is left as it is (please report this)", err)}
	}
	if err := Same(orig, got); err != nil {
		return nil, err
	}
	return out, nil
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
// recursively. Keys the model does not know keep their order, after the
// known ones.
func order(n *yaml.Node, t reflect.Type) {
	if n.Kind != yaml.MappingNode || t.Kind() != reflect.Struct {
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
		if i, ok := rankOf[p.k.Value]; ok && p.k.Kind == yaml.ScalarNode {
			return i
		}
		return len(rankOf)
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return rank(a) - rank(b) })
	n.Content = n.Content[:0]
	for _, p := range pairs {
		n.Content = append(n.Content, p.k, p.v)
		if ft, ok := types[p.k.Value]; ok && p.k.Kind == yaml.ScalarNode {
			child(p.v, ft)
		}
	}
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

// spellFlowNulls writes an empty null inside a flow collection, such as
// the values of {a, b}, as "null": the YAML writer would otherwise write
// it as the empty string ”.
func spellFlowNulls(n *yaml.Node, inFlow bool) {
	if n.Kind == yaml.ScalarNode && inFlow && n.Value == "" && n.ShortTag() == "!!null" {
		n.Value = "null"
	}
	inFlow = inFlow || n.Style&yaml.FlowStyle != 0
	for _, c := range n.Content {
		spellFlowNulls(c, inFlow)
	}
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
