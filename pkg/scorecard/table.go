package scorecard

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/view"
)

// Table writes the report for a terminal: one table per plan, or one row
// per plan and a summary when there are several.
type Table struct {
	Options
	w   io.Writer
	err error
}

// Render implements Renderer.
func (t *Table) Render(w io.Writer, r *Report) error {
	t.w, t.err = w, nil
	for _, u := range r.Unreadable {
		t.printf("%s: %s\n", output.Sanitize(u.Path), output.Sanitize(u.Error))
	}
	single := len(r.Cards) == 1
	for i, c := range r.Cards {
		if !single && !r.Explain {
			break
		}
		if i > 0 || len(r.Unreadable) > 0 {
			t.printf("\n")
		}
		t.card(c, r)
	}
	sum := r.Summarize()
	if !single {
		if len(r.Cards) > 0 {
			if r.Explain {
				t.printf("\n")
			}
			t.overview(r)
		}
		t.printf("%s\n", summaryLine(sum, r.Bands))
	}
	if r.MinScore > 0 {
		t.printf("%s\n", gateLine(sum, single))
	}
	return t.err
}

func (t *Table) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

func (t *Table) paint(band, s string) string {
	if !t.Color {
		return s
	}
	code := map[string]string{score.BandStrong: "32", score.BandDeveloping: "33", score.BandAtRisk: "31"}[band]
	if code == "" {
		code = "31"
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// headline is "path: 82/100, strong".
func (t *Table) headline(c *score.Card) string {
	if !c.Scored {
		return fmt.Sprintf("%s: %s", output.Sanitize(c.Path), t.paint(c.Band, "not scored"))
	}
	return fmt.Sprintf("%s: %d/100, %s", output.Sanitize(c.Path), c.Score, t.paint(c.Band, bandText(c.Band)))
}

func (t *Table) card(c *score.Card, r *Report) {
	t.printf("%s\n", t.headline(c))
	for _, n := range c.Notes {
		t.printf("  note: %s\n", n)
	}
	if !c.Scored {
		return
	}
	if r.Explain {
		for i := range c.Dimensions {
			if c.Dimensions[i].Skipped == "" {
				t.explain(&c.Dimensions[i], r.Dimensions)
			}
		}
		t.gates(c)
	}
	t.printf("\n")
	rows := [][]string{}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		var lost []string
		for _, it := range d.Findings() {
			s := it.Message()
			if ref := lineRef(&it); ref != "" {
				s += " (" + ref + ")"
			}
			lost = append(lost, output.Sanitize(s))
		}
		if d.Skipped != "" {
			rows = append(rows, []string{d.Name, "-", "-", output.Sanitize("left out: " + d.Skipped)})
			continue
		}
		rows = append(rows, []string{d.Name, strconv.Itoa(d.Score), strconv.Itoa(d.Weight), strings.Join(lost, "\n")})
	}
	total := 0
	for i := range c.Dimensions {
		total += c.Dimensions[i].Weight
	}
	footer := []string{"total", strconv.Itoa(c.Score), strconv.Itoa(total), ""}
	if c.Capped {
		footer[3] = output.Sanitize(cappedText(c))
	}
	rows = append(rows, footer)
	t.table([]string{"dimension", "score", "weight", "what cost points"}, []bool{false, true, true, false}, rows)
}

// gates lists the gates the plan meets, under --explain.
func (t *Table) gates(c *score.Card) {
	t.printf("\ngates: what holds the plan below a band, whatever its mean\n")
	if len(c.Gates) == 0 {
		t.printf("  none met\n")
		return
	}
	var rows [][]string
	for _, h := range c.Gates {
		rows = append(rows, []string{h.ID, output.Sanitize(h.Detail), gateEffect(&h), lineOf(h.Pos)})
	}
	t.table([]string{"gate", "found", "holds the plan", "where"}, []bool{false, false, false, false}, rows)
}

func (t *Table) explain(d *score.Result, dims []*score.Dimension) {
	t.printf("\n%s: %d/100, weight %d (%s)\n", d.Name, d.Score, d.Weight, d.Title)
	if f := formula(d, dims); f != "" {
		t.printf("  %s\n", wrap(f, 76, "  "))
	}
	ins, sum := inputs(d, output.Sanitize)
	rows := append(ins, sum)
	t.table([]string{"input", "found", "points", "where"}, []bool{false, false, true, false}, rows)
}

func (t *Table) overview(r *Report) {
	header := []string{"plan", "score", "band"}
	aligns := []bool{false, true, false}
	for _, d := range r.Dimensions {
		header = append(header, d.Name)
		aligns = append(aligns, true)
	}
	var rows [][]string
	for _, c := range r.Cards {
		row := []string{output.Sanitize(c.Path), "-", bandText(c.Band)}
		if c.Scored {
			row[1] = strconv.Itoa(c.Score)
		}
		for _, d := range r.Dimensions {
			cell := "-"
			for i := range c.Dimensions {
				if c.Dimensions[i].Name == d.Name && c.Dimensions[i].Skipped == "" {
					cell = strconv.Itoa(c.Dimensions[i].Score)
				}
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	t.table(header, aligns, rows)
}

// table renders one table through tablewriter, boxed on a terminal and as
// plain columns otherwise.
func (t *Table) table(header []string, right []bool, rows [][]string) {
	if t.err != nil {
		return
	}
	var buf bytes.Buffer
	if t.err = view.Grid(&buf, header, right, rows, view.GridOptions{Boxed: t.Boxes, Width: t.Width}); t.err == nil {
		t.printf("%s", buf.String())
	}
}

func bandText(b string) string { return strings.ReplaceAll(b, "-", " ") }

func summaryLine(s Summary, b score.Bands) string {
	var parts []string
	if s.Scored > 0 {
		parts = append(parts, fmt.Sprintf("scored %s: mean %d, lowest %d (%s); %d strong, %d developing, %d at risk",
			plural(s.Scored, "plan"), s.Mean, s.LowestScore, output.Sanitize(s.Lowest),
			s.Bands[score.BandStrong], s.Bands[score.BandDeveloping], s.Bands[score.BandAtRisk]))
	} else {
		parts = append(parts, "no plan scored")
	}
	if n := s.Plans - s.Scored; n > 0 {
		parts = append(parts, fmt.Sprintf("%s could not be scored", plural(n, "plan")))
	}
	if s.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("skipped %s that %s not a plan", plural(s.Skipped, "YAML file"), map[bool]string{true: "is", false: "are"}[s.Skipped == 1]))
	}
	if s.Unreadable > 0 {
		parts = append(parts, fmt.Sprintf("%s could not be read", plural(s.Unreadable, "path")))
	}
	if s.EmptyPaths == 1 {
		parts = append(parts, "1 path with no plan")
	} else if s.EmptyPaths > 1 {
		parts = append(parts, fmt.Sprintf("%d paths with no plan", s.EmptyPaths))
	}
	return strings.Join(parts, "; ")
}

func gateLine(s Summary, single bool) string {
	switch {
	case s.Plans == 0:
		return fmt.Sprintf("no plan to hold to --min-score %d", s.MinScore)
	case len(s.Below) == 0 && single:
		return fmt.Sprintf("passes --min-score %d", s.MinScore)
	case len(s.Below) == 0:
		return fmt.Sprintf("all plans pass --min-score %d", s.MinScore)
	case single:
		return fmt.Sprintf("below --min-score %d", s.MinScore)
	}
	return fmt.Sprintf("%s below --min-score %d: %s", plural(len(s.Below), "plan"), s.MinScore, output.Sanitize(strings.Join(s.Below, ", ")))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// wrap breaks s into lines of at most width characters, indenting each
// continuation line with indent.
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 && n+1+len(w) > width {
			b.WriteString("\n" + indent)
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
