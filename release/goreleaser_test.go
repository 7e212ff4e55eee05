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

// root is the root of the repository, from this package's directory.
const root = ".."

// archiveName is how .goreleaser.yaml names an archive, and how
// action/run.sh and the README's download commands name it.
const archiveName = "coalition_{{ .Os }}_{{ .Arch }}"

// buildinfoPkg is the package whose variables the release build stamps.
const buildinfoPkg = "github.com/coalition-tools/coalition/pkg/buildinfo"

// goreleaserConfig is the part of .goreleaser.yaml the tests read.
type goreleaserConfig struct {
	Version int `yaml:"version"`
	Before  struct {
		Hooks []string `yaml:"hooks"`
	} `yaml:"before"`
	Builds []struct {
		Main         string   `yaml:"main"`
		Binary       string   `yaml:"binary"`
		Env          []string `yaml:"env"`
		Goos         []string `yaml:"goos"`
		Goarch       []string `yaml:"goarch"`
		Flags        []string `yaml:"flags"`
		Ldflags      []string `yaml:"ldflags"`
		ModTimestamp string   `yaml:"mod_timestamp"`
	} `yaml:"builds"`
	Archives []struct {
		NameTemplate    string   `yaml:"name_template"`
		Formats         []string `yaml:"formats"`
		FormatOverrides []struct {
			Goos    string   `yaml:"goos"`
			Formats []string `yaml:"formats"`
		} `yaml:"format_overrides"`
		BuildsInfo fileInfo `yaml:"builds_info"`
		Files      []struct {
			Src  string   `yaml:"src"`
			Dst  string   `yaml:"dst"`
			Info fileInfo `yaml:"info"`
		} `yaml:"files"`
	} `yaml:"archives"`
	Checksum struct {
		NameTemplate string `yaml:"name_template"`
		Algorithm    string `yaml:"algorithm"`
	} `yaml:"checksum"`
	Release struct {
		GitHub struct {
			Owner string `yaml:"owner"`
			Name  string `yaml:"name"`
		} `yaml:"github"`
	} `yaml:"release"`
}

type fileInfo struct {
	Owner string `yaml:"owner"`
	Group string `yaml:"group"`
	Mode  int    `yaml:"mode"`
	MTime string `yaml:"mtime"`
}

func readGoreleaser(t *testing.T) goreleaserConfig {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, ".goreleaser.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var c goreleaserConfig
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&c); err != nil {
		t.Fatalf(".goreleaser.yaml: %v", err)
	}
	if len(c.Builds) != 1 || len(c.Archives) != 1 {
		t.Fatalf(".goreleaser.yaml: got %d builds and %d archives, want one of each", len(c.Builds), len(c.Archives))
	}
	return c
}

