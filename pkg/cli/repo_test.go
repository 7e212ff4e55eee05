package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// TestMakeTestWithoutCgo checks that make test runs on a machine with Go
// and make alone: without cgo the race detector, which needs a C compiler,
// is left out (and make test says so).
func TestMakeTestWithoutCgo(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	type setup struct {
		name string
		env  []string
		race bool
	}
	cases := []setup{
		{"cgo off", []string{"CGO_ENABLED=0"}, false},
		{"no C compiler", []string{"CC=/nonexistent/cc"}, false},
	}
	if cc, err := exec.Command("go", "env", "CC").Output(); err == nil {
		if _, err := exec.LookPath(strings.TrimSpace(string(cc))); err == nil {
			cases = append(cases, setup{"with a C compiler", []string{"CGO_ENABLED=1"}, true})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command("make", "-s", "-n", "-C", "../..", "test")
			cmd.Env = append(append(os.Environ(), "MAKEFLAGS="), c.env...)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("make -n test: %v\n%s", err, out)
			}
			var run string
			for _, line := range strings.Split(string(out), "\n") {
				if strings.HasPrefix(line, "go test") {
					run = line
				}
			}
			if got := strings.Contains(run, "-race"); run == "" || got != c.race {
				t.Errorf("the test command %q: -race %v, want %v\n%s", run, got, c.race, out)
			}
		})
	}
}

// pinned finds a version pinned in an install command or a pre-commit rev.
var pinned = regexp.MustCompile(`(?:coalition@|rev:\s*)(v[0-9]+\.[0-9]+\.[0-9]+)`)

// TestDocsPinOnlyReleasedVersions is the defect of docs/ci.md pinning
// `go install …@v0.1.0`, a version that was never released: every version
// the docs tell users to install is a tag of this repository.
func TestDocsPinOnlyReleasedVersions(t *testing.T) {
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, "../../README.md", "../../.pre-commit-hooks.yaml")
	tags := map[string]bool{}
	if out, err := exec.Command("git", "-C", "../..", "tag", "--list", "v*").Output(); err == nil {
		for _, tag := range strings.Fields(string(out)) {
			tags[tag] = true
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range pinned.FindAllStringSubmatch(string(data), -1) {
			if !tags[m[1]] {
				t.Errorf("%s pins %s, which is not a release tag of this repository", filepath.Base(f), m[1])
			}
		}
	}
}
