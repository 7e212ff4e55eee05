package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// Markdown writes the findings as a Markdown table with the summary, for a
// pull request comment or $GITHUB_STEP_SUMMARY. Text from plans is escaped.
type Markdown struct {
	w     io.Writer
	rows  []string
	paths []string
}

// NewMarkdown returns a Markdown writer.
func NewMarkdown(w io.Writer) *Markdown { return &Markdown{w: w} }

var mdIcon = map[lint.Severity]string{lint.SeverityError: "❌ error", lint.SeverityWarning: "⚠️ warning", lint.SeverityInfo: "ℹ️ info"}

// File implements Writer.
func (m *Markdown) File(path string, diags []lint.Diagnostic) error {
	for _, d := range diags {
		msg := escape.Markdown(d.Message)
		if d.Hint != "" {
			msg += "<br>_" + escape.Markdown(d.Hint) + "_"
		}
		m.rows = append(m.rows, fmt.Sprintf("| %s:%d:%d | %s | %s | [%s](%s#%s) |",
			escape.Markdown(d.File), d.Pos.Line, d.Pos.Col, mdIcon[d.Severity], msg, d.Rule, RulesURL, d.Rule))
	}
	return nil
}

// Error implements Writer.
func (m *Markdown) Error(path string, err error) error {
	m.paths = append(m.paths, fmt.Sprintf("- %s: %s", escape.Markdown(path), escape.Markdown(err.Error())))
	return nil
}

// Flush implements Writer.
func (m *Markdown) Flush(s Summary) error {
	var b strings.Builder
	b.WriteString("## coalition check\n\n")
	mark := "✅"
	if s.Failed {
		mark = "❌"
	}
	fmt.Fprintf(&b, "%s %s\n", mark, escape.Markdown(summaryLine(s)))
	if len(m.paths) > 0 {
		b.WriteString("\nCould not be read:\n\n" + strings.Join(m.paths, "\n") + "\n")
	}
	if len(m.rows) > 0 {
		b.WriteString("\n| Where | Severity | Finding | Rule |\n| --- | --- | --- | --- |\n")
		b.WriteString(strings.Join(m.rows, "\n") + "\n")
	}
	_, err := io.WriteString(m.w, b.String())
	return err
}
