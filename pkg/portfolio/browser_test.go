package portfolio

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/coalition-tools/coalition/pkg/workspace"
)

// chromium finds a Chromium or Chrome binary, as the brief's test does:
// under CI (CI is set) a missing browser fails the test, elsewhere it is
// skipped.
func chromium(t *testing.T) string {
	names := []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
		t.Fatal("no chromium on PATH: CI must install it (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH; to run this test: apt-get install chromium")
	return ""
}

// corpusDir is the benchmark corpus (make bench-corpus), "" when it has
// not been written.
func corpusDir() string {
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		dir = "../../testdata/bench/corpus"
	}
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err != nil {
		return ""
	}
	return dir
}

// TestHTMLPortfolioInChromium opens the HTML portfolio of the examples, and
// of the benchmark corpus when it has been written (make bench-corpus), in
// headless Chromium: the page loads with no console error and no request
// beyond the file itself, and it renders: a row per plan, each with a real
// size, and the tables across the network.
func TestHTMLPortfolioInChromium(t *testing.T) {
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
	sets := map[string]string{"examples": "../../examples"}
	if c := corpusDir(); c != "" {
		sets["corpus"] = c
	} else {
		t.Log("no benchmark corpus: run make bench-corpus to check its page too")
	}
	for name, root := range sets {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			p, err := Build(workspace.Search([]string{root}, workspace.Options{}), options())
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d plans read in %v", len(p.Plans), time.Since(start).Round(time.Millisecond))
			file := filepath.Join(dir, name+".html")
			f, err := os.Create(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := Render(f, "html", p); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			url := "file://" + file
			tab, cancelTab := chromedp.NewContext(browser)
			defer cancelTab()
			ctx, cancel := context.WithTimeout(tab, 120*time.Second)
			defer cancel()
			var mu sync.Mutex
			var problems []string
			report := func(format string, args ...any) {
				mu.Lock()
				defer mu.Unlock()
				problems = append(problems, fmt.Sprintf(format, args...))
			}
			err = chromedp.Listen(ctx, func(ev any) {
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
			start = time.Now()
			if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
				t.Fatal(err)
			}
			type shape struct {
				Rows, Flat, Wide int
				Sections         []string
				Scripts          int
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[shape](`(() => {
				const rows = [...document.querySelectorAll("#plans tbody tr")];
				return {
					Rows: rows.length,
					Flat: rows.filter(r => r.getBoundingClientRect().height < 8).length,
					Wide: document.documentElement.scrollWidth > window.innerWidth + 1 ? 1 : 0,
					Sections: [...document.querySelectorAll("h2, h3")].map(h => h.textContent),
					Scripts: document.querySelectorAll("script").length,
				};
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("the page loaded and laid out in %v", time.Since(start).Round(time.Millisecond))
			mu.Lock()
			defer mu.Unlock()
			for _, pr := range problems {
				t.Error(pr)
			}
			if got.Rows != len(p.Plans) || got.Flat > 0 {
				t.Errorf("the table shows %d rows (%d without height), want %d", got.Rows, got.Flat, len(p.Plans))
			}
			if got.Wide > 0 {
				t.Error("the page is wider than the window: it scrolls sideways")
			}
			if got.Scripts > 0 {
				t.Errorf("the page has %d script elements", got.Scripts)
			}
			for _, want := range []string{"Coalitions by need", "Across the network", "Sectors often missing", "People who own relationships in several plans", "Organizations in several coalitions", "Budget"} {
				found := false
				for _, s := range got.Sections {
					found = found || s == want
				}
				if !found {
					t.Errorf("no heading %q on the page (headings: %q)", want, got.Sections)
				}
			}
		})
	}
}
