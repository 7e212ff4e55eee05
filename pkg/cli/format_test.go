package cli

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/config"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/scorecard"
)

// formatCommand is a command with a --format flag, built with a runF that
// keeps the format it would run with.
type formatCommand struct {
	name string
	// args are the arguments besides --format.
	args  []string
	build func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command
	// names are the formats the command documents, in the order of its
	// help; aliases are the old names it accepts, with their current name.
	names   []string
	aliases map[string]string
}

var formatCommands = []formatCommand{
	{"check", []string{"plans/"}, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdCheck(ios, v, func(o *CheckOptions) error { *got = o.Format; return nil })
	}, []string{"text", "markdown", "json", "github", "sarif", "junit"}, nil},
	{"score", []string{"plans/"}, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdScore(ios, v, func(o *ScoreOptions) error { *got = o.Format; return nil })
	}, []string{"text", "markdown", "json"}, map[string]string{"table": "text"}},
	{"show", []string{"plan.yaml"}, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdShow(ios, v, func(o *ShowOptions) error { *got = o.Format; return nil })
	}, []string{"text", "markdown", "json", "csv", "tsv"}, map[string]string{"table": "text", "plain": "tsv"}},
	{"report", []string{"plan.yaml"}, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdReport(ios, v, func(o *ReportOptions) error { *got = o.Format; return nil })
	}, []string{"markdown"}, nil},
	{"brief", []string{"plan.yaml"}, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdBrief(ios, v, func(o *BriefOptions) error { *got = o.Format; return nil })
	}, []string{"markdown", "html"}, nil},
	{"diff", []string{"HEAD"}, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdDiff(ios, v, func(o *DiffOptions) error { *got = o.Format; return nil })
	}, []string{"text", "markdown", "json"}, nil},
	{"rules", nil, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdRules(ios, func(o *RulesOptions) error { *got = o.Format; return nil })
	}, []string{"text", "markdown", "tsv"}, map[string]string{"table": "text", "plain": "tsv"}},
	{"config", nil, func(ios *iostreams.IOStreams, v *viper.Viper, got *string) *cobra.Command {
		return newCmdConfig(ios, v, func(o *ConfigOptions) error { *got = o.Format; return nil })
	}, []string{"text", "json", "tsv"}, map[string]string{"table": "text", "plain": "tsv"}},
}

// runFormat runs the command of c with --format name and returns the
// format it would run with, its stderr and its error.
func runFormat(t *testing.T, c formatCommand, name string) (got, stderr string, err error) {
	t.Helper()
	ios, _, errOut := iostreams.Test()
	cmd := c.build(ios, viper.New(), &got)
	cmd.SetArgs(append(slices.Clone(c.args), "--format", name))
	cmd.SetOut(ios.Out)
	cmd.SetErr(ios.ErrOut)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err = cmd.Execute()
	return got, errOut.String(), err
}

