package output

import (
	"encoding/json"
	"io"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// JSONVersion is the version of the JSON shape. It changes only when a field
// is removed or changes meaning; new fields may be added at any time.
const JSONVersion = 1

// JSON writes one JSON document with every finding and the summary. The
// shape is documented in docs/check.md and kept stable.
type JSON struct {
	w   io.Writer
	doc jsonDoc
}

type jsonDoc struct {
	Version     int         `json:"version"`
	Plans       []jsonPlan  `json:"plans"`
	Diagnostics []jsonDiag  `json:"diagnostics"`
	Errors      []jsonError `json:"errors"`
	Summary     Summary     `json:"summary"`
}

// jsonPlan is a plan checked, with its findings counted by severity.
type jsonPlan struct {
	File     string `json:"file"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Infos    int    `json:"infos"`
}

type jsonDiag struct {
	File     string        `json:"file"`
	Line     int           `json:"line"`
	Column   int           `json:"column"`
	Rule     string        `json:"rule"`
	Severity lint.Severity `json:"severity"`
	Message  string        `json:"message"`
	Hint     string        `json:"hint,omitempty"`
}

type jsonError struct {
	File    string `json:"file"`
	Message string `json:"message"`
}

// NewJSON returns a JSON writer.
func NewJSON(w io.Writer) *JSON {
	return &JSON{w: w, doc: jsonDoc{Version: JSONVersion, Plans: []jsonPlan{}, Diagnostics: []jsonDiag{}, Errors: []jsonError{}}}
}

// File implements Writer.
func (j *JSON) File(path string, diags []lint.Diagnostic) error {
	var count Summary
	count.Count(diags)
	j.doc.Plans = append(j.doc.Plans, jsonPlan{path, count.Errors, count.Warnings, count.Infos})
	for _, d := range diags {
		j.doc.Diagnostics = append(j.doc.Diagnostics, jsonDiag{d.File, d.Pos.Line, d.Pos.Col, d.Rule, d.Severity, d.Message, d.Hint})
	}
	return nil
}

// Error implements Writer.
func (j *JSON) Error(path string, err error) error {
	j.doc.Errors = append(j.doc.Errors, jsonError{path, err.Error()})
	return nil
}

// Flush implements Writer.
func (j *JSON) Flush(s Summary) error {
	j.doc.Summary = s
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	return enc.Encode(j.doc)
}
