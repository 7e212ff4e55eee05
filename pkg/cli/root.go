// Package cli holds the cobra commands of coalition, one file per verb. It is
// the only package that knows about cobra, viper and the process's streams.
package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/buildinfo"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/safefile"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// Exit codes.
const (
	ExitOK       = 0 // nothing at or above the failing severity was found
	ExitFindings = 1 // findings at or above the failing severity
	ExitUsage    = 2 // bad flags or arguments, or a path that could not be read
)

// ExitError ends the program with Code. When Err is nil nothing is printed:
// the command has already said what there was to say.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

func usageError(err error) error { return &ExitError{Code: ExitUsage, Err: err} }

// Main runs the program with args and returns the exit code. While the
// command runs, an interrupt or SIGTERM first removes the temporary files of
// the output being written (see safefile.RemoveTempsOnSignal), then ends the
// program as the signal would.
func Main(args []string, ios *iostreams.IOStreams) int {
	tuneGC()
	stop := safefile.RemoveTempsOnSignal()
	code := run(args, ios)
	stop()
	if err := ios.Flush(); err != nil && code == ExitOK {
		fmt.Fprintln(ios.ErrOut, "coalition:", err)
		return ExitFindings
	}
	return code
}

// tuneGC sets the garbage collector for what the program does: parsing
// makes many small, short-lived objects, so letting the heap grow four
// times the live data before collecting (GOGC=400) saves about a third of
// the time of a large check, for some tens of megabytes; a soft limit of
// 256 MiB makes it collect sooner before memory grows further. GOGC and
// GOMEMLIMIT in the environment win. See docs/performance.md.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(256 << 20)
	}
}

func run(args []string, ios *iostreams.IOStreams) int {
	root := NewRootCmd(ios)
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		if ee.Err != nil {
			fmt.Fprintln(ios.ErrOut, "coalition:", ee.Err)
		}
		return ee.Code
	}
	fmt.Fprintln(ios.ErrOut, "coalition:", err)
	if strings.HasPrefix(err.Error(), "unknown command") {
		fmt.Fprintln(ios.ErrOut, "Run 'coalition --help' for the list of commands.")
		return ExitUsage
	}
	return ExitFindings
}

// NewRootCmd builds the command tree.
func NewRootCmd(ios *iostreams.IOStreams) *cobra.Command {
	v := viper.New()
	v.SetEnvPrefix("COALITION")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_", ".", "_"))
	v.AutomaticEnv()

	root := &cobra.Command{
		Use:   "coalition",
		Short: "Check, score and render coalition plans",
		Long: `coalition reads coalition plans (YAML files with apiVersion: coalition/v1)
and checks them: every mistake with its file, line and column, and a hint
how to fix it. It scores them (an explainable coalition health score), shows
and reports them as tables and Markdown, writes the one-page board-meeting
brief, and compares them between git revisions.

Settings come from flags, COALITION_* environment variables and the nearest
.coalition.yaml (see coalition config).`,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return loadConfig(cmd, v) },
		Version:           buildinfo.Read().String(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		DisableAutoGenTag: true,
	}
	root.SetVersionTemplate("coalition {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError(fmt.Errorf("%w\nRun '%s --help' for usage.", err, c.CommandPath()))
	})
	root.SetHelpCommand(newCmdHelp(root))
	root.PersistentFlags().String("config", "", "configuration file (default: the nearest "+ConfigName+" up to the git root)")
	root.AddCommand(
		newCmdCheck(ios, v, nil),
		newCmdScore(ios, v, nil),
		newCmdShow(ios, v, nil),
		newCmdReport(ios, v, nil),
		newCmdBrief(ios, v, nil),
		newCmdConfig(ios, v, nil),
		newCmdDiff(ios, v, nil),
		newCmdVersion(ios, nil),
		newCmdSchema(ios, nil),
		newCmdInit(ios, v, nil),
		newCmdFmt(ios, v, nil),
		newCmdRules(ios, nil),
		newCmdExplain(ios, nil),
	)
	return root
}

// usageArgs turns an argument error into a usage error (exit status 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError(fmt.Errorf("%w\nRun '%s --help' for usage.", err, cmd.CommandPath()))
		}
		return nil
	}
}

// newCmdHelp replaces cobra's help command, which exits 0 on an unknown
// topic: here it is a usage error, with a suggestion.
func newCmdHelp(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var names []cobra.Completion
			for _, sub := range root.Commands() {
				if sub.IsAvailableCommand() {
					names = append(names, sub.Name())
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil || target == nil || len(rest) > 0 {
				var names []string
				for _, sub := range root.Commands() {
					names = append(names, sub.Name())
				}
				topic := strings.Join(args, " ")
				return usageError(fmt.Errorf("unknown help topic %q%s; 'coalition --help' lists the commands", topic, suggest.DidYouMean(topic, names)))
			}
			target.InitDefaultHelpFlag()
			return target.Help()
		},
	}
}
