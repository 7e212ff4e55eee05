// Package format is the one way a command picks its output format by name.
//
// Each command keeps its formats in a Registry: a name, a one-line doc and a
// constructor each, and the old names still accepted for a release. The
// names come from one vocabulary (Known), so the same thing has the same
// name in every command: text for the terminal, tsv for tab-separated
// columns, and markdown, json, html, csv, github, sarif and junit where
// they apply. A name that is not a format is an error of one shape,
//
//	unknown format "jsn" (did you mean "json"?): want one of text, markdown, json
//
// and an old name resolves to the current one with a note to print.
package format

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/suggest"
)

// The names of the formats.
const (
	// Text is for a person at a terminal: a boxed table on a terminal,
	// aligned columns in a pipe, or lines of text.
	Text = "text"
	// Markdown is GitHub Markdown.
	Markdown = "markdown"
	// JSON is one JSON document.
	JSON = "json"
	// HTML is one self-contained HTML page.
	HTML = "html"
	// CSV is RFC 4180 comma-separated values.
	CSV = "csv"
	// TSV is tab-separated values, for cut and awk.
	TSV = "tsv"
	// GitHub is GitHub Actions workflow commands.
	GitHub = "github"
	// SARIF is SARIF 2.1.0, for code scanning.
	SARIF = "sarif"
	// JUnit is JUnit XML, for CI test reports.
	JUnit = "junit"
)

// Known are the names a format may have, in the order lists show them.
var Known = []string{Text, Markdown, JSON, HTML, CSV, TSV, GitHub, SARIF, JUnit}

// Renamed are the old names of formats, each with its current name. A
// registry accepts one only where it declares it (Registry.Alias).
var Renamed = map[string]string{"table": Text, "plain": TSV}

// Doc is the name of a format and what it gives, for help and completion.
type Doc struct {
	Name string
	Doc  string
}

// Alias is an old name of a format, still accepted for one release.
type Alias struct {
	// Old is the old name, such as "table".
	Old string
	// Name is the current name, such as "text".
	Name string
}

// Choice is a format name as given, resolved to the current name.
type Choice struct {
	// Name is the current name of the format.
	Name string
	// Given is the name as given: Name, or an old name of it.
	Given string
}

// Deprecated reports whether the name given is an old name.
func (c Choice) Deprecated() bool { return c.Given != c.Name }

// Note says that the old name given is now called Name, such as "table is
// now called text; table will be removed in the next release". It is empty
// for a current name.
func (c Choice) Note() string {
	if !c.Deprecated() {
		return ""
	}
	return fmt.Sprintf("%s is now called %s; %s will be removed in the next release", c.Given, c.Name, c.Given)
}

// Set is what the command line needs of a registry, whatever its
// constructors: the names and docs, the old names, and resolving a name.
type Set interface {
	// Names are the current names, in the order of Known.
	Names() []string
	// Docs are the current names with their docs, in the order of Known.
	Docs() []Doc
	// Aliases are the old names still accepted, in the order declared.
	Aliases() []Alias
	// Resolve returns the format called name, or an old name of it, or the
	// error for a name that is neither.
	Resolve(name string) (Choice, error)
}

type entry[T any] struct {
	doc Doc
	new T
}

// Registry holds the formats of one command, each with a constructor of
// type T. The zero value is empty and ready to use.
type Registry[T any] struct {
	entries []entry[T]
	aliases []Alias
}

// NewRegistry returns an empty registry.
func NewRegistry[T any]() *Registry[T] { return &Registry[T]{} }

// Register adds the format name, which doc describes in a few words, made
// by newFormat. It panics when name is not one of Known or is registered
// already: a mistake of the program, not of its user.
func (r *Registry[T]) Register(name, doc string, newFormat T) *Registry[T] {
	if !slices.Contains(Known, name) {
		panic(fmt.Sprintf("format: %q is not a known format name: want one of %s", name, strings.Join(Known, ", ")))
	}
	if r.index(name) >= 0 {
		panic(fmt.Sprintf("format: %q is registered twice", name))
	}
	r.entries = append(r.entries, entry[T]{Doc{name, doc}, newFormat})
	slices.SortStableFunc(r.entries, func(a, b entry[T]) int {
		return slices.Index(Known, a.doc.Name) - slices.Index(Known, b.doc.Name)
	})
	return r
}

