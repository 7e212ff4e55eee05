package release

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// The release the fake server serves, when the test builds it.
const (
	fakeVersion = "9.9.9"
	fakeCommit  = "0123456789abcdef0123456789abcdef01234567"
	fakeDate    = "2026-11-29T12:00:00Z"
)

// fakeRelease is a release: the files of each tag, by name.
type fakeRelease map[string]map[string][]byte

// serve serves the release as GitHub does, under /releases:
// latest/download/NAME and download/TAG/NAME. It records each path asked for.
func (r fakeRelease) serve(t *testing.T, latest string) (url string, requests func() []string) {
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		mu.Lock()
		seen = append(seen, req.URL.Path)
		mu.Unlock()
		rest, ok := strings.CutPrefix(req.URL.Path, "/releases/")
		if !ok {
			http.NotFound(w, req)
			return
		}
		var tag, name string
		if n, ok := strings.CutPrefix(rest, "latest/download/"); ok {
			tag, name = latest, n
		} else if tn, ok := strings.CutPrefix(rest, "download/"); ok {
			tag, name, _ = strings.Cut(tn, "/")
		}
		b, ok := r[tag][name]
		if !ok {
			http.NotFound(w, req)
			return
		}
		_, _ = w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/releases", func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(seen)
	}
}

// runnerPlatform is how GitHub names the OS and architecture of this
// machine in RUNNER_OS and RUNNER_ARCH, and how the release names them.
func runnerPlatform(t *testing.T) (runnerOS, runnerArch, goos, goarch string) {
	t.Helper()
	switch runtime.GOOS {
	case "linux":
		runnerOS = "Linux"
	case "darwin":
		runnerOS = "macOS"
	default:
		t.Skipf("the action's script is tested on Linux and macOS, not %s", runtime.GOOS)
	}
	switch runtime.GOARCH {
	case "amd64":
		runnerArch = "X64"
	case "arm64":
		runnerArch = "ARM64"
	default:
		t.Skipf("no release is built for %s", runtime.GOARCH)
	}
	return runnerOS, runnerArch, runtime.GOOS, runtime.GOARCH
}

// hostRelease returns the archive of this platform and its checksums.txt:
// from the GoReleaser snapshot in the directory $RELEASE_DIST when set (as
// .ci/run does after make dist; not COALITION_*, which coalition refuses as
// an unknown setting), else built here as .goreleaser.yaml builds it.
func hostRelease(t *testing.T, archive string) (archiveBytes, checksums []byte) {
	t.Helper()
	if dist := os.Getenv("RELEASE_DIST"); dist != "" {
		a, err := os.ReadFile(filepath.Join(dist, archive))
		if err != nil {
			t.Fatalf("RELEASE_DIST: %v", err)
		}
		c, err := os.ReadFile(filepath.Join(dist, "checksums.txt"))
		if err != nil {
			t.Fatalf("RELEASE_DIST: %v", err)
		}
		return a, c
	}
	c := readGoreleaser(t)
	bin := filepath.Join(t.TempDir(), "coalition")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false",
		"-ldflags", ldflags(t, c, fakeVersion, fakeCommit, fakeDate), "-o", bin, "./cmd/coalition")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	exe, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	a := tarGz(t, map[string][]byte{"coalition": exe, "README.md": []byte("# coalition\n")})
	sum := sha256.Sum256(a)
	return a, fmt.Appendf(nil, "%s  %s\n", hex.EncodeToString(sum[:]), archive)
}

