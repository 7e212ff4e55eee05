package output_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// FuzzWriters: the findings of any file, written in every format of check,
// give well-formed output: JSON and SARIF parse, JUnit is XML, every GitHub
// command is one line, and no terminal control character reaches text.
func FuzzWriters(f *testing.F) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	paths = append(paths, "../../examples/broken/broken-plan.yaml")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	f.Add([]byte("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: \"\\e[2J\", problem: \"a\\nb\"}\nbad\\ekey%,: 1\nmembers: []\ngoals: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file := plan.Parse("a,b:c%.yaml", data, plan.ReadOptions{Explicit: true})
		diags := lint.Check(file, lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)})
		for _, format := range output.Formats() {
			var b bytes.Buffer
			w, _ := output.New(format, &b, output.Options{Rules: rules.All()})
			sum := output.Summary{Plans: 1, FailOn: lint.SeverityError}
			sum.Count(diags)
			if err := w.File(file.Path, diags); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(sum); err != nil {
				t.Fatal(err)
			}
			out := b.Bytes()
			switch format {
			case "json", "sarif":
				if !json.Valid(out) {
					t.Fatalf("%s output is not JSON:\n%s", format, out)
				}
			case "junit":
				if err := xml.Unmarshal(out, new(struct{})); err != nil {
					t.Fatalf("junit output is not XML: %v\n%s", err, out)
				}
			case "github":
				for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
					if !strings.HasPrefix(line, "::") && !strings.HasPrefix(line, "checked ") {
						t.Fatalf("a GitHub command spans lines: %q", line)
					}
				}
			case "text":
				if bytes.ContainsAny(out, "\x1b\x07\r") {
					t.Fatalf("a control character reached the text output: %q", out)
				}
			}
		}
	})
}
