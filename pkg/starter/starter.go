// Package starter writes the commented starter plan of `coalition init`:
// every section with a comment that explains it in plain words, drawn from
// the guides the format rests on, tailored to the level of working
// together the coalition aims for. The starter passes coalition check.
package starter

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"sync"
	"text/template"

	"github.com/coalition-tools/coalition/pkg/placeholder"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/schema"
)

//go:embed starter.yaml.tmpl
var text string

// tmpl is parsed on first use, not at start-up.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("starter").Funcs(template.FuncMap{
		"atLeast": atLeast,
		"quote":   quote,
		"ph":      placeholder.Text,
	}).Parse(text))
})

// Options tailor the starter.
type Options struct {
	// Name is the coalition's name.
	Name string
	// Relationship is the level of working together, one of
	// plan.VocabRelationship.
	Relationship string
	// Today is the start date written in the plan.
	Today plan.Date
}

// levels are the levels of working together, in order.
var levels = plan.VocabRelationship.Values

// atLeast reports whether level is the named level or a higher one.
func atLeast(level, name string) bool {
	return slices.Index(levels, level) >= slices.Index(levels, name)
}

// quote writes s as a YAML double-quoted string.
func quote(s string) string { return fmt.Sprintf("%q", s) }

// Write returns the starter plan.
func Write(o Options) ([]byte, error) {
	if !plan.VocabRelationship.Has(o.Relationship) {
		return nil, fmt.Errorf("unknown relationship %q: want one of %v", o.Relationship, levels)
	}
	if o.Name == "" {
		o.Name = "Our Coalition"
	}
	due := plan.DateOf(o.Today.Time().AddDate(1, 0, 0))
	soon := plan.DateOf(o.Today.Time().AddDate(0, 1, 0))
	var b bytes.Buffer
	err := tmpl().Execute(&b, map[string]any{
		"Name": o.Name, "Relationship": o.Relationship, "Today": o.Today, "Due": due, "Soon": soon,
		"Modeline": schema.Modeline,
	})
	return b.Bytes(), err
}
