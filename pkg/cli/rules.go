package cli

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/ruledoc"
	"github.com/coalition-tools/coalition/pkg/view"
)

// RulesOptions are the inputs of `coalition rules`.
type RulesOptions struct {
	IO *iostreams.IOStreams
	// Format is table, markdown or plain; empty means table on a terminal
	// and plain in a pipe.
	Format string
}

func newCmdRules(ios *iostreams.IOStreams, runF func(*RulesOptions) error) *cobra.Command {
	opts := &RulesOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules of coalition check",
		Long: `Rules lists every rule with its default severity and title. With
--format markdown it prints the full reference, the same as docs/rules.md.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.Format {
			case "", "table", "plain", "markdown":
			default:
				return usageError(fmt.Errorf("unknown format %q: want one of markdown, plain, table", opts.Format))
			}
			if runF != nil {
				return runF(opts)
			}
			return rulesRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "", "output format: table, plain or markdown (default: table on a terminal, plain otherwise)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "plain", "markdown"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func rulesRun(opts *RulesOptions) error {
	format := opts.Format
	if format == "" {
		format = "plain"
		if opts.IO.IsStdoutTTY() {
			format = "table"
		}
	}
	all := rules.All()
	switch format {
	case "markdown":
		_, err := opts.IO.Out.Write(ruledoc.Markdown(all))
		return err
	case "plain":
		for _, r := range all {
			if _, err := fmt.Fprintf(opts.IO.Out, "%s\t%s\t%s\n", r.ID, r.Severity, r.Title); err != nil {
				return err
			}
		}
		return nil
	}
	rows := make([][]string, 0, len(all))
	for _, r := range all {
		rows = append(rows, []string{r.ID, r.Severity.String(), r.Title})
	}
	var buf bytes.Buffer
	if err := view.Grid(&buf, []string{"rule", "severity", "what it finds"}, nil, rows, view.GridOptions{Boxed: true, Width: opts.IO.TerminalWidth()}); err != nil {
		return err
	}
	_, err := opts.IO.Out.Write(buf.Bytes())
	return err
}
