package figures

import (
	"strconv"
	"strings"

	"golang.org/x/text/currency"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Money formats an amount for people: thousands grouped, two decimals
// (none for a currency without minor units when the amount is whole), and
// the currency code, such as "48,000.00 USD". It is exact: the amount is
// never a floating-point number.
func Money(m plan.Money, code string) string {
	neg := m < 0
	if neg {
		m = -m
	}
	whole, cents := int64(m)/100, int64(m)%100
	s := group(strconv.FormatInt(whole, 10))
	if cents != 0 || minorUnits(code) > 0 {
		s += "." + strconv.FormatInt(100+cents, 10)[1:]
	}
	if neg {
		s = "-" + s
	}
	return s + " " + code
}

func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	pre := len(digits) % 3
	if pre > 0 {
		b.WriteString(digits[:pre])
	}
	for i := pre; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// minorUnits is the number of decimals the currency uses, 2 when unknown.
func minorUnits(code string) int {
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}
