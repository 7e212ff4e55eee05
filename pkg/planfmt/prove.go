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
// anchors, and every alias referring to the counterpart of the node it
// refers to (an anchor name may be used twice: an alias refers to the
// closest anchor of its name before it); and every comment attached to the
// same key or item, wherever above, beside or below it. The comments above
// the first key of a mapping and those after its last key (the YAML parser
// attaches them to those keys) belong to the mapping: they must stay at its
// top and at its end, whichever keys come first and last.
func Same(read, written *yaml.Node) error {
	if _, e := prove(read, written); e != nil {
		return e
	}
	return nil
}

// prove is Same; it also returns the counterpart in written of each node
// of read.
func prove(read, written *yaml.Node) (map[*yaml.Node]*yaml.Node, *Error) {
	p := &prover{comments: true, counterpart: map[*yaml.Node]*yaml.Node{},
		names: map[*yaml.Node]string{}, moved: map[*yaml.Node][]string{}}
	if e := p.document(read, written); e != nil {
		return nil, e
	}
	return p.counterpart, nil
}

// sameValues is Same without the comments.
func sameValues(read, written *yaml.Node) *Error {
	p := &prover{counterpart: map[*yaml.Node]*yaml.Node{},
		names: map[*yaml.Node]string{}, moved: map[*yaml.Node][]string{}}
	return p.document(read, written)
}

// prover compares two trees, walking the tree read in document order.
type prover struct {
	// comments tells whether to compare comments.
	comments bool
	// counterpart maps each node of the tree read that was compared to its
	// counterpart in the tree written. An alias comes after its anchor, so
	// the node it refers to has been compared before it.
	counterpart map[*yaml.Node]*yaml.Node
	// top holds the comments of the documents and of their roots until the
	// root mapping takes them with the comments above its first key.
	top *[2][]string
	// names are the paths of the collections of the tree read, for messages.
	names map[*yaml.Node]string
	// moved holds, by mapping written, the comments below the key of the
	// tree read that is last in that mapping once written: they are then at
	// its end (see sameEnds).
	moved map[*yaml.Node][]string
}

func (p *prover) document(a, b *yaml.Node) *Error {
	if len(a.Content) != len(b.Content) || len(a.Content) == 0 {
		return &Error{Reason: "the formatted text would not hold the same document; the file is left as it is (please report this)"}
	}
	p.counterpart[a] = b
	ra, rb := a.Content[0], b.Content[0]
	p.top = &[2][]string{ownComments(ra, ownComments(a, nil)), ownComments(rb, ownComments(b, nil))}
	if e := p.node(ra, rb, ""); e != nil {
		return e
	}
	if p.top != nil { // the root is not a mapping
		if e := p.sameComments(a, "the top of the file", p.top[0], p.top[1]); e != nil {
			return e
		}
	}
	return p.sameEnds(ra, rb)
}

// sameEnds compares the comments at the end of collections. The YAML
// parser attaches the comments after a nested block (its last key or item,
// and any block at the end of that) to a key or item at its end, at
// whichever depth, so they are compared by the outermost collection they
// end, its top: a collection is its own top unless it is a block that is
// the last value of another, whose top it shares. The comments at the end
// of a top in the tree read must be at the end of the top of its
// counterpart in the tree written, with those below a key that is last
// once written.
func (p *prover) sameEnds(ra, rb *yaml.Node) *Error {
	if !p.comments {
		return nil
	}
	topsA, endsA, _ := ends(ra)
	topsB, endsB, topOf := ends(rb)
	want := map[*yaml.Node][]string{}
	from := map[*yaml.Node]*yaml.Node{} // a node read at each top written
	var order []*yaml.Node
	for _, t := range topsA {
		u := topOf[p.counterpart[t]]
		if u == nil {
			continue // not compared: a difference was found before
		}
		if _, ok := from[u]; !ok {
			from[u] = t
			order = append(order, u)
		}
		want[u] = append(want[u], endsA[t]...)
	}
	for m, c := range p.moved {
		want[topOf[m]] = append(want[topOf[m]], c...)
	}
	for _, u := range topsB {
		if _, ok := from[u]; !ok {
			from[u] = nil
			order = append(order, u)
		}
	}
	for _, u := range order {
		at, where := from[u], "the end of the file"
		if at == nil {
			at = ra
		}
		if name := p.names[at]; name != "" {
			where = "the end of " + name
		}
		if e := p.sameComments(at, where, want[u], endsB[u]); e != nil {
			return e
		}
	}
	return nil
}

