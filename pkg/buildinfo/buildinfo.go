// Package buildinfo tells which build of coalition is running, from the
// information the Go toolchain records in every binary.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Info is what the binary knows about its build.
type Info struct {
	// Version is the module version, such as v0.3.0, or "(devel)" for a
	// build from a working tree.
	Version string
	// Revision is the VCS revision and Modified whether the tree had
	// uncommitted changes; both are empty when unknown.
	Revision string
	Modified bool
	// GoVersion is the toolchain that built the binary.
	GoVersion string
}

// Read returns the build information of the running binary.
func Read() Info {
	info := Info{Version: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	if v := bi.Main.Version; v != "" {
		info.Version = v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			info.Revision = s.Value
		case "vcs.modified":
			info.Modified = s.Value == "true"
		}
	}
	return info
}

// String is the version with the short revision, such as
// "v0.3.0" or "(devel) 1a2b3c4d5e6f-dirty".
func (i Info) String() string {
	var b strings.Builder
	b.WriteString(i.Version)
	if i.Revision != "" && !strings.Contains(i.Version, i.Revision[:min(12, len(i.Revision))]) {
		b.WriteString(" " + i.Revision[:min(12, len(i.Revision))])
		if i.Modified {
			b.WriteString("-dirty")
		}
	}
	return b.String()
}
