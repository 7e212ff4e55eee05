package brief_test

import (
	"bytes"
	"testing"

	"github.com/coalition-tools/coalition/pkg/docgen"
)

// TestReportsDocUpToDate keeps the Markdown brief shown in docs/reports.md
// the one the code writes. Run `make docs` to fix.
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
	parts := map[string][]byte{"markdown-brief": doc.Bytes()}
	if err := docgen.Check("docs/reports.md", parts, *update); err != nil {
		t.Fatal(err)
	}
}
