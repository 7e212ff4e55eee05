package cli

import (
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// TestTablesFitTheTerminal is the defect of `show PLAN goals` printing
// lines of 312 columns on an 80-column terminal: on a terminal, every
// table of show, score and rules fits its width.
func TestTablesFitTheTerminal(t *testing.T) {
	plan := "../../examples/teen-evening-counseling.yaml"
	for _, args := range [][]string{
		{"show", plan},
		{"show", plan, "goals"},
		{"score", "--today", "2026-11-29", plan},
		{"rules"},
	} {
		for _, width := range []int{80, 100} {
			ios, out, errOut := iostreams.Test()
			ios.SetStdoutTTY(true)
			ios.SetTerminalWidth(width)
			if code := Main(args, ios); code != 0 {
				t.Fatalf("%v: exit %d\n%s", args, code, errOut)
			}
			for _, line := range strings.Split(out.String(), "\n") {
				if w := twwidth.Width(line); w > width {
					t.Errorf("%v at %d columns: a line of %d:\n%s", args, width, w, line)
					break
				}
			}
		}
	}
}
