package config

import (
	"testing"
	"time"
)

func TestParseWhole(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want int
		ok   bool
	}{
		{"digits", "70", 70, true},
		{"zero", "0", 0, true},
		{"negative", "-5", -5, true},
		{"leading zero is decimal", "070", 70, true},
		{"nine digits", "999999999", 999999999, true},
		{"ten digits", "1000000000", 0, false},
		{"trailing space", "95 ", 0, false},
		{"leading space", " 95", 0, false},
		{"word", "abc", 0, false},
		{"exponent", "1e2", 0, false},
		{"hex", "0x10", 0, false},
		{"octal prefix", "0o17", 0, false},
		{"separator", "1_000", 0, false},
		{"plus", "+5", 0, false},
		{"fraction", "70.0", 0, false},
		{"empty", "", 0, false},
		{"minus alone", "-", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseWhole(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("ParseWhole(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want string // the date, or the error
	}{
		{"a date", "2026-11-23", "2026-11-23"},
		{"leap day", "2028-02-29", "2028-02-29"},
		{"month 13", "2026-13-01", "month 13 is out of range"},
		{"month 0", "2026-00-10", "month 0 is out of range"},
		{"no leap day", "2027-02-29", "day 29 is out of range: February 2027 has 28 days"},
		{"day 31 of a short month", "2026-11-31", "day 31 is out of range: November 2026 has 30 days"},
		{"day 0", "2026-11-00", "day 0 is out of range: November 2026 has 30 days"},
		{"day 32", "2026-01-32", "day 32 is out of range: January 2026 has 31 days"},
		{"slashes", "23/11/2026", "want YYYY-MM-DD"},
		{"one-digit month", "2026-1-01", "want YYYY-MM-DD"},
		{"sign", "2026-+1-01", "want YYYY-MM-DD"},
		{"time", "2026-11-23T10:00", "want YYYY-MM-DD"},
		{"empty", "", "want YYYY-MM-DD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseDate(tc.in)
			got := d.Format(time.DateOnly)
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("ParseDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPosition(t *testing.T) {
	src := "min_score: 70\nrules:\n  sector-gap: off\nscore:\n  weights: {fit: 5}\n"
	for _, tc := range []struct {
		key        string
		line, col  int
		wantExists bool
	}{
		{"min_score", 1, 12, true},
		{"rules.sector-gap", 3, 15, true},
		{"score.weights.fit", 5, 18, true},
		{"score.weights", 5, 12, true},
		{"score.bands", 0, 0, false},
		{"min_score.x", 0, 0, false},
		{"today", 0, 0, false},
	} {
		t.Run(tc.key, func(t *testing.T) {
			pos, ok := Position([]byte(src), tc.key)
			if ok != tc.wantExists || pos.Line != tc.line || pos.Col != tc.col {
				t.Errorf("Position(%q) = %d:%d, %v; want %d:%d, %v", tc.key, pos.Line, pos.Col, ok, tc.line, tc.col, tc.wantExists)
			}
		})
	}
	if _, ok := Position([]byte("a: ["), "a"); ok {
		t.Error("Position found a key in broken YAML")
	}
}
