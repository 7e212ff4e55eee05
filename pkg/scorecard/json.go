package scorecard

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/coalition-tools/coalition/pkg/score"
)

// JSON writes the report as one JSON document of the same shape whatever
// the number of plans: {"version": 2, "plans": [...], "unreadable": [...],
// "summary": {...}}, each plan with its score, band and dimensions.
type JSON struct{}

// JSONVersion is the version of the JSON shape. It changes only when a
// field is removed or changes meaning; new fields may be added at any time.
// Version 1 gave a single plan's card at the top level; version 2 always
// lists the plans.
const JSONVersion = 2

type jsonFinding struct {
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
}

type jsonInput struct {
	Label  string  `json:"label"`
	Detail string  `json:"detail"`
	Points float64 `json:"points"`
	Max    float64 `json:"max"`
	Line   int     `json:"line,omitempty"`
	Column int     `json:"column,omitempty"`
}

type jsonDimension struct {
	Name     string        `json:"name"`
	Title    string        `json:"title"`
	Score    int           `json:"score"`
	Weight   int           `json:"weight"`
	Skipped  string        `json:"skipped,omitempty"`
	Findings []jsonFinding `json:"findings"`
	Inputs   []jsonInput   `json:"inputs,omitempty"`
}

type jsonCard struct {
	File       string          `json:"file"`
	Scored     bool            `json:"scored"`
	Score      int             `json:"score"`
	Band       string          `json:"band"`
	Errors     int             `json:"errors"`
	Warnings   int             `json:"warnings"`
	Capped     bool            `json:"capped"`
	Gates      []jsonGate      `json:"gates"`
	Notes      []string        `json:"notes"`
	Dimensions []jsonDimension `json:"dimensions"`
}

type jsonGate struct {
	ID     string `json:"id"`
	Band   string `json:"band"`
	Title  string `json:"title"`
	Detail string `json:"detail"`
	Capped bool   `json:"capped"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// Render implements Renderer.
func (JSON) Render(w io.Writer, r *Report) error {
	st := NewJSONStream(w, r.Explain)
	for _, c := range r.Cards {
		if err := st.Card(c); err != nil {
			return err
		}
	}
	return st.End(r)
}

// JSONStream writes the JSON of the plans plan by plan, so that the
// document is never held in memory whole: Card for each plan as it is
// scored, then End with the report (its cards need only their file, score
// and band) for the unreadable paths and the summary.
type JSONStream struct {
	w       *errWriter
	explain bool
	n       int
}

// NewJSONStream starts the document on w.
func NewJSONStream(w io.Writer, explain bool) *JSONStream {
	st := &JSONStream{w: &errWriter{w: w}, explain: explain}
	fmt.Fprintf(st.w, "{\n  \"version\": %d,\n  \"plans\": [", JSONVersion)
	return st
}

// Card writes one plan.
func (st *JSONStream) Card(c *score.Card) error {
	if st.n > 0 {
		st.w.WriteString(",")
	}
	st.n++
	b, err := json.MarshalIndent(toJSON(c, st.explain), "    ", "  ")
	if err != nil {
		return err
	}
	st.w.WriteString("\n    ")
	st.w.Write(b)
	return st.w.err
}

// End writes the unreadable paths and the summary and closes the document.
func (st *JSONStream) End(r *Report) error {
	if st.n > 0 {
		st.w.WriteString("\n  ")
	}
	st.w.WriteString("],\n")
	unreadable := r.Unreadable
	if unreadable == nil {
		unreadable = []Unreadable{}
	}
	for _, field := range []struct {
		name string
		v    any
		last bool
	}{{"unreadable", unreadable, false}, {"summary", r.Summarize(), true}} {
		b, err := json.MarshalIndent(field.v, "  ", "  ")
		if err != nil {
			return err
		}
		fmt.Fprintf(st.w, "  %q: %s", field.name, b)
		if !field.last {
			st.w.WriteString(",")
		}
		st.w.WriteString("\n")
	}
	st.w.WriteString("}\n")
	return st.w.err
}

// errWriter keeps the first write error, so that a long series of writes
// is checked once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) WriteString(s string) { _, _ = e.Write([]byte(s)) }

func toJSON(c *score.Card, explain bool) jsonCard {
	out := jsonCard{File: c.Path, Scored: c.Scored, Score: c.Score, Band: c.Band, Errors: c.Errors,
		Warnings: c.Warnings, Capped: c.Capped, Gates: []jsonGate{}, Notes: c.Notes, Dimensions: []jsonDimension{}}
	for _, h := range c.Gates {
		out.Gates = append(out.Gates, jsonGate{ID: h.ID, Band: h.Band, Title: h.Title, Detail: h.Detail, Capped: h.Capped, Line: h.Pos.Line, Column: h.Pos.Col})
	}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		jd := jsonDimension{Name: d.Name, Title: d.Title, Score: d.Score, Weight: d.Weight, Skipped: d.Skipped, Findings: []jsonFinding{}}
		for _, it := range d.Findings() {
			jd.Findings = append(jd.Findings, jsonFinding{Message: it.Message(), Line: it.Pos.Line, Column: it.Pos.Col})
		}
		if explain {
			for _, it := range d.Items {
				jd.Inputs = append(jd.Inputs, jsonInput{Label: it.Label, Detail: it.Detail,
					Points: round2(it.Points), Max: it.Max, Line: it.Pos.Line, Column: it.Pos.Col})
			}
		}
		out.Dimensions = append(out.Dimensions, jd)
	}
	return out
}

// round2 rounds to two decimals so that JSON shows 11.67, not 11.666666666666666.
func round2(f float64) float64 {
	v, _ := json.Number(points(f)).Float64()
	return v
}
