package rules

import "testing"

func TestMilestoneDoneDate(t *testing.T) {
	const hint = "write the date it happened; until then, leave done out"
	runCases(t, MilestoneDoneDate, []ruleCase{
		{
			name:  "the documented example, at the done date",
			src:   MilestoneDoneDate.Example,
			want:  []string{`17:15: milestone "Public hearing held" of goal youth-jobs-ordinance was done on 2027-01-12, after today (2026-11-23)`},
			hints: []string{hint},
		},
		{
			name:  "done tomorrow, past its due date",
			src:   milestones("      - {title: Hearing, due: 2026-11-01, done: 2026-11-24}\n"),
			want:  []string{`13:49: milestone "Hearing" of goal jobs-ordinance was done on 2026-11-24, after today (2026-11-23)`},
			hints: []string{hint},
		},
		{
			name:  "on a goal marked done too",
			src:   goalsOf("  - id: g\n    title: T\n    status: done\n    milestones:\n      - {title: Vote, done: 2027-02-01}\n"),
			want:  []string{`13:29: milestone "Vote" of goal g was done on 2027-02-01, after today (2026-11-23)`},
			hints: []string{hint},
		},

		// Not in the future.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "done today", src: milestones("      - {title: Hearing, due: 2026-12-01, done: 2026-11-23}\n"), want: nil},
		{name: "not done", src: milestones("      - {title: Hearing, due: 2027-12-01}\n"), want: nil},
		{name: "an invalid done date", src: milestones("      - {title: Hearing, done: 2027-02-30}\n"), want: nil},
	})
}
