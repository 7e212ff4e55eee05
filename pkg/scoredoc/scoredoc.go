// Package scoredoc generates the parts of docs/scoring.md that come from
// the code: the reference of the dimensions and the worked example, so
// that the document cannot drift from what coalition score computes.
package scoredoc

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/levels"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/scorecard"
)

// Dimensions is the Markdown reference of the dimensions: for each, its
// weight, formula and source in the guides.
func Dimensions(dims []*score.Dimension) []byte {
	var b bytes.Buffer
	b.WriteString("| Dimension | Default weight | What it asks |\n| --- | ---: | --- |\n")
	total := 0
	for _, d := range dims {
		total += d.Weight
		fmt.Fprintf(&b, "| [%s](#%s) | %d | %s |\n", d.Name, d.Name, d.Weight, d.Title)
	}
	fmt.Fprintf(&b, "| | **%d** | |\n", total)
	for _, d := range dims {
		fmt.Fprintf(&b, "\n### %s\n\n%s. Default weight %d.\n\n", d.Name, d.Title, d.Weight)
		fmt.Fprintf(&b, "**Formula.** %s\n\n", paragraph(d.Formula))
		fmt.Fprintf(&b, "**Source.** %s\n", paragraph(d.Source))
	}
	return b.Bytes()
}

// WorkedExample is the explained score of one card, as Markdown one heading
// level below the document's sections, followed by the sum that gives the
// total.
func WorkedExample(c *score.Card, dims []*score.Dimension, bands score.Bands) ([]byte, error) {
	var out bytes.Buffer
	r := &scorecard.Report{Cards: []*score.Card{c}, Dimensions: dims, Bands: bands, Explain: true}
	if err := (scorecard.Markdown{}).Render(&out, r); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	for i, line := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		switch {
		case i == 0 && strings.HasPrefix(line, "# "):
			continue // the document has its own title
		case strings.HasPrefix(line, "#"):
			line = "#" + line
		}
		if i == 1 && line == "" {
			continue
		}
		b.WriteString(line + "\n")
	}
	var terms []string
	sum, weights := 0, 0
	for _, d := range c.Dimensions {
		terms = append(terms, fmt.Sprintf("%d × %d", d.Weight, d.Score))
		sum += d.Weight * d.Score
		weights += d.Weight
	}
	fmt.Fprintf(&b, "\nThe total is the weighted mean of the dimension scores as shown:\n(%s) / %d = %d / %d, rounded: **%d**, which is %s.\n",
		strings.Join(terms, " + "), weights, sum, weights, c.Score, strings.ReplaceAll(c.Band, "-", " "))
	return b.Bytes(), nil
}

func paragraph(s string) string { return strings.Join(strings.Fields(s), " ") }

// Gates is the Markdown reference of the gates: what each condition is,
// the band it holds a plan to, why, and its source.
func Gates(gates []*score.Gate) []byte {
	var b bytes.Buffer
	b.WriteString("| Gate | A plan that meets it is | Condition |\n| --- | --- | --- |\n")
	for _, g := range gates {
		held := "out of **strong** (at most developing)"
		if g.Band == score.BandAtRisk {
			held = "**at risk**"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", g.ID, held, capital(g.Title))
	}
	for _, g := range gates {
		fmt.Fprintf(&b, "\n**`%s`**: %s. %s Source: %s\n", g.ID, capital(g.Title), paragraph(g.Why), paragraph(g.Source))
	}
	return b.Bytes()
}

// Levels is the table of what each level of working together must show,
// the one the score consults (score.Expectations).
func Levels(expect []*levels.Expectation, levels []string) []byte {
	var b bytes.Buffer
	b.WriteString("| The plan shows |")
	for _, l := range levels {
		fmt.Fprintf(&b, " %s |", l)
	}
	b.WriteString(" Below that level |\n| --- |")
	for range levels {
		b.WriteString(" :---: |")
	}
	b.WriteString(" --- |\n")
	for _, e := range expect {
		fmt.Fprintf(&b, "| %s |", capital(e.Name))
		for _, l := range levels {
			mark := "–"
			if e.Expects(plan.Relationship(l)) {
				mark = "✓"
			}
			fmt.Fprintf(&b, " %s |", mark)
		}
		fmt.Fprintf(&b, " %s |\n", capital(e.Below))
	}
	for _, e := range expect {
		fmt.Fprintf(&b, "\n**%s** (from %s): %s\n", capital(e.Name), e.From, paragraph(e.Source))
	}
	return b.Bytes()
}

// Calibrated is one plan of the calibration set with the band expected of
// it and the score it gets.
type Calibrated struct {
	Plan, Situation, Expected, Why string
	Card                           *score.Card
}

// Calibration is the table of the calibration set: plan, situation, band
// expected, score, band got and what held it, then why each band.
func Calibration(set []Calibrated) []byte {
	var b bytes.Buffer
	b.WriteString("| Plan | Situation | Band expected | Score | Band got | Held by |\n| --- | --- | --- | ---: | --- | --- |\n")
	for _, c := range set {
		var held []string
		for _, h := range c.Card.Gates {
			if h.Capped {
				held = append(held, "`"+h.ID+"`")
			}
		}
		got := strings.ReplaceAll(c.Card.Band, "-", " ")
		if c.Card.Band != c.Expected {
			got = "**" + got + "**"
		}
		fmt.Fprintf(&b, "| [%s](../testdata/calibration/%s) | %s | %s | %d | %s | %s |\n", strings.TrimSuffix(c.Plan, ".yaml"), c.Plan,
			c.Situation, strings.ReplaceAll(c.Expected, "-", " "), c.Card.Score, got, strings.Join(held, ", "))
	}
	for _, c := range set {
		fmt.Fprintf(&b, "\n**%s**, %s: %s\n", strings.TrimSuffix(c.Plan, ".yaml"), strings.ReplaceAll(c.Expected, "-", " "), paragraph(c.Why))
	}
	return b.Bytes()
}

// capital is s with its first letter in upper case.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
