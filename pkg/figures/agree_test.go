package figures_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/view"
)

// boundaryPlan has goals due on the days around 2026-11-23, done or not.
const boundaryPlan = `apiVersion: coalition/v1
kind: Plan
coalition: {name: C, problem: P, start: 2026-01-01}
members: []
goals:
  - {id: yesterday, title: t, due: 2026-11-22, status: on-track}
  - {id: today, title: t, due: 2026-11-23, status: on-track}
  - {id: tomorrow, title: t, due: 2026-11-24, status: at-risk}
  - {id: done, title: t, due: 2026-11-22, status: done}
  - {id: no-status, title: t, due: 2026-11-22}
  - {id: no-due, title: t, status: off-track}
`

// TestOverdueAgrees checks that the goal-overdue rule, the goals table of
// show and report, the on-time input of the score and the brief call the
// same goals overdue, on the days around their due dates: a goal is
// overdue from the day after it is due, unless it is done. Each today is
// what --today sets.
func TestOverdueAgrees(t *testing.T) {
	f := plan.Parse("p.yaml", []byte(boundaryPlan), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	for _, tc := range []struct {
		today plan.Date
		want  []string
	}{
		{plan.NewDate(2026, 11, 21), nil},
		{plan.NewDate(2026, 11, 22), nil},
		{plan.NewDate(2026, 11, 23), []string{"yesterday", "no-status"}},
		{plan.NewDate(2026, 11, 24), []string{"yesterday", "today", "no-status"}},
		{plan.NewDate(2026, 11, 25), []string{"yesterday", "today", "tomorrow", "no-status"}},
	} {
		t.Run(tc.today.String(), func(t *testing.T) {
			diags := lint.Run(f, lint.Options{Rules: rules.All(), Today: tc.today}).Diagnostics
			named := regexp.MustCompile(`^goal (\S+) was due on `)
			var rule []string
			for _, d := range diags {
				if d.Rule == rules.GoalOverdue.ID {
					m := named.FindStringSubmatch(d.Message)
					if m == nil {
						t.Fatalf("goal-overdue message %q names no goal", d.Message)
					}
					rule = append(rule, m[1])
				}
			}

			tables, err := view.Build(view.NewInput(f.Plan, tc.today), "goals")
			if err != nil {
				t.Fatal(err)
			}
			var shown []string
			for _, row := range tables[0].Rows {
				if row[len(row)-1].Text == string(figures.GoalOverdue) {
					shown = append(shown, row[0].Text)
				}
			}

			card := score.Score(f, diags, score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: tc.today})
			var scored []string
			for _, r := range card.Dimensions {
				for _, it := range r.Items {
					if id, ok := strings.CutSuffix(strings.TrimPrefix(it.Label, "goal "), ": on time"); ok && strings.HasPrefix(it.Detail, "overdue since") {
						scored = append(scored, id)
					}
				}
			}

			b := brief.Build("p.yaml", f.Plan, card, tc.today)
			var briefed []string
			for _, g := range b.Goals {
				if g.State == figures.GoalOverdue {
					briefed = append(briefed, string(g.Goal.ID.V))
				}
			}
			if b.Overdue != len(briefed) {
				t.Errorf("brief counts %d overdue goals but lists %d", b.Overdue, len(briefed))
			}

			for _, got := range []struct {
				who string
				ids []string
			}{{"goal-overdue rule", rule}, {"goals table", shown}, {"score (on time)", scored}, {"brief", briefed}} {
				if !slices.Equal(got.ids, tc.want) {
					t.Errorf("%s: overdue %s, want %s", got.who, list(got.ids), list(tc.want))
				}
			}
		})
	}
}

func list(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	return fmt.Sprint(ids)
}
