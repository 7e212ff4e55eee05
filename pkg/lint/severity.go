package lint

import (
	"fmt"
	"strings"
)

// Severity is how serious a finding is, or that a rule is off. The zero
// value, SeverityInvalid, means unset or invalid: a rule that forgets to
// set its severity is caught by the registry test, and an override of
// SeverityInvalid is no override.
type Severity int

// The severities: invalid, off, then the severities of a finding from least
// to most serious.
const (
	// SeverityInvalid is the zero value: unset or invalid.
	SeverityInvalid Severity = iota
	// SeverityOff is the severity the configuration gives a rule to turn
	// it off; no finding has it.
	SeverityOff
	SeverityInfo
	SeverityWarning
	SeverityError
)

var severityNames = [...]string{"invalid", "off", "info", "warning", "error"}

// Severities lists the severities of a finding from least to most serious.
func Severities() []Severity { return []Severity{SeverityInfo, SeverityWarning, SeverityError} }

// RuleSeverities lists the severities the configuration may give a rule:
// those of a finding, then off.
func RuleSeverities() []Severity { return append(Severities(), SeverityOff) }

// String returns "error", "warning", "info", "off" or, for the zero value,
// "invalid".
func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses the severity of a finding: "error", "warning" or
// "info", as fail_on takes it. It does not take "off": see
// ParseRuleSeverity.
func ParseSeverity(text string) (Severity, error) {
	for _, s := range Severities() {
		if text == s.String() {
			return s, nil
		}
	}
	return SeverityInvalid, fmt.Errorf("invalid severity %q: want one of error, warning, info", text)
}

// ParseRuleSeverity parses the severity the configuration gives a rule:
// "error", "warning", "info" or "off".
func ParseRuleSeverity(text string) (Severity, error) {
	for _, s := range RuleSeverities() {
		if text == s.String() {
			return s, nil
		}
	}
	return SeverityInvalid, fmt.Errorf("invalid severity %q: want error, warning, info or off", text)
}

// MarshalText implements encoding.TextMarshaler. The zero value and values
// out of range are an error, never written as a word that reads back.
func (s Severity) MarshalText() ([]byte, error) {
	if s <= SeverityInvalid || int(s) >= len(severityNames) {
		return nil, fmt.Errorf("invalid severity %s: want error, warning, info or off", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It reads every word
// MarshalText writes, "off" included.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseRuleSeverity(strings.TrimSpace(string(b)))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