// ends returns the tops of the tree n in document order (see sameEnds),
// the comments at the end of each, and the top of each collection.
func ends(n *yaml.Node) (tops []*yaml.Node, end map[*yaml.Node][]string, topOf map[*yaml.Node]*yaml.Node) {
	end, topOf = map[*yaml.Node][]string{}, map[*yaml.Node]*yaml.Node{}
	var walk func(n, top *yaml.Node)
	walk = func(n, top *yaml.Node) {
		if n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
			return
		}
		if top == nil {
			top = n
			tops = append(tops, n)
		}
		topOf[n] = top
		k, v := tail(n)
		if v != nil {
			end[top] = commentLines(v.FootComment, end[top])
			if k != nil {
				end[top] = commentLines(k.FootComment, end[top])
			}
		}
		for _, c := range n.Content {
			if c == v && block(v) {
				walk(c, top)
			} else {
				walk(c, nil)
			}
		}
	}
	walk(n, nil)
	return tops, end, topOf
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

func (p *prover) sameComments(at *yaml.Node, where string, a, b []string) *Error {
	if !p.comments {
		return nil
	}
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

// node compares the nodes a and b at path (a dotted key path, empty for
// the root), not their own comments: those belong to the key or item above
// them and are compared there.
func (p *prover) node(a, b *yaml.Node, path string) *Error {
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
	p.counterpart[a] = b
	if a.Kind == yaml.MappingNode || a.Kind == yaml.SequenceNode {
		p.names[a] = path
	}
	switch a.Kind {
	case yaml.ScalarNode:
		return sameScalar(a, b, name)
	case yaml.AliasNode:
		if a.Value != b.Value {
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("the alias *%s of %s would change; the file is left as it is (please report this)", a.Value, name)}
		}
		if (a.Alias != nil || b.Alias != nil) && (a.Alias == nil || p.counterpart[a.Alias] != b.Alias) {
			return aliasMoved(a, name)
		}
	case yaml.SequenceNode:
		if len(a.Content) != len(b.Content) {
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("%s would have %d items instead of %d; the file is left as it is (please report this)", name, len(b.Content), len(a.Content))}
		}
		for i := range a.Content {
			item := fmt.Sprintf("%s[%d]", path, i)
			last := i == len(a.Content)-1 // its foot is at the end of the list
			if e := p.sameComments(a.Content[i], item, itemComments(a.Content[i], last), itemComments(b.Content[i], last)); e != nil {
				return e
			}
			if e := p.node(a.Content[i], b.Content[i], item); e != nil {
				return e
			}
		}
	case yaml.MappingNode:
		return p.mapping(a, b, path)
	}
	return nil
}

func (p *prover) mapping(a, b *yaml.Node, path string) *Error {
	name := path
	// Keys are matched by identity; a key written twice (a mistake check
	// reports) is matched in order. match[i] is the index in b of the key
	// at index i in a.
	index := map[string][]int{}
	for j := 0; j+1 < len(b.Content); j += 2 {
		id := keyID(b.Content[j])
		index[id] = append(index[id], j)
	}
	match := make([]int, len(a.Content))
	matched := make([]bool, len(b.Content))
	for i := 0; i+1 < len(a.Content); i += 2 {
		ka := a.Content[i]
		id := keyID(ka)
		js := index[id]
		if len(js) == 0 {
			return &Error{Line: ka.Line, Col: ka.Column,
				Reason: fmt.Sprintf("the key %s would be lost; the file is left as it is (please report this)", keyName(path, ka))}
		}
		match[i], matched[js[0]] = js[0], true
		index[id] = js[1:]
	}
	for j := 0; j+1 < len(b.Content); j += 2 {
		if !matched[j] {
			return &Error{Line: a.Line, Col: a.Column,
				Reason: fmt.Sprintf("a key %s would appear; the file is left as it is (please report this)", keyName(path, b.Content[j]))}
		}
	}
	if len(a.Content) == 0 {
		return nil
	}
	// The comments above the first key and after the last one belong to
	// the mapping: those of the keys first and last in a, and of the keys
	// of a that come first and last in b.
	na, nb := len(a.Content)-2, len(b.Content)-2
	toFirst, toLast := 0, na
	for i := 0; i <= na; i += 2 {
		switch match[i] {
		case 0:
			toFirst = i
		case nb:
			toLast = i
		}
	}
	openA := commentLines(a.Content[0].HeadComment, nil)
	if toFirst != 0 {
		openA = commentLines(a.Content[toFirst].HeadComment, openA)
	}
	openB := commentLines(b.Content[0].HeadComment, nil)
	if toLast != na {
		p.moved[b] = commentLines(a.Content[toLast].FootComment, commentLines(a.Content[toLast+1].FootComment, p.moved[b]))
	}
	top := "the top of " + name
	if path == "" {
		top = "the top of the file"
	}
	if p.top != nil && path == "" {
		openA, openB = append(openA, p.top[0]...), append(openB, p.top[1]...)
		p.top = nil
	}
	if e := p.sameComments(a.Content[0], top, openA, openB); e != nil {
		return e
	}
	for i := 0; i+1 < len(a.Content); i += 2 {
		ka, va := a.Content[i], a.Content[i+1]
		j := match[i]
		kb, vb := b.Content[j], b.Content[j+1]
		name := keyName(path, ka)
		ca := keyComments(ka, va, i == 0 || i == toFirst, i == na || i == toLast)
		cb := keyComments(kb, vb, j == 0, j == nb)
		if e := p.sameComments(ka, name, ca, cb); e != nil {
			return e
		}
		if e := p.node(ka, kb, name+" (the key)"); e != nil {
			return e
		}
		if e := p.node(va, vb, name); e != nil {
			if va.Kind == yaml.ScalarNode && va.Value == "" {
				// An empty value has no place of its own: name its key's.
				e.Line, e.Col = ka.Line, ka.Column
			}
			return e
		}
	}
	return nil
}

