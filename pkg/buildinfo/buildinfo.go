// Package buildinfo tells which build of coalition is running, from the
// information the Go toolchain records in every binary.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// The release build stamps these with the linker
// (-ldflags "-X github.com/coalition-tools/coalition/pkg/buildinfo.version=v1.2.3 ..."):
// the version, the full commit hash and the commit's date (RFC 3339). A build
// without them, such as go install, reports what the Go toolchain recorded.
var (
	version string
	commit  string
	date    string
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
	// Date is the date of the revision in RFC 3339 form, such as
	// 2026-11-29T18:35:00Z, or empty when unknown.
	Date string
	// GoVersion is the toolchain that built the binary.
	GoVersion string
}

// stamps are the values the linker set in version, commit and date.
type stamps struct{ version, commit, date string }

// Read returns the build information of the running binary: the values
// stamped by the release build where there are some, else what the Go
// toolchain recorded.
func Read() Info {
	bi, _ := debug.ReadBuildInfo() // nil when the binary has none
	return read(bi, stamps{version: version, commit: commit, date: date})
}

// read combines the toolchain's build information (nil when there is none)
// with the stamps, which win.
func read(bi *debug.BuildInfo, st stamps) Info {
	info := Info{Version: "(devel)"}
	if bi != nil {
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
			case "vcs.time":
				info.Date = s.Value
			}
		}
	}
	if st.version != "" {
		info.Version = st.version
	}
	if st.commit != "" {
		// A release is built from a clean checkout of the commit.
		info.Revision, info.Modified = st.commit, false
	}
	if st.date != "" {
		info.Date = st.date
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
