package cli

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/history"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/view"
)

// ConfigOptions are the inputs of `coalition config`.
type ConfigOptions struct {
	IO *iostreams.IOStreams
	// File is the configuration file in use, empty when none.
	File string
	// Settings are the effective settings.
	Settings []Setting
	// Format is the current name of the output format, one of those of
	// configFormats; empty means text on a terminal and tsv in a pipe.
	Format string
}

// configFormats are the formats of coalition config: those of the tables
// of show that suit a list of settings.
var configFormats = view.Registry.Only(format.Text, format.JSON, format.TSV)

// Setting is one effective setting and where its value came from.
type Setting struct {
	Key, Value, Source string
}

func newCmdConfig(ios *iostreams.IOStreams, v *viper.Viper, runF func(*ConfigOptions) error) *cobra.Command {
	opts := &ConfigOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value comes from",
		Long: `Config prints every setting that check, score, show, report and brief use,
its value, and where the value comes from: a COALITION_* environment
variable, the configuration file, or the default. (Flags, which win over
all three, apply to one command run and are not shown.)

The configuration file is .coalition.yaml in the current directory or the
nearest parent, up to the root of the git repository, or the file given with
--config. Its keys are documented in docs/ci.md; an unknown key is an error
with a suggestion.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, configFormats, ""); err != nil {
				return err
			}
			opts.File = v.ConfigFileUsed()
			opts.Settings = effective(v)
			if runF != nil {
				return runF(opts)
			}
			return configRun(opts)
		},
	}
	addFormatFlag(cmd, configFormats, byTerminalUsage)
	return cmd
}

// envName is the environment variable of a key.
func envName(key string) string { return config.EnvName(key) }

// effective lists every setting with its value and source.
func effective(v *viper.Viper) []Setting {
	var out []Setting
	add := func(key, def string) {
		s := Setting{Key: key, Value: def, Source: "default"}
		switch {
		case os.Getenv(envName(key)) != "":
			s.Value, s.Source = os.Getenv(envName(key)), "env "+envName(key)
		case v.InConfig(key):
			s.Value, s.Source = fmt.Sprint(v.Get(key)), "file"
			if t, ok := v.Get(key).(time.Time); ok { // an unquoted date
				s.Value = t.Format(plan.DateLayout)
			}
		}
		out = append(out, s)
	}
	add("paths", "[.] (the current directory, or the directory of the file)")
	add("exclude", "[]")
	add("fail_on", "error")
	add("today", "the real date")
	add("format", format.Text)
	add("min_score", "0 (no gate)")
	for _, r := range rules.All() {
		add("rules."+r.ID, r.Severity.String())
	}
	for _, d := range score.All() {
		add("score.weights."+d.Name, strconv.Itoa(d.Weight))
	}
	add("score.bands.strong", strconv.Itoa(score.DefaultBands.Strong))
	add("score.bands.developing", strconv.Itoa(score.DefaultBands.Developing))
	add("history.meetings", history.DefaultMeetings)
	add("brief.public", "false")
	add("report.public", "false")
	return out
}

func configRun(opts *ConfigOptions) error {
	name := opts.Format
	if name == "" {
		name = byTerminal(opts.IO)
	}
	file := opts.File
	if file == "" {
		file = "none (no " + config.FileName + " here or in a parent up to the git root)"
	}
	t := &view.Table{Section: "config", Name: "settings", Title: "Configuration file: " + file,
		Columns: []view.Column{{Key: "key", Header: "key"}, {Key: "value", Header: "value"}, {Key: "source", Header: "source"}}}
	for _, s := range opts.Settings {
		t.Rows = append(t.Rows, []view.Cell{{Text: s.Key, Value: s.Key}, {Text: s.Value, Value: s.Value}, {Text: s.Source, Value: s.Source}})
	}
	newRenderer, err := configFormats.Lookup(name)
	if err != nil {
		return usageError(err)
	}
	r := newRenderer(view.RenderOptions{Boxes: opts.IO.IsStdoutTTY(), Width: opts.IO.TerminalWidth()})
	if name == format.TSV {
		fmt.Fprintf(opts.IO.Out, "# %s\n", t.Title)
	}
	return r.Render(opts.IO.Out, []*view.Table{t})
}
