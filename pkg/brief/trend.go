package brief

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/shell"
)

// TrendPoint is one version of the plan on the trend, as the brief writes
// it out.
type TrendPoint struct {
	// Version names the version: the tags of its board meetings, or the
	// short name of the commit that made it.
	Version string
	// Date is the day of its commit, as the chart labels it.
	Date string
	// Score and Band are its health score, as of that day.
	Score int
	Band  string
	// Gap is its gap on committed income to the cent, "unknown" when the
	// budget could not be summed; GapValue the amount in whole units for
	// the chart, and HasGap false when unknown.
	Gap      string
	GapValue float64
	HasGap   bool
}

// TrendPoints are the points of the trend, the oldest first; none when
// the brief has no trend.
func (b *Brief) TrendPoints() []TrendPoint {
	if b.Trend == nil {
		return nil
	}
	out := make([]TrendPoint, 0, len(b.Trend.Points))
	for _, r := range b.Trend.Points {
		p := TrendPoint{Date: r.Date.String(), Score: r.Score, Band: strings.ReplaceAll(r.Band, "-", " "), Gap: "unknown"}
		if b.Trend.ByMeetings {
			p.Version = strings.Join(r.Meetings, ", ")
		} else {
			p.Version = r.Commit[:min(7, len(r.Commit))]
		}
		if r.Gap != nil {
			p.Gap, p.GapValue, p.HasGap = figures.Money(*r.Gap, r.Currency), float64(*r.Gap)/100, true
		}
		out = append(out, p)
	}
	return out
}

// TrendCaption says what the trend shows: "Health score and gap on
// committed income at the last 4 board meetings (tags matching board/*)",
// or "… at the last 6 changes of the plan".
func (b *Brief) TrendCaption() string {
	if b.Trend == nil {
		return ""
	}
	n := len(b.Trend.Points)
	if b.Trend.ByMeetings {
		return fmt.Sprintf("Health score and gap on committed income at the last %d board meetings (tags matching %s)", n, b.Trend.Meetings)
	}
	return fmt.Sprintf("Health score and gap on committed income at the last %d changes of the plan", n)
}

// TrendSummary sums the trend up in one sentence: "Score 47 → 44 (-3); gap
// on committed income 18,000.00 USD → 8,000.00 USD."
func (b *Brief) TrendSummary() string {
	pts := b.TrendPoints()
	if len(pts) < 2 {
		return ""
	}
	first, last := pts[0], pts[len(pts)-1]
	return fmt.Sprintf("Score %d → %d (%+d); gap on committed income %s → %s.", first.Score, last.Score, last.Score-first.Score, first.Gap, last.Gap)
}

// TrendVersionHeader is the header of the column that names the versions.
func (b *Brief) TrendVersionHeader() string {
	if b.Trend != nil && b.Trend.ByMeetings {
		return "Board meeting"
	}
	return "Commit"
}

// markdownTrend writes the section of the trend: a Mermaid line of the
// score and a table with every figure, the gap to the cent.
func markdownTrend(s *strings.Builder, b *Brief) {
	if b.Trend == nil {
		if b.TrendNote != "" {
			fmt.Fprintf(s, "\n## Trend\n\n_%s_\n", md(b.TrendNote))
		}
		return
	}
	pts := b.TrendPoints()
	fmt.Fprintf(s, "\n## Trend\n\n%s, each version scored as of the day of its commit. %s\n\n", md(b.TrendCaption()), md(b.TrendSummary()))
	// Only dates and numbers reach the diagram: a tag's name could add a
	// statement to it.
	labels, scores := make([]string, len(pts)), make([]string, len(pts))
	for i, p := range chartDates(pts) {
		labels[i] = strconv.Quote(p)
		scores[i] = strconv.Itoa(pts[i].Score)
	}
	fmt.Fprintf(s, "```mermaid\nxychart-beta\n    title \"Health score\"\n    x-axis [%s]\n    y-axis \"Score\" 0 --> 100\n    line [%s]\n```\n\n",
		strings.Join(labels, ", "), strings.Join(scores, ", "))
	fmt.Fprintf(s, "| %s | Date | Score | Gap on committed income |\n| --- | --- | ---: | ---: |\n", b.TrendVersionHeader())
	for _, p := range pts {
		version := md(p.Version)
		if !b.Trend.ByMeetings {
			version = "`" + p.Version + "`" // hexadecimal digits only
		}
		fmt.Fprintf(s, "| %s | %s | %d, %s | %s |\n", version, p.Date, p.Score, p.Band, p.Gap)
	}
	if !b.Trend.ByMeetings {
		fmt.Fprintf(s, "\n_No two board meetings hold a version of the plan: the last changes are shown (%s)._\n", md(shell.Command("coalition", "history", b.Path)))
	}
}

