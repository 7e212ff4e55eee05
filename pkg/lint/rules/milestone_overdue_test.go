package rules

import "testing"

// milestones is a goal jobs-ordinance, on line 9, whose milestones start
// on line 13 with the given items.
func milestones(items string) string {
	return goalsOf("  - id: jobs-ordinance\n    title: Ordinance passed\n    due: 2027-06-30\n    milestones:\n" + items)
}

func TestMilestoneOverdue(t *testing.T) {
	const hint = "write the date it happened in done, or move its due date"
	runCases(t, MilestoneOverdue, []ruleCase{
		{
			name:  "the documented example, at the due date",
			src:   MilestoneOverdue.Example,
			want:  []string{`19:14: milestone "Public hearing held" of goal youth-jobs-ordinance was due on 2026-11-15 (8 days ago) and is not done`},
			hints: []string{hint},
		},
		{
			name:  "due yesterday",
			src:   milestones("      - {title: Hearing, due: 2026-11-22}\n"),
			want:  []string{`13:31: milestone "Hearing" of goal jobs-ordinance was due on 2026-11-22 (1 day ago) and is not done`},
			hints: []string{hint},
		},
		{
			name: "each overdue milestone, in plan order",
			src: milestones(`      - title: Vote
        due: 2026-10-01
      - {title: Draft, due: 2026-09-01, done: 2026-09-20}
      - {title: Hearing, due: 2026-09-15}
`),
			want: []string{
				`14:14: milestone "Vote" of goal jobs-ordinance was due on 2026-10-01 (53 days ago) and is not done`,
				`16:31: milestone "Hearing" of goal jobs-ordinance was due on 2026-09-15 (69 days ago) and is not done`,
			},
			hints: []string{hint, hint},
		},
		{
			name:  "a milestone without a title is named by its line",
			src:   milestones("      - due: 2026-11-01\n"),
			want:  []string{`13:14: the milestone at line 13 of goal jobs-ordinance was due on 2026-11-01 (22 days ago) and is not done`},
			hints: []string{hint},
		},
		{
			name:  "a goal without an id is named by its line",
			src:   goalsOf("  - title: Ordinance passed\n    milestones: [{title: Hearing, due: 2026-11-01}]\n"),
			want:  []string{`10:40: milestone "Hearing" of the goal at line 9 was due on 2026-11-01 (22 days ago) and is not done`},
			hints: []string{hint},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(milestones("      - {title: Hearing, due: 2026-11-22}\n"))),
			want:  []string{`13:31: milestone "Hearing" of goal jobs-ordinance was due on 2026-11-22 (1 day ago) and is not done`},
			hints: []string{hint},
		},

		// Not overdue.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "due today", src: milestones("      - {title: Hearing, due: 2026-11-23}\n"), want: nil},
		{name: "done, even late", src: milestones("      - {title: Hearing, due: 2026-01-01, done: 2026-03-01}\n"), want: nil},
		{name: "no due date", src: milestones("      - {title: Hearing}\n"), want: nil},
		{
			name: "the goal is done",
			src:  goalsOf("  - {id: g, title: T, status: done, milestones: [{title: Hearing, due: 2026-01-01}]}\n"),
			want: nil,
		},
		{
			name: "a misspelt goal status: the goal may be done",
			src:  goalsOf("  - {id: g, title: T, status: finished, milestones: [{title: Hearing, due: 2026-01-01}]}\n"),
			want: nil,
		},
		{
			name: "an invalid done date is invalid-date's finding",
			src:  milestones("      - {title: Hearing, due: 2026-01-01, done: 2026-02-30}\n"),
			want: nil,
		},
		{
			name: "a done date after today is milestone-done-date's finding",
			src:  milestones("      - {title: Hearing, due: 2026-11-01, done: 2026-12-01}\n"),
			want: nil,
		},
	})
}
