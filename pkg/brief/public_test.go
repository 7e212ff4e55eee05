package brief_test

import (
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/history"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/public"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// publicBrief builds the brief of the public form of the plan at path, as
// brief --public does, with the trend tr.
func publicBrief(t testing.TB, path string, tr *history.Trend) *brief.Brief {
	t.Helper()
	r := check.One(workspace.Target{Path: path, Explicit: true}, check.Options{Lint: lint.Options{Rules: rules.All(), Today: today}})
	if r.Err != nil || r.File.Plan == nil {
		t.Fatalf("%s does not load: %v", path, r.Err)
	}
	o := score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}
	red := public.New()
	p := red.Plan(r.File.Plan)
	b := brief.Build(path, p, red.Card(score.Score(r.File, r.Diagnostics, o)), today)
	b.Public, b.Trend = true, tr
	return b
}

// TestPublicNote checks that a brief in its public form says so, at the
// top of the Markdown brief and in the header and footer of the HTML one.
func TestPublicNote(t *testing.T) {
	b := publicBrief(t, "../../examples/teen-evening-counseling.yaml", nil)
	if md := string(render(t, "markdown", b)); !strings.Contains(md, "\n_"+public.Note+"_\n\n## Key figures") {
		t.Errorf("the Markdown brief does not give the note before its key figures:\n%s", md[:min(len(md), 600)])
	}
	html := string(render(t, "html", b))
	for _, want := range []string{" · public edition</div>", " " + public.Note + "</footer>"} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML brief has no %q", want)
		}
	}
	b.Public = false
	if html := string(render(t, "html", b)); strings.Contains(html, "public edition") || strings.Contains(html, "Public edition") {
		t.Error("a brief not in its public form says it is")
	}
}