// TestFormatNames checks that every command accepts exactly the formats it
// documents, under the same names as the other commands, and the old names
// of those with a note on stderr; that any other name is a usage error of
// one shape; and that its help and completion name the formats.
func TestFormatNames(t *testing.T) {
	var every []string // every name and old name of any command, and some others
	for _, c := range formatCommands {
		every = append(every, c.names...)
		every = append(every, slices.Collect(maps.Keys(c.aliases))...)
	}
	every = append(every, "xml", "TEXT", "Markdown", "tabel", "")
	slices.Sort(every)
	every = slices.Compact(every)

	for _, c := range formatCommands {
		t.Run(c.name, func(t *testing.T) {
			for _, name := range every {
				got, stderr, err := runFormat(t, c, name)
				switch current, old := c.aliases[name]; {
				case slices.Contains(c.names, name):
					if err != nil || got != name || stderr != "" {
						t.Errorf("--format %s: got format %q, stderr %q, error %v; want it accepted as is", name, got, stderr, err)
					}
				case old:
					note := fmt.Sprintf("coalition: warning: --format %s is now called %s; %s will be removed in the next release\n", name, current, name)
					if err != nil || got != current || stderr != note {
						t.Errorf("--format %s: got format %q, stderr %q, error %v; want %q and the note %q", name, got, stderr, err, current, note)
					}
				default:
					var ee *ExitError
					if !errors.As(err, &ee) || ee.Code != ExitUsage {
						t.Errorf("--format %q: error %v, want a usage error", name, err)
						continue
					}
					msg := err.Error()
					want := fmt.Sprintf("--format: unknown format %q", name)
					if !strings.HasPrefix(msg, want) || !strings.HasSuffix(msg, ": want one of "+strings.Join(c.names, ", ")) {
						t.Errorf("--format %q: error %q, want %q[ (did you mean ...)]: want one of %s", name, msg, want, strings.Join(c.names, ", "))
					}
				}
			}

			ios, _, _ := iostreams.Test()
			var got string
			cmd := c.build(ios, viper.New(), &got)
			complete, ok := cmd.GetFlagCompletionFunc("format")
			if !ok {
				t.Fatalf("no completion for --format")
			}
			comps, _ := complete(cmd, nil, "")
			var listed []string
			for _, comp := range comps {
				name, _, _ := strings.Cut(comp, "\t")
				listed = append(listed, name)
			}
			if !slices.Equal(listed, c.names) {
				t.Errorf("completion of --format = %v, want %v (the current names only)", listed, c.names)
			}
			usage := cmd.Flags().Lookup("format").Usage
			for _, name := range append(slices.Clone(c.names), slices.Collect(maps.Keys(c.aliases))...) {
				if !slices.Contains(strings.FieldsFunc(usage, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' || r == ':' }), name) {
					t.Errorf("help of --format %q does not name %s", usage, name)
				}
			}
		})
	}
}

// TestDocsNameCurrentFormats checks that the docs name one set of formats:
// each --format, COALITION_FORMAT and format: in them, and each list of
// formats in the help of a flag, names a current format; the old names
// (format.Renamed) appear only in a paragraph that says they are old names.
func TestDocsNameCurrentFormats(t *testing.T) {
	for _, p := range formatNameProblems(t, filepath.Join("..", "..")) {
		t.Error(p)
	}
}

// formatNameProblems returns where the docs under root (README.md, docs/,
// the command reference and the man pages) name a format by an old name
// outside the note about old names, or list a name in the help of a
// --format flag that is no format.
func formatNameProblems(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"README.md", "docs/*.md", "docs/commands/*.md", "docs/man/*.1"} {
		m, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("found only %d docs under %s", len(files), root)
	}
	var old []string
	for name := range format.Renamed {
		old = append(old, regexp.QuoteMeta(name))
	}
	slices.Sort(old)
	oldName := "(?:" + strings.Join(old, "|") + ")"
	// The places a format is named in code: the flag, the variable, the key
	// of the configuration, a name in backquotes, a list such as
	// text|json.
	mentions := regexp.MustCompile(`(?:--format[ =]|COALITION_FORMAT=|\bformat: |` + "`" + `)` + oldName + `\b|\|` + oldName + `\b|\b` + oldName + `\|`)
	helpList := regexp.MustCompile(`output format: ([^(;]*)`)
	var problems []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		text := strings.ReplaceAll(string(data), `\-`, "-") // man pages escape dashes
		line := 1
		for _, para := range strings.SplitAfter(text, "\n\n") {
			note := strings.Contains(para, "old name")
			for i, l := range strings.Split(para, "\n") {
				if m := mentions.FindString(l); m != "" && !note {
					problems = append(problems, fmt.Sprintf("%s:%d: %q names a format by its old name outside the note about old names", rel, line+i, m))
				}
				if m := helpList.FindStringSubmatch(l); m != nil {
					for _, w := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' }) {
						if w != "or" && !slices.Contains(format.Known, w) {
							problems = append(problems, fmt.Sprintf("%s:%d: the help of --format lists %q, which is no format name", rel, line+i, w))
						}
					}
				}
			}
			line += strings.Count(para, "\n")
		}
	}
	return problems
}

// TestConfigFormatDoc keeps the doc of the key format of the configuration
// (docs/ci.md is generated from it) the formats of check and score.
func TestConfigFormatDoc(t *testing.T) {
	want := fmt.Sprintf("output format of check (%s) and score (%s); ", strings.Join(output.Formats(), ", "), strings.Join(scorecard.Formats(), ", "))
	for _, k := range config.Keys {
		if k.Name == "format" && !strings.HasPrefix(k.Doc, want) {
			t.Errorf("config.Keys: the doc of format is %q, want it to start with %q", k.Doc, want)
		}
	}
}
