package iostreams

import (
	"os"
	"testing"
)

// TestTerminalWidth is the defect of tables 341 columns wide under a
// pseudo-terminal that reports 0 columns: a terminal of unknown size is 80
// wide, and $COLUMNS wins when it is a number.
func TestTerminalWidth(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "not-a-terminal")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fd := int(f.Fd()) // GetSize fails on a file: the size is unknown
	for _, c := range []struct {
		columns string
		want    int
	}{{"", DefaultWidth}, {"0", DefaultWidth}, {"abc", DefaultWidth}, {"120", 120}, {"-3", DefaultWidth}} {
		if got := terminalWidth(fd, c.columns); got != c.want {
			t.Errorf("COLUMNS=%q: width %d, want %d", c.columns, got, c.want)
		}
	}
}
