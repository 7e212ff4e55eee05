package view_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/view"
)

// TestWarning checks where each format says that the plan has errors:
// Markdown at the top, JSON as a count, the data formats nowhere (the
// command says it on stderr).
func TestWarning(t *testing.T) {
	tables, err := view.Build(view.NewInput(load(t, "../../examples/teen-evening-counseling.yaml"), today), "budget")
	if err != nil {
		t.Fatal(err)
	}
	warning := view.ErrorsWarning("plans/a_b.yaml", "", 2)
	tests := []struct {
		format string
		check  func(out string) bool
	}{
		{"markdown", func(out string) bool {
			return strings.HasPrefix(out, "> **Warning:** plans/a\\_b.yaml has 2 error(s); values check rejects are left out and others may be misread (run coalition check plans/a\\_b.yaml)\n\n### ")
		}},
		{"json", func(out string) bool {
			var js struct {
				Errors *int `json:"errors"`
			}
			return json.Unmarshal([]byte(out), &js) == nil && js.Errors != nil && *js.Errors == 2
		}},
		{"tsv", func(out string) bool { return !strings.Contains(out, "error(s)") }},
		{"csv", func(out string) bool { return !strings.Contains(out, "error(s)") }},
		{"text", func(out string) bool { return !strings.Contains(out, "error(s)") }},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			r, err := view.NewRenderer(tc.format, view.RenderOptions{Errors: 2, Warning: warning})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := r.Render(&b, tables); err != nil {
				t.Fatal(err)
			}
			if !tc.check(b.String()) {
				t.Errorf("%s with a warning:\n%s", tc.format, b.String())
			}
			// Without errors, the output is what it always was.
			if got, want := render(t, tc.format, tables), b.Bytes(); (tc.format == "markdown" || tc.format == "json") == bytes.Equal(got, want) {
				t.Errorf("%s: the warning changes the output only where it is said", tc.format)
			}
		})
	}
}

func TestErrorsWarning(t *testing.T) {
	tests := []struct {
		path, rev string
		n         int
		want      string
	}{
		{"plans/a.yaml", "", 1, "plans/a.yaml has 1 error(s); values check rejects are left out and others may be misread (run coalition check plans/a.yaml)"},
		{"plans/a.yaml", "v2026-09", 3, "plans/a.yaml at v2026-09 has 3 error(s); values check rejects are left out and others may be misread (run coalition check plans/a.yaml in a checkout of v2026-09)"},
	}
	for _, tc := range tests {
		if got := view.ErrorsWarning(tc.path, tc.rev, tc.n); got != tc.want {
			t.Errorf("ErrorsWarning(%q, %q, %d) = %q, want %q", tc.path, tc.rev, tc.n, got, tc.want)
		}
	}
}