// tarGz packs files into a tar.gz archive, each at the top level.
func tarGz(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := tw.WriteHeader(&tar.Header{Name: n, Mode: 0o755, Size: int64(len(files[n])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(files[n]); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// untarFile returns the file name of a tar.gz archive.
func untarFile(t *testing.T, archive []byte, name string) []byte {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err != nil {
			t.Fatalf("%s not in the archive: %v", name, err)
		}
		if h.Name == name {
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
}

// TestActionScript runs action/run.sh as a GitHub runner would, against a
// release served from memory over HTTP: it installs coalition only when the
// archive matches checksums.txt, then runs the check and the score gate.
func TestActionScript(t *testing.T) {
	runnerOS, runnerArch, goos, goarch := runnerPlatform(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	script, err := filepath.Abs(filepath.Join(root, "action", "run.sh"))
	if err != nil {
		t.Fatal(err)
	}
	archive := "coalition_" + goos + "_" + goarch + ".tar.gz"
	good, checksums := hostRelease(t, archive)
	goodSum := sha256.Sum256(good)
	tampered := append(slices.Clone(good), 0)
	tamperedSum := sha256.Sum256(tampered)
	release := fakeRelease{
		"v" + fakeVersion: {archive: good, "checksums.txt": checksums},
		// An archive changed after its checksum was published.
		"v6.6.6": {archive: tampered, "checksums.txt": checksums},
		// A checksums.txt without the archive's line.
		"v7.7.7": {archive: good, "checksums.txt": []byte("0000  coalition_plan9_amd64.tar.gz\n")},
	}
	releases, requests := release.serve(t, "v"+fakeVersion)

	// The plans: a starter plan, which passes the check, and the same plan
	// with a misspelt key.
	ws := t.TempDir()
	bin := filepath.Join(t.TempDir(), "coalition")
	if err := os.WriteFile(bin, untarFile(t, good, "coalition"), 0o755); err != nil {
		t.Fatal(err)
	}
	version, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatalf("the archive's coalition does not run: %v", err)
	}
	wantVersion := strings.TrimSpace(string(version))
	for _, d := range []string{"plans", "broken"} {
		if err := os.Mkdir(filepath.Join(ws, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	init := exec.Command(bin, "init", "plans/harbor.yaml")
	init.Dir = ws
	if out, err := init.CombinedOutput(); err != nil {
		t.Fatalf("coalition init: %v\n%s", err, out)
	}
	plan, err := os.ReadFile(filepath.Join(ws, "plans", "harbor.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	broken := regexp.MustCompile(`(?m)^  mission:`).ReplaceAll(plan, []byte("  misson:"))
	if bytes.Equal(broken, plan) {
		t.Fatal("the starter plan has no coalition.mission to misspell")
	}
	if err := os.WriteFile(filepath.Join(ws, "broken", "harbor.yaml"), broken, 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory whose name has a space, as a coordinator may well name one.
	if err := os.Mkdir(filepath.Join(ws, "my plans"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "my plans", "harbor.yaml"), broken, 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name       string
		env        map[string]string
		wantStatus int
		want       []string // regular expressions the output matches
		wantGet    []string // the paths downloaded, in order
		installed  bool
	}{
		{
			name:       "latest release, a clean plan",
			env:        map[string]string{"INPUT_VERSION": "latest", "INPUT_PATHS": "plans"},
			wantStatus: 0,
			want: []string{
				`(?m)^installed ` + regexp.QuoteMeta(wantVersion) + ` from http://[^ ]+/releases/latest/download/` +
					regexp.QuoteMeta(archive) + ` \(sha256 ` + hex.EncodeToString(goodSum[:]) + `\)$`,
				`(?m)^checked 1 plan: 0 errors`,
			},
			wantGet:   []string{"/releases/latest/download/" + archive, "/releases/latest/download/checksums.txt"},
			installed: true,
		},
		{
			name:       "a pinned version without its v, a glob, and findings that fail the step",
			env:        map[string]string{"INPUT_VERSION": fakeVersion, "INPUT_PATHS": "plans/*.yaml\nbroken/*.yaml"},
			wantStatus: 1,
			want: []string{
				`(?m)^::error file=broken/harbor\.yaml,line=\d+,col=3,title=unknown-key::unknown key "misson" in coalition`,
				`(?m)^checked 2 plans: 1 error`,
			},
			wantGet:   []string{"/releases/download/v" + fakeVersion + "/" + archive, "/releases/download/v" + fakeVersion + "/checksums.txt"},
			installed: true,
		},
		{
			name:       "a quoted path with a space, and a glob",
			env:        map[string]string{"INPUT_PATHS": `"my plans" 'plans/*.yaml'`},
			wantStatus: 1,
			want: []string{
				`(?m)^::error file=my plans/harbor\.yaml,line=\d+,col=3,title=unknown-key::unknown key "misson" in coalition`,
				`(?m)^checked 2 plans: 1 error`,
			},
			installed: true,
		},
		{
			name:       "a glob in a directory with a space",
			env:        map[string]string{"INPUT_PATHS": "'my plans/*.yaml'"},
			wantStatus: 1,
			want:       []string{`(?m)^checked 1 plan: 1 error`},
			installed:  true,
		},
		{
			name:       "a quote not closed",
			env:        map[string]string{"INPUT_PATHS": `"my plans`},
			wantStatus: 2,
			want: []string{`(?m)^::error title=coalition action::invalid paths input \(.+\): want paths separated by spaces or newlines, ` +
				`and a path with spaces in quotes, such as "my plans"$`},
			wantGet: []string{},
		},
		{
			name:       "fail-on reaches the check",
			env:        map[string]string{"INPUT_PATHS": "plans", "INPUT_FAIL_ON": "bogus"},
			wantStatus: 2,
			want:       []string{`--fail-on: invalid severity "bogus": want one of error, warning, info`},
			installed:  true,
		},
		{
			name:       "min-score met",
			env:        map[string]string{"INPUT_PATHS": "plans", "INPUT_MIN_SCORE": "0"},
			wantStatus: 0,
			want:       []string{`(?m)^plans/harbor\.yaml: \d+/100, `},
			installed:  true,
		},
		{
			name:       "min-score not met",
			env:        map[string]string{"INPUT_PATHS": "plans", "INPUT_MIN_SCORE": "100"},
			wantStatus: 1,
			want:       []string{`(?m)^plans/harbor\.yaml: \d+/100, `, `below --min-score 100`},
			installed:  true,
		},
		{
			name:       "the check fails, the score is a usage error: the larger status",
			env:        map[string]string{"INPUT_PATHS": "broken", "INPUT_MIN_SCORE": "high"},
			wantStatus: 2,
			want:       []string{`title=unknown-key::`, `invalid score "high"`},
			installed:  true,
		},
		{
			name:       "an archive that does not match its checksum is not installed",
			env:        map[string]string{"INPUT_VERSION": "v6.6.6", "INPUT_PATHS": "plans"},
			wantStatus: 3,
			want: []string{`(?m)^::error title=coalition action::checksum mismatch for ` + regexp.QuoteMeta(archive) +
				` from http://[^ ]+/releases/download/v6\.6\.6: checksums\.txt says ` + hex.EncodeToString(goodSum[:]) +
				`, the download is ` + hex.EncodeToString(tamperedSum[:]) + `; not installing it$`},
		},
		{
			name:       "checksums.txt without the archive",
			env:        map[string]string{"INPUT_VERSION": "v7.7.7"},
			wantStatus: 3,
			want:       []string{`::error title=coalition action::checksums\.txt of v7\.7\.7 lists no ` + regexp.QuoteMeta(archive)},
		},
		{
			name:       "a release that does not exist",
			env:        map[string]string{"INPUT_VERSION": "v1.0.0"},
			wantStatus: 3,
			want: []string{`::error title=coalition action::could not download http://[^ ]+/releases/download/v1\.0\.0/` +
				regexp.QuoteMeta(archive) + `: is v1\.0\.0 a release of coalition\?`},
			wantGet: []string{"/releases/download/v1.0.0/" + archive},
		},
		{
			name:       "a version that is not a release tag",
			env:        map[string]string{"INPUT_VERSION": "main"},
			wantStatus: 2,
			want:       []string{`::error title=coalition action::invalid version "main": want latest or a release tag such as v1\.2\.0`},
			wantGet:    []string{},
		},
		{
			name:       "a runner the release has no build for",
			env:        map[string]string{"RUNNER_ARCH": "X86"},
			wantStatus: 2,
			want:       []string{`::error title=coalition action::unsupported runner architecture "X86": want X64 or ARM64`},
			wantGet:    []string{},
		},
		{
			name:       "a Windows runner downloads the zip",
			env:        map[string]string{"RUNNER_OS": "Windows", "RUNNER_ARCH": "ARM64", "INPUT_VERSION": "v1.0.0"},
			wantStatus: 3,
			wantGet:    []string{"/releases/download/v1.0.0/coalition_windows_arm64.zip"},
		},
		{
			name:       "a macOS runner downloads the darwin archive",
			env:        map[string]string{"RUNNER_OS": "macOS", "RUNNER_ARCH": "X64", "INPUT_VERSION": "v1.0.0"},
			wantStatus: 3,
			wantGet:    []string{"/releases/download/v1.0.0/coalition_darwin_amd64.tar.gz"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			files := map[string]string{}
			for _, f := range []string{"GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"} {
				files[f] = filepath.Join(tmp, strings.ToLower(f))
				if err := os.WriteFile(files[f], nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			runnerTemp := filepath.Join(tmp, "runner-temp")
			if err := os.Mkdir(runnerTemp, 0o755); err != nil {
				t.Fatal(err)
			}
			// Only what a runner sets: no COALITION_* variable of the
			// machine running the test reaches coalition.
			env := map[string]string{
				"PATH": os.Getenv("PATH"), "HOME": tmp, "NO_COLOR": "1",
				"RUNNER_OS": runnerOS, "RUNNER_ARCH": runnerArch, "RUNNER_TEMP": runnerTemp,
				"GITHUB_PATH": files["GITHUB_PATH"], "GITHUB_OUTPUT": files["GITHUB_OUTPUT"],
				"GITHUB_STEP_SUMMARY": files["GITHUB_STEP_SUMMARY"], "SETUP_COALITION_RELEASES_URL": releases,
				"INPUT_PATHS": "", "INPUT_FAIL_ON": "", "INPUT_MIN_SCORE": "", "INPUT_VERSION": "latest",
			}
			for k, v := range tt.env {
				env[k] = v
			}
			before := len(requests())
			cmd := exec.Command(bash, script)
			cmd.Dir = ws
			for k, v := range env {
				cmd.Env = append(cmd.Env, k+"="+v)
			}
			out, err := cmd.CombinedOutput()
			status := 0
			if err != nil {
				var ee *exec.ExitError
				if !errors.As(err, &ee) {
					t.Fatal(err)
				}
				status = ee.ExitCode()
			}
			if status != tt.wantStatus {
				t.Errorf("exit status %d, want %d", status, tt.wantStatus)
			}
			for _, re := range tt.want {
				if !regexp.MustCompile(re).Match(out) {
					t.Errorf("the output does not match %s", re)
				}
			}
			if tt.wantGet != nil {
				if got := requests()[before:]; !slices.Equal(got, tt.wantGet) {
					t.Errorf("downloaded %q, want %q", got, tt.wantGet)
				}
			}

			path, err := os.ReadFile(files["GITHUB_PATH"])
			if err != nil {
				t.Fatal(err)
			}
			output, err := os.ReadFile(files["GITHUB_OUTPUT"])
			if err != nil {
				t.Fatal(err)
			}
			if !tt.installed {
				if len(path) != 0 || len(output) != 0 {
					t.Errorf("not installed, yet GITHUB_PATH has %q and GITHUB_OUTPUT %q", path, output)
				}
			} else {
				dir := strings.TrimSpace(string(path))
				if !strings.HasPrefix(dir, runnerTemp+string(filepath.Separator)) {
					t.Errorf("GITHUB_PATH %q: want a directory in RUNNER_TEMP", dir)
				}
				if got, err := exec.Command(filepath.Join(dir, "coalition"), "--version").Output(); err != nil ||
					strings.TrimSpace(string(got)) != wantVersion {
					t.Errorf("coalition on GITHUB_PATH: %q, %v; want %q", got, err, wantVersion)
				}
				if want := "version=" + wantVersion + "\n"; string(output) != want {
					t.Errorf("GITHUB_OUTPUT %q, want %q", output, want)
				}
			}
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}

// TestActionMetadata checks action.yml: a composite action with the four
// inputs, each handed to run.sh in the environment rather than pasted into
// the script, where a crafted input could run commands.
func TestActionMetadata(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "action", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Name   string                    `yaml:"name"`
		Inputs map[string]map[string]any `yaml:"inputs"`
		Runs   struct {
			Using string `yaml:"using"`
			Steps []struct {
				Shell string            `yaml:"shell"`
				Env   map[string]string `yaml:"env"`
				Run   string            `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(b, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using %q, want composite", a.Runs.Using)
	}
	var inputs []string
	for k := range a.Inputs {
		inputs = append(inputs, k)
	}
	slices.Sort(inputs)
	if want := []string{"fail-on", "min-score", "paths", "version"}; !slices.Equal(inputs, want) {
		t.Errorf("inputs %q, want %q", inputs, want)
	}
	if d := a.Inputs["version"]["default"]; d != "latest" {
		t.Errorf("inputs.version.default %v, want latest", d)
	}
	if len(a.Runs.Steps) != 1 {
		t.Fatalf("got %d steps, want 1 that runs run.sh", len(a.Runs.Steps))
	}
	step := a.Runs.Steps[0]
	if step.Shell != "bash" || step.Run != `bash "$GITHUB_ACTION_PATH/run.sh"` {
		t.Errorf("step: shell %q run %q, want bash and run.sh", step.Shell, step.Run)
	}
	for _, in := range inputs {
		name := "INPUT_" + strings.ToUpper(strings.ReplaceAll(in, "-", "_"))
		if want := "${{ inputs." + in + " }}"; step.Env[name] != want {
			t.Errorf("env.%s %q, want %q", name, step.Env[name], want)
		}
	}
	if strings.Contains(step.Run, "${{") {
		t.Errorf("run %q: an expression in the script can inject code; pass it in env", step.Run)
	}
}
