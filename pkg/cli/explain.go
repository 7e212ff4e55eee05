package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/ruledoc"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// ExplainOptions are the inputs of `coalition explain`.
type ExplainOptions struct {
	IO *iostreams.IOStreams
	// Rule is the id of the rule to explain.
	Rule string
}

func newCmdExplain(ios *iostreams.IOStreams, runF func(*ExplainOptions) error) *cobra.Command {
	opts := &ExplainOptions{IO: ios}
	cmd := &cobra.Command{
		Use:     "explain RULE",
		Short:   "Explain a rule, with an example",
		Example: "  coalition explain dangling-ref",
		Args:    usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return rules.IDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Rule = args[0]
			if _, ok := rules.ByID(opts.Rule); !ok {
				return usageError(fmt.Errorf("unknown rule %q%s; 'coalition rules' lists them", opts.Rule, suggest.DidYouMean(opts.Rule, rules.IDs())))
			}
			if runF != nil {
				return runF(opts)
			}
			return explainRun(opts)
		},
	}
	return cmd
}

func explainRun(opts *ExplainOptions) error {
	r, _ := rules.ByID(opts.Rule)
	_, err := io.WriteString(opts.IO.Out, ruledoc.Text(r, rules.All()))
	return err
}
