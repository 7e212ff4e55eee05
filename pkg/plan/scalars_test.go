package plan

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want Money
		err  string // substring of the error, "" for none
		hint string
	}{
		{in: "48000", want: 4800000},
		{in: "1250.5", want: 125050},
		{in: "1250.50", want: 125050},
		{in: "0.01", want: 1},
		{in: "0", want: 0},
		{in: "+12", want: 1200},
		{in: "007.10", want: 710},
		{in: "9999999999999.99", want: 999999999999999},
		{in: "12,500.00", err: "thousands separators are not allowed", hint: "write 12500.00"},
		{in: "12 500", err: "thousands separators are not allowed", hint: "write 12500"},
		{in: "$100", err: "currency symbols are not allowed", hint: "write 100 and set coalition.currency"},
		{in: "-5", err: "cannot be negative"},
		{in: "1.234", err: "more than two decimals", hint: "round to the cent, such as 1.23"},
		{in: "1e3", err: "not a decimal number"},
		{in: ".5", err: "not a decimal number"},
		{in: "5.", err: "not a decimal number"},
		{in: "abc", err: "not a decimal number"},
		{in: "", err: "empty"},
		{in: "12345678901234", err: "too large"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseMoney(tc.in)
			if tc.err == "" {
				if err != nil || got != tc.want {
					t.Fatalf("ParseMoney(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
				}
				return
			}
			ve, ok := err.(*valueError)
			if !ok || !strings.Contains(ve.msg, tc.err) || !strings.Contains(ve.hint, tc.hint) {
				t.Fatalf("ParseMoney(%q) error = %v (hint %q); want %q (hint %q)", tc.in, err, hintOf(err), tc.err, tc.hint)
			}
		})
	}
}

func hintOf(err error) string {
	if ve, ok := err.(*valueError); ok {
		return ve.hint
	}
	return ""
}

// TestMoneySumExact shows that amounts add up to the cent where float64
// would drift.
func TestMoneySumExact(t *testing.T) {
	var sum Money
	var fsum float64
	for range 1000 {
		m, _ := ParseMoney("80350.10")
		sum += m
		fsum += 80350.10
	}
	if got := sum.String(); got != "80350100.00" {
		t.Fatalf("sum = %s, want 80350100.00", got)
	}
	if fsum == 80350100.00 {
		t.Log("float64 happened to be exact; the int64 sum is exact by construction")
	}
}

func TestMoneyString(t *testing.T) {
	for m, want := range map[Money]string{0: "0.00", 5: "0.05", 125050: "1250.50", -150: "-1.50"} {
		if got := m.String(); got != want {
			t.Errorf("Money(%d).String() = %q, want %q", int64(m), got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	good := []string{"2027-01-01", "2028-02-29", "2026-12-31"}
	for _, s := range good {
		d, err := ParseDate(s)
		if err != nil || d.String() != s {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	bad := map[string]string{
		"2027-02-29":           "day out of range",
		"2027-02-30":           "day out of range",
		"2027-13-01":           "month out of range",
		"03/31/2027":           "want YYYY-MM-DD",
		"2027-3-5":             "want YYYY-MM-DD",
		"2027-03-05T10:00:00Z": "want YYYY-MM-DD",
	}
	for s, want := range bad {
		_, err := ParseDate(s)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDate(%q) error = %v, want %q", s, err, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Harbor_Org": "harbor-org", "  YMCA of Harbor! ": "ymca-of-harbor", "!!!": "a-slug-like-this", "maría": "maria", "ñandú-club": "nandu-club"} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMoneyAddOverflow(t *testing.T) {
	big := Money(math.MaxInt64 - 5)
	if s, ok := big.Add(5); !ok || s != math.MaxInt64 {
		t.Errorf("MaxInt64-5 + 5 = %d, %v; want MaxInt64, true", s, ok)
	}
	if _, ok := big.Add(6); ok {
		t.Error("MaxInt64-5 + 6 did not report overflow")
	}
	if s, ok := Money(150).Add(250); !ok || s != 400 {
		t.Errorf("1.50 + 2.50 = %v, %v; want 4.00", s, ok)
	}
}

// TestValidIDMatchesTheDocumentedShape compares the hand-written check with
// the pattern the docs and the schema give, on edge cases and random text.
func TestValidIDMatchesTheDocumentedShape(t *testing.T) {
	shape := regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)
	cases := []string{"", "a", "-a", "a-", "a--b", "A", "a_b", "é", "1", strings.Repeat("a", 63), strings.Repeat("a", 64), "harbor-ymca", "a b"}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := "az09-_A é"
	for range 5000 {
		n := r.IntN(70)
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		if validID(c) != shape.MatchString(c) {
			t.Errorf("validID(%q) = %v, the pattern says %v", c, validID(c), shape.MatchString(c))
		}
	}
}
