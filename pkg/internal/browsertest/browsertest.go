// Package browsertest opens the HTML pages coalition writes (the brief, the
// portfolio) in headless Chromium for their tests: it finds the browser,
// starts it, and opens a page in a tab that records what a reader would
// notice: console errors, script exceptions, and any request beyond the
// file itself.
package browsertest

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
)

// Tool returns the path of the first of names found on PATH. When none is
// found the test fails under CI (CI is set: a check that silently does not
// run is a check that passes by accident) and is skipped elsewhere; install
// says how to get it.
func Tool(t testing.TB, install string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	fatal, msg := MissingTool(names[0], install, os.Getenv("CI"))
	if fatal {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// MissingTool says what a test does without its tool: under CI (ci is the
// value of $CI) it fails, elsewhere it is skipped, with a message saying
// how to install it.
func MissingTool(name, install, ci string) (fatal bool, msg string) {
	if ci != "" && ci != "false" && ci != "0" {
		return true, fmt.Sprintf("no %s on PATH: CI must install it (%s)", name, install)
	}
	return false, fmt.Sprintf("no %s on PATH; to run this test: %s", name, install)
}

// Chromium finds a Chromium or Chrome binary. CI installs Debian's
// chromium package (see .ci/run).
func Chromium(t testing.TB) string {
	t.Helper()
	return Tool(t, "apt-get install chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
}

// Start starts headless Chromium with its profile in dir and returns the
// browser's context; the browser stops when the test ends.
func Start(t testing.TB, dir string) context.Context {
	t.Helper()
	bin := Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // CI runs as root
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	return browser
}

// Page is a page open in a tab of the browser.
type Page struct {
	// Ctx runs actions in the page's tab, within the time given to Open.
	Ctx      context.Context
	mu       sync.Mutex
	problems []string
}

// Problems are what a reader would notice so far: console errors and
// warnings, exceptions, logged errors, and requests beyond the page's file.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

func (p *Page) report(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = append(p.problems, fmt.Sprintf(format, args...))
}

// Open opens the file at path in a new tab of browser, listening for
// problems from before it loads, and waits for its body; the tab closes
// when the test ends.
func Open(t testing.TB, browser context.Context, path string, timeout time.Duration) *Page {
	t.Helper()
	url := "file://" + path
	tab, cancelTab := chromedp.NewContext(browser)
	t.Cleanup(cancelTab)
	ctx, cancel := context.WithTimeout(tab, timeout)
	t.Cleanup(cancel)
	p := &Page{Ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if t := string(e.Type); t == "error" || t == "warning" || t == "assert" {
				p.report("console.%s: %d argument(s)", t, len(e.Args))
			}
		case *runtime.EventExceptionThrown:
			p.report("%s", (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				p.report("log %s: %s", e.Entry.Level, e.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			if e.Request.URL != url {
				p.report("the page requested %s", e.Request.URL)
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
	return p
}