// itemComments are the comments of an item of a list, but the one below
// the last item, which is at the end of the list.
func itemComments(n *yaml.Node, last bool) []string {
	out := commentLines(n.HeadComment, nil)
	out = commentLines(n.LineComment, out)
	if !last {
		out = commentLines(n.FootComment, out)
	}
	return out
}

// keyComments are the comments attached to a key: its own and its
// value's, but the one above a key that opens its mapping and those after
// a key that closes it.
func keyComments(k, v *yaml.Node, opens, closes bool) []string {
	var out []string
	if !opens {
		out = commentLines(k.HeadComment, out)
	}
	out = commentLines(k.LineComment, out)
	out = commentLines(v.HeadComment, out)
	out = commentLines(v.LineComment, out)
	if !closes {
		out = commentLines(k.FootComment, out)
		out = commentLines(v.FootComment, out)
	}
	return out
}

func sameScalar(a, b *yaml.Node, name string) *Error {
	ta, tb := a.ShortTag(), b.ShortTag()
	if ta != tb {
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would change type from %s to %s; the file is left as it is (please report this)", name, ta, tb)}
	}
	if ta != "!!null" && a.Value != b.Value {
		if why := blockTrouble(a); why != "" {
			return &Error{Line: a.Line, Col: a.Column, Reason: fmt.Sprintf("the %s text of %s %s", blockStyle(a), name, why)}
		}
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would change from %s to %s; the file is left as it is (please report this)", name, clip(a.Value), clip(b.Value))}
	}
	if blockStyle(a) != blockStyle(b) && a.Value != "" { // empty text is written ""
		if why := styleTrouble(a); why != "" {
			return &Error{Line: a.Line, Col: a.Column, Reason: fmt.Sprintf("the %s text of %s %s", blockStyle(a), name, why)}
		}
		return &Error{Line: a.Line, Col: a.Column,
			Reason: fmt.Sprintf("%s would change from %s text to %s text; the file is left as it is (please report this)", name, blockStyle(a), blockStyle(b))}
	}
	return nil
}

// blockTrouble says what in the block scalar n (| or >) the YAML writer
// does not write back as it reads, and what to do; "" when it is nothing
// known.
func blockTrouble(n *yaml.Node) string {
	folded := n.Style&yaml.FoldedStyle != 0
	v := n.Value
	switch {
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		return ""
	case strings.HasPrefix(v, "\n"):
		return "starts with a blank line, which the YAML writer would drop: remove the blank line, or leave the file unformatted"
	case folded && strings.HasSuffix(v, "\n\n"):
		return "keeps the blank lines at its end (>+), which the YAML writer cannot write back exactly: write it as literal text (|+), or leave the file unformatted"
	case folded && moreIndented(v):
		return "has more-indented lines, whose line breaks the YAML writer cannot write back exactly: write it as literal text (|), or leave the file unformatted"
	}
	return ""
}

// moreIndented reports whether a line of the text v, after the first,
// starts with a space or a tab: in folded text such a line keeps its line
// breaks.
func moreIndented(v string) bool {
	return strings.Contains(v, "\n ") || strings.Contains(v, "\n\t") || strings.HasPrefix(v, " ") || strings.HasPrefix(v, "\t")
}

// styleTrouble says why the YAML writer cannot write the block scalar n in
// its style, and what to do; "" when it is nothing known.
func styleTrouble(n *yaml.Node) string {
	v := n.Value
	switch {
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		return ""
	case strings.Contains(v, " \n") || strings.HasSuffix(v, " "):
		return "has a space at the end of a line, which the YAML writer cannot write in that style: remove it, or leave the file unformatted"
	}
	for _, r := range v {
		if !printable(r) {
			return fmt.Sprintf("has the control character %U, which the YAML writer cannot write in that style: remove it, or leave the file unformatted", r)
		}
	}
	return ""
}

// printable reports whether YAML writes r as it is in a block scalar.
func printable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == 0x85:
		return true
	case r < 0x20 || r == 0x7f || r == 0xfeff:
		return false
	case r >= 0x80 && r < 0xa0, r >= 0xd800 && r < 0xe000, r == 0xfffe || r == 0xffff:
		return false
	}
	return true
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
		v := n.Value
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
			v = "" // a null in any spelling
		}
		fmt.Fprintf(&b, "%d\x00%s\x00%s\x00", n.Kind, n.ShortTag(), v)
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
