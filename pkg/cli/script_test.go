package cli

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"coalition": func() {
			ios := iostreams.System()
			// TESTSCRIPT_STDOUT_TTY=1 in a script pretends that standard
			// output is a terminal, to test what a user at one sees.
			if os.Getenv("TESTSCRIPT_STDOUT_TTY") == "1" {
				ios.SetStdoutTTY(true)
			}
			os.Exit(Main(os.Args[1:], ios))
		},
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each is a
// txtar archive with the plans, the commands and their expected output.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"exitcode": cmdExitCode},
		Setup: func(e *testscript.Env) error {
			e.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

// cmdExitCode runs a program and checks its exact exit status:
//
//	exitcode N prog args...
//
// stdout and stderr stay available to the commands that follow.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}
