package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrackedBinariesCheck runs the check of make lint on a repository
// that tracks a test binary (it must fail, naming the file) and on one that
// tracks only text (it must pass).
func TestTrackedBinariesCheck(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	script, err := filepath.Abs("../../.ci/tracked-binaries")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		files   map[string]string
		wantErr string
	}{
		{"text only", map[string]string{"a.yaml": "apiVersion: coalition/v1\n", "MZ.md": "MZ is text here\n"}, ""},
		{"elf", map[string]string{"a.yaml": "x: 1\n", "cli.test": "\x7fELF\x02\x01\x01\x00\x00"}, "cli.test: an executable binary is tracked"},
		{"mach-o", map[string]string{"bin/tool": "\xcf\xfa\xed\xfe\x07\x00"}, "bin/tool: an executable binary is tracked"},
		{"pe", map[string]string{"tool.exe": "MZ\x90\x00\x03\x00"}, "tool.exe: an executable binary is tracked"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			git := func(args ...string) {
				cmd := exec.Command("git", args...)
				cmd.Dir = dir
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("git %v: %v\n%s", args, err, out)
				}
			}
			git("init", "-q")
			for name, data := range c.files {
				path := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(data), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			git("add", ".")
			out, err := exec.Command("sh", script, dir).CombinedOutput()
			if c.wantErr == "" {
				if err != nil {
					t.Fatalf("failed on a clean tree: %v\n%s", err, out)
				}
				return
			}
			if err == nil || !strings.Contains(string(out), c.wantErr) {
				t.Fatalf("got err %v, output %q; want failure with %q", err, out, c.wantErr)
			}
		})
	}
}
