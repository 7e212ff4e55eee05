package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAsAncestorOf names the root of a repository, which git gives with
// symbolic links resolved, through the links of the current directory, so
// that the paths typed from there can be made relative to it.
func TestAsAncestorOf(t *testing.T) {
	real := t.TempDir()
	if err := os.MkdirAll(filepath.Join(real, "plans", "2026"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	elsewhere := t.TempDir()
	cases := []struct{ name, dir, wd, want string }{
		{"no link", real, filepath.Join(real, "plans"), real},
		{"the root itself", real, real, real},
		{"through a link", real, filepath.Join(link, "plans", "2026"), link},
		{"not below", real, elsewhere, real},
	}
	for _, c := range cases {
		if got := asAncestorOf(c.dir, c.wd); got != c.want {
			t.Errorf("%s: asAncestorOf(%q, %q) = %q, want %q", c.name, c.dir, c.wd, got, c.want)
		}
	}
}
