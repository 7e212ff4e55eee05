// Package view turns the sections of a plan into tables a reader wants:
// the members with their owners' names, the goals with their progress, the
// budget with its totals and gaps. `coalition show` prints them and the
// Markdown report is built from them; the renderers for the terminal,
// Markdown, CSV and JSON are in render.go.
package view

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Table is one table of a section.
type Table struct {
	// Section is the section's name, such as "budget".
	Section string `json:"section"`
	// Name names the table within its section, such as "expenses".
	Name string `json:"table"`
	// Title is the heading shown above the table.
	Title   string   `json:"title"`
	Columns []Column `json:"columns"`
	Rows    [][]Cell `json:"rows"`
	// Empty says what an empty table means, such as "no barriers named".
	Empty string `json:"-"`
}

// Column is one column of a table.
type Column struct {
	// Key names the column in JSON and CSV headers.
	Key string `json:"key"`
	// Header is the column's heading.
	Header string `json:"header"`
	// Right aligns numbers to the right.
	Right bool `json:"right,omitempty"`
}

// Cell is one value: Text is what people read; Value, when not nil, is the
// typed value for JSON (a number, a bool, an exact money string).
type Cell struct {
	Text  string
	Value any
}

// Input is what a section is built from.
type Input struct {
	Plan  *plan.Plan
	Index *plan.Index
	Today plan.Date
	// Limits are the thresholds of practice of the partnerships, and
	// Weights the weights of the selection criteria, as configured.
	Limits  partners.Limits
	Weights partners.Weights
}

// NewInput prepares the input for p as of today, with the default limits
// and weights.
func NewInput(p *plan.Plan, today plan.Date) *Input {
	return &Input{Plan: p, Index: plan.NewIndex(p), Today: today, Limits: partners.DefaultLimits}
}

// Section is one section of a plan and how to build its tables.
type Section struct {
	Name  string
	Title string
	Build func(*Input) []*Table
}

// Sections lists the sections in the order of the plan format.
func Sections() []*Section {
	return []*Section{
		{"members", "Members", members},
		{"people", "People", people},
		{"goals", "Goals", goals},
		{"barriers", "Barriers", barriers},
		{"actions", "Actions", actions},
		{"budget", "Budget", budget},
		{"six-rs", "The 6 R's of engagement", sixRs},
		{"governance", "Governance", governance},
		{"prospects", "Prospects", prospects},
		{"stakeholders", "Stakeholders", stakeholders},
		{"network", "Network", networkTables},
		{"opposition", "Opposition", opposition},
		{"reviews", "Reviews", reviews},
	}
}

// Names lists the section names.
func Names() []string {
	var out []string
	for _, s := range Sections() {
		out = append(out, s.Name)
	}
	return out
}

// Lookup returns the section called name.
func Lookup(name string) (*Section, bool) {
	i := slices.IndexFunc(Sections(), func(s *Section) bool { return s.Name == name })
	if i < 0 {
		return nil, false
	}
	return Sections()[i], true
}

// Build builds the tables of the named sections, all when names is empty.
func Build(in *Input, names ...string) ([]*Table, error) {
	var out []*Table
	for _, s := range Sections() {
		if len(names) > 0 && !slices.Contains(names, s.Name) {
			continue
		}
		for _, t := range s.Build(in) {
			t.Section = s.Name
			out = append(out, t)
		}
	}
	for _, n := range names {
		if _, ok := Lookup(n); !ok {
			return nil, fmt.Errorf("unknown section %q: want one of %s", n, strings.Join(Names(), ", "))
		}
	}
	return out, nil
}

// Cell constructors.

func text(s string) Cell { return Cell{Text: s} }

func str[T ~string](v plan.Value[T]) Cell {
	if !v.Set {
		return Cell{}
	}
	return Cell{Text: string(v.V), Value: string(v.V)}
}

func date(v plan.Value[plan.Date]) Cell {
	if !v.Set {
		return Cell{}
	}
	return Cell{Text: v.V.String(), Value: v.V.String()}
}

func num(v plan.Value[float64]) Cell {
	if !v.Set {
		return Cell{}
	}
	return Cell{Text: strconv.FormatFloat(v.V, 'f', -1, 64), Value: v.V}
}

func integer(v plan.Value[int]) Cell {
	if !v.Set {
		return Cell{}
	}
	return Cell{Text: strconv.Itoa(v.V), Value: v.V}
}

func flag(v plan.Value[bool]) Cell {
	if !v.Set {
		return Cell{}
	}
	if v.V {
		return Cell{Text: "yes", Value: true}
	}
	return Cell{Text: "no", Value: false}
}

// money is an exact amount: "48,000.00 USD" to read, "48000.00" in JSON.
func money(m plan.Money, code string) Cell {
	return Cell{Text: figures.Money(m, code), Value: m.String()}
}

func moneyOf(v plan.Value[plan.Money], code string) Cell {
	if !v.Set {
		return Cell{}
	}
	return money(v.V, code)
}

// name shows the name of the person or member id, "name (id)" when both.
func name(in *Input, v plan.Value[plan.ID]) Cell {
	if !v.Set {
		return Cell{}
	}
	n := figures.PersonName(in.Index, v.V)
	if n == string(v.V) {
		return Cell{Text: n, Value: n}
	}
	return Cell{Text: n, Value: string(v.V)}
}

func ids(in *Input, l plan.List[plan.Value[plan.ID]]) Cell {
	var names, raw []string
	for _, v := range l.Items {
		if v.Set {
			names = append(names, figures.PersonName(in.Index, v.V))
			raw = append(raw, string(v.V))
		}
	}
	if len(raw) == 0 {
		return Cell{}
	}
	return Cell{Text: strings.Join(names, ", "), Value: raw}
}

func words[T ~string](l plan.List[plan.Value[T]]) Cell {
	var out []string
	for _, v := range l.Items {
		if v.Set {
			out = append(out, string(v.V))
		}
	}
	if len(out) == 0 {
		return Cell{}
	}
	return Cell{Text: strings.Join(out, ", "), Value: out}
}

func cols(spec ...string) []Column {
	var out []Column
	for _, s := range spec {
		c := Column{}
		if strings.HasSuffix(s, ">") {
			c.Right, s = true, strings.TrimSuffix(s, ">")
		}
		c.Key, c.Header, _ = strings.Cut(s, "|")
		if c.Header == "" {
			c.Header = strings.ReplaceAll(c.Key, "_", " ")
		}
		out = append(out, c)
	}
	return out
}
