package rules

import "testing"

// actionsOf is a plan with a person, a member, the given goals (their list
// starts on line 11) and the given actions after them.
func actionsOf(goals, actions string) string {
	return base + `people:
  - {id: ana-lopez, name: Ana López}
members:
  - {id: harbor-ymca, name: Harbor YMCA, owner: ana-lopez}
goals:
` + goals + "actions:\n" + actions
}

// oneGoal is the goals list of actionsOf with one goal, summer-jobs, on
// track; the actions then start on line 13.
const oneGoal = "  - {id: summer-jobs, title: Summer jobs, status: on-track}\n"

func TestActionOverdue(t *testing.T) {
	const hint = "mark it done with the date it was finished, move the due date, or drop it"
	runCases(t, ActionOverdue, []ruleCase{
		{
			name:  "the documented example, at the due date",
			src:   ActionOverdue.Example,
			want:  []string{`21:10: action employer-breakfast was due on 2026-10-15 (39 days ago) and is doing; owner: Ana López`},
			hints: []string{hint},
		},
		{
			name: "every open status, owners by name",
			src: actionsOf(oneGoal, `  - {id: a, title: A, goal: summer-jobs, owner: ana-lopez, due: 2026-11-01, status: planned}
  - {id: b, title: B, goal: summer-jobs, owner: harbor-ymca, due: 2026-11-01, status: doing}
  - {id: c, title: C, goal: summer-jobs, due: 2026-11-01, status: blocked}
  - {id: d, title: D, goal: summer-jobs, owner: ana-lopez, due: 2026-11-01}
`),
			want: []string{
				`13:65: action a was due on 2026-11-01 (22 days ago) and is planned; owner: Ana López`,
				`14:67: action b was due on 2026-11-01 (22 days ago) and is doing; owner: Harbor YMCA`,
				`15:47: action c was due on 2026-11-01 (22 days ago) and is blocked; it has no owner`,
				`16:65: action d was due on 2026-11-01 (22 days ago) and has no status (planned); owner: Ana López`,
			},
			hints: []string{hint, hint, hint, hint},
		},
		{
			name:  "due yesterday",
			src:   actionsOf(oneGoal, "  - {id: a, title: A, due: 2026-11-22, status: doing}\n"),
			want:  []string{`13:28: action a was due on 2026-11-22 (1 day ago) and is doing; it has no owner`},
			hints: []string{hint},
		},
		{
			name:  "an action without an id is named by its line",
			src:   actionsOf(oneGoal, "  - title: A\n    due: 2026-11-20\n"),
			want:  []string{`14:10: the action at line 13 was due on 2026-11-20 (3 days ago) and has no status (planned); it has no owner`},
			hints: []string{hint},
		},
		{
			name:  "an owner that is not in the plan is named by its id",
			src:   actionsOf(oneGoal, "  - {id: a, title: A, owner: bo-chen, due: 2026-11-20}\n"),
			want:  []string{`13:44: action a was due on 2026-11-20 (3 days ago) and has no status (planned); owner: bo-chen`},
			hints: []string{hint},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(actionsOf(oneGoal, "  - {id: a, title: A, due: 2026-11-22, status: doing}\n"))),
			want:  []string{`13:28: action a was due on 2026-11-22 (1 day ago) and is doing; it has no owner`},
			hints: []string{hint},
		},

		// Not overdue.
		{name: "full plan", src: fullPlan},
		{
			name: "due today, due tomorrow, no due date",
			src: actionsOf(oneGoal, `  - {id: a, title: A, due: 2026-11-23}
  - {id: b, title: B, due: 2026-11-24}
  - {id: c, title: C}
`),
		},
		{
			name: "done and dropped actions never fire",
			src: actionsOf(oneGoal, `  - {id: a, title: A, due: 2026-01-01, status: done, done: 2026-01-02}
  - {id: b, title: B, due: 2026-01-01, status: dropped}
`),
		},
		{
			name: "a misspelt status is invalid-value's finding: the action may be done",
			src:  actionsOf(oneGoal, "  - {id: a, title: A, due: 2026-01-01, status: finished}\n"),
		},
		{
			name: "an invalid due date is invalid-date's finding",
			src:  actionsOf(oneGoal, "  - {id: a, title: A, due: 2026-02-30}\n"),
		},
	})
}
