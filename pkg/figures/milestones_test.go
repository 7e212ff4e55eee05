package figures

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// milestoneGoal is a goal due 2027-06-30 with four milestones: one done, one
// due on 2026-11-22, one on 2026-11-23 and one on 2027-03-31.
const milestoneGoal = `  - id: ordinance
    title: Tenant protection ordinance passed
    due: 2027-06-30
    milestones:
      - {title: Draft ordinance, due: 2026-09-30, done: 2026-09-12}
      - {title: Hearing scheduled, due: 2026-11-22}
      - {title: Hearing held, due: 2026-11-23}
      - {title: Council vote, due: 2027-03-31}
`

// TestMilestoneProgress checks that a goal with milestones is measured by
// them, on the days around the due dates of two of them: progress is the
// share done, the pace is against the share due by today (due today
// counts as due), and a milestone is overdue from the day after its due
// date.
func TestMilestoneProgress(t *testing.T) {
	for _, tc := range []struct {
		today          plan.Date
		due, overdue   int
		expected, pace float64
		state          GoalState
	}{
		{plan.NewDate(2026, 11, 21), 1, 0, 0.25, 1, GoalOnTrack},
		{plan.NewDate(2026, 11, 22), 2, 0, 0.5, 0.5, GoalAtRisk},
		{plan.NewDate(2026, 11, 23), 3, 1, 0.75, 1.0 / 3, GoalAtRisk},
		{plan.NewDate(2026, 11, 24), 3, 2, 0.75, 1.0 / 3, GoalAtRisk},
	} {
		t.Run(tc.today.String(), func(t *testing.T) {
			g := goalsAt(t, milestoneGoal, tc.today)[0]
			m := g.Milestones
			if m == nil {
				t.Fatal("a goal with milestones has no Milestones")
			}
			if m.Total != 4 || m.Done != 1 || m.Dated != 4 || m.Due != tc.due || len(m.Overdue) != tc.overdue {
				t.Errorf("milestones: %d done of %d, %d dated, %d due, %d overdue; want 1 of 4, 4, %d, %d",
					m.Done, m.Total, m.Dated, m.Due, len(m.Overdue), tc.due, tc.overdue)
			}
			if !g.HasProgress || g.Progress != 0.25 || !g.HasTime || g.TimeGone != tc.expected {
				t.Errorf("progress %v (%v), expected %v (%v); want 0.25 and %v", g.Progress, g.HasProgress, g.TimeGone, g.HasTime, tc.expected)
			}
			if g.Pace() != tc.pace || g.State != tc.state {
				t.Errorf("pace %v, %s; want %v, %s", g.Pace(), g.State, tc.pace, tc.state)
			}
		})
	}
}

// TestMilestonesOf checks what counts as done, due and overdue.
func TestMilestonesOf(t *testing.T) {
	today := plan.NewDate(2026, 11, 23)
	for _, tc := range []struct {
		name             string
		milestones       string
		done, due, dated int
		overdue, later   []string
		hasTime          bool
	}{
		{"done early, before it was due", "      - {title: a, due: 2027-01-31, done: 2026-10-01}\n",
			1, 0, 1, nil, nil, true},
		{"done late still counts as done", "      - {title: a, due: 2026-01-31, done: 2026-10-01}\n",
			1, 1, 1, nil, nil, true},
		{"done today", "      - {title: a, due: 2026-11-01, done: 2026-11-23}\n",
			1, 1, 1, nil, nil, true},
		{"done tomorrow has not happened", "      - {title: a, due: 2026-11-01, done: 2026-11-24}\n      - {title: b, due: 2027-01-01, done: 2027-01-02}\n",
			0, 1, 2, nil, []string{"a", "b"}, true},
		{"an invalid done date is no overdue", "      - {title: a, due: 2026-11-01, done: 2026-02-30}\n",
			0, 1, 1, nil, nil, true},
		{"no due dates: no pace", "      - {title: a}\n      - {title: b, done: 2026-01-05}\n",
			1, 0, 0, nil, nil, false},
		{"overdue in plan order", "      - {title: b, due: 2026-10-01}\n      - {title: a, due: 2026-09-01}\n      - {title: c, due: 2026-12-01}\n",
			0, 2, 3, []string{"b", "a"}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := goalsAt(t, "  - id: g\n    title: t\n    milestones:\n"+tc.milestones, today)[0]
			m := g.Milestones
			titles := func(ms []*plan.Milestone) []string {
				var out []string
				for _, x := range ms {
					out = append(out, x.Title.V)
				}
				return out
			}
			if m.Done != tc.done || m.Due != tc.due || m.Dated != tc.dated || g.HasTime != tc.hasTime ||
				fmtSlice(titles(m.Overdue)) != fmtSlice(tc.overdue) || fmtSlice(titles(m.DoneLater)) != fmtSlice(tc.later) {
				t.Errorf("done %d, due %d, dated %d, time %v, overdue %v, done later %v; want %d, %d, %d, %v, %v, %v",
					m.Done, m.Due, m.Dated, g.HasTime, titles(m.Overdue), titles(m.DoneLater),
					tc.done, tc.due, tc.dated, tc.hasTime, tc.overdue, tc.later)
			}
		})
	}
	if g := goalsAt(t, "  - {id: g, title: t, baseline: 0, target: 10, current: 5}\n", today)[0]; g.Milestones != nil {
		t.Errorf("a goal without milestones has Milestones %+v", g.Milestones)
	}
	if g := goalsAt(t, milestoneGoal, plan.Date{})[0]; g.HasTime || g.Milestones.Due != 0 || len(g.Milestones.Overdue) != 0 || g.Progress != 0.25 {
		t.Errorf("no today: time %v, %d due, %d overdue, progress %v; want no time, none due or overdue, 0.25",
			g.HasTime, g.Milestones.Due, len(g.Milestones.Overdue), g.Progress)
	}
}

// TestMilestonesOverIndicator checks that milestones measure a goal that
// also has an indicator's numbers.
func TestMilestonesOverIndicator(t *testing.T) {
	g := goalsAt(t, `  - id: g
    title: t
    baseline: 0
    target: 1
    current: 1
    milestones: [{title: a, due: 2026-06-01, done: 2026-06-01}, {title: b, due: 2027-06-01}]
`, plan.NewDate(2026, 11, 23))[0]
	if g.Progress != 0.5 || g.TimeGone != 0.5 {
		t.Errorf("progress %v, expected %v; want the milestones' 0.5 and 0.5", g.Progress, g.TimeGone)
	}
}

func fmtSlice(s []string) string {
	out := ""
	for _, x := range s {
		out += x + ";"
	}
	return out
}
