package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/output"
)

// Every command picks its output format the same way: addFormatFlag
// defines --format from the command's registry (its help names the
// formats, the default and the old names; completion offers the current
// names), and formatOf resolves the value given in RunE.

// addFormatFlag defines the --format flag of cmd for the formats of set.
// dflt says what the default is, for the help: a name, or what it depends
// on. The flag itself defaults to "", which formatOf reads as not given.
func addFormatFlag(cmd *cobra.Command, set format.Set, dflt string) {
	cmd.Flags().String("format", "", "output format: "+format.Usage(set, dflt))
	_ = cmd.RegisterFlagCompletionFunc("format", formatCompletion(set))
}

// formatCompletion completes a --format flag with the current names of
// set, each with its doc.
func formatCompletion(set format.Set) cobra.CompletionFunc {
	var names []cobra.Completion
	for _, d := range set.Docs() {
		names = append(names, cobra.CompletionWithDesc(d.Name, d.Doc))
	}
	return cobra.FixedCompletions(names, cobra.ShellCompDirectiveNoFileComp)
}

// formatOf returns the current name of the format given with the --format
// flag of cmd or, when v is not nil, with the setting "format" that the
// flag is bound to ($COALITION_FORMAT, the configuration file); dflt when
// none is given. An old name is accepted with a note on stderr, such as
// "--format table is now called text; table will be removed in the next
// release"; any other name that is not one of set is a usage error that
// says where it comes from, except a configured one (variable or file, not
// flag) that another command reading the setting has (see configNames):
// the setting is shared by check and score, so the command writes dflt,
// with a note on stderr such as "format github (.coalition.yaml:3:9) is
// not a format of score: writing text".
func formatOf(ios *iostreams.IOStreams, cmd *cobra.Command, v *viper.Viper, set format.Set, dflt string) (string, error) {
	var name, src string
	switch f := cmd.Flags().Lookup("format"); {
	case v != nil:
		name, src = v.GetString("format"), source(v, cmd.Flags(), "format", "format")
	case f.Changed:
		name, src = f.Value.String(), "--format"
	}
	if src == "" {
		return dflt, nil
	}
	c, err := set.Resolve(name)
	if err != nil && src != "--format" && dflt != "" {
		if _, other := configNames().Formats.Resolve(name); other == nil {
			fmt.Fprintf(ios.ErrOut, "coalition: note: format %s (%s) is not a format of %s: writing %s\n",
				output.Sanitize(name), strings.TrimSuffix(src, ": format"), cmd.Name(), dflt)
			return dflt, nil
		}
	}
	if err != nil {
		return "", usageError(fmt.Errorf("%s: %w", src, err))
	}
	if c.Deprecated() {
		note := src + ": " + c.Note()
		if src == "--format" {
			note = src + " " + c.Note()
		}
		fmt.Fprintf(ios.ErrOut, "coalition: warning: %s\n", note)
	}
	return c.Name, nil
}

// byTerminalUsage is the default of the --format flag of the commands that
// print tables, for the help; byTerminal picks it.
const byTerminalUsage = "text on a terminal, tsv in a pipe"

// byTerminal is the format of the commands that print tables when none is
// given: text on a terminal, tsv in a pipe.
func byTerminal(ios *iostreams.IOStreams) string {
	if ios.IsStdoutTTY() {
		return format.Text
	}
	return format.TSV
}
