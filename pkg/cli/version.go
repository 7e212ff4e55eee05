package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/coalition-tools/coalition/pkg/buildinfo"
	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// VersionOptions are the inputs of `coalition version`.
type VersionOptions struct {
	IO   *iostreams.IOStreams
	Info buildinfo.Info
}

func newCmdVersion(ios *iostreams.IOStreams, runF func(*VersionOptions) error) *cobra.Command {
	opts := &VersionOptions{IO: ios}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, the source revision, its date and the Go version of this build",
		Long: `Version prints the version of this build (the release's tag, such as v0.1.0,
for a release archive or go install ...@v0.1.0; "(devel)" when built from a
work tree), the VCS revision it was built from, whether the tree had
uncommitted changes, the date of that revision, and the Go toolchain.
coalition --version prints the first line only.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Info = buildinfo.Read()
			if runF != nil {
				return runF(opts)
			}
			return versionRun(opts)
		},
	}
}

func versionRun(opts *VersionOptions) error {
	i := opts.Info
	rev := i.Revision
	switch {
	case rev == "":
		rev = "unknown"
	case i.Modified:
		rev += " (with uncommitted changes)"
	}
	date := i.Date
	if date == "" {
		date = "unknown"
	}
	_, err := fmt.Fprintf(opts.IO.Out, "coalition %s\nrevision: %s\ndate: %s\ngo: %s\n", i.Version, rev, date, i.GoVersion)
	return err
}
