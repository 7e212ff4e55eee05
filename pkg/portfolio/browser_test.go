package portfolio

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/coalition-tools/coalition/pkg/internal/browsertest"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

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
	dir := t.TempDir()
	browser := browsertest.Start(t, dir)
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
			start = time.Now()
			page := browsertest.Open(t, browser, file, 120*time.Second)
			ctx := page.Ctx
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
			for _, pr := range page.Problems() {
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
