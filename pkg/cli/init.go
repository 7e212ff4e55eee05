package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/safefile"
	"github.com/coalition-tools/coalition/pkg/shell"
	"github.com/coalition-tools/coalition/pkg/starter"
)

// InitOptions are the inputs of `coalition init`.
type InitOptions struct {
	IO *iostreams.IOStreams
	// File is the plan to create; empty writes to stdout.
	File string
	// Starter tailors the plan.
	Starter starter.Options
}

func newCmdInit(ios *iostreams.IOStreams, v *viper.Viper, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Start a new plan with a comment that explains every section",
		Long: `Init writes a starter plan: every section with a comment that explains it in
plain words (why a coalition, the levels of working together, who must be at
the table, goals and indicators, the common barriers, the budget, the 6 R's,
governance, the power map, the opposition), and examples to replace. It
passes coalition check as written, and points editors at the schema so that
keys complete as you type.

--relationship tailors the starter to the level of working together the
coalition aims for: networking, coordination, cooperation, collaboration
(the default) or multisector-collaboration. --name sets the coalition's
name (default: from the file name).

With FILE, init creates it and refuses to write over an existing file; the
file appears whole or not at all. Without FILE it prints the plan.`,
		Example: `  coalition init plans/harbor.yaml
  coalition init plans/eastside.yaml --name "Eastside Youth Jobs" --relationship multisector-collaboration`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today"})
			if len(args) == 1 {
				opts.File = args[0]
			}
			if !plan.VocabRelationship.Has(opts.Starter.Relationship) {
				return usageError(fmt.Errorf("--relationship %q: want one of %s", opts.Starter.Relationship, strings.Join(plan.VocabRelationship.Values, ", ")))
			}
			if opts.Starter.Name == "" && opts.File != "" {
				opts.Starter.Name = nameFromFile(opts.File)
			}
			var err error
			if opts.Starter.Today, err = today(v, cmd.Flags()); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Starter.Name, "name", "", "the coalition's name (default: from the file name)")
	f.StringVar(&opts.Starter.Relationship, "relationship", "collaboration", "level of working together: "+strings.Join(plan.VocabRelationship.Values, ", "))
	f.String("today", "", "start date written in the plan, YYYY-MM-DD (default: the real date)")
	_ = cmd.RegisterFlagCompletionFunc("relationship", cobra.FixedCompletions(plan.VocabRelationship.Values, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// nameFromFile turns plans/eastside-youth.yaml into "Eastside Youth".
func nameFromFile(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func initRun(opts *InitOptions) error {
	data, err := starter.Write(opts.Starter)
	if err != nil {
		return usageError(err)
	}
	if opts.File == "" {
		_, err := opts.IO.Out.Write(data)
		return err
	}
	// A new coalition often starts a new plans/ directory too.
	if dir := filepath.Dir(opts.File); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return usageError(err)
		}
	}
	if err := safefile.Create(opts.File, data); err != nil {
		return usageError(err)
	}
	fmt.Fprintf(opts.IO.ErrOut, "Created %s. Fill it in, then run: %s\n", opts.File, shell.Command("coalition", "check", opts.File))
	return nil
}
