package rules

import (
	"strings"
	"testing"
)

func TestGoalOverdue(t *testing.T) {
	runCases(t, GoalOverdue, []ruleCase{
		{
			name:  "due in June, still on track (the documented example), at the date",
			src:   GoalOverdue.Example,
			want:  []string{`15:10: goal summer-jobs was due on 2026-06-30 (146 days ago) and is on-track`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},
		{
			name:  "due two days ago",
			src:   goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-21, status: at-risk}\n"),
			want:  []string{`9:34: goal jobs was due on 2026-11-21 (2 days ago) and is at-risk`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},
		{
			name: "every status but done",
			src: goalsOf(`  - {id: a, title: A, due: 2026-01-01, status: not-started}
  - {id: b, title: B, due: 2026-01-01, status: on-track}
  - {id: c, title: C, due: 2026-01-01, status: at-risk}
  - {id: d, title: D, due: 2026-01-01, status: off-track}
`),
			want: []string{
				`9:28: goal a was due on 2026-01-01 (326 days ago) and is not-started`,
				`10:28: goal b was due on 2026-01-01 (326 days ago) and is on-track`,
				`11:28: goal c was due on 2026-01-01 (326 days ago) and is at-risk`,
				`12:28: goal d was due on 2026-01-01 (326 days ago) and is off-track`,
			},
			hints: []string{
				"mark it done, move the due date, or record it as off-track",
				"mark it done, move the due date, or record it as off-track",
				"mark it done, move the due date, or record it as off-track",
				"mark it done, move the due date, or record it as off-track",
			},
		},
		{
			name:  "days counted across a leap day",
			src:   goalsOf("  - {id: jobs, title: Jobs, due: 2024-02-29, status: at-risk}\n"),
			want:  []string{`9:34: goal jobs was due on 2024-02-29 (998 days ago) and is at-risk`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},
		{
			name:  "goal without an id is named by its line",
			src:   goalsOf("  - title: Jobs\n    due: 2026-11-01\n    status: off-track\n"),
			want:  []string{`10:10: the goal at line 9 was due on 2026-11-01 (22 days ago) and is off-track`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-21, status: at-risk}\n"))),
			want:  []string{`9:34: goal jobs was due on 2026-11-21 (2 days ago) and is at-risk`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},

		// Not overdue.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "due today",
			src:  goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-23, status: on-track}\n"),
			want: nil,
		},
		{
			name: "due tomorrow",
			src:  goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-24}\n"),
			want: nil,
		},
		{
			name: "done goals never fire",
			src:  goalsOf("  - {id: jobs, title: Jobs, due: 2020-01-01, status: done}\n  - {id: pledge, title: Pledge, due: 2026-11-22, status: done}\n"),
			want: nil,
		},
		{
			name: "no due date",
			src:  goalsOf("  - {id: jobs, title: Jobs, status: off-track}\n"),
			want: nil,
		},
		{
			name: "an invalid due date is invalid-date's finding",
			src:  goalsOf("  - {id: jobs, title: Jobs, due: 2026-02-30, status: on-track}\n"),
			want: nil,
		},
	})
}

// TestGoalOverdueTheDayAfter checks that a goal due yesterday fires, at its
// date; the exact message is in TestGoalOverdueRegressions.
func TestGoalOverdueTheDayAfter(t *testing.T) {
	got := findings(t, GoalOverdue, goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-22, status: on-track}\n"))
	if len(got) != 1 || !strings.HasPrefix(got[0], "9:34: goal jobs was due on 2026-11-22 (") {
		t.Errorf("findings = %q, want one at 9:34", got)
	}
}

// TestGoalOverdueRegressions holds cases that once went wrong, kept so they stay fixed.
func TestGoalOverdueRegressions(t *testing.T) {
	runCases(t, GoalOverdue, []ruleCase{
		{
			// Reported as "... (yesterday) and is on-track".
			name:  "due yesterday",
			src:   goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-22, status: on-track}\n"),
			want:  []string{`9:34: goal jobs was due on 2026-11-22 (1 day ago) and is on-track`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},
		{
			// Reported as "... (2 days ago) and is not marked done".
			name:  "no status",
			src:   goalsOf("  - {id: jobs, title: Jobs, due: 2026-11-21}\n"),
			want:  []string{`9:34: goal jobs was due on 2026-11-21 (2 days ago) and has no status`},
			hints: []string{"mark it done, move the due date, or record it as off-track"},
		},
		{
			// Reported as "9:34: goal jobs was due on 2026-01-01 (326 days
			// ago) and is not marked done"; invalid-value reports "finished" at
			// 9:54, and the goal may well be done.
			name: "misspelt status",
			src:  goalsOf("  - {id: jobs, title: Jobs, due: 2026-01-01, status: finished}\n"),
			want: nil,
		},
	})
}
