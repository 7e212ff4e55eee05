package score_test

import (
	"strings"
	"testing"
)

func TestGoals(t *testing.T) {
	runDim(t, "goals", []dimCase{
		{name: "behind pace", score: 40, // 25 + 60 × (1 − min(1, 4 × (0.83 − 0.5) × 0.83)) + 15, t = 1043 / 1262 days
			edits: []string{"current: 400", "current: 250"},
			lost:  []string{"49:14: goal jobs: pace: 50% of the way from baseline to target with 82% of the time gone"}},
		{name: "ahead of pace earns no more", score: 100,
			edits: []string{"current: 400", "current: 390"}},
		{name: "a goal that shrinks something", score: 100,
			edits: []string{"baseline: 100\n    target: 400\n    current: 400", "baseline: 400\n    target: 100\n    current: 100"}},
		{name: "overdue", score: 85,
			edits: []string{"due: 2027-06-30", "due: 2026-06-30"},
			lost:  []string{"50:10: goal jobs: on time: overdue since 2026-06-30 and not done"}},
		{name: "done earns pace and time", score: 100,
			edits: []string{"current: 400", "current: 120", "status: on-track", "status: done"}},
		{name: "not measurable", score: 30, // 15 + 0 + 15
			edits: []string{"    indicator: Teens 16-19 employed in July\n    baseline: 100\n", ""},
			lost: []string{
				"44:5: goal jobs: measurable: no indicator, no baseline",
				"47:14: goal jobs: pace: progress cannot be measured: no baseline",
			}},
		{name: "no due date", score: 80, // 20 + 60 (pace measured without time) + 0
			edits: []string{"    due: 2027-06-30\n", ""},
			lost: []string{
				"44:5: goal jobs: measurable: no due date",
				"44:5: goal jobs: on time: no due date",
			}},
		{name: "pace without a start date", score: 46, // 25 + 60 × 0.1 + 15
			edits: []string{"  start: 2024-01-15\n", "", "current: 400", "current: 130"},
			lost:  []string{"48:14: goal jobs: pace: 10% of the way from baseline to target (pace unknown: no start and due date to measure time against)"}},
		{name: "milestones on pace", score: 100,
			edits: []string{indicator, milestones("2026-10-31, done: 2026-10-30", "2027-06-30")}},
		{name: "an overdue milestone costs pace", score: 47, // 25 + 60 × (1 − 4 × (2/3 − 1/3) × 2/3) + 15 = 46.67
			edits: []string{indicator, milestones("2026-10-31", "2027-06-30")},
			lost:  []string{`48:37: goal jobs: pace: 1 of 3 milestones done with 2 due by today; overdue: "Job fair held" (due 2026-10-31)`}},
		{name: "a milestone due today is due, not overdue", score: 47, // as above: 2 of 3 due, 1 done
			edits: []string{indicator, milestones("2026-11-23", "2027-06-30")},
			lost:  []string{"46:5: goal jobs: pace: 1 of 3 milestones done with 2 due by today"}},
		{name: "a milestone without a due date", score: 95, // 15 × 2/3 + 5 + 5 + 60 + 15
			edits: []string{indicator, strings.Replace(milestones("2026-10-31, done: 2026-10-30", ""), ", due: }", "}", 1)},
			lost:  []string{"44:5: goal jobs: measurable: no due date on 1 of 3 milestones"}},
		{name: "a milestone done after today is not done", score: 47,
			edits: []string{indicator, milestones("2026-10-31, done: 2026-11-30", "2027-06-30")},
			lost:  []string{"46:5: goal jobs: pace: 1 of 3 milestones done (1 marked done after today, not counted) with 2 due by today"}},
		{name: "no goals", score: 0,
			edits: []string{base[strings.Index(base, "goals:\n"):strings.Index(base, "barriers:\n")], "goals: []\n"},
			lost:  []string{"43:8: goals: no goals in the plan"}},
	})
}

// indicator is the indicator of the base plan's goal, from its baseline to
// its current value, which milestones replace.
const indicator = "    indicator: Teens 16-19 employed in July\n    baseline: 100\n    target: 400\n    current: 400\n"

// milestones are three milestones of the base plan's goal, from line 46:
// the first done, the second and third due as given.
func milestones(second, third string) string {
	return "    milestones:\n      - {title: Employers signed up, due: 2026-03-31, done: 2026-03-20}\n" +
		"      - {title: Job fair held, due: " + second + "}\n      - {title: Placements made, due: " + third + "}\n"
}
