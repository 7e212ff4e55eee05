package safefile

import (
	"errors"
	"os"
	"path/filepath"
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