// TestGoreleaserConfig checks the promises of the release archives that
// other files rely on: the six platforms, the archive names the Action and
// README download, the stamped version, reproducible builds, and what each
// archive holds.
func TestGoreleaserConfig(t *testing.T) {
	c := readGoreleaser(t)
	b, a := c.Builds[0], c.Archives[0]
	if c.Version != 2 {
		t.Errorf("version: got %d, want 2 (GoReleaser v2)", c.Version)
	}
	if b.Main != "./cmd/coalition" || b.Binary != "coalition" {
		t.Errorf("builds: main %q binary %q, want ./cmd/coalition and coalition", b.Main, b.Binary)
	}
	if !slices.Equal(b.Goos, []string{"linux", "darwin", "windows"}) || !slices.Equal(b.Goarch, []string{"amd64", "arm64"}) {
		t.Errorf("builds: goos %q goarch %q, want linux, darwin, windows on amd64 and arm64", b.Goos, b.Goarch)
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("builds.env %q: want CGO_ENABLED=0, a static binary", b.Env)
	}
	for _, f := range []string{"-trimpath", "-buildvcs=false"} {
		if !slices.Contains(b.Flags, f) {
			t.Errorf("builds.flags %q: want %s, for reproducible builds", b.Flags, f)
		}
	}
	if b.ModTimestamp != "{{ .CommitTimestamp }}" {
		t.Errorf("builds.mod_timestamp %q: want {{ .CommitTimestamp }}", b.ModTimestamp)
	}
	for _, v := range []string{"version", "commit", "date"} {
		x := "-X " + buildinfoPkg + "." + v + "="
		if !slices.ContainsFunc(b.Ldflags, func(s string) bool { return strings.HasPrefix(s, x) }) {
			t.Errorf("builds.ldflags %q: want %s...", b.Ldflags, x)
		}
	}

	if a.NameTemplate != archiveName {
		t.Errorf("archives.name_template %q: want %q, the name action/run.sh and the README download", a.NameTemplate, archiveName)
	}
	if !slices.Equal(a.Formats, []string{"tar.gz"}) || len(a.FormatOverrides) != 1 ||
		a.FormatOverrides[0].Goos != "windows" || !slices.Equal(a.FormatOverrides[0].Formats, []string{"zip"}) {
		t.Errorf("archives: want tar.gz, and zip for windows")
	}
	checkInfo := func(what string, fi fileInfo, mode int) {
		if fi.Owner != "root" || fi.Group != "root" || fi.Mode != mode || fi.MTime != "{{ .CommitDate }}" {
			t.Errorf("%s: got %+v, want root:root, mode %o, mtime {{ .CommitDate }}", what, fi, mode)
		}
	}
	checkInfo("archives.builds_info", a.BuildsInfo, 0o755)
	var srcs []string
	for _, f := range a.Files {
		srcs = append(srcs, f.Src)
		checkInfo("archives.files "+f.Src, f.Info, 0o644)
	}
	if want := []string{"README.md", "LICENSE", "docs/man/*.1", "completions/*"}; !slices.Equal(srcs, want) {
		t.Errorf("archives.files: got %q, want %q", srcs, want)
	}
	if !slices.Contains(c.Before.Hooks, "sh release/completions.sh") {
		t.Errorf("before.hooks %q: want sh release/completions.sh, which writes completions/", c.Before.Hooks)
	}
	if c.Checksum.NameTemplate != "checksums.txt" || c.Checksum.Algorithm != "sha256" {
		t.Errorf("checksum: got %q %q, want checksums.txt and sha256", c.Checksum.NameTemplate, c.Checksum.Algorithm)
	}
	if g := c.Release.GitHub; g.Owner != "coalition-tools" || g.Name != "coalition" {
		t.Errorf("release.github: got %s/%s, want coalition-tools/coalition", g.Owner, g.Name)
	}
}

// ldflags returns the linker flags of .goreleaser.yaml for a release of
// version (without the v) at commit, made on date.
func ldflags(t *testing.T, c goreleaserConfig, version, commit, date string) string {
	t.Helper()
	s := strings.Join(c.Builds[0].Ldflags, " ")
	s = strings.NewReplacer("{{ .Version }}", version, "{{ .FullCommit }}", commit, "{{ .CommitDate }}", date).Replace(s)
	if strings.Contains(s, "{{") {
		t.Fatalf("builds.ldflags: a template this test does not fill in: %s", s)
	}
	return s
}

// TestArchiveNames checks that action/run.sh names the archives as
// .goreleaser.yaml does, for every runner it serves.
func TestArchiveNames(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "action", "run.sh"))
	if err != nil {
		t.Fatal(err)
	}
	script := string(b)
	for _, want := range []string{
		`archive=coalition_${os}_${arch}.tar.gz`,
		`archive=coalition_${os}_${arch}.zip`,
	} {
		if !strings.Contains(script, want) {
			t.Errorf("action/run.sh does not name the archives %s, as .goreleaser.yaml's %q does", want, archiveName)
		}
	}
	// GoReleaser's .Os and .Arch are GOOS and GOARCH.
	for _, m := range regexp.MustCompile(`(?m)^(\w+)\) (os|arch)=(\w+) ;;$`).FindAllStringSubmatch(script, -1) {
		if goos := m[3]; m[2] == "os" && !slices.Contains([]string{"linux", "darwin", "windows"}, goos) {
			t.Errorf("action/run.sh maps %s to os %q, which is not a GOOS of the release", m[1], goos)
		}
		if goarch := m[3]; m[2] == "arch" && !slices.Contains([]string{"amd64", "arm64"}, goarch) {
			t.Errorf("action/run.sh maps %s to arch %q, which is not a GOARCH of the release", m[1], goarch)
		}
	}
}