// Alias makes old, a name the format called name had, still accepted. It
// panics when name is not registered or old is not its old name in Renamed:
// an old name means the same format in every command.
func (r *Registry[T]) Alias(old, name string) *Registry[T] {
	if r.index(name) < 0 {
		panic(fmt.Sprintf("format: alias %q of %q, which is not registered", old, name))
	}
	if Renamed[old] != name || slices.ContainsFunc(r.aliases, func(a Alias) bool { return a.Old == old }) {
		panic(fmt.Sprintf("format: %q is not an old name of %q (see Renamed), or is declared twice", old, name))
	}
	r.aliases = append(r.aliases, Alias{Old: old, Name: name})
	return r
}

// Only returns a registry with the formats of r called names, and the
// aliases of those: the formats of a command that offers some of another's.
// It panics on a name r does not have.
func (r *Registry[T]) Only(names ...string) *Registry[T] {
	out := &Registry[T]{}
	for _, n := range names {
		i := r.index(n)
		if i < 0 {
			panic(fmt.Sprintf("format: %q is not registered", n))
		}
		out.Register(n, r.entries[i].doc.Doc, r.entries[i].new)
	}
	for _, a := range r.aliases {
		if slices.Contains(names, a.Name) {
			out.Alias(a.Old, a.Name)
		}
	}
	return out
}

func (r *Registry[T]) index(name string) int {
	return slices.IndexFunc(r.entries, func(e entry[T]) bool { return e.doc.Name == name })
}

// Names returns the current names of the formats, in the order of Known.
func (r *Registry[T]) Names() []string {
	out := make([]string, len(r.entries))
	for i, e := range r.entries {
		out[i] = e.doc.Name
	}
	return out
}

// Docs returns the formats' names and docs, in the order of Known.
func (r *Registry[T]) Docs() []Doc {
	out := make([]Doc, len(r.entries))
	for i, e := range r.entries {
		out[i] = e.doc
	}
	return out
}

// Aliases returns the old names still accepted.
func (r *Registry[T]) Aliases() []Alias { return slices.Clone(r.aliases) }

// Resolve returns the format called name, or an old name of it. Any other
// name is an error that lists the current names, with the nearest as a
// suggestion: `unknown format "jsn" (did you mean "json"?): want one of
// text, markdown, json`.
func (r *Registry[T]) Resolve(name string) (Choice, error) {
	if r.index(name) >= 0 {
		return Choice{Name: name, Given: name}, nil
	}
	for _, a := range r.aliases {
		if a.Old == name {
			return Choice{Name: a.Name, Given: name}, nil
		}
	}
	return Choice{}, Unknown(name, r.Names())
}

// Lookup returns the constructor of the format called name, or an old name
// of it, or the error of Resolve.
func (r *Registry[T]) Lookup(name string) (T, error) {
	c, err := r.Resolve(name)
	if err != nil {
		var zero T
		return zero, err
	}
	return r.entries[r.index(c.Name)].new, nil
}

// Unknown is the error for name, which is none of names: `unknown format
// "jsn" (did you mean "json"?): want one of text, markdown, json`.
func Unknown(name string, names []string) error {
	return fmt.Errorf("unknown format %q%s: want one of %s", name, suggest.DidYouMean(name, names), strings.Join(names, ", "))
}

// Union returns the set of the formats of all of sets: what a setting
// shared by several commands may name. A name's doc is that of the first
// set that has it.
func Union(sets ...Set) Set {
	u := &Registry[struct{}]{}
	for _, s := range sets {
		for _, d := range s.Docs() {
			if u.index(d.Name) < 0 {
				u.Register(d.Name, d.Doc, struct{}{})
			}
		}
	}
	for _, s := range sets {
		for _, a := range s.Aliases() {
			if _, err := u.Resolve(a.Old); err != nil {
				u.Alias(a.Old, a.Name)
			}
		}
	}
	return u
}

// Usage is the help of a --format flag for set: the current names, the
// default when dflt is not empty, then the old names still accepted, such
// as "text, markdown or json (default: text); table, the old name of text,
// still works until the next release".
func Usage(set Set, dflt string) string {
	s := orList(set.Names())
	if dflt != "" {
		s += " (default: " + dflt + ")"
	}
	if aliases := set.Aliases(); len(aliases) > 0 {
		var old, cur []string
		for _, a := range aliases {
			old, cur = append(old, a.Old), append(cur, a.Name)
		}
		if len(aliases) == 1 {
			s += fmt.Sprintf("; %s, the old name of %s, still works until the next release", old[0], cur[0])
		} else {
			s += fmt.Sprintf("; %s, the old names of %s, still work until the next release", andList(old), andList(cur))
		}
	}
	return s
}

// orList joins words as "a, b or c".
func orList(words []string) string { return joinLast(words, " or ") }

// andList joins words as "a, b and c".
func andList(words []string) string { return joinLast(words, " and ") }

func joinLast(words []string, last string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + last + words[len(words)-1]
}
