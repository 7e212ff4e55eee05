// Package iostreams holds the standard streams of a command and knows
// whether they are terminals. It is the only place that looks at os.Stdout.
package iostreams

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strconv"

	"golang.org/x/term"
)

// IOStreams are the input and outputs of one run of the program.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	outTTY  bool
	noColor bool
	width   int
	buf     *bufio.Writer
}

// System returns the process's standard streams. Colour is on only when
// stdout is a terminal and NO_COLOR is not set (https://no-color.org).
// Standard output is buffered when it is not a terminal (a pipe or a file
// takes tens of thousands of findings in large writes); call Flush before
// the program ends.
func System() *IOStreams {
	_, noColor := os.LookupEnv("NO_COLOR")
	tty := term.IsTerminal(int(os.Stdout.Fd()))
	ios := &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		outTTY:  tty,
		noColor: noColor || os.Getenv("TERM") == "dumb",
	}
	if tty {
		ios.width = terminalWidth(int(os.Stdout.Fd()), os.Getenv("COLUMNS"))
	} else {
		ios.buf = bufio.NewWriterSize(os.Stdout, 64<<10)
		ios.Out = ios.buf
	}
	return ios
}

// Flush writes what is buffered for standard output.
func (s *IOStreams) Flush() error {
	if s.buf == nil {
		return nil
	}
	return s.buf.Flush()
}

// Test returns streams on in-memory buffers, not a terminal.
func Test() (ios *IOStreams, out, errOut *bytes.Buffer) {
	out, errOut = &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: &bytes.Buffer{}, Out: out, ErrOut: errOut}, out, errOut
}

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.outTTY }

// SetStdoutTTY pretends that standard output is (or is not) a terminal.
func (s *IOStreams) SetStdoutTTY(tty bool) { s.outTTY = tty }

// TerminalWidth is the width of the terminal standard output is, in
// columns: 0 when it is not a terminal or its size is unknown.
func (s *IOStreams) TerminalWidth() int {
	if !s.outTTY {
		return 0
	}
	return s.width
}

// SetTerminalWidth pretends the terminal is width columns wide.
func (s *IOStreams) SetTerminalWidth(width int) { s.width = width }

// DefaultWidth is the width of a terminal that does not tell its size
// (some pseudo-terminals report 0 columns).
const DefaultWidth = 80

// terminalWidth asks the terminal fd for its width; $COLUMNS, when it is
// a number, wins, as it does for ls and git; a terminal that reports no
// width is taken as DefaultWidth wide.
func terminalWidth(fd int, columns string) int {
	if n, err := strconv.Atoi(columns); err == nil && n > 0 {
		return n
	}
	if w, _, err := term.GetSize(fd); err == nil && w > 0 {
		return w
	}
	return DefaultWidth
}

// ColorEnabled reports whether output may use colour.
func (s *IOStreams) ColorEnabled() bool { return s.outTTY && !s.noColor }
