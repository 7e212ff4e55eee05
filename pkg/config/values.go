package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// ErrNotWhole is the error of ParseWhole for text that is not a decimal
// whole number.
var ErrNotWhole = errors.New("want a whole number")

// ParseWhole reads s as a decimal whole number: digits, with a minus sign
// in front of a negative one. Anything else is refused, where strconv and
// YAML would take it: spaces, a plus sign, a base prefix (0x10, 0o17), an
// exponent (1e2), digit separators (1_000). A leading zero is decimal
// (070 is seventy), as a person reads it.
func ParseWhole(s string) (int, error) {
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > 9 {
		return 0, ErrNotWhole
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, ErrNotWhole
		}
	}
	return strconv.Atoi(s)
}

// ParseBool reads s as YAML writes a boolean: true, True, TRUE, false,
// False or FALSE. Anything else, such as yes, on or 1, is not one.
func ParseBool(s string) (value, ok bool) {
	switch s {
	case "true", "True", "TRUE":
		return true, true
	case "false", "False", "FALSE":
		return false, true
	}
	return false, false
}

// ParseDate reads a date written YYYY-MM-DD. Its error says which part is
// wrong: the shape ("want YYYY-MM-DD"), the month ("month 13 is out of
// range") or the day ("day 30 is out of range: February 2026 has 28
// days").
func ParseDate(s string) (time.Time, error) {
	if len(s) != len(plan.DateLayout) || s[4] != '-' || s[7] != '-' {
		return time.Time{}, errors.New("want YYYY-MM-DD")
	}
	var parts [3]int
	for i, p := range []string{s[:4], s[5:7], s[8:]} {
		n, err := ParseWhole(p)
		if err != nil || n < 0 {
			return time.Time{}, errors.New("want YYYY-MM-DD")
		}
		parts[i] = n
	}
	y, m, d := parts[0], parts[1], parts[2]
	if m < 1 || m > 12 {
		return time.Time{}, fmt.Errorf("month %d is out of range", m)
	}
	days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > days {
		return time.Time{}, fmt.Errorf("day %d is out of range: %s %04d has %d days", d, time.Month(m), y, days)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// Position returns where the value of the dotted key (such as
// "score.weights.fit") is written in the YAML text of a configuration
// file, and false when the file does not set it. It reads the file with
// gopkg.in/yaml.v3, which keeps positions; the values themselves are read
// by viper, which does not.
func Position(data []byte, key string) (plan.Pos, bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return plan.Pos{}, false
	}
	n := doc.Content[0]
	for _, part := range strings.Split(key, ".") {
		if n.Kind != yaml.MappingNode {
			return plan.Pos{}, false
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if strings.EqualFold(n.Content[i].Value, part) {
				next = n.Content[i+1]
			}
		}
		if next == nil {
			return plan.Pos{}, false
		}
		n = next
	}
	return plan.Pos{Line: n.Line, Col: n.Column}, true
}

// octal says how to write a plain YAML integer with a leading zero, which
// YAML reads as octal (070 is 56), and returns "" for any other scalar.
func octal(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode || n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return ""
	}
	sign, digits := "", n.Value
	if rest, ok := strings.CutPrefix(digits, "-"); ok {
		sign, digits = "-", rest
	}
	if len(digits) < 2 || digits[0] != '0' {
		return ""
	}
	if _, err := ParseWhole(digits); err != nil {
		return ""
	}
	decimal := strings.TrimLeft(digits, "0")
	if decimal == "" {
		sign, decimal = "", "0"
	}
	return fmt.Sprintf("write %s%s: a leading zero reads as octal", sign, decimal)
}
