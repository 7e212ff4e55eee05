package plandiff_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plandiff"
)

// TestJSONShape reads the JSON of a diff as a script does: the version,
// the list of plans that differ and a summary with the counts and whether
// --fail-on fails, the same convention as check and score.
func TestJSONShape(t *testing.T) {
	trap := strings.Replace(before, "amount: 48000", "amount: 28,000", 1)
	plans := []*plandiff.Diff{
		plandiff.Compare("added.yaml", nil, checked(t, trap)),
		plandiff.Compare("changed.yaml", checked(t, before), checked(t, strings.Replace(before, "current: 250", "current: 300", 1))),
		plandiff.Compare("deleted.yaml", checked(t, before), nil),
	}
	type summary struct {
		Changed   int            `json:"changed"`
		Renamed   int            `json:"renamed"`
		Added     int            `json:"added"`
		Deleted   int            `json:"deleted"`
		Unchanged int            `json:"unchanged"`
		FailOn    *lint.Severity `json:"fail_on"`
		Failed    bool           `json:"failed"`
	}
	for _, c := range []struct {
		name   string
		failOn lint.Severity
		plans  []*plandiff.Diff
		want   summary
	}{
		{"no gate", lint.SeverityInvalid, plans, summary{Changed: 1, Added: 1, Deleted: 1, Unchanged: 4}},
		{"fail on error", lint.SeverityError, plans, summary{Changed: 1, Added: 1, Deleted: 1, Unchanged: 4, Failed: true}},
		{"nothing changed", lint.SeverityInfo, nil, summary{Unchanged: 4}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := &plandiff.Report{From: "v1", Plans: c.plans, Unchanged: 4, FailOn: c.failOn}
			var b bytes.Buffer
			if err := plandiff.Render(&b, "json", r); err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Version *int              `json:"version"`
				Plans   []json.RawMessage `json:"plans"`
				Summary *summary          `json:"summary"`
			}
			if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Version == nil || *doc.Version != 1 || doc.Plans == nil || len(doc.Plans) != len(c.plans) {
				t.Fatalf("want version 1 and %d plans (a list, never null):\n%s", len(c.plans), b.String())
			}
			if doc.Summary == nil {
				t.Fatalf("no summary:\n%s", b.String())
			}
			got := *doc.Summary
			if (got.FailOn == nil) != (c.failOn == lint.SeverityInvalid) || got.FailOn != nil && *got.FailOn != c.failOn {
				t.Errorf("fail_on %v, want %v (null when not set)", got.FailOn, c.failOn)
			}
			got.FailOn = nil
			if got != c.want {
				t.Errorf("summary %+v, want %+v", got, c.want)
			}
			if r.Failing() > 0 != c.want.Failed {
				t.Errorf("Failing() = %d, want failed %v", r.Failing(), c.want.Failed)
			}
		})
	}
}
