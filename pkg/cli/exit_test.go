package cli

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// brokenWriter fails every write, as a closed standard output does.
type brokenWriter struct{}

var errBroken = errors.New("write /dev/stdout: bad file descriptor")

func (brokenWriter) Write([]byte) (int, error) { return 0, errBroken }

// TestWriteErrorExitsInternal runs commands whose standard output cannot
// be written: each exits 3 and says so on stderr, whatever it found,
// instead of passing for a clean run or a run with findings.
func TestWriteErrorExitsInternal(t *testing.T) {
	const clean, broken = "../../examples/teen-evening-counseling.yaml", "../../examples/broken/broken-plan.yaml"
	today := "--today=2026-11-23"
	cases := []struct {
		name string
		args []string
	}{
		{"check text", []string{"check", today, clean}},
		{"check with findings", []string{"check", today, broken}},
		{"check json", []string{"check", today, "--format", "json", clean}},
		{"check sarif", []string{"check", today, "--format", "sarif", broken}},
		{"check github", []string{"check", today, "--format", "github", broken}},
		{"check junit", []string{"check", today, "--format", "junit", clean}},
		{"check markdown", []string{"check", today, "--format", "markdown", clean}},
		{"score table", []string{"score", today, clean}},
		{"score json", []string{"score", today, "--format", "json", clean}},
		{"score markdown below the gate", []string{"score", today, "--format", "markdown", "--min-score", "100", broken}},
		{"show", []string{"show", today, clean, "members"}},
		{"report", []string{"report", today, clean}},
		{"brief", []string{"brief", today, clean}},
		{"rules", []string{"rules"}},
		{"rules markdown", []string{"rules", "--format", "markdown"}},
		{"explain", []string{"explain", "dangling-ref"}},
		{"schema", []string{"schema"}},
		{"init", []string{"init", today}},
		{"config", []string{"config"}},
		{"version", []string{"version"}},
		{"help", []string{"--help"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ios, _, errOut := iostreams.Test()
			ios.Out = brokenWriter{}
			if code := Main(c.args, ios); code != ExitInternal {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, ExitInternal, errOut)
			}
			want := "coalition: cannot write the output: " + errBroken.Error() + "\n"
			if got := errOut.String(); !strings.HasSuffix(got, want) || strings.Count(got, "cannot write") != 1 {
				t.Errorf("stderr:\n%s\nwant it to end with, once:\n%s", got, want)
			}
		})
	}
}

// TestPanicExitsInternal runs a command that panics: the program exits 3
// with a message that asks for a report, and the stack trace only when
// COALITION_DEBUG is set.
func TestPanicExitsInternal(t *testing.T) {
	boom := func() int { panic("index out of range [3] with length 3") }
	for _, debug := range []bool{false, true} {
		var errOut bytes.Buffer
		if code := guard(&errOut, debug, boom); code != ExitInternal {
			t.Errorf("debug %v: exit status %d, want %d", debug, code, ExitInternal)
		}
		lines := strings.Split(errOut.String(), "\n")
		if len(lines) < 3 {
			t.Fatalf("debug %v: stderr:\n%s", debug, errOut.String())
		}
		if want := "coalition: internal error: index out of range [3] with length 3"; lines[0] != want {
			t.Errorf("debug %v: first line %q, want %q", debug, lines[0], want)
		}
		if want := "This is a bug in coalition. Please report it at https://github.com/coalition-tools/coalition/issues with the command you ran and this message"; !strings.HasPrefix(lines[1], want) {
			t.Errorf("debug %v: second line %q, want it to start with %q", debug, lines[1], want)
		}
		hasStack := strings.Contains(errOut.String(), "goroutine ") && strings.Contains(errOut.String(), "exit_test.go")
		if hasStack != debug {
			t.Errorf("debug %v: stack trace shown: %v\n%s", debug, hasStack, errOut.String())
		}
		if !debug && lines[2] != "Set COALITION_DEBUG=1 to print the stack trace." {
			t.Errorf("third line %q", lines[2])
		}
	}
	// A run that does not panic keeps its exit status.
	var errOut bytes.Buffer
	if code := guard(&errOut, false, func() int { return ExitFindings }); code != ExitFindings || errOut.Len() > 0 {
		t.Errorf("exit status %d, stderr %q; want 1 and nothing", code, errOut.String())
	}
}

// TestExitCodeOfErrors maps the errors a command returns to exit statuses:
// an *ExitError keeps its code, wrapped or not; any other error is an
// internal failure once the command has started, and a usage error before
// (cobra's checks of the command line).
func TestExitCodeOfErrors(t *testing.T) {
	cases := []struct {
		name    string
		err     error
		started bool
		want    int
	}{
		{"findings", &ExitError{Code: ExitFindings}, true, ExitFindings},
		{"usage", usageError(errors.New("bad")), true, ExitUsage},
		{"wrapped usage", errors.Join(errors.New("--since"), usageError(errors.New("bad"))), true, ExitUsage},
		{"internal", internalError(errors.New("git ls-tree: bad object")), true, ExitInternal},
		{"plain, started", errors.New("write: broken pipe"), true, ExitInternal},
		{"plain, before the command", errors.New(`invalid argument "x" for "coalition completion"`), false, ExitUsage},
	}
	for _, c := range cases {
		if got := exitCode(c.err, c.started); got != c.want {
			t.Errorf("%s: exit status %d, want %d", c.name, got, c.want)
		}
	}
}
