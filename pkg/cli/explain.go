package cli

import (
	"fmt"
	"io"
	"net/url"
	"regexp"

	"github.com/spf13/cobra"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
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
		Use:   "explain RULE",
		Short: "Explain a rule, with an example",
		Long: `Explain prints the documentation of a rule: what it finds and why it
matters, its default severity, an example plan and what check reports on it.

The documentation is written in Markdown, as docs/rules.md has it. On a
terminal its links are written as text followed by their address, such as
"plan-format.md (https://github.com/.../docs/plan-format.md)"; in a pipe or
a file the Markdown is kept as it is.`,
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
	text := ruledoc.Text(r, rules.All())
	if opts.IO.IsStdoutTTY() {
		text = plainLinks(text, output.RulesURL)
	}
	_, err := io.WriteString(opts.IO.Out, text)
	return err
}

// markdownLink is an inline Markdown link, [text](address).
var markdownLink = regexp.MustCompile(`\[([^\]\n]+)\]\(([^()\s]+)\)`)

// plainLinks writes the Markdown links of text for a terminal: "text
// (address)", with a relative address resolved against base, the address
// of the document the links are written in; a link whose text is its
// address is written once.
func plainLinks(text, base string) string {
	b, err := url.Parse(base)
	if err != nil {
		return text
	}
	return markdownLink.ReplaceAllStringFunc(text, func(link string) string {
		m := markdownLink.FindStringSubmatch(link)
		label, addr := m[1], m[2]
		if u, err := url.Parse(addr); err == nil {
			addr = b.ResolveReference(u).String()
		}
		if label == addr {
			return label
		}
		return label + " (" + addr + ")"
	})
}
