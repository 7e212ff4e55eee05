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
type GitHub struct {
	w   io.Writer
	err error
}

// NewGitHub returns a GitHub Actions writer.
func NewGitHub(w io.Writer) *GitHub { return &GitHub{w: w} }

var ghLevel = map[lint.Severity]string{lint.SeverityError: "error", lint.SeverityWarning: "warning", lint.SeverityInfo: "notice"}

// ghData escapes the message of a workflow command.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghProperty escapes a property value of a workflow command.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

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
			ghProperty.Replace(Sanitize(d.File)), d.Pos.Line, d.Pos.Col, ghProperty.Replace(d.Rule), ghData.Replace(msg))
	}
	return g.err
}

// Error implements Writer.
func (g *GitHub) Error(path string, err error) error {
	g.printf("::error file=%s,title=unreadable::%s\n", ghProperty.Replace(Sanitize(path)), ghData.Replace(Sanitize(err.Error())))
	return g.err
}

// Flush implements Writer.
func (g *GitHub) Flush(s Summary) error {
	g.printf("%s\n", summaryLine(s))
	return g.err
}
