package planfmt

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// sameSuppressions returns an *Error when a `# coalition:ignore` comment
// of the text src would silence other findings in the text out: the nodes
// that start on the line it silences (its own line, or the next line of
// YAML below a comment on a line of its own) must be the counterparts of
// those on the line it silences in src; and out has no other. read and
// written are the trees of src and out, and counterpart maps the nodes of
// read to those of written. The suppressions are found as check finds
// them, in the texts as they are.
func sameSuppressions(src []byte, read *yaml.Node, out []byte, written *yaml.Node, counterpart map[*yaml.Node]*yaml.Node) *Error {
	if !bytes.Contains(src, []byte(plan.IgnoreDirective)) {
		return nil
	}
	before := plan.Parse("", src, plan.ReadOptions{Explicit: true}).Suppressions
	after := plan.Parse("", out, plan.ReadOptions{Explicit: true}).Suppressions
	if len(before) == 0 && len(after) == 0 {
		return nil
	}
	linesA, linesB := nodesByLine(read), nodesByLine(written)
	used := make([]bool, len(after))
	for _, s := range before {
		want := make([]*yaml.Node, 0, len(linesA[s.Line]))
		for _, n := range linesA[s.Line] {
			want = append(want, counterpart[n])
		}
		found := false
		for i, t := range after {
			if used[i] || suppressionKey(t) != suppressionKey(s) {
				continue
			}
			if sameSet(want, linesB[t.Line]) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			text := "# " + plan.IgnoreDirective + " " + strings.Join(s.Rules, ",")
			return &Error{Line: s.Pos.Line, Col: s.Pos.Col,
				Reason: fmt.Sprintf("the comment %s would silence another line once the keys are in order: write it at the end of the line it silences (line %d), or leave the file unformatted", clip(text), s.Line)}
		}
	}
	for i, t := range after {
		if !used[i] {
			// The YAML parser drops some comments of a file with CRLF line
			// endings (one more indented than the next), which fmt keeps.
			text := "# " + plan.IgnoreDirective + " " + strings.Join(t.Rules, ",")
			return &Error{Reason: fmt.Sprintf("the comment %s would silence findings that it does not silence now: the YAML parser does not read it where it is (with CRLF line endings, a comment more indented than the next is dropped); indent it as the line below it, or leave the file unformatted", clip(text))}
		}
	}
	return nil
}

// suppressionKey identifies a suppression comment by what it says.
func suppressionKey(s plan.Suppression) string {
	return strings.Join(s.Rules, ",") + "\x00" + s.Reason
}

// nodesByLine returns the nodes of the tree n by the line they start on;
// the document node has no line of its own.
func nodesByLine(n *yaml.Node) map[int][]*yaml.Node {
	out := map[int][]*yaml.Node{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind != yaml.DocumentNode {
			out[n.Line] = append(out[n.Line], n)
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	return out
}

// sameSet reports whether a and b hold the same nodes, each once.
func sameSet(a, b []*yaml.Node) bool {
	if len(a) != len(b) {
		return false
	}
	in := make(map[*yaml.Node]bool, len(a))
	for _, n := range a {
		in[n] = true
	}
	for _, n := range b {
		if !in[n] {
			return false
		}
		delete(in, n)
	}
	return len(in) == 0
}
