package cli

import (
	"github.com/spf13/cobra"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/ruledoc"
)

// RulesOptions are the inputs of `coalition rules`.
type RulesOptions struct {
	IO *iostreams.IOStreams
	// Format is the current name of the output format, one of the
	// formats of ruledoc.Registry; empty means text on a terminal and tsv
	// in a pipe.
	Format string
}

func newCmdRules(ios *iostreams.IOStreams, runF func(*RulesOptions) error) *cobra.Command {
	opts := &RulesOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules of coalition check",
		Long: `Rules lists every rule with its default severity and title: a table on a
terminal (--format text), tab-separated in a pipe (--format tsv). With
--format markdown it prints the full reference, the same as docs/rules.md.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, ruledoc.Registry, ""); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return rulesRun(opts)
		},
	}
	addFormatFlag(cmd, ruledoc.Registry, byTerminalUsage)
	return cmd
}

func rulesRun(opts *RulesOptions) error {
	name := opts.Format
	if name == "" {
		name = byTerminal(opts.IO)
	}
	return ruledoc.List(opts.IO.Out, name, rules.All(), ruledoc.ListOptions{Boxes: opts.IO.IsStdoutTTY(), Width: opts.IO.TerminalWidth()})
}
