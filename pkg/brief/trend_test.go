package brief_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/history"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// sixMeetings is a trend of six quarterly board meetings: the score
// climbs from 58 to 74 and falls back to 71, the committed gap shrinks
// from 180,000.00 to 106,963.35 USD; the fourth version's budget could not
// be summed.
func sixMeetings() *history.Trend {
	t := &history.Trend{ByMeetings: true, Meetings: "board/*"}
	gaps := []plan.Money{18000000, 15000050, 12500000, 0, 11000000, 10696335}
	scores := []int{58, 63, 66, 70, 74, 71}
	dates := []plan.Date{plan.NewDate(2025, 6, 10), plan.NewDate(2025, 9, 11), plan.NewDate(2025, 12, 12),
		plan.NewDate(2026, 3, 13), plan.NewDate(2026, 6, 14), plan.NewDate(2026, 9, 15)}
	tags := []string{"board/2025-Q2", "board/2025-Q3", "board/2025-Q4", "board/2026-Q1", "board/2026-Q2", "board/2026-Q3"}
	for i := range 6 {
		r := &history.Revision{Commit: fmt.Sprintf("%07x", 0xa1b2c3d+i), Date: dates[i], Meetings: []string{tags[i]},
			Scored: true, Score: scores[i], Band: "developing", Currency: "USD"}
		if scores[i] < 60 {
			r.Band = "at-risk"
		}
		if i != 3 {
			r.Gap = &gaps[i]
		}
		t.Points = append(t.Points, r)
	}
	return t
}

// withTrend is the brief of the plan at path with the trend t.
func withTrend(t testing.TB, path string, tr *history.Trend) *brief.Brief {
	b := build(t, path)
	b.Trend = tr
	return b
}

// TestTrendGolden keeps the brief of youth-jobs with a trend of six board
// meetings as its golden files say, in every format.
func TestTrendGolden(t *testing.T) {
	t.Chdir("../..")
	b := withTrend(t, "examples/youth-jobs-collaborative.yaml", sixMeetings())
	for _, format := range brief.Formats() {
		name := "youth-jobs-collaborative-trend." + map[string]string{"html": "html", "markdown": "md"}[format]
		got := render(t, format, b)
		golden := filepath.Join("pkg", "brief", "testdata", name)
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test ./pkg/brief -update creates it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from its golden file; run go test ./pkg/brief -update and review the diff", name)
		}
	}
}

