// Package placeholder recognises text left for someone to replace: the
// sentences coalition init writes ("Say what is in the way."), and the
// stand-ins people type when they mean to come back (TBD, TODO, lorem
// ipsum, xxx, n/a). The starter takes its texts from here, so that every
// placeholder it writes is recognised by construction; the
// placeholder-text rule reports them, and the score counts them as
// missing.
package placeholder

import (
	"fmt"
	"regexp"
	"strings"
)

// Text returns the starter's placeholder called name. It panics on an
// unknown name: the starter's template is fixed, and its test renders it.
func Text(name string) string {
	for _, s := range starter {
		if s.name == name {
			return s.text
		}
	}
	panic(fmt.Sprintf("placeholder: no starter text %q", name))
}

// Starter returns the texts the starter writes, in the order of the plan.
func Starter() []string {
	out := make([]string, len(starter))
	for i, s := range starter {
		out[i] = s.text
	}
	return out
}

// Generic are the stand-ins recognised as a whole value, whatever the
// case, as they are shown in documentation.
var Generic = []string{"TBD", "TBC", "TODO", "FIXME", "lorem ipsum …", "xxx", "n/a", "…", "?"}

// generic matches the stand-ins of Generic: the whole value, trimmed, any
// case, with trailing dots, and any run of x, dots or question marks.
var generic = regexp.MustCompile(`(?i)^(?:tbd|tbc|to ?do|fixme|x{2,}|n/?a|lorem ipsum\b.*|\.{2,}|…|\?+)\.*$`)

// Kind says what kind of placeholder s is.
type Kind int

// The kinds of placeholder.
const (
	// None: s is the plan's own text.
	None Kind = iota
	// FromStarter: s is a sentence of the coalition init starter.
	FromStarter
	// StandIn: s is TBD, TODO, lorem ipsum, xxx, n/a or the like.
	StandIn
)

// Of says whether s, a whole text value, is a placeholder, and of which
// kind. Surrounding space does not count; the starter's sentences must
// match whole, since a plan may well start a sentence with "Say".
func Of(s string) Kind {
	t := strings.TrimSpace(s)
	if t == "" {
		return None
	}
	if starterSet[t] {
		return FromStarter
	}
	if generic.MatchString(t) {
		return StandIn
	}
	return None
}

// Is reports whether s is a placeholder of any kind.
func Is(s string) bool { return Of(s) != None }

var starterSet = func() map[string]bool {
	m := make(map[string]bool, len(starter))
	for _, s := range starter {
		m[s.text] = true
	}
	return m
}()
