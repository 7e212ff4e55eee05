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
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium or Chrome binary. CI installs Debian's
// chromium package (see .ci/run); elsewhere the test is skipped without one.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium on PATH: CI must install it (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH; install Debian's chromium package to run this test")
	return ""
}

var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// screenshotOf is the example whose HTML brief docs/reports.md shows; the
// test rewrites docs/img/brief.png with -update.
const screenshotOf = "youth-jobs-collaborative.yaml"

// TestHTMLBriefInChromium opens the HTML brief of every example in headless
// Chromium and checks what a board member would see: the page loads with no
// console error and no request beyond the file itself, every chart has a
// real size and no chart text spills out of its chart, and the page prints
// to exactly one A4 page.
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
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			file := filepath.Join(dir, strings.TrimSuffix(filepath.Base(p), ".yaml")+".html")
			if err := os.WriteFile(file, render(t, "html", build(t, p)), 0o644); err != nil {
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
			for _, id := range []string{"budget-chart", "goal-chart"} {
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
				t.Errorf("the brief prints on %d pages, want 1", n)
			}
			if *update && filepath.Base(p) == screenshotOf {
				// The picture in docs/reports.md; PNG (quality 100).
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
		})
	}
}