// TestTrendText checks the words and numbers of the trend, which every
// format writes.
func TestTrendText(t *testing.T) {
	b := withTrend(t, "../../examples/grant-writers-network.yaml", sixMeetings())
	pts := b.TrendPoints()
	if len(pts) != 6 {
		t.Fatalf("%d points, want 6", len(pts))
	}
	for _, tc := range []struct{ name, got, want string }{
		{"caption", b.TrendCaption(), "Health score and gap on committed income at the last 6 board meetings (tags matching board/*)"},
		{"summary", b.TrendSummary(), "Score 58 → 71 (+13); gap on committed income 180,000.00 USD → 106,963.35 USD."},
		{"the first version", pts[0].Version + " " + pts[0].Date + " " + pts[0].Band + " " + pts[0].Gap, "board/2025-Q2 2025-06-10 at risk 180,000.00 USD"},
		{"a gap that could not be summed", pts[3].Gap, "unknown"},
		{"the version's column", b.TrendVersionHeader(), "Board meeting"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	changes := sixMeetings()
	changes.ByMeetings = false
	b.Trend = changes
	if got, want := b.TrendCaption(), "Health score and gap on committed income at the last 6 changes of the plan"; got != want {
		t.Errorf("caption of changes: %q, want %q", got, want)
	}
	if got := b.TrendPoints()[0].Version; got != "a1b2c3d" {
		t.Errorf("a change is named by its commit: %q", got)
	}
	if got := b.TrendVersionHeader(); got != "Commit" {
		t.Errorf("the version's column of changes: %q", got)
	}
}

// TestTrendMarkdown checks the trend section of the Markdown brief line by
// line: the Mermaid line of the score, then the table with every figure.
func TestTrendMarkdown(t *testing.T) {
	b := withTrend(t, "../../examples/grant-writers-network.yaml", sixMeetings())
	md := string(render(t, "markdown", b))
	want := "## Trend\n\n" +
		"Health score and gap on committed income at the last 6 board meetings (tags matching board/\\*), each version scored as of the day of its commit. Score 58 → 71 (+13); gap on committed income 180,000.00 USD → 106,963.35 USD.\n\n" +
		"```mermaid\nxychart-beta\n    title \"Health score\"\n" +
		"    x-axis [\"2025-06-10\", \"2025-09-11\", \"2025-12-12\", \"2026-03-13\", \"2026-06-14\", \"2026-09-15\"]\n" +
		"    y-axis \"Score\" 0 --> 100\n    line [58, 63, 66, 70, 74, 71]\n```\n\n" +
		"| Board meeting | Date | Score | Gap on committed income |\n| --- | --- | ---: | ---: |\n" +
		"| board/2025-Q2 | 2025-06-10 | 58, at risk | 180,000.00 USD |\n" +
		"| board/2025-Q3 | 2025-09-11 | 63, developing | 150,000.50 USD |\n" +
		"| board/2025-Q4 | 2025-12-12 | 66, developing | 125,000.00 USD |\n" +
		"| board/2026-Q1 | 2026-03-13 | 70, developing | unknown |\n" +
		"| board/2026-Q2 | 2026-06-14 | 74, developing | 110,000.00 USD |\n" +
		"| board/2026-Q3 | 2026-09-15 | 71, developing | 106,963.35 USD |\n\n## "
	if !strings.Contains(md, want) {
		t.Errorf("the trend section is not\n%s\nin\n%s", want, md)
	}
	// It comes after the key figures, before the budget.
	if i, j, k := strings.Index(md, "## Key figures"), strings.Index(md, "## Trend"), strings.Index(md, "## Budget"); !(i < j && j < k) {
		t.Errorf("sections in the order key figures %d, trend %d, budget %d", i, j, k)
	}
	// The last changes, when no two meetings hold a version: the commits.
	changes := sixMeetings()
	changes.ByMeetings = false
	b.Trend = changes
	md = string(render(t, "markdown", b))
	for _, w := range []string{"| Commit | Date | Score | Gap on committed income |\n", "| `a1b2c3d` | 2025-06-10 | 58, at risk | 180,000.00 USD |\n",
		"_No two board meetings hold a version of the plan: the last changes are shown (coalition history ../../examples/grant-writers-network.yaml)._\n"} {
		if !strings.Contains(md, w) {
			t.Errorf("no %q in the brief of changes", w)
		}
	}
}

// TestTrendNone checks a brief with no trend (none to chart), and with a
// note when git failed.
func TestTrendNone(t *testing.T) {
	b := build(t, "../../examples/grant-writers-network.yaml")
	if md := string(render(t, "markdown", b)); strings.Contains(md, "## Trend") {
		t.Error("the Markdown brief without a trend has a section of it")
	}
	if html := string(render(t, "html", b)); strings.Contains(html, `id="trend`) || !strings.Contains(html, `id="budget-chart"`) {
		t.Error("the HTML brief without a trend has its chart, or not the budget chart")
	}
	b.TrendNote = "The trend could not be read from git: git log: exit status 128."
	if md := string(render(t, "markdown", b)); !strings.Contains(md, "\n## Trend\n\n_The trend could not be read from git: git log: exit status 128._\n") {
		t.Errorf("the Markdown brief does not give the note:\n%s", md)
	}
	if html := string(render(t, "html", b)); !strings.Contains(html, "in USD. The trend could not be read from git: git log: exit status 128.</footer>") {
		t.Errorf("the HTML brief does not give the note in its footer")
	}
}

// TestTrendHTML checks the trend chart of the HTML brief: it takes the
// place of the budget chart, draws a dot and a gap bar per version, and
// gives every figure as text in a table that only screen readers see.
func TestTrendHTML(t *testing.T) {
	b := withTrend(t, "../../examples/grant-writers-network.yaml", sixMeetings())
	html := string(render(t, "html", b))
	for _, tc := range []struct {
		what string
		n    int
		sub  string
	}{
		{"trend chart", 1, `<svg id="trend-chart" viewBox="0 0 360 108" aria-hidden="true">`},
		{"budget chart", 0, `id="budget-chart"`},
		{"dot", 6, `<circle class="trend-dot"`},
		{"gap bar", 6, `<rect class="gap-bar"`},
		{"hidden table", 1, `<div class="sr"><table><caption>Health score and gap on committed income at the last 6 board meetings (tags matching board/*). Score 58 → 71 (&#43;13); gap on committed income 180,000.00 USD → 106,963.35 USD.</caption>`},
		{"row of the table", 1, `<tr><td>board/2026-Q3</td><td>2026-09-15</td><td>71, developing</td><td>106,963.35 USD</td></tr>`},
		{"score label", 1, `text-anchor="middle">74</text>`},
		{"gap label", 1, `text-anchor="middle">107k</text>`},
		{"unknown gap label", 1, `text-anchor="middle">?</text>`},
	} {
		if n := strings.Count(html, tc.sub); n != tc.n {
			t.Errorf("%d %s(s), want %d: %s", n, tc.what, tc.n, tc.sub)
		}
	}
}

// TestCompactAmount checks the amounts of the gap's labels on the chart.
func TestCompactAmount(t *testing.T) {
	b := build(t, "../../examples/grant-writers-network.yaml")
	tr := sixMeetings()
	for i, g := range []plan.Money{85000, 800000, 10696335, 123456700, -250000} {
		tr.Points[i].Gap = &g
	}
	b.Trend = tr
	html := string(render(t, "html", b))
	for _, want := range []string{">850</text>", ">8k</text>", ">107k</text>", ">1.2M</text>", ">-3k</text>"} {
		if !strings.Contains(html, want) {
			t.Errorf("no label %s", want)
		}
	}
}
