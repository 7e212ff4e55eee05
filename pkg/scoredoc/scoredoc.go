// Package scoredoc generates the parts of docs/scoring.md that come from
// the code: the reference of the dimensions and the worked example, so
// that the document cannot drift from what coalition score computes.
package scoredoc

import (
	"bytes"
	"fmt"
	"strings"

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
