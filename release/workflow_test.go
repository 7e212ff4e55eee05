package release

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// image is the container image the release workflow pushes, and the one the
// docs tell users to run.
const image = "ghcr.io/coalition-tools/coalition"

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	On struct {
		Push struct {
			Tags []string `yaml:"tags"`
		} `yaml:"push"`
	} `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		Permissions map[string]string `yaml:"permissions"`
		Steps       []struct {
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			With map[string]any    `yaml:"with"`
			Env  map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// TestReleaseWorkflow checks .github/workflows/release.yml, which
// publishes a release: it runs on version tags, with every action pinned to
// a commit; make release (GoReleaser, pinned in the Makefile) publishes the
// archives with the token and the permission to; the images go where the
// docs say.
func TestReleaseWorkflow(t *testing.T) {
	path := filepath.Join(root, ".github", "workflows", "release.yml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.Unmarshal(b, &w); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if !slices.Equal(w.On.Push.Tags, []string{"v[0-9]+.[0-9]+.[0-9]+*"}) {
		t.Errorf("on.push.tags %q: want the release tags vX.Y.Z", w.On.Push.Tags)
	}
	if w.Permissions["contents"] != "read" || len(w.Permissions) != 1 {
		t.Errorf("permissions %v: want contents: read, and more only in the job that needs it", w.Permissions)
	}
	pinned := regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$`)
	uses := regexp.MustCompile(`(?m)^\s*(?:- )?uses: (.*)$`).FindAllStringSubmatch(string(b), -1)
	if len(uses) == 0 {
		t.Error("no step uses an action")
	}
	for _, m := range uses {
		if !pinned.MatchString(m[1]) {
			t.Errorf("uses: %s: want an action pinned to a commit, with its release in a comment: OWNER/REPO@SHA # vX.Y.Z", m[1])
		}
	}

	archives, ok := w.Jobs["archives"]
	if !ok {
		t.Fatal("no job archives")
	}
	if archives.Permissions["contents"] != "write" {
		t.Errorf("jobs.archives.permissions %v: want contents: write, to create the release", archives.Permissions)
	}
	var release, checkout bool
	for _, s := range archives.Steps {
		if strings.HasPrefix(s.Uses, "actions/checkout@") {
			checkout = s.With["fetch-depth"] == 0
		}
		if s.Run == "make release" {
			release = s.Env["GITHUB_TOKEN"] == "${{ secrets.GITHUB_TOKEN }}"
		}
	}
	if !checkout {
		t.Error("jobs.archives: want actions/checkout with fetch-depth: 0, as GoReleaser reads the tags")
	}
	if !release {
		t.Error("jobs.archives: want a step that runs make release with GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}")
	}

	img, ok := w.Jobs["image"]
	if !ok {
		t.Fatal("no job image")
	}
	if img.Permissions["packages"] != "write" {
		t.Errorf("jobs.image.permissions %v: want packages: write, to push to ghcr.io", img.Permissions)
	}
	if !strings.Contains(string(b), "IMAGE: "+image+"\n") {
		t.Errorf("the image job does not push %s, the image the docs name", image)
	}
	var targets []string
	for _, s := range img.Steps {
		if strings.HasPrefix(s.Uses, "docker/build-push-action@") {
			target, _ := s.With["target"].(string)
			targets = append(targets, target)
			if s.With["push"] != true {
				t.Errorf("build-push-action of target %q does not push", target)
			}
		}
	}
	if !slices.Equal(targets, []string{"", "shell"}) {
		t.Errorf("the image job builds the targets %q, want the final stage and shell", targets)
	}
}

// TestInstallDocs checks the install commands of the README and docs
// against what a release has: the archives' names, the Action's directory,
// the image the workflow pushes.
func TestInstallDocs(t *testing.T) {
	var docs []string
	for _, f := range []string{"README.md", "docs/ci.md", "docs/releasing.md"} {
		b, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	all := strings.Join(docs, "\n")
	archives := map[string]bool{}
	for _, goos := range []string{"linux", "darwin", "windows"} {
		for _, goarch := range []string{"amd64", "arm64"} {
			ext := ".tar.gz"
			if goos == "windows" {
				ext = ".zip"
			}
			archives["coalition_"+goos+"_"+goarch+ext] = true
		}
	}
	for _, m := range regexp.MustCompile(`coalition_[a-z0-9]+_[a-z0-9]+\.(tar\.gz|zip)`).FindAllString(all, -1) {
		if !archives[m] {
			t.Errorf("the docs name the archive %s, which no release has", m)
		}
	}
	for _, m := range regexp.MustCompile(`releases/latest/download/(\S+)`).FindAllStringSubmatch(all, -1) {
		name := strings.TrimRight(m[1], "`)")
		if !archives[name] && name != "checksums.txt" && name != "NAME" {
			t.Errorf("the docs download %s, which no release has", name)
		}
	}
	uses := regexp.MustCompile(`uses: coalition-tools/coalition/(\S+)@`).FindAllStringSubmatch(all, -1)
	if len(uses) == 0 {
		t.Error("the docs show no uses: coalition-tools/coalition/...@")
	}
	for _, m := range uses {
		if _, err := os.Stat(filepath.Join(root, m[1], "action.yml")); err != nil {
			t.Errorf("the docs use the Action coalition-tools/coalition/%s, which has no action.yml: %v", m[1], err)
		}
	}
	for _, m := range regexp.MustCompile(`ghcr\.io/[\w./-]+`).FindAllString(all, -1) {
		if m != image {
			t.Errorf("the docs name the image %s, want %s, the one the release workflow pushes", m, image)
		}
	}
}
