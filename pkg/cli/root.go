// Package cli holds the cobra commands of coalition, one file per verb. It is
// the only package that knows about cobra, viper and the process's streams.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/buildinfo"
	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/safefile"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// Exit codes, the same for every command (docs/check.md has the table).
const (
	// ExitOK: nothing at or above the failing severity was found.
	ExitOK = 0
	// ExitFindings: findings at or above the failing severity (--fail-on),
	// a score below --min-score, a plan that cannot be read as one.
	ExitFindings = 1
	// ExitUsage: bad flags or arguments, or input that could not be read.
	ExitUsage = 2
	// ExitInternal: the program failed: its output could not be written,
	// git failed, or a bug (a panic).
	ExitInternal = 3
)

// ExitError ends the program with Code. When Err is nil nothing is printed:
// the command has already said what there was to say.
type ExitError struct {
	Code int
	Err  error
	// Help, when set, is the command whose help the message points to: the
	// line "Run 'HELP --help' for usage." follows the message.
	Help string
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

func usageError(err error) error { return &ExitError{Code: ExitUsage, Err: err} }

// usageHelpError is a usage error in the command line of cmd: the message
// is followed by a line that points to the help of cmd.
func usageHelpError(cmd *cobra.Command, err error) error {
	return &ExitError{Code: ExitUsage, Err: err, Help: cmd.CommandPath()}
}

// internalError marks err as a failure of the program itself, such as git
// failing once the repository and the revisions were found (ExitInternal).
func internalError(err error) error { return &ExitError{Code: ExitInternal, Err: err} }

// Main runs the program with args and returns the exit code. While the
// command runs, an interrupt or SIGTERM first removes the temporary files of
// the output being written (see safefile.RemoveTempsOnSignal), then ends the
// program as the signal would.
//
// Output that cannot be written (a closed or full standard output) ends the
// program with ExitInternal whatever the command found, so that CI never
// reads a cut-off report as a verdict; so does a panic, with a message that
// asks for a report (and the stack trace when COALITION_DEBUG is set).
func Main(args []string, ios *iostreams.IOStreams) int {
	tuneGC()
	stop := safefile.RemoveTempsOnSignal()
	code := guard(ios.ErrOut, os.Getenv("COALITION_DEBUG") != "", func() int { return run(args, ios) })
	stop()
	if err := ios.Flush(); err != nil && code != ExitInternal {
		fmt.Fprintf(ios.ErrOut, "coalition: cannot write the output: %s\n", output.Sanitize(err.Error()))
		return ExitInternal
	}
	return code
}

// IssuesURL is where bugs are reported.
const IssuesURL = "https://github.com/coalition-tools/coalition/issues"

// guard runs f and returns its exit code; a panic in f is a bug, reported
// on errOut with ExitInternal, with the stack trace when showStack is set.
func guard(errOut io.Writer, showStack bool, f func() int) (code int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		code = ExitInternal
		fmt.Fprintf(errOut, "coalition: internal error: %s\n", output.Sanitize(fmt.Sprint(r)))
		fmt.Fprintf(errOut, "This is a bug in coalition. Please report it at %s with the command you ran and this message (coalition version prints the version).\n", IssuesURL)
		if !showStack {
			fmt.Fprintln(errOut, "Set COALITION_DEBUG=1 to print the stack trace.")
			return
		}
		stack := debug.Stack()
		var pe *check.PanicError
		if err, ok := r.(error); ok && errors.As(err, &pe) {
			stack = pe.Stack // where the panic happened, in a worker
		}
		errOut.Write(stack)
	}()
	return f()
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

// run runs the command line args and returns the exit code (see exitCode).
// The command's standard output goes through a writer that keeps the first
// write error: a command that could not write its output fails with
// ExitInternal, whether it noticed the error or not.
func run(args []string, ios *iostreams.IOStreams) int {
	out := &errWriter{w: ios.Out}
	cmdIO := *ios
	cmdIO.Out = out
	root := NewRootCmd(&cmdIO)
	started := false
	markStarted(root, &started)
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(out)
	root.SetErr(ios.ErrOut)
	err := root.Execute()
	code := ExitOK
	if err != nil {
		err = suggestCommand(root, err)
		code = exitCode(err, started)
		var ee *ExitError
		silent := errors.As(err, &ee) && ee.Err == nil
		if !silent && (out.err == nil || !errors.Is(err, out.err)) {
			printError(ios.ErrOut, err)
			if ee != nil && ee.Help != "" {
				fmt.Fprintf(ios.ErrOut, "Run '%s --help' for usage.\n", ee.Help)
			}
		}
		if !started && strings.HasPrefix(err.Error(), "unknown command") {
			fmt.Fprintln(ios.ErrOut, "Run 'coalition --help' for the list of commands.")
		}
	}
	if out.err != nil {
		fmt.Fprintf(ios.ErrOut, "coalition: cannot write the output: %s\n", output.Sanitize(out.err.Error()))
		return ExitInternal
	}
	return code
}

// exitCode is the exit status for the error of a command: the code of the
// *ExitError in its chain; for any other error, a usage error when it came
// before the command started (cobra's own checks of the command line),
// else an internal failure.
func exitCode(err error, started bool) int {
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		return ee.Code
	case !started:
		return ExitUsage
	}
	return ExitInternal
}

