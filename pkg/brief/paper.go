package brief

import (
	"fmt"
	"strings"
)

// Paper is the sheet the HTML brief prints on.
type Paper string

// The papers a brief prints on.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// Papers lists the papers by name.
func Papers() []string { return []string{string(A4), string(Letter)} }

// ParsePaper reads a paper's name, in any case.
func ParsePaper(s string) (Paper, error) {
	switch p := Paper(strings.ToLower(strings.TrimSpace(s))); p {
	case A4, Letter:
		return p, nil
	}
	return "", fmt.Errorf("unknown paper %q: want a4 or letter", s)
}

// PaperFor is the paper usual where a currency is spent: US letter for the
// US and Canadian dollar, A4 everywhere else.
func PaperFor(currency string) Paper {
	switch strings.ToUpper(currency) {
	case "USD", "CAD":
		return Letter
	}
	return A4
}

// css is the paper's name in a CSS @page size.
func (p Paper) css() string {
	if p == Letter {
		return "letter"
	}
	return "A4"
}
