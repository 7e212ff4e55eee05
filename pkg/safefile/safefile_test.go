package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestWriteReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "brief.html")
	if err := os.WriteFile(p, []byte("old report"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "new" {
		t.Errorf("content %q, want %q", got, "new")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteRefusesPlans(t *testing.T) {
	dir := t.TempDir()
	planPath := filepath.Join(dir, "harbor.yaml")
	planText := "# notes\napiVersion: coalition/v1\nkind: Plan\n"
	if err := os.WriteFile(planPath, []byte(planText), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(planPath, []byte("x")); !errors.Is(err, ErrPlan) {
		t.Errorf("writing over a plan: %v, want ErrPlan", err)
	}
	// The plan being read, even when it does not look like one yet.
	input := filepath.Join(dir, "draft.yaml")
	if err := os.WriteFile(input, []byte("coalition: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(input, link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("x"), input); !errors.Is(err, ErrPlan) {
		t.Errorf("writing over the input through a link: %v, want ErrPlan", err)
	}
	for _, p := range []string{planPath, input} {
		if got, _ := os.ReadFile(p); string(got) == "x" {
			t.Errorf("%s was overwritten", p)
		}
	}
	if err := Write(dir, []byte("x")); err == nil {
		t.Error("writing over a directory: no error")
	}
}

func TestWriteIntoMissingDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nope")
	err := Write(filepath.Join(dir, "brief.html"), []byte("x"))
	if err == nil || err.Error() != "directory "+dir+" does not exist" {
		t.Errorf("missing directory: %v, want it named without the temporary file", err)
	}
}

func TestCreateNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "harbor.yaml")
	if err := Create(p, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := Create(p, []byte("second")); !errors.Is(err, ErrExists) {
		t.Errorf("second Create: %v, want ErrExists", err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "first" {
		t.Errorf("content %q, want the first", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// longHeader is a comment header longer than the 64 KiB that the plan probe
// used to read.
var longHeader = strings.Repeat("# "+strings.Repeat("notes ", 11)+"\n", 70<<10/68)

func TestWriteRefusesPlanAfterLongHeader(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"valid plan", longHeader + "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Harbor, problem: P}\n"},
		{"broken plan", longHeader + "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: [\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.text) < 70<<10 {
				t.Fatalf("header is only %d bytes", len(tc.text))
			}
			p := filepath.Join(t.TempDir(), "harbor.yaml")
			if err := os.WriteFile(p, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := Write(p, []byte("x")); !errors.Is(err, ErrPlan) {
				t.Errorf("writing over a plan with a long header: %v, want ErrPlan", err)
			}
			if got, _ := os.ReadFile(p); string(got) != tc.text {
				t.Error("the plan was overwritten")
			}
		})
	}
}

func TestWriteOverNonPlans(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"markdown report", "# Board brief\n\n| a | b |\n|---|---|\n| apiVersion: coalition/v1 | in a table |\n"},
		{"other YAML", "apiVersion: apps/v1\nkind: Deployment\n"},
		{"empty", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "out")
			if err := os.WriteFile(p, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := Write(p, []byte("new")); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(p); string(got) != "new" {
				t.Errorf("content %q, want %q", got, "new")
			}
		})
	}
}

func TestWriteKeepsMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no permission bits on windows")
	}
	dir := t.TempDir()
	for _, perm := range []os.FileMode{0o600, 0o640, 0o664} {
		p := filepath.Join(dir, fmt.Sprintf("brief-%o.html", perm))
		if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, perm); err != nil {
			t.Fatal(err)
		}
		if err := Write(p, []byte("new")); err != nil {
			t.Fatal(err)
		}
		if st, err := os.Stat(p); err != nil || st.Mode() != perm {
			t.Errorf("%s: mode %v (%v), want %v", p, st.Mode(), err, perm)
		}
	}
	p := filepath.Join(dir, "new.html")
	if err := Write(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(p); err != nil || st.Mode() != 0o644 {
		t.Errorf("new file: mode %v (%v), want 0644", st.Mode(), err)
	}
}

func TestWriteErrorsNameNoTemporaryFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no read-only directories on windows")
	}
	if os.Geteuid() == 0 {
		t.Skip("root can write in a read-only directory")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := Write(filepath.Join(dir, "brief.html"), []byte("x"))
	if err == nil || strings.Contains(err.Error(), ".tmp") || !strings.Contains(err.Error(), "cannot write in "+dir) {
		t.Errorf("read-only directory: %v, want it named without the temporary file", err)
	}
}

func TestReplace(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "harbor.yaml")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Replace(p, []byte("new"), ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Errorf("content %q, want %q", got, "new")
	}
	if st, _ := os.Stat(p); runtime.GOOS != "windows" && st.Mode() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := Replace(dir, []byte("x"), ReplaceOptions{}); err == nil {
		t.Error("replacing a directory: no error")
	}
	if err := Replace(filepath.Join(dir, "missing.yaml"), []byte("x"), ReplaceOptions{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("replacing a missing file: %v, want ErrNotExist", err)
	}
}

func TestReplaceHardLinks(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "harbor.yaml")
	other := filepath.Join(dir, "copy.yaml")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(p, other); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	err := Replace(p, []byte("new"), ReplaceOptions{})
	if !errors.Is(err, ErrHardLinks) {
		t.Fatalf("replacing a file with two links: %v, want ErrHardLinks", err)
	}
	for _, want := range []string{p + " has 2 hard links", "--force"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if got, _ := os.ReadFile(p); string(got) != "old" {
		t.Errorf("refused, yet the content is %q", got)
	}
	if err := Replace(p, []byte("new"), ReplaceOptions{Force: true}); err != nil {
		t.Fatalf("with Force: %v", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Errorf("with Force: content %q, want %q", got, "new")
	}
	if got, _ := os.ReadFile(other); string(got) != "old" {
		t.Errorf("with Force: the other link has %q, want the old text", got)
	}
}

// TestReadOnly checks what Write and Replace do with a file that has no
// write permission: a user who may not write it is refused, and the file
// is left as it was; root, who may (open(2) for writing succeeds), gets it
// rewritten, as gofmt -w and cp do, and it stays read-only.
func TestReadOnly(t *testing.T) {
	root := os.Geteuid() == 0
	for _, fn := range []struct {
		name  string
		write func(string) error
	}{
		{"Write", func(p string) error { return Write(p, []byte("new")) }},
		{"Replace", func(p string) error { return Replace(p, []byte("new"), ReplaceOptions{}) }},
	} {
		t.Run(fn.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "harbor.yaml")
			if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, 0o444); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(p, 0o644)
			err := fn.write(p)
			got, _ := os.ReadFile(p)
			if root {
				if err != nil || string(got) != "new" {
					t.Errorf("as root: %v, content %q; want it rewritten", err, got)
				}
				if st, err := os.Stat(p); err != nil || st.Mode() != 0o444 {
					t.Errorf("as root: mode %v (%v), want 0444", st.Mode(), err)
				}
				return
			}
			want := p + " is read-only (or belongs to another user): coalition does not replace a file you may not write"
			if !errors.Is(err, ErrReadOnly) || err.Error() != want {
				t.Errorf("error %v, want %q", err, want)
			}
			if IsWriteFailure(err) {
				t.Error("a read-only file is a write failure")
			}
			if string(got) != "old" {
				t.Errorf("refused, yet the content is %q", got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files left behind: %v", entries)
			}
		})
	}
}

// TestRefusalsAreNotWriteFailures checks that what the user can fix by
// choosing another path is not reported as a failure of the system.
func TestRefusalsAreNotWriteFailures(t *testing.T) {
	dir := t.TempDir()
	planPath := filepath.Join(dir, "harbor.yaml")
	if err := os.WriteFile(planPath, []byte("apiVersion: coalition/v1\nkind: Plan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
	}{
		{"missing directory", filepath.Join(dir, "nope", "brief.html")},
		{"directory", dir},
		{"plan", planPath},
		{"not a directory", filepath.Join(planPath, "brief.html")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Write(tc.path, []byte("x"))
			if err == nil {
				t.Fatal("no error")
			}
			if IsWriteFailure(err) {
				t.Errorf("%v is a write failure, want a refusal", err)
			}
		})
	}
}
