package ruledoc

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

const rulesDoc = "../../docs/rules.md"

// TestRulesDocUpToDate fails when docs/rules.md differs from what the rule
// registry generates. Run `make docs` (or this test with -update) to fix.
func TestRulesDocUpToDate(t *testing.T) {
	want := Markdown(rules.All())
	if *update {
		if err := os.WriteFile(rulesDoc, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(rulesDoc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("docs/rules.md is out of date: run `make docs`")
	}
}

func TestTextNamesRuleAndFindings(t *testing.T) {
	for _, r := range rules.All() {
		text := Text(r, rules.All())
		if !strings.HasPrefix(text, r.ID+": "+r.Title) || !strings.Contains(text, "["+r.ID+"]") {
			t.Errorf("explain %s does not show its title and findings:\n%s", r.ID, text)
		}
	}
}
