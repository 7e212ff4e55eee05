package brief_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/coalition-tools/coalition/pkg/brief"
)

// chromium finds a Chromium or Chrome binary. CI installs Debian's
// chromium package (see .ci/run); elsewhere the test is skipped without one.
func chromium(t *testing.T) string {
	return tool(t, "apt-get install chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
}

// tool returns the path of the first of names found on PATH. When none is
// found the test fails under CI (CI is set: a check that silently does not
// run is a check that passes by accident) and is skipped elsewhere.
func tool(t *testing.T, install string, names ...string) string {
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	fatal, msg := missingTool(names[0], install, os.Getenv("CI"))
	if fatal {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// missingTool says what a test does without its tool: under CI it fails,
// elsewhere it is skipped, with a message saying how to install it.
func missingTool(name, install, ci string) (fatal bool, msg string) {
	if ci != "" && ci != "false" && ci != "0" {
		return true, fmt.Sprintf("no %s on PATH: CI must install it (%s)", name, install)
	}
	return false, fmt.Sprintf("no %s on PATH; to run this test: %s", name, install)
}

func TestMissingToolFailsUnderCI(t *testing.T) {
	for _, c := range []struct {
		ci    string
		fatal bool
	}{{"true", true}, {"1", true}, {"", false}, {"false", false}, {"0", false}} {
		if fatal, msg := missingTool("mmdc", "npm ci in .ci/mermaid", c.ci); fatal != c.fatal || !strings.Contains(msg, "mmdc") {
			t.Errorf("CI=%q: fatal %v (%s), want %v", c.ci, fatal, msg, c.fatal)
		}
	}
}

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
	bin := chromium(t)
	dir := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
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
	url := "file://" + file
	tab, cancelTab := chromedp.NewContext(browser)
	defer cancelTab()
	ctx, cancel := context.WithTimeout(tab, 60*time.Second)
	defer cancel()
	var mu sync.Mutex
	var problems []string
	report := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if t := string(e.Type); t == "error" || t == "warning" || t == "assert" {
				report("console.%s: %d argument(s)", t, len(e.Args))
			}
		case *runtime.EventExceptionThrown:
			report("%s", (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				report("log %s: %s", e.Entry.Level, e.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			if e.Request.URL != url {
				report("the page requested %s", e.Request.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
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
	mu.Lock()
	defer mu.Unlock()
	for _, pr := range problems {
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
