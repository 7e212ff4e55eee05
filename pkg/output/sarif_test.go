package output_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// TestSARIFLevels checks the SARIF level of each severity, on a result and
// on a rule's default configuration: error, warning, and note for info
// (SARIF has no "info"; GitHub code scanning shows a note as such).
func TestSARIFLevels(t *testing.T) {
	ruleset := []*lint.Rule{
		{ID: "e", Title: "E", Severity: lint.SeverityError},
		{ID: "w", Title: "W", Severity: lint.SeverityWarning},
		{ID: "i", Title: "I", Severity: lint.SeverityInfo},
	}
	var diags []lint.Diagnostic
	for i, r := range ruleset {
		diags = append(diags, lint.Diagnostic{File: "p.yaml", Pos: plan.Pos{Line: i + 1, Col: 1}, Rule: r.ID, Severity: r.Severity, Message: r.Title})
	}
	var b bytes.Buffer
	w := output.NewSARIF(&b, ruleset, "v0.0.0-test", "")
	if err := w.File("p.yaml", diags); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(output.Summary{FailOn: lint.SeverityError}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string `json:"id"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID string `json:"ruleId"`
				Level  string `json:"level"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatalf("%v\n%s", err, b.Bytes())
	}
	want := map[string]string{"e": "error", "w": "warning", "i": "note"}
	run := log.Runs[0]
	if len(run.Results) != 3 || len(run.Tool.Driver.Rules) != 3 {
		t.Fatalf("%d results and %d rules, want 3 of each:\n%s", len(run.Results), len(run.Tool.Driver.Rules), b.Bytes())
	}
	for _, r := range run.Results {
		if r.Level != want[r.RuleID] {
			t.Errorf("result of rule %s: level %q, want %q", r.RuleID, r.Level, want[r.RuleID])
		}
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.DefaultConfiguration.Level != want[r.ID] {
			t.Errorf("rule %s: default level %q, want %q", r.ID, r.DefaultConfiguration.Level, want[r.ID])
		}
	}
}
