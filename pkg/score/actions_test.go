package score_test

import "testing"

// withActions adds an actions section to the base plan, after its
// barriers; the actions start on line 61.
func withActions(actions string) []string {
	return []string{"    status: mitigating\nbudget:", "    status: mitigating\nactions:\n" + actions + "budget:"}
}

func TestGoalsFollowThrough(t *testing.T) {
	atRisk := []string{"status: on-track", "status: at-risk"}
	runDim(t, "goals", []dimCase{
		{name: "an action on time costs nothing", score: 100,
			edits: withActions("  - {id: fair, title: Job fair, goal: jobs, owner: ana, due: 2027-01-31, status: doing}\n")},
		{name: "an overdue action costs 10, at its due date", score: 90,
			edits: withActions("  - {id: fair, title: Job fair, goal: jobs, owner: ana, due: 2026-10-31, status: doing}\n"),
			lost:  []string{"61:62: action fair: overdue: due 2026-10-31 (23 days ago), still doing; owner Ana Ruiz"}},
		{name: "overdue without a status or an owner", score: 80,
			edits: withActions("  - {id: fair, title: Job fair, goal: jobs, due: 2026-11-22}\n  - title: Flyers\n    due: 2026-01-10\n    status: blocked\n"),
			lost: []string{
				"61:50: action fair: overdue: due 2026-11-22 (1 day ago), still planned; no owner",
				"63:10: action at line 62: overdue: due 2026-01-10 (317 days ago), still blocked; no owner",
			}},
		{name: "an at-risk goal no open action serves costs 20, at its id", score: 80,
			edits: append(atRisk, withActions("  - {id: fair, title: Job fair, goal: jobs, status: done, done: 2026-10-01}\n")...),
			lost:  []string{"44:9: goal jobs: action: marked at-risk, and no open action serves it"}},
		{name: "both", score: 70,
			edits: append(atRisk, withActions("  - {id: fair, title: Job fair, goal: jobs, status: dropped}\n  - {id: flyer, title: Flyer, due: 2026-11-01}\n")...),
			lost: []string{
				"44:9: goal jobs: action: marked at-risk, and no open action serves it",
				"62:36: action flyer: overdue: due 2026-11-01 (22 days ago), still planned; no owner",
			}},

		// No cost.
		{name: "an at-risk goal served by a blocked action", score: 100,
			edits: append(atRisk, withActions("  - {id: fair, title: Job fair, goal: jobs, status: blocked}\n")...)},
		{name: "an open goal on track with no action", score: 100,
			edits: withActions("  []\n")},
		{name: "a plan without actions does not track them", score: 100,
			edits: atRisk},
		{name: "done and dropped actions are never overdue", score: 100,
			edits: withActions("  - {id: a, title: A, goal: jobs, due: 2026-01-01, status: done, done: 2026-01-02}\n  - {id: b, title: B, goal: jobs, due: 2026-01-01, status: dropped}\n")},
	})
}
