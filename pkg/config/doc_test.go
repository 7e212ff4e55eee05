package config

import (
	"bytes"
	"flag"
	"fmt"
	"testing"

	"github.com/coalition-tools/coalition/pkg/docgen"
)

var update = flag.Bool("update", false, "rewrite the generated parts of docs/ci.md")

// TestCIDocUpToDate keeps the table of configuration keys in docs/ci.md the
// one this package defines. Run `make docs` to fix.
func TestCIDocUpToDate(t *testing.T) {
	t.Chdir("../..")
	var b bytes.Buffer
	b.WriteString("| Key | Value | What it does |\n| --- | --- | --- |\n")
	kinds := map[string]string{
		"string": "word", "format": "format name", "date": "YYYY-MM-DD", "score": "whole number from 0 to 100", "severity": "error, warning or info",
		"paths": "list of paths or globs", "rules": "rule id: error, warning, info or off",
		"weights": "dimension: whole number", "bands": "strong, developing: score", "glob": "glob of names", "bool": "true or false",
	}
	for _, k := range Keys {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", k.Name, kinds[k.Kind], k.Doc)
	}
	if err := docgen.Check("docs/ci.md", map[string][]byte{"config-keys": bytes.TrimRight(b.Bytes(), "\n")}, *update); err != nil {
		t.Fatal(err)
	}
}
