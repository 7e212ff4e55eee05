package lint

import (
	"fmt"
	"strings"
)

// Severity is how serious a finding is. The zero value is invalid, so a rule
// that forgets to set one is caught by the registry test.
type Severity int

// The severities, from least to most serious.
const (
	SeverityInvalid Severity = iota
	SeverityInfo
	SeverityWarning
	SeverityError
)

var severityNames = [...]string{"invalid", "info", "warning", "error"}

// Severities lists the valid severities from least to most serious.
func Severities() []Severity { return []Severity{SeverityInfo, SeverityWarning, SeverityError} }

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses "error", "warning" or "info".
func ParseSeverity(text string) (Severity, error) {
	for _, s := range Severities() {
		if text == s.String() {
			return s, nil
		}
	}
	return SeverityInvalid, fmt.Errorf("invalid severity %q: want one of error, warning, info", text)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(strings.TrimSpace(string(b)))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
