package scorecard

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/score"
)

// Markdown writes the report as a Markdown document that reads well on
// GitHub and in $GITHUB_STEP_SUMMARY. All text from plans is escaped.
type Markdown struct{}

// Render implements Renderer.
func (Markdown) Render(w io.Writer, r *Report) error {
	var b strings.Builder
	b.WriteString("# Coalition health score\n")
	sum := r.Summarize()
	for _, u := range r.Unreadable {
		if u.NoPlans {
			fmt.Fprintf(&b, "\n- %s: %s\n", Escape(u.Path), Escape(u.Error))
			continue
		}
		fmt.Fprintf(&b, "\n- %s could not be read: %s\n", Escape(u.Path), Escape(u.Error))
	}
	single := len(r.Cards) == 1
	if !single && len(r.Cards) > 0 {
		b.WriteString("\n")
		mdOverview(&b, r)
		fmt.Fprintf(&b, "\n%s.\n", Escape(summaryLine(sum, r.Bands)))
	}
	for _, c := range r.Cards {
		if !single && !r.Explain {
			break
		}
		mdCard(&b, c, r)
	}
	if r.MinScore > 0 {
		fmt.Fprintf(&b, "\n%s.\n", Escape(gateLine(sum, single)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdCard(b *strings.Builder, c *score.Card, r *Report) {
	if !c.Scored {
		fmt.Fprintf(b, "\n## %s: not scored\n", Escape(c.Path))
	} else {
		fmt.Fprintf(b, "\n## %s: %d/100, %s\n", Escape(c.Path), c.Score, bandText(c.Band))
	}
	if len(c.Notes) > 0 {
		b.WriteString("\n")
		for _, n := range c.Notes {
			fmt.Fprintf(b, "> %s\n", Escape(n))
		}
	}
	if !c.Scored {
		return
	}
	b.WriteString("\n| Dimension | Score | Weight | What cost points |\n| --- | ---: | ---: | --- |\n")
	total := 0
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		total += d.Weight
		var lost []string
		for _, it := range d.Findings() {
			s := Escape(it.Message())
			if ref := lineRef(&it); ref != "" {
				s += " (" + ref + ")"
			}
			lost = append(lost, s)
		}
		if d.Skipped != "" {
			fmt.Fprintf(b, "| %s | – | – | left out: %s |\n", d.Name, Escape(d.Skipped))
			continue
		}
		fmt.Fprintf(b, "| %s | %d | %d | %s |\n", d.Name, d.Score, d.Weight, strings.Join(lost, "<br>"))
	}
	capped := ""
	if c.Capped {
		capped = Escape(cappedText(c))
	}
	fmt.Fprintf(b, "| **total** | **%d** | %d | %s |\n", c.Score, total, capped)
	if !r.Explain {
		return
	}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		if d.Skipped != "" {
			continue
		}
		fmt.Fprintf(b, "\n### %s: %d/100, weight %d\n\n", d.Name, d.Score, d.Weight)
		if f := formula(d, r.Dimensions); f != "" {
			fmt.Fprintf(b, "%s\n\n", Escape(f))
		}
		b.WriteString("| Input | Found | Points | Where |\n| --- | --- | ---: | --- |\n")
		rows, sum := inputs(d, Escape)
		sum[0] = "**sum**"
		for _, row := range append(rows, sum) {
			fmt.Fprintf(b, "| %s |\n", strings.Join(row, " | "))
		}
	}
	b.WriteString("\n### Gates\n\n")
	if len(c.Gates) == 0 {
		b.WriteString("None met.\n")
		return
	}
	b.WriteString("| Gate | Found | Holds the plan | Where |\n| --- | --- | --- | --- |\n")
	for _, h := range c.Gates {
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", h.ID, Escape(h.Detail), gateEffect(&h), lineOf(h.Pos))
	}
}

func mdOverview(b *strings.Builder, r *Report) {
	b.WriteString("| Plan | Score | Band |")
	for _, d := range r.Dimensions {
		fmt.Fprintf(b, " %s |", d.Name)
	}
	b.WriteString("\n| --- | ---: | --- |")
	for range r.Dimensions {
		b.WriteString(" ---: |")
	}
	b.WriteString("\n")
	for _, c := range r.Cards {
		s := "-"
		if c.Scored {
			s = strconv.Itoa(c.Score)
		}
		fmt.Fprintf(b, "| %s | %s | %s |", Escape(c.Path), s, bandText(c.Band))
		for _, d := range r.Dimensions {
			cell := "-"
			for i := range c.Dimensions {
				if c.Dimensions[i].Name == d.Name && c.Dimensions[i].Skipped == "" {
					cell = strconv.Itoa(c.Dimensions[i].Score)
				}
			}
			fmt.Fprintf(b, " %s |", cell)
		}
		b.WriteString("\n")
	}
}

// Escape makes plan text safe inside a Markdown paragraph or table cell.
func Escape(s string) string { return escape.Markdown(s) }
