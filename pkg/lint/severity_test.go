package lint

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

func TestSeverityText(t *testing.T) {
	for _, tc := range []struct {
		sev  Severity
		text string
	}{
		{SeverityInvalid, "invalid"},
		{SeverityOff, "off"},
		{SeverityInfo, "info"},
		{SeverityWarning, "warning"},
		{SeverityError, "error"},
		{Severity(9), "Severity(9)"},
	} {
		if got := tc.sev.String(); got != tc.text {
			t.Errorf("Severity(%d).String() = %q, want %q", int(tc.sev), got, tc.text)
		}
	}
	if SeverityInvalid != 0 {
		t.Errorf("SeverityInvalid = %d, want the zero value", SeverityInvalid)
	}
	if SeverityOff == SeverityInvalid {
		t.Error("SeverityOff is SeverityInvalid: a rule turned off must not look unset")
	}
}

func TestParseSeverity(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Severity
		err        string
	}{
		{"error", "error", SeverityError, ""},
		{"warning", "warning", SeverityWarning, ""},
		{"info", "info", SeverityInfo, ""},
		// A finding is never "off": fail_on and --fail-on take no "off".
		{"off is no finding's severity", "off", SeverityInvalid, `invalid severity "off": want one of error, warning, info`},
		{"invalid is no word", "invalid", SeverityInvalid, `invalid severity "invalid": want one of error, warning, info`},
		{"empty", "", SeverityInvalid, `invalid severity "": want one of error, warning, info`},
		{"case matters", "Error", SeverityInvalid, `invalid severity "Error": want one of error, warning, info`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseSeverity(tc.text)
			if got != tc.want || errString(err) != tc.err {
				t.Errorf("ParseSeverity(%q) = %v, %q; want %v, %q", tc.text, got, errString(err), tc.want, tc.err)
			}
		})
	}
}

func TestParseRuleSeverity(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Severity
		err        string
	}{
		{"error", "error", SeverityError, ""},
		{"warning", "warning", SeverityWarning, ""},
		{"info", "info", SeverityInfo, ""},
		{"off", "off", SeverityOff, ""},
		{"invalid is no word", "invalid", SeverityInvalid, `invalid severity "invalid": want error, warning, info or off`},
		{"empty", "", SeverityInvalid, `invalid severity "": want error, warning, info or off`},
		{"false is not off", "false", SeverityInvalid, `invalid severity "false": want error, warning, info or off`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseRuleSeverity(tc.text)
			if got != tc.want || errString(err) != tc.err {
				t.Errorf("ParseRuleSeverity(%q) = %v, %q; want %v, %q", tc.text, got, errString(err), tc.want, tc.err)
			}
		})
	}
}

// TestSeverityMarshalling checks that every valid severity, off included,
// goes through JSON and back unchanged, and that the invalid zero value is
// never written.
func TestSeverityMarshalling(t *testing.T) {
	for _, sev := range []Severity{SeverityOff, SeverityInfo, SeverityWarning, SeverityError} {
		b, err := json.Marshal(map[string]Severity{"x": sev})
		if err != nil {
			t.Fatalf("%v: %v", sev, err)
		}
		if want := `{"x":"` + sev.String() + `"}`; string(b) != want {
			t.Errorf("marshal %v = %s, want %s", sev, b, want)
		}
		var back map[string]Severity
		if err := json.Unmarshal(b, &back); err != nil || back["x"] != sev {
			t.Errorf("unmarshal %s = %v, %v; want %v", b, back["x"], err, sev)
		}
	}
	for _, sev := range []Severity{SeverityInvalid, Severity(-1), Severity(9)} {
		if b, err := sev.MarshalText(); err == nil {
			t.Errorf("MarshalText(%d) = %q, want an error", int(sev), b)
		}
	}
	var s Severity
	if err := s.UnmarshalText([]byte("loud")); errString(err) != `invalid severity "loud": want error, warning, info or off` {
		t.Errorf("UnmarshalText(loud) = %v", err)
	}
}

// TestSeverityOffTurnsTheRuleOff checks that an override of SeverityOff
// turns a rule off, and that SeverityInvalid, the zero value, is no
// override at all: the rule keeps its default severity.
func TestSeverityOffTurnsTheRuleOff(t *testing.T) {
	f := &plan.File{Path: "p.yaml"}
	for _, tc := range []struct {
		name     string
		override map[string]Severity
		want     []string
	}{
		{"default", nil, []string{"1:3 a warning"}},
		{"raised", map[string]Severity{"a": SeverityError}, []string{"1:3 a error"}},
		{"off", map[string]Severity{"a": SeverityOff}, nil},
		{"invalid is unset", map[string]Severity{"a": SeverityInvalid}, []string{"1:3 a warning"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Run(f, Options{Rules: []*Rule{reporter("a", SeverityWarning, []int{1})}, Severity: tc.override})
			var got []string
			for _, d := range res.Diagnostics {
				got = append(got, fmt.Sprintf("%d:%d %s %s", d.Pos.Line, d.Pos.Col, d.Rule, d.Severity))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSuppressionOfARuleOff checks the suppressions of a file where rules
// are off: a suppression naming a rule that is off silences nothing and is
// not reported as unused; with ignore-unused itself off, an unused
// suppression is not reported either.
func TestSuppressionOfARuleOff(t *testing.T) {
	f := &plan.File{Path: "p.yaml", Suppressions: []plan.Suppression{
		{Pos: plan.Pos{Line: 1, Col: 1}, Line: 2, Rules: []string{"a"}, Reason: "fine"},
	}}
	meta := []*Rule{{ID: RuleIgnoreInvalid, Severity: SeverityError}, {ID: RuleIgnoreUnused, Severity: SeverityWarning}}
	for _, tc := range []struct {
		name     string
		override map[string]Severity
		want     []string
	}{
		{"unused", nil, []string{"1:1 ignore-unused warning: coalition:ignore a silences nothing: no a finding on line 2"}},
		{"rule off", map[string]Severity{"a": SeverityOff}, nil},
		{"ignore-unused off", map[string]Severity{RuleIgnoreUnused: SeverityOff}, nil},
		{"invalid is unset", map[string]Severity{RuleIgnoreUnused: SeverityInvalid}, []string{"1:1 ignore-unused warning: coalition:ignore a silences nothing: no a finding on line 2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Run(f, Options{Rules: append([]*Rule{reporter("a", SeverityWarning, nil)}, meta...), Severity: tc.override})
			var got []string
			for _, d := range res.Diagnostics {
				got = append(got, fmt.Sprintf("%d:%d %s %s: %s", d.Pos.Line, d.Pos.Col, d.Rule, d.Severity, d.Message))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