// chartDates are the labels of the points on a chart's axis: their dates,
// a date repeated marked " (2)", " (3)" so that each stands apart.
func chartDates(pts []TrendPoint) []string {
	out := make([]string, len(pts))
	seen := map[string]int{}
	for i, p := range pts {
		seen[p.Date]++
		out[i] = p.Date
		if n := seen[p.Date]; n > 1 {
			out[i] += fmt.Sprintf(" (%d)", n)
		}
	}
	return out
}

// Geometry of the trend chart of the HTML brief, in SVG user units: it
// takes the place of the budget chart, 360 by 108.
const (
	trendLeft   = 26.0  // the plot's left edge: the score axis's labels are left of it
	trendRight  = 354.0 // its right edge
	trendTop    = 24.0  // the y of a score of 100
	trendBottom = 78.0  // the y of a score of 0, and the bars' base
)

// trendChart is the trend laid out for the SVG chart of the HTML brief.
type trendChart struct {
	// Legend is the line at the top of the chart.
	Legend string
	// Line is the score's polyline, "x,y x,y ...".
	Line   string
	Points []trendDot
	// Top and Bottom are the y of the scores 100 and 0, Left and Right the
	// plot's edges, for the axis.
	Top, Bottom, Left, Right float64
}

// trendDot is one point of the chart: the score's dot and label, the gap's
// bar and label, and the date under them.
type trendDot struct {
	X, Y   float64
	Score  int
	LabelY float64
	BarX   float64
	BarY   float64
	BarW   float64
	BarH   float64
	Gap    string
	Date   string
}

// chart lays the trend out; nil when the brief has none.
func (b *Brief) chart() *trendChart {
	pts := b.TrendPoints()
	if len(pts) < 2 {
		return nil
	}
	c := &trendChart{Top: trendTop, Bottom: trendBottom, Left: trendLeft, Right: trendRight}
	what := "last %d changes"
	if b.Trend.ByMeetings {
		what = "last %d board meetings"
	}
	currency := b.Trend.Points[len(b.Trend.Points)-1].Currency
	c.Legend = fmt.Sprintf("Score (line) and committed gap (bars, %s): "+what, currency, len(pts))
	top := 0.0
	for _, p := range pts {
		if p.HasGap {
			top = max(top, p.GapValue)
		}
	}
	slot := (trendRight - trendLeft) / float64(len(pts))
	var line []string
	dates := chartDates(pts)
	for i, p := range pts {
		x := trendLeft + slot*(float64(i)+0.5)
		y := trendBottom - (trendBottom-trendTop)*float64(p.Score)/100
		d := trendDot{X: x, Y: y, Score: p.Score, LabelY: y - 5, Gap: "?", Date: dates[i]}
		d.BarW = min(slot*0.5, 30)
		d.BarX = x - d.BarW/2
		d.BarY = trendBottom
		if p.HasGap {
			d.Gap = compactAmount(p.GapValue)
			if top > 0 && p.GapValue > 0 {
				d.BarH = (trendBottom - trendTop) * p.GapValue / top
				d.BarY = trendBottom - d.BarH
			}
		}
		line = append(line, fmt.Sprintf("%.1f,%.1f", x, y))
		c.Points = append(c.Points, d)
	}
	c.Line = strings.Join(line, " ")
	return c
}

// compactAmount writes an amount in few characters for a chart's label:
// 850, 8k, 107k, 1.2M.
func compactAmount(v float64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	switch {
	case v >= 1e6:
		return sign + strconv.FormatFloat(float64(int64(v/1e5+0.5))/10, 'f', -1, 64) + "M"
	case v >= 1e3:
		return sign + strconv.FormatInt(int64(v/1e3+0.5), 10) + "k"
	}
	return sign + strconv.FormatInt(int64(v+0.5), 10)
}
