package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// GitHub writes GitHub Actions workflow commands, one per finding, so that
// each finding is an annotation on its line of the pull request:
//
//	::error file=plans/harbor.yaml,line=21,col=13,title=invalid-value::unknown sector ...
//
// Errors are error annotations, warnings warning annotations and infos
// notices. The summary is a plain line at the end.
//
// Files are named relative to the root of the repository, as GitHub needs
// to attach an annotation to a file, and escaped as GitHub reads property
// values: a newline in a name is %0A, which GitHub reads back as the
// newline; the other control characters are shown as Go escapes.
type GitHub struct {
	w    io.Writer
	root string
	err  error
}

// NewGitHub returns a GitHub Actions writer that names files relative to
// the directory root (empty: the current directory).
func NewGitHub(w io.Writer, root string) *GitHub { return &GitHub{w: w, root: absRoot(root)} }

var ghLevel = map[lint.Severity]string{lint.SeverityError: "error", lint.SeverityWarning: "warning", lint.SeverityInfo: "notice"}

// ghData escapes the message of a workflow command.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghProperty escapes a property value of a workflow command.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// file is the file property of the file at path: relative to the root,
// control characters other than line breaks shown as Go escapes, and the
// characters of a property escaped.
func (g *GitHub) file(path string) string {
	return ghProperty.Replace(sanitizeKeepingBreaks(fromRoot(g.root, path)))
}

// sanitizeKeepingBreaks is Sanitize, except that carriage returns and
// newlines are kept for the escaping of GitHub, which reads them back.
func sanitizeKeepingBreaks(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			b.WriteString(Sanitize(s))
			return b.String()
		}
		b.WriteString(Sanitize(s[:i]))
		b.WriteByte(s[i])
		s = s[i+1:]
	}
}

func (g *GitHub) printf(format string, args ...any) {
	if g.err == nil {
		_, g.err = fmt.Fprintf(g.w, format, args...)
	}
}

// File implements Writer.
func (g *GitHub) File(path string, diags []lint.Diagnostic) error {
	for _, d := range diags {
		msg := Sanitize(d.Message)
		if d.Hint != "" {
			msg += "\nhint: " + Sanitize(d.Hint)
		}
		g.printf("::%s file=%s,line=%d,col=%d,title=%s::%s\n", ghLevel[d.Severity],
			g.file(d.File), d.Pos.Line, d.Pos.Col, ghProperty.Replace(d.Rule), ghData.Replace(msg))
	}
	return g.err
}

// Error implements Writer. An error with no path is an annotation on no
// file.
func (g *GitHub) Error(path string, err error) error {
	msg := ghData.Replace(Sanitize(err.Error()))
	if path == "" {
		g.printf("::error title=unreadable::%s\n", msg)
		return g.err
	}
	g.printf("::error file=%s,title=unreadable::%s\n", g.file(path), msg)
	return g.err
}

// Flush implements Writer.
func (g *GitHub) Flush(s Summary) error {
	g.printf("%s\n", summaryLine(s))
	return g.err
}
