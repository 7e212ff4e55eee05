package buildinfo

import (
	"runtime/debug"
	"testing"
)

func TestRead(t *testing.T) {
	vcs := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "github.com/coalition-tools/coalition", Version: "(devel)"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d"},
			{Key: "vcs.time", Value: "2026-11-29T18:35:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	tests := []struct {
		name   string
		bi     *debug.BuildInfo
		stamps stamps
		want   Info
		str    string
	}{
		{
			name: "no build information",
			want: Info{Version: "(devel)"},
			str:  "(devel)",
		},
		{
			name: "go install of a tag",
			bi:   &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.3.0"}},
			want: Info{Version: "v0.3.0", GoVersion: "go1.26.8"},
			str:  "v0.3.0",
		},
		{
			name: "work tree with uncommitted changes",
			bi:   vcs,
			want: Info{Version: "(devel)", Revision: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d", Modified: true,
				Date: "2026-11-29T18:35:00Z", GoVersion: "go1.26.8"},
			str: "(devel) 1a2b3c4d5e6f-dirty",
		},
		{
			name:   "release build: the stamps win",
			bi:     vcs,
			stamps: stamps{version: "v1.2.0", commit: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", date: "2026-12-01T09:00:00Z"},
			want: Info{Version: "v1.2.0", Revision: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
				Date: "2026-12-01T09:00:00Z", GoVersion: "go1.26.8"},
			str: "v1.2.0 9f8e7d6c5b4a",
		},
		{
			name:   "snapshot build without vcs information",
			bi:     &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			stamps: stamps{version: "v0.0.0-SNAPSHOT-9f8e7d6", commit: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", date: "2026-12-01T09:00:00Z"},
			want: Info{Version: "v0.0.0-SNAPSHOT-9f8e7d6", Revision: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
				Date: "2026-12-01T09:00:00Z", GoVersion: "go1.26.8"},
			str: "v0.0.0-SNAPSHOT-9f8e7d6 9f8e7d6c5b4a",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := read(tt.bi, tt.stamps)
			if got != tt.want {
				t.Errorf("read() = %+v, want %+v", got, tt.want)
			}
			if s := got.String(); s != tt.str {
				t.Errorf("String() = %q, want %q", s, tt.str)
			}
		})
	}
}
