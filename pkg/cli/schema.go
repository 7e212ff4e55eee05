package cli

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/schema"
)

// SchemaOptions are the inputs of `coalition schema`.
type SchemaOptions struct {
	IO *iostreams.IOStreams
	// Output is the file to write, stdout when empty.
	Output string
}

func newCmdSchema(ios *iostreams.IOStreams, runF func(*SchemaOptions) error) *cobra.Command {
	opts := &SchemaOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the plan format, for editors",
		Long: `Schema prints the JSON Schema (draft-07) of the coalition/v1 plan format,
generated from the same model that check reads: every key with its
description, the required keys, ranges, id and date patterns, and the words
of every vocabulary.

Editors that use the YAML language server (VS Code with the YAML extension,
and others) complete keys and underline mistakes as you type when a plan
starts with:

    ` + schema.Modeline + `

The schema checks the shape of a plan; coalition check does much more
(references, dates in order, budget totals, planning practice).`,
		Example: `  coalition schema > coalition-v1.schema.json`,
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return writeOut(opts.IO, opts.Output, nil, func(b *bytes.Buffer) error {
				_, err := b.Write(schema.JSON())
				return err
			})
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to FILE (atomically; never over a plan) instead of stdout")
	return cmd
}
