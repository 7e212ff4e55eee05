// Package planfmt rewrites a plan in the canonical form: keys in the order
// of the format, two-space indentation, a blank line between sections,
// long folded text wrapped at 80 columns, every comment kept. It refuses a
// result that would decode to a different plan or lose a comment.
package planfmt

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Width is the column at which folded text is wrapped.
const Width = 80

// Format returns the canonical form of a plan's YAML text.
func Format(data []byte) ([]byte, error) {
	src := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("cannot format: %w (run coalition check)", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("cannot format: the file is not a mapping of keys")
	}
	root := doc.Content[0]
	first := root.Content[0]
	order(root, reflect.TypeOf(plan.Plan{}))
	if root.Content[0] != first && first.HeadComment != "" {
		// The comment above the first key opens the file: it stays on top.
		root.Content[0].HeadComment = strings.TrimSpace(first.HeadComment + "\n" + root.Content[0].HeadComment)
		first.HeadComment = ""
	}
	keepFoldedText(&doc)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("cannot format: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	out := wrapFolded(b.String())
	out = separateSections(out)
	if err := same(src, []byte(out)); err != nil {
		return nil, err
	}
	return []byte(out), nil
}

// order sorts the keys of the mapping n in the order of the model type t,
// recursively. Keys the model does not know keep their order, after the
// known ones.
func order(n *yaml.Node, t reflect.Type) {
	if n.Kind != yaml.MappingNode || t.Kind() != reflect.Struct {
		return
	}
	var names []string
	types := map[string]reflect.Type{}
	for _, f := range plan.Fields(t) {
		names = append(names, f.Key)
		types[f.Key] = f.Type
	}
	type pair struct{ k, v *yaml.Node }
	var pairs []pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		pairs = append(pairs, pair{n.Content[i], n.Content[i+1]})
	}
	rank := func(p pair) int {
		if i := slices.Index(names, p.k.Value); i >= 0 && p.k.Value != "<<" {
			return i
		}
		return len(names)
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return rank(a) - rank(b) })
	n.Content = n.Content[:0]
	for _, p := range pairs {
		n.Content = append(n.Content, p.k, p.v)
		if ft, ok := types[p.k.Value]; ok {
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

// keepFoldedText writes a folded scalar that holds line breaks as a literal
// one: the YAML encoder does not write such folded text back faithfully.
func keepFoldedText(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Style&yaml.FoldedStyle != 0 && strings.Contains(strings.TrimRight(n.Value, "\n"), "\n") {
		n.Style = n.Style&^yaml.FoldedStyle | yaml.LiteralStyle
	}
	for _, c := range n.Content {
		keepFoldedText(c)
	}
}

// wrapFolded wraps the long lines of folded block scalars (> and >-) at
// Width. In a folded scalar a single line break reads as a space, so the
// value does not change; only a single space between two words is broken,
// and more-indented lines (which keep their line breaks) are left alone.
func wrapFolded(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	inBlock, parent, blockIndent := false, 0, -1
	for _, line := range lines {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if inBlock {
			if strings.TrimSpace(line) != "" && indent <= parent {
				inBlock = false
			} else {
				if blockIndent < 0 && strings.TrimSpace(line) != "" {
					blockIndent = indent
				}
				if indent == blockIndent && len(line) > Width {
					out = append(out, wrapLine(line, indent)...)
					continue
				}
				out = append(out, line)
				continue
			}
		}
		trimmed := strings.TrimRight(line, " ")
		if strings.HasSuffix(trimmed, ": >") || strings.HasSuffix(trimmed, ": >-") || strings.HasSuffix(trimmed, ": >+") ||
			strings.HasSuffix(trimmed, "- >") || strings.HasSuffix(trimmed, "- >-") {
			inBlock, parent, blockIndent = true, indent, -1
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
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

// separateSections puts one blank line before each top-level key after the
// first, above the comments that belong to it.
func separateSections(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	var out []string
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
	return strings.Join(out, "\n") + "\n"
}

// same checks that formatted text decodes to the same plan as the source
// and keeps every comment.
func same(src, formatted []byte) error {
	a := plan.Parse("a.yaml", src, plan.ReadOptions{Explicit: true})
	b := plan.Parse("b.yaml", formatted, plan.ReadOptions{Explicit: true})
	if (a.Plan == nil) != (b.Plan == nil) || !equalModel(reflect.ValueOf(a.Plan), reflect.ValueOf(b.Plan)) {
		return errors.New("formatting would change a value of the plan; the file is left as it is (please report this)")
	}
	ca, cb := comments(src), comments(formatted)
	if !slices.Equal(ca, cb) {
		return errors.New("formatting would lose or change a comment; the file is left as it is (please report this)")
	}
	return nil
}

// comments returns the comments of YAML text, each trimmed, sorted.
func comments(data []byte) []string {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil {
		return nil
	}
	var out []string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for _, l := range strings.Split(c, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					out = append(out, l)
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(&doc)
	slices.Sort(out)
	return out
}

var posType = reflect.TypeOf(plan.Pos{})

// equalModel compares two values of the model, ignoring positions.
func equalModel(a, b reflect.Value) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalModel(a.Elem(), b.Elem())
	case reflect.Struct:
		if a.Type() == posType {
			return true
		}
		if a.Type().PkgPath() != "github.com/coalition-tools/coalition/pkg/plan" {
			return reflect.DeepEqual(a.Interface(), b.Interface()) // Date and other leaves
		}
		for i := 0; i < a.NumField(); i++ {
			if !a.Type().Field(i).IsExported() {
				continue
			}
			if !equalModel(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !equalModel(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Float64:
		x, y := a.Float(), b.Float()
		return x == y || (x != x && y != y) // NaN equals NaN here
	}
	return a.Interface() == b.Interface()
}
