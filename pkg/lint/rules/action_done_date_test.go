package rules

import "testing"

func TestActionDoneDate(t *testing.T) {
	const (
		noDate = "add done: YYYY-MM-DD, the date it was finished"
		future = "write the date it was finished; until then, leave done out and the status doing"
		stray  = "set status: done if it was finished then, or remove the done date"
	)
	runCases(t, ActionDoneDate, []ruleCase{
		{
			name: "the documented example: no date, a future date, a date on an action not done",
			src:  ActionDoneDate.Example,
			want: []string{
				`16:13: action employer-breakfast is done but has no done date`,
				`21:11: action pledge-drive was done on 2026-12-01, after today (2026-11-23)`,
				`26:11: action job-fair has a done date, 2026-04-18, but is doing`,
			},
			hints: []string{noDate, future, stray},
		},
		{
			name: "a done date on every status but done",
			src: actionsOf(oneGoal, `  - {id: a, title: A, status: planned, done: 2026-11-01}
  - {id: b, title: B, status: blocked, done: 2026-11-01}
  - {id: c, title: C, status: dropped, done: 2026-11-01}
  - {id: d, title: D, done: 2026-11-01}
`),
			want: []string{
				`13:46: action a has a done date, 2026-11-01, but is planned`,
				`14:46: action b has a done date, 2026-11-01, but is blocked`,
				`15:46: action c has a done date, 2026-11-01, but is dropped`,
				`16:29: action d has a done date, 2026-11-01, but has no status (planned)`,
			},
			hints: []string{stray, stray, stray, stray},
		},
		{
			name:  "done tomorrow",
			src:   actionsOf(oneGoal, "  - {id: a, title: A, status: done, done: 2026-11-24}\n"),
			want:  []string{`13:43: action a was done on 2026-11-24, after today (2026-11-23)`},
			hints: []string{future},
		},
		{
			name:  "an action without an id is named by its line",
			src:   actionsOf(oneGoal, "  - title: A\n    status: done\n"),
			want:  []string{`14:13: the action at line 13 is done but has no done date`},
			hints: []string{noDate},
		},

		// Nothing to report.
		{name: "full plan", src: fullPlan},
		{
			name: "done today, done long ago, open without a date",
			src: actionsOf(oneGoal, `  - {id: a, title: A, status: done, done: 2026-11-23}
  - {id: b, title: B, status: done, done: 2019-03-01}
  - {id: c, title: C, status: doing}
  - {id: d, title: D, status: dropped}
`),
		},
		{
			name: "a misspelt status is invalid-value's finding",
			src:  actionsOf(oneGoal, "  - {id: a, title: A, status: finished, done: 2026-11-01}\n"),
		},
		{
			name: "an invalid done date is invalid-date's finding",
			src:  actionsOf(oneGoal, "  - {id: a, title: A, status: done, done: 2026-11-31}\n"),
		},
	})
}
