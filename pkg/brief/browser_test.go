package brief_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/internal/browsertest"
)

var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// screenshotOf is the example whose HTML brief docs/reports.md shows, with
// the trend of six board meetings; the test rewrites docs/img/brief.png
// with -update.
const screenshotOf = "youth-jobs-collaborative.yaml"

// TestHTMLBriefInChromium opens the HTML brief of every example in headless
// Chromium and checks what a board member would see: the page loads with no
// console error and no request beyond the file itself, every chart has a
// real size and no chart text spills out of its chart, and the page prints
// to exactly one page, of A4 and of US letter.
func TestHTMLBriefInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	dir := t.TempDir()
	browser := browsertest.Start(t, dir)
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	// Each brief as it is, with a trend of six board meetings in place of
	// its budget chart, and in its public form with the trend.
	variants := []struct {
		name string
		make func(t testing.TB, path string) *brief.Brief
	}{
		{"plain", build},
		{"trend", func(t testing.TB, path string) *brief.Brief { return withTrend(t, path, sixMeetings()) }},
		{"public", func(t testing.TB, path string) *brief.Brief { return publicBrief(t, path, sixMeetings()) }},
	}
	for _, p := range paths {
		for _, paper := range []brief.Paper{brief.A4, brief.Letter} {
			for _, variant := range variants {
				t.Run(filepath.Base(p)+"/"+string(paper)+"/"+variant.name, func(t *testing.T) {
					b := variant.make(t, p)
					testInChromium(t, browser, dir, p, paper, b)
				})
			}
		}
	}
}

// testInChromium opens the HTML brief b of the plan at path on paper in a
// new tab of browser and checks it (see TestHTMLBriefInChromium).
func testInChromium(t *testing.T, browser context.Context, dir, p string, paper brief.Paper, b *brief.Brief) {
	file := filepath.Join(dir, strings.TrimSuffix(filepath.Base(p), ".yaml")+"-"+string(paper)+".html")
	if err := os.WriteFile(file, renderOn(t, "html", paper, b), 0o644); err != nil {
		t.Fatal(err)
	}
	page := browsertest.Open(t, browser, file, 60*time.Second)
	ctx := page.Ctx
	charts, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]map[string]float64](`Object.fromEntries([...document.querySelectorAll("svg")].map(s => {
				const r = s.getBoundingClientRect();
				return [s.id, {width: r.width, height: r.height}];
			}))`))
	if err != nil {
		t.Fatal(err)
	}
	spills, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("svg")].flatMap(s => {
				const box = s.getBoundingClientRect();
				return [...s.querySelectorAll("text")].filter(t => {
					const r = t.getBoundingClientRect();
					return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
				}).map(t => s.id + ": " + t.textContent);
			})`))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range page.Problems() {
		t.Error(pr)
	}
	first := "budget-chart"
	if b.Trend != nil {
		first = "trend-chart"
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#trend table").textContent`))
		if err != nil {
			t.Fatal(err)
		}
		// The figures are text in the page, for screen readers.
		last := b.TrendPoints()[len(b.TrendPoints())-1]
		for _, want := range []string{b.TrendSummary(), last.Version, last.Gap} {
			if !strings.Contains(text, want) {
				t.Errorf("the trend's table has no %q: %q", want, text)
			}
		}
	}
	for _, id := range []string{first, "goal-chart"} {
		c, ok := charts[id]
		if !ok {
			t.Errorf("no #%s on the page", id)
			continue
		}
		if c["width"] < 150 || c["height"] < 40 {
			t.Errorf("#%s is %.0f×%.0f px, too small to read", id, c["width"], c["height"])
		}
	}
	if c, ok := charts["power-chart"]; ok && (c["width"] < 120 || c["height"] < 120) {
		t.Errorf("#power-chart is %.0f×%.0f px, too small to read", c["width"], c["height"])
	}
	for _, s := range spills {
		t.Errorf("chart text spills out of its chart: %s", s)
	}
	if n := len(pageObject.FindAll(pdf, -1)); n != 1 {
		t.Errorf("the brief prints on %d pages of %s, want 1 (%s)", n, paper, printedHeight(ctx, paper))
	}
	// A page wider than the paper prints shrunk to fit, on one page but
	// in smaller type: one sheet by accident.
	if w := printedWidth(ctx, paper); w != "" {
		t.Errorf("the brief is wider than %s: %s", paper, w)
	}
	if *update && filepath.Base(p) == screenshotOf && paper == brief.PaperFor("USD") && b.Trend != nil && !b.Public {
		// The picture in docs/reports.md, on screen (the checks above
		// emulate print); PNG (quality 100).
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "screen"}); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(900, 1250)); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../../docs/img/brief.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// printedWidth says how much wider than the printable width of paper the
// brief is when laid out for print, "" when it is not.
func printedWidth(ctx context.Context, paper brief.Paper) string {
	width, height := printable(paper)
	const pxPerMM = 96 / 25.4
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		return err.Error()
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width*pxPerMM), int64(height*pxPerMM))); err != nil {
		return err.Error()
	}
	w, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth`))
	if err != nil {
		return err.Error()
	}
	if w/pxPerMM > width+1 {
		return fmt.Sprintf("the content is %.0f mm wide, the page holds %.0f mm", w/pxPerMM, width)
	}
	return ""
}

// printable is the printable box of paper, in mm: the paper less the
// @page margins of the template.
func printable(paper brief.Paper) (width, height float64) {
	if paper == brief.Letter {
		return 195.9, 263.4
	}
	return 190.0, 277.0
}

// printedHeight says how tall the brief is when laid out for print on paper,
// against the height the page holds, so that a brief that spills onto a
// second page says by how much.
func printedHeight(ctx context.Context, paper brief.Paper) string {
	width, height := printable(paper)
	const pxPerMM = 96 / 25.4
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		return err.Error()
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width*pxPerMM), int64(height*pxPerMM))); err != nil {
		return err.Error()
	}
	h, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.body.getBoundingClientRect().height`))
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("the content is %.0f mm tall, the page holds %.0f mm", h/pxPerMM, height)
}
