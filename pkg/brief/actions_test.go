package brief_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// actionsPlan has five actions due within 45 days, four overdue, and some
// that the brief leaves out: done, dropped, due later, without a date.
const actionsPlan = `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P}
people:
  - {id: ana, name: Ana Ruiz}
members:
  - {id: ymca, name: Harbor YMCA, owner: ana}
goals:
  - {id: jobs, title: Jobs}
actions:
  - {id: d30, title: In 30 days, goal: jobs, owner: ana, due: 2026-12-23}
  - {id: d0, title: Today, goal: jobs, owner: ymca, due: 2026-11-23, status: doing}
  - {id: d45, title: In 45 days, goal: jobs, due: 2027-01-07, status: blocked}
  - {id: d46, title: In 46 days, goal: jobs, owner: ana, due: 2027-01-08}
  - {id: d10, title: In 10 days, goal: jobs, owner: ana, due: 2026-12-03}
  - {id: d20, title: In 20 days, goal: jobs, owner: ana, due: 2026-12-13}
  - {id: l1, title: 1 day late, goal: jobs, owner: ana, due: 2026-11-22}
  - {id: l30, title: 30 days late, goal: jobs, owner: nobody, due: 2026-10-24, status: blocked}
  - {id: l10, title: 10 days late, goal: jobs, owner: ymca, due: 2026-11-13}
  - {id: l5, title: 5 days late, goal: jobs, due: 2026-11-18, status: doing}
  - {id: done, title: Done, goal: jobs, due: 2026-11-01, status: done, done: 2026-11-01}
  - {id: dropped, title: Dropped, goal: jobs, due: 2026-11-01, status: dropped}
  - {id: undated, title: Undated, goal: jobs}
`

func buildActions(t *testing.T, horizon int) *brief.Brief {
	t.Helper()
	f := plan.Parse("p.yaml", []byte(actionsPlan), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	card := score.Score(f, nil, score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today})
	return brief.BuildWith("p.yaml", f.Plan, card, today, brief.Settings{Horizon: horizon})
}

func listed(l []brief.Action) []string {
	var out []string
	for _, a := range l {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s", a.Title, a.OwnerText(), a.When(), a.Status))
	}
	return out
}

// TestActionSections checks what the brief lists under "Due before the
// next meeting" (the open actions due from today to the horizon, the
// soonest first) and "Overdue" (the open actions past due, the longest
// overdue first), with owners by name, and that each lists three and
// counts the rest.
func TestActionSections(t *testing.T) {
	b := buildActions(t, 0)
	if b.Horizon != 45 || !b.TracksActions {
		t.Fatalf("horizon %d, tracks actions %v; want 45, true", b.Horizon, b.TracksActions)
	}
	if got, want := listed(b.ActionsDue), []string{
		"Today|Harbor YMCA|today|doing", "In 10 days|Ana Ruiz|in 10 days|planned", "In 20 days|Ana Ruiz|in 20 days|planned",
		"In 30 days|Ana Ruiz|in 30 days|planned", "In 45 days|no owner|in 45 days|blocked",
	}; !slices.Equal(got, want) {
		t.Errorf("due:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, want := listed(b.ActionsOverdue), []string{
		"30 days late|nobody|30 days ago|blocked", "10 days late|Harbor YMCA|10 days ago|planned",
		"5 days late|no owner|5 days ago|doing", "1 day late|Ana Ruiz|1 day ago|planned",
	}; !slices.Equal(got, want) {
		t.Errorf("overdue:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if due, more := b.Due(); len(due) != 3 || more != 2 {
		t.Errorf("Due() lists %d and %d more; want 3 and 2 more", len(due), more)
	}
	if late, more := b.Late(); len(late) != 3 || more != 1 || late[0].Late() != "30 days late" {
		t.Errorf("Late() lists %d and %d more; want 3, the first 30 days late, and 1 more", len(late), more)
	}

	md := string(render(t, "markdown", b))
	for _, want := range []string{
		"## Due before the next meeting\n\n_Open actions due within 45 days, by 2027-01-07._\n\n- **Today**: Harbor YMCA, due 2026-11-23 (today), doing\n",
		"- **In 20 days**: Ana Ruiz, due 2026-12-13 (in 20 days), planned\n- …and 2 more (coalition show p.yaml actions)\n",
		"## Overdue\n\n- **30 days late**: nobody, was due 2026-10-24 (30 days ago), blocked\n",
		"- **5 days late**: no owner, was due 2026-11-18 (5 days ago), doing\n- …and 1 more (coalition show p.yaml actions)\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown brief lacks %q", want)
		}
	}
	html := string(render(t, "html", b))
	for _, want := range []string{
		`<span class="w">Harbor YMCA · 2026-11-23</span>`,
		`<li>…and 2 more (coalition show p.yaml actions)</li>`,
		`<span class="w">nobody · 30 days late · blocked</span>`,
		`<li>…and 1 more (coalition show p.yaml actions)</li>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML brief lacks %q", want)
		}
	}

	// A horizon of 10 days: from today to the 10th day, both included.
	b = buildActions(t, 10)
	if got, want := listed(b.ActionsDue), []string{"Today|Harbor YMCA|today|doing", "In 10 days|Ana Ruiz|in 10 days|planned"}; !slices.Equal(got, want) {
		t.Errorf("due within 10 days: %q, want %q", got, want)
	}
}

// TestNoActionSections checks that a plan without an actions section gets
// no sections of actions.
func TestNoActionSections(t *testing.T) {
	b := build(t, "../../examples/teen-evening-counseling.yaml")
	if b.TracksActions {
		t.Skip("the example has actions now")
	}
	for _, format := range []string{"markdown", "html"} {
		if out := string(render(t, format, b)); strings.Contains(out, "Due before the next meeting") || strings.Contains(out, "## Overdue") || strings.Contains(out, "late-actions") {
			t.Errorf("%s: a plan without actions has a section of actions", format)
		}
	}
}
