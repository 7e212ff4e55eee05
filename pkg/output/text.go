package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// Text writes findings as `path:line:col: severity: message [rule]`, the
// convention of compilers that editors and CI annotate, each followed by an
// indented hint, and a one-line summary.
type Text struct {
	w     io.Writer
	color bool
}

// NewText returns a text writer; color enables ANSI colours.
func NewText(w io.Writer, color bool) *Text { return &Text{w: w, color: color} }

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiGreen  = "\x1b[32m"
)

func (t *Text) paint(code, s string) string {
	if !t.color {
		return s
	}
	return code + s + ansiReset
}

// File implements Writer.
func (t *Text) File(path string, diags []lint.Diagnostic) error {
	var b strings.Builder
	for _, d := range diags {
		sev := d.Severity.String()
		switch d.Severity {
		case lint.SeverityError:
			sev = t.paint(ansiRed+ansiBold, sev)
		case lint.SeverityWarning:
			sev = t.paint(ansiYellow+ansiBold, sev)
		default:
			sev = t.paint(ansiCyan, sev)
		}
		fmt.Fprintf(&b, "%s: %s: %s %s\n", t.paint(ansiBold, fmt.Sprintf("%s:%d:%d", Sanitize(d.File), d.Pos.Line, d.Pos.Col)),
			sev, Sanitize(d.Message), t.paint(ansiDim, "["+d.Rule+"]"))
		if d.Hint != "" {
			fmt.Fprintf(&b, "    %s %s\n", t.paint(ansiDim, "hint:"), Sanitize(d.Hint))
		}
	}
	_, err := io.WriteString(t.w, b.String())
	return err
}

// Error implements Writer. Unreadable paths are reported on the same stream,
// in the same shape, so that one read of the output tells everything. The
// path is escaped as the text of a finding is: a name cannot start a line
// of its own or send a sequence to the terminal.
func (t *Text) Error(path string, err error) error {
	if path == "" {
		_, werr := fmt.Fprintf(t.w, "%s: %s\n", t.paint(ansiRed+ansiBold, "error"), Sanitize(err.Error()))
		return werr
	}
	_, werr := fmt.Fprintf(t.w, "%s: %s: %s\n", t.paint(ansiBold, Sanitize(path)), t.paint(ansiRed+ansiBold, "error"), Sanitize(err.Error()))
	return werr
}

// Flush implements Writer.
func (t *Text) Flush(s Summary) error {
	_, err := fmt.Fprintln(t.w, summaryText(s, func(ok string) string { return t.paint(ansiGreen, ok) }))
	return err
}

// summaryLine is the summary of a check as one line of plain text.
func summaryLine(s Summary) string { return summaryText(s, func(ok string) string { return ok }) }

func summaryText(s Summary, good func(string) string) string {
	head := "checked " + plural(s.Plans, "plan", "plans")
	var notes, skipped []string
	if s.Changed != "" && s.Plans == 0 {
		notes = append(notes, "no plan changed against "+Sanitize(s.Changed))
	}
	if s.Staged && s.Plans == 0 {
		notes = append(notes, "no plan staged for the commit")
	}
	if s.Skipped > 0 {
		skipped = append(skipped, plural(s.Skipped, "YAML file that is not a plan", "YAML files that are not plans"))
	}
	if s.LinksOutside > 0 {
		skipped = append(skipped, plural(s.LinksOutside, "link that leaves ", "links that leave ")+Sanitize(strings.Join(s.LinksLeave, ", ")))
	}
	if len(skipped) > 0 {
		notes = append(notes, "skipped "+strings.Join(skipped, " and "))
	}
	if len(notes) > 0 {
		head += " (" + strings.Join(notes, "; ") + ")"
	}
	var line string
	if s.Errors+s.Warnings+s.Infos == 0 && s.Unreadable == 0 && s.EmptyPaths == 0 {
		line = head + ": " + good("no problems found")
	} else {
		counts := []string{plural(s.Errors, "error", "errors"), plural(s.Warnings, "warning", "warnings"), plural(s.Infos, "info", "infos")}
		if s.Unreadable > 0 {
			counts = append(counts, plural(s.Unreadable, "unreadable path", "unreadable paths"))
		}
		if s.EmptyPaths > 0 {
			counts = append(counts, plural(s.EmptyPaths, "path with no plan", "paths with no plan"))
		}
		line = head + ": " + strings.Join(counts, ", ")
	}
	if s.Suppressed > 0 {
		line += fmt.Sprintf(" (%s by coalition:ignore)", plural(s.Suppressed, "finding suppressed", "findings suppressed"))
	}
	return line
}

// Sanitize makes text from a plan, or a file name, safe to print on a
// terminal or in a CI log: control characters, including the newline that
// would start a line of its own and the escape that starts terminal
// sequences, are shown as Go escapes instead of being interpreted.
func Sanitize(s string) string { return escape.Terminal(s) }
