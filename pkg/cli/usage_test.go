package cli

import (
	"errors"
	"testing"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// TestUsageErrorsPointToHelp checks the usage errors of the command line:
// the error is the message alone (lowercase, no trailing punctuation),
// exit status 2, and the line that points to the command's help is
// printed after it.
func TestUsageErrorsPointToHelp(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		msg    string
		stderr string
	}{
		{"unknown flag", []string{"check", "--fail-onn", "error"},
			"unknown flag: --fail-onn (did you mean --fail-on?)",
			"coalition: unknown flag: --fail-onn (did you mean --fail-on?)\nRun 'coalition check --help' for usage.\n"},
		{"bad flag value", []string{"score", "--min-score", "high"},
			`--min-score: invalid score "high": want a whole number from 0 to 100`,
			"coalition: --min-score: invalid score \"high\": want a whole number from 0 to 100\nRun 'coalition score --help' for usage.\n"},
		{"arguments", []string{"report"},
			"accepts 1 arg(s), received 0",
			"coalition: accepts 1 arg(s), received 0\nRun 'coalition report --help' for usage.\n"},
		{"unknown shell", []string{"completion", "fsh"},
			`unknown shell "fsh" (did you mean "fish"?): want one of bash, fish, powershell, zsh`,
			"coalition: unknown shell \"fsh\" (did you mean \"fish\"?): want one of bash, fish, powershell, zsh\nRun 'coalition completion --help' for usage.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _ := iostreams.Test()
			root := NewRootCmd(ios)
			root.SetArgs(tc.args)
			root.SetOut(ios.Out)
			root.SetErr(ios.ErrOut)
			err := root.Execute()
			var ee *ExitError
			if !errors.As(err, &ee) || ee.Code != ExitUsage || err.Error() != tc.msg {
				t.Errorf("error %q (%#v), want the usage error %q", err, ee, tc.msg)
			}
			ios, _, errOut := iostreams.Test()
			if code := Main(tc.args, ios); code != ExitUsage || errOut.String() != tc.stderr {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 2 and:\n%s", code, errOut, tc.stderr)
			}
		})
	}
}
