package cli

import (
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// TestTerminalOutput runs score, show and check as a user at a terminal
// sees them, colour on: the colour and box-drawing paths of the output.
// The same commands in a pipe print neither escape sequences nor boxes.
// (testdata/script/tty_no_color.txtar has the terminal with NO_COLOR.)
func TestTerminalOutput(t *testing.T) {
	const (
		plan   = "../../examples/teen-evening-counseling.yaml"
		broken = "../../examples/broken/broken-plan.yaml"
	)
	boxes := []string{"┌", "┬", "│", "├", "┼", "└", "┘", "─"}
	for _, tc := range []struct {
		name string
		args []string
		code int
		// want are in the output on a terminal; none is in a pipe.
		want []string
		// noColor is set for a command that shows no colour even on a
		// terminal.
		noColor bool
	}{
		{"score", []string{"score", "--today", "2026-11-29", plan}, 0,
			append([]string{": 92/100, \x1b[32mstrong\x1b[0m\n"}, boxes...), false},
		{"show", []string{"show", plan, "members"}, 0, append([]string{"Members\n┌"}, boxes...), true},
		// The boxes are for a terminal, whatever the format asked.
		{"show --format text", []string{"show", "--format", "text", plan, "members"}, 0, append([]string{"Members\n┌"}, boxes...), true},
		{"check", []string{"check", "--today", "2026-11-29", broken}, 1, []string{
			"\x1b[1m" + broken + ":11:3\x1b[0m: \x1b[31m\x1b[1merror\x1b[0m: duplicate key \"name\" in coalition: first defined at line 9, column 3 \x1b[2m[duplicate-key]\x1b[0m\n",
			"    \x1b[2mhint:\x1b[0m remove one of the two: YAML keeps only one value per key\n",
			"\x1b[33m\x1b[1mwarning\x1b[0m",
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, tty := range []bool{true, false} {
				ios, out, errOut := iostreams.Test()
				ios.SetStdoutTTY(tty)
				if code := Main(tc.args, ios); code != tc.code {
					t.Fatalf("tty %v: exit %d, want %d\n%s", tty, code, tc.code, errOut)
				}
				got := out.String()
				for _, w := range tc.want {
					if tty && !strings.Contains(got, w) {
						t.Errorf("on a terminal, no %q in:\n%s", w, got)
					}
					if !tty && strings.Contains(got, w) {
						t.Errorf("in a pipe, %q in:\n%s", w, got)
					}
				}
				if hasANSI := strings.Contains(got, "\x1b"); hasANSI != (tty && !tc.noColor) {
					t.Errorf("tty %v: escape sequences %v, want %v:\n%q", tty, hasANSI, tty && !tc.noColor, got)
				}
				if !tty && strings.ContainsAny(got, strings.Join(boxes, "")) {
					t.Errorf("in a pipe, box drawing in:\n%s", got)
				}
			}
		})
	}
}