// inContext says what err, the error of a part of a command, is about,
// keeping the exit status it asks for (see exitCode).
func inContext(context string, err error) error {
	return &ExitError{Code: exitCode(err, true), Err: fmt.Errorf("%s: %w", context, err)}
}

// markStarted makes every command of the tree set *started when its work
// begins, after cobra has parsed the flags and checked the arguments.
func markStarted(cmd *cobra.Command, started *bool) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			*started = true
			return run(c, args)
		}
	}
	for _, sub := range cmd.Commands() {
		markStarted(sub, started)
	}
}

// printError writes the message of err after "coalition: ", each of its
// lines escaped (output.Sanitize): a message holds file names and text from
// plans, which must not reach a terminal or a CI log raw.
func printError(w io.Writer, err error) {
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		lines[i] = output.Sanitize(l)
	}
	fmt.Fprintln(w, "coalition:", strings.Join(lines, "\n"))
}

// errWriter passes writes on to w and keeps the first error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
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
.coalition.yaml (see coalition config).

Exit status, for every command: 0 success; 1 findings at or above --fail-on,
a score below --min-score, or a plan that cannot be read as one; 2 a usage
error or input that cannot be read; 3 an internal failure: output that could
not be written, git failing, or a bug (set COALITION_DEBUG=1 for its stack
trace).`,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if !readsSettings(cmd) {
				return nil
			}
			return loadConfig(cmd, v)
		},
		Version:           buildinfo.Read().String(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		DisableAutoGenTag: true,
	}
	root.DisableSuggestions = true // see suggestCommand
	root.SetVersionTemplate("coalition {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageHelpError(c, flagError(c, err))
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
		newCmdHistory(ios, v, nil),
		newCmdPortfolio(ios, v, nil),
		newCmdVersion(ios, nil),
		newCmdSchema(ios, nil),
		newCmdInit(ios, v, nil),
		newCmdFmt(ios, v, nil),
		newCmdRules(ios, nil),
		newCmdExplain(ios, nil),
	)
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			strictShells(c)
		}
	}
	return root
}

// noSettings are the commands that use no setting, and so do not read the
// configuration file: a broken one must not stop them. (init takes its
// date from --today or $COALITION_TODAY only.)
var noSettings = []string{"completion", "explain", "help", "init", "rules", "schema", "version",
	cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd}

// readsSettings reports whether cmd reads the configuration file.
func readsSettings(cmd *cobra.Command) bool {
	for c := cmd; c.HasParent(); c = c.Parent() {
		if slices.Contains(noSettings, c.Name()) {
			return false
		}
	}
	return true
}

// flagError says what is wrong with a flag in the tool's words: a bad
// value names the flag and what it wants (see flagValueError), and an
// unknown flag comes with the nearest flag of the command.
func flagError(c *cobra.Command, err error) error {
	var ne *pflag.NotExistError
	if errors.As(err, &ne) && strings.HasPrefix(err.Error(), "unknown flag: --") {
		var names []string
		c.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		c.InheritedFlags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		if s, ok := suggest.Closest(ne.GetSpecifiedName(), names); ok {
			return fmt.Errorf("%w (did you mean --%s?)", err, s)
		}
		return err
	}
	return flagValueError(err)
}

// suggestCommand adds the nearest command to cobra's error for an unknown
// command, in the tool's words: ` (did you mean "check"?)`. (cobra's own
// suggestion, "Did you mean this?" on lines of their own, is turned off.)
func suggestCommand(root *cobra.Command, err error) error {
	var name, parent string
	if _, scanErr := fmt.Sscanf(err.Error(), "unknown command %q for %q", &name, &parent); scanErr != nil || parent != root.Name() {
		return err
	}
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	if s := suggest.DidYouMean(name, names); s != "" {
		return fmt.Errorf("%w%s", err, s)
	}
	return err
}

// strictShells makes `completion SHELL` with a shell it has no script for
// a usage error that names the shells; cobra prints the help and exits 0.
func strictShells(completion *cobra.Command) {
	var shells []string
	for _, sub := range completion.Commands() {
		shells = append(shells, sub.Name())
	}
	slices.Sort(shells)
	completion.Args = cobra.ArbitraryArgs
	completion.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cmd.Help()
		}
		return usageHelpError(cmd, fmt.Errorf("unknown shell %q%s: want one of %s",
			args[0], suggest.DidYouMean(args[0], shells), strings.Join(shells, ", ")))
	}
}

// usageArgs turns an argument error into a usage error (exit status 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageHelpError(cmd, err)
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
