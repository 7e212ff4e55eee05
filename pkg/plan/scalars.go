package plan

import (
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/currency"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// valueError is a scalar that could not be decoded: the rule it breaks, the
// message and a hint how to fix it.
type valueError struct {
	rule string
	msg  string
	hint string
}

func (e *valueError) Error() string { return e.msg }

// Money is an exact amount in minor units (cents). Plans write it as a YAML
// number or a quoted decimal with at most two decimals.
type Money int64

// maxMoneyDigits bounds the integer part of an amount so that sums of many
// amounts stay far from int64 overflow.
const maxMoneyDigits = 13

// moneyNoise removes what people write around the digits of an amount.
var moneyNoise = strings.NewReplacer(",", "", "_", "", " ", "", "$", "", "€", "", "£", "")

// ParseMoney parses an amount such as "48000", "1250.5" or "1250.50".
// Thousands separators, currency symbols, signs and exponents are rejected
// with a hint that shows the fix.
func ParseMoney(s string) (Money, error) {
	t := strings.TrimSpace(s)
	bad := func(why, hint string) (Money, error) {
		return 0, &valueError{rule: RuleInvalidValue, msg: fmt.Sprintf("invalid amount %s: %s", Quote(s), why), hint: hint}
	}
	plain := moneyNoise.Replace(t)
	switch {
	case t == "":
		return bad("empty", "write a number such as 1250.50")
	case strings.HasPrefix(t, "-"):
		return bad("amounts cannot be negative", "write the amount without a sign")
	case strings.ContainsAny(t, ",_ ") && plain != t:
		return bad("thousands separators are not allowed", "write "+Excerpt(plain))
	case strings.ContainsAny(t, "$€£"):
		return bad("currency symbols are not allowed", "write "+Excerpt(plain)+" and set coalition.currency")
	}
	whole, frac, hasDot := strings.Cut(strings.TrimPrefix(t, "+"), ".")
	if whole == "" || !allDigits(whole) || (hasDot && !allDigits(frac)) {
		return bad("not a decimal number", "write digits with at most two decimals, such as 1250.50")
	}
	if len(frac) > 2 {
		return bad("more than two decimals", "round to the cent, such as "+Excerpt(whole+"."+frac[:2]))
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > maxMoneyDigits {
		return bad("too large", fmt.Sprintf("amounts are limited to %d digits before the decimal point", maxMoneyDigits))
	}
	var m int64
	for _, c := range whole {
		m = m*10 + int64(c-'0')
	}
	frac += "00"[len(frac):]
	m = m*100 + int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	return Money(m), nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// String formats m with two decimals, such as "80350.50".
func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, int64(m)/100, int64(m)%100)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Money) UnmarshalText(b []byte) error { return m.parseString(string(b)) }

// parseString is UnmarshalText without the copy to bytes: the decoder
// calls it with the node's text.
func (m *Money) parseString(text string) error {
	v, err := ParseMoney(text)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (m Money) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Date is a calendar date without time of day or zone.
type Date struct {
	t time.Time
}

// DateLayout is the only accepted date format.
const DateLayout = "2006-01-02"

// dateShape reports whether s looks like YYYY-MM-DD, checked by hand: dates
// are frequent in plans.
func dateShape(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// ParseDate parses a YYYY-MM-DD date and rejects dates that do not exist.
func ParseDate(s string) (Date, error) {
	if !dateShape(s) {
		return Date{}, &valueError{rule: RuleInvalidDate, msg: fmt.Sprintf("invalid date %s: want YYYY-MM-DD", Quote(s)), hint: "write dates as YYYY-MM-DD, such as 2027-03-31"}
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		why := "no such date"
		if pe, ok := err.(*time.ParseError); ok && pe.Message != "" {
			why = strings.TrimPrefix(pe.Message, ": ")
		}
		return Date{}, &valueError{rule: RuleInvalidDate, msg: fmt.Sprintf("invalid date %s: %s", Quote(s), why), hint: "check the calendar: the date does not exist"}
	}
	return Date{t}, nil
}

// NewDate returns the date for a year, month and day.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// DateOf returns the calendar date of t in its own location.
func DateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return d.t }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }

// String formats d as YYYY-MM-DD.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(DateLayout)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error { return d.parseString(string(b)) }

// parseString is UnmarshalText without the copy to bytes: the decoder
// calls it with the node's text.
func (d *Date) parseString(text string) error {
	v, err := ParseDate(text)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// ID is the identifier of a person, member, stakeholder, goal, barrier or
// opponent: a slug of lowercase letters, digits and hyphens.
type ID string

// validID reports whether s has the shape of an id: ^[a-z0-9][a-z0-9-]{0,62}$.
// It is checked by hand: ids are the most common value of a plan.
func validID(s string) bool {
	if len(s) == 0 || len(s) > 63 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// UnmarshalText implements encoding.TextUnmarshaler. When the text is not a
// valid id, id is still set to it, so that references to the id the writer
// meant can be judged against its slug (see Index).
func (id *ID) UnmarshalText(b []byte) error { return id.parseString(string(b)) }

// parseString is UnmarshalText without the copy to bytes: the decoder
// calls it with the node's text.
func (id *ID) parseString(text string) error {
	s := text
	*id = ID(s)
	if !validID(s) {
		return &valueError{rule: RuleInvalidValue,
			msg:  fmt.Sprintf("invalid id %s: ids are lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters", Quote(s)),
			hint: "write " + Slug(s)}
	}
	return nil
}

// Slug turns any text into the closest valid id.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	plain, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		plain = s
	}
	for _, r := range strings.ToLower(plain) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > 63 {
		out = strings.TrimRight(out[:63], "-")
	}
	if out == "" {
		return "a-slug-like-this"
	}
	return out
}

// Email is an email address, checked for its shape only.
type Email string

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *Email) UnmarshalText(b []byte) error { return e.parseString(string(b)) }

// parseString is UnmarshalText without the copy to bytes: the decoder
// calls it with the node's text.
func (e *Email) parseString(text string) error {
	s := text
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndex(s, "@")+1:], ".") {
		return &valueError{rule: RuleInvalidValue, msg: fmt.Sprintf("invalid email address %s", Quote(s)), hint: "write a bare address such as name@example.org"}
	}
	*e = Email(s)
	return nil
}

// Currency is an ISO 4217 currency code.
type Currency string

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Currency) UnmarshalText(b []byte) error { return c.parseString(string(b)) }

// parseString is UnmarshalText without the copy to bytes: the decoder
// calls it with the node's text.
func (c *Currency) parseString(text string) error {
	s := text
	u, err := currency.ParseISO(s)
	if err != nil || u.String() != s {
		hint := "use an ISO 4217 code such as USD, EUR or CAD"
		if err == nil {
			hint = "write " + u.String()
		}
		return &valueError{rule: RuleInvalidValue, msg: fmt.Sprintf("unknown currency %s", Quote(s)), hint: hint}
	}
	*c = Currency(s)
	return nil
}

// Add returns m + n, and false when the sum does not fit in a Money.
func (m Money) Add(n Money) (Money, bool) {
	s := m + n
	if (n > 0 && s < m) || (n < 0 && s > m) {
		return 0, false
	}
	return s, true
}
