package portfolio

import (
	"bytes"
	"flag"
	"testing"

	"github.com/coalition-tools/coalition/pkg/docgen"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

var update = flag.Bool("update", false, "rewrite the generated part of docs/reports.md")

// TestPortfolioDocUpToDate keeps the portfolio of the examples in
// docs/reports.md the one this package writes, as of 2026-11-23. Run
// `make docs` to fix.
func TestPortfolioDocUpToDate(t *testing.T) {
	t.Chdir("../..")
	p, err := Build(workspace.Search([]string{"examples"}, workspace.Options{}), options())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Markdown(&b, p, 3); err != nil {
		t.Fatal(err)
	}
	if err := docgen.Check("docs/reports.md", map[string][]byte{"markdown-portfolio": bytes.TrimRight(b.Bytes(), "\n")}, *update); err != nil {
		t.Fatal(err)
	}
}
