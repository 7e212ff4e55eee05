package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/spf13/cobra/doc"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// manDate is the date on the man pages; a fixed date keeps them from
// changing every month. Move it when the commands change much.
var manDate = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

// TestCommandDocsUpToDate generates the Markdown command reference
// (docs/commands) and the man pages (docs/man) from the command tree and
// fails when the committed files differ. `make docs` (this test with
// -update) rewrites them.
func TestCommandDocsUpToDate(t *testing.T) {
	ios, _, _ := iostreams.Test()
	root := NewRootCmd(ios)
	root.DisableAutoGenTag = true
	// Execute adds these; the docs must show them too.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultVersionFlag()
	gen := t.TempDir()
	md, man := filepath.Join(gen, "commands"), filepath.Join(gen, "man")
	for _, d := range []string{md, man} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := doc.GenMarkdownTree(root, md); err != nil {
		t.Fatal(err)
	}
	header := &doc.GenManHeader{Title: "COALITION", Section: "1", Date: &manDate, Source: "coalition", Manual: "coalition manual"}
	if err := doc.GenManTree(root, header, man); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"commands", "man"} {
		compareDir(t, filepath.Join(gen, dir), filepath.Join("..", "..", "docs", dir))
	}
}

func compareDir(t *testing.T, got, want string) {
	t.Helper()
	names := func(dir string) []string {
		entries, _ := os.ReadDir(dir)
		var out []string
		for _, e := range entries {
			out = append(out, e.Name())
		}
		slices.Sort(out)
		return out
	}
	if *update {
		if err := os.RemoveAll(want); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(want, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names(got) {
			data, _ := os.ReadFile(filepath.Join(got, n))
			if err := os.WriteFile(filepath.Join(want, n), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if g, w := names(got), names(want); !slices.Equal(g, w) {
		t.Fatalf("%s has files %v, the command tree gives %v: run `make docs`", want, w, g)
	}
	for _, n := range names(got) {
		a, _ := os.ReadFile(filepath.Join(got, n))
		b, _ := os.ReadFile(filepath.Join(want, n))
		if !bytes.Equal(a, b) {
			t.Errorf("%s is out of date: run `make docs`", filepath.Join(want, n))
		}
	}
}
