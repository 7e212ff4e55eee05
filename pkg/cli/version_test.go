package cli

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/buildinfo"
	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// TestVersionRun checks what coalition version prints for the builds it
// comes from: a release, which the linker stamps with its version, commit
// and date; go install of a tag; and a work tree.
func TestVersionRun(t *testing.T) {
	tests := []struct {
		name string
		info buildinfo.Info
		want string
	}{
		{
			name: "release build",
			info: buildinfo.Info{Version: "v1.2.0", Revision: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
				Date: "2026-12-01T09:00:00Z", GoVersion: "go1.26.8"},
			want: "coalition v1.2.0\nrevision: 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432\ndate: 2026-12-01T09:00:00Z\ngo: go1.26.8\n",
		},
		{
			name: "go install of a tag",
			info: buildinfo.Info{Version: "v1.2.0", GoVersion: "go1.26.8"},
			want: "coalition v1.2.0\nrevision: unknown\ndate: unknown\ngo: go1.26.8\n",
		},
		{
			name: "work tree with uncommitted changes",
			info: buildinfo.Info{Version: "(devel)", Revision: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d", Modified: true,
				Date: "2026-11-29T18:35:00Z", GoVersion: "go1.26.8"},
			want: "coalition (devel)\nrevision: 1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d (with uncommitted changes)\ndate: 2026-11-29T18:35:00Z\ngo: go1.26.8\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, _ := iostreams.Test()
			if err := versionRun(&VersionOptions{IO: ios, Info: tt.info}); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
