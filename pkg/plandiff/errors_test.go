package plandiff_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/score"
)

// checked is version with the most serious finding recorded, as coalition
// diff reads it.
func checked(t *testing.T, src string) *plandiff.Version {
	t.Helper()
	f := plan.Parse("plan.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	res := lint.Run(f, lint.Options{Rules: rules.All(), Today: today})
	v := &plandiff.Version{Plan: f.Plan, Card: score.Score(f, res.Diagnostics,
		score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today})}
	for _, d := range res.Diagnostics {
		v.Worst = max(v.Worst, d.Severity)
	}
	return v
}

// TestErrors checks that a diff counts the errors of each version, says in
// its headline which version's figures may be misread, and keeps the most
// serious finding for --fail-on.
func TestErrors(t *testing.T) {
	trap := strings.Replace(before, "{item: Coordinator, amount: 48000}", "{item: Coordinator, amount: 28,000}", 1)
	moved := func(src string) string { return strings.Replace(src, "current: 250", "current: 300", 1) }
	if trap == before || moved(before) == before {
		t.Fatal("the plan to change has changed")
	}
	ptr := func(n int) *int { return &n }
	tests := []struct {
		name          string
		before, after string // "" for no such version
		errorsBefore  *int
		errorsAfter   *int
		worst         lint.Severity
		note          string
	}{
		{"clean", before, moved(before), ptr(0), ptr(0), lint.SeverityWarning, ""},
		{"the new version", before, trap, ptr(0), ptr(1), lint.SeverityError,
			"1 error(s) from check in the new version: its figures may be misread"},
		{"the old version", trap, before, ptr(1), ptr(0), lint.SeverityError,
			"1 error(s) from check in the old version: its figures may be misread"},
		{"both", trap, moved(trap), ptr(1), ptr(1), lint.SeverityError,
			"errors from check in both versions (1 before, 1 after): their figures may be misread"},
		{"added", "", trap, nil, ptr(1), lint.SeverityError,
			"1 error(s) from check in the new version: its figures may be misread"},
		{"deleted", trap, "", ptr(1), nil, lint.SeverityError,
			"1 error(s) from check in the old version: its figures may be misread"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a, b *plandiff.Version
			if tc.before != "" {
				a = checked(t, tc.before)
			}
			if tc.after != "" {
				b = checked(t, tc.after)
			}
			d := plandiff.Compare("plan.yaml", a, b)
			if !same(d.ErrorsBefore, tc.errorsBefore) || !same(d.ErrorsAfter, tc.errorsAfter) {
				t.Errorf("errors = %s → %s, want %s → %s", show(d.ErrorsBefore), show(d.ErrorsAfter), show(tc.errorsBefore), show(tc.errorsAfter))
			}
			if d.Worst != tc.worst {
				t.Errorf("worst = %s, want %s", d.Worst, tc.worst)
			}
			if got := d.ErrorsNote(); got != tc.note {
				t.Errorf("note = %q, want %q", got, tc.note)
			}
			if tc.note != "" && !strings.HasSuffix(d.Headline(), "; "+tc.note) {
				t.Errorf("headline %q does not end with the note", d.Headline())
			}
		})
	}
}

// TestErrorsJSON checks the JSON keys: a count for each version, null for
// a version that does not exist.
func TestErrorsJSON(t *testing.T) {
	trap := strings.Replace(before, "amount: 48000", "amount: 28,000", 1)
	r := &plandiff.Report{From: "v1", Plans: []*plandiff.Diff{plandiff.Compare("p.yaml", nil, checked(t, trap))}}
	var b bytes.Buffer
	if err := plandiff.Render(&b, "json", r); err != nil {
		t.Fatal(err)
	}
	var js struct {
		Plans []map[string]any `json:"plans"`
	}
	if err := json.Unmarshal(b.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	p := js.Plans[0]
	if v, ok := p["errors_before"]; !ok || v != nil {
		t.Errorf("errors_before = %v (present %v), want null", v, ok)
	}
	if p["errors_after"] != 1.0 {
		t.Errorf("errors_after = %v, want 1", p["errors_after"])
	}
	if _, ok := p["Worst"]; ok {
		t.Error("the most serious finding is not part of the JSON")
	}
}

func same(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func show(p *int) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}
