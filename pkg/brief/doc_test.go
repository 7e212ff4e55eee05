package brief_test

import (
	"bytes"
	"testing"

	"github.com/coalition-tools/coalition/pkg/docgen"
)

// TestReportsDocUpToDate keeps the Markdown brief shown in docs/reports.md,
// and its trend section, the one the code writes. Run `make docs` to fix.
func TestReportsDocUpToDate(t *testing.T) {
	t.Chdir("../..")
	md := render(t, "markdown", build(t, "examples/"+screenshotOf))
	// Headings two levels down, under the page's own sections.
	var doc bytes.Buffer
	for _, line := range bytes.SplitAfter(bytes.TrimRight(md, "\n"), []byte("\n")) {
		if bytes.HasPrefix(line, []byte("#")) {
			doc.WriteString("##")
		}
		doc.Write(line)
	}
	// The trend section of the same brief with the trend of six board
	// meetings of the tests.
	trend := render(t, "markdown", withTrend(t, "examples/"+screenshotOf, sixMeetings()))
	start := bytes.Index(trend, []byte("\n## Trend\n"))
	end := bytes.Index(trend[start+1:], []byte("\n## "))
	if start < 0 || end < 0 {
		t.Fatal("the brief with a trend has no trend section")
	}
	var section bytes.Buffer
	for _, line := range bytes.SplitAfter(trend[start+1:start+1+end+1], []byte("\n")) {
		if bytes.HasPrefix(line, []byte("#")) {
			section.WriteString("##")
		}
		section.Write(line)
	}
	parts := map[string][]byte{"markdown-brief": doc.Bytes(), "markdown-trend": bytes.TrimRight(section.Bytes(), "\n")}
	if err := docgen.Check("docs/reports.md", parts, *update); err != nil {
		t.Fatal(err)
	}
}
