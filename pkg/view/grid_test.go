package view

import (
	"bytes"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// TestGridFitsTheTerminal is the defect of tables 312 columns wide on an
// 80-column terminal: text columns wrap to fit, widest first, numbers stay
// whole, and no word is lost.
func TestGridFitsTheTerminal(t *testing.T) {
	long := "Teens on the west side wait more than a month for a first counseling session after school hours"
	header := []string{"id", "title", "indicator", "amount"}
	right := []bool{false, false, false, true}
	rows := [][]string{
		{"teens-seen", long, "teens seen by a counselor within two weeks of asking", "1,234,567.89"},
		{"hours", "Evening hours", "offices open after 5 p.m.", "12.00"},
	}
	for _, boxed := range []bool{true, false} {
		for _, width := range []int{80, 70} {
			var buf bytes.Buffer
			if err := Grid(&buf, header, right, rows, GridOptions{Boxed: boxed, Width: width}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
				if w := twwidth.Width(line); w > width {
					t.Errorf("boxed %v, width %d: a line of %d columns:\n%s", boxed, width, w, out)
					break
				}
			}
			if !strings.Contains(out, "1,234,567.89") {
				t.Errorf("boxed %v, width %d: the number was wrapped:\n%s", boxed, width, out)
			}
			for _, word := range strings.Fields(long) {
				if !strings.Contains(out, word) {
					t.Errorf("boxed %v, width %d: %q is lost:\n%s", boxed, width, word, out)
				}
			}
		}
	}
}

func TestGridWithoutWidthIsWhole(t *testing.T) {
	long := strings.Repeat("word ", 30) + "end"
	var buf bytes.Buffer
	if err := Grid(&buf, []string{"a"}, nil, [][]string{{long}}, GridOptions{Boxed: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), long) {
		t.Errorf("a cell was wrapped with no width given:\n%s", buf.String())
	}
}
