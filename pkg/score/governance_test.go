package score_test

import (
	"strings"
	"testing"
)

func TestGovernance(t *testing.T) {
	runDim(t, "governance", []dimCase{
		{name: "no structure", score: 90,
			edits: []string{"  structure: coordinating-council\n", ""},
			lost:  []string{"4:3: structure: no coalition.structure"}},
		{name: "no decision rule and no rules", score: 70,
			edits: []string{"  decision_making: consensus\n  rules: Bylaws adopted in 2024.\n", ""},
			lost: []string{
				"75:3: decision making: no governance.decision_making",
				"75:3: rules: no governance.rules: how the coalition operates",
			}},
		{name: "committees without a lead", score: 90,
			edits: []string{"{committee: Jobs, lead: ana, members", "{committee: Jobs, members"},
			lost:  []string{"78:5: distribution of work: committees, none with a lead"}},
		{name: "meetings not accessible", score: 92,
			edits: []string{"accessible: true", "accessible: false"},
			lost:  []string{"83:44: accessible meetings: meetings are marked not accessible"}},
		{name: "a spokesperson who is not a person", score: 92,
			edits: []string{"spokesperson: ana", "spokesperson: zed"},
			lost:  []string{"79:17: spokesperson: no spokesperson among the people of the plan"}},
		{name: "a review overdue", score: 90,
			edits: []string{"date: 2026-06-10", "date: 2025-06-10"},
			lost:  []string{"95:11: review: the next review was due on 2026-06-10, 12 months after the latest, on 2025-06-10"}},
		{name: "a review due today is not overdue", score: 100,
			edits: []string{"date: 2026-06-10", "date: 2025-11-23"}},
		{name: "no review: counted from the start", score: 90,
			edits: []string{base[strings.Index(base, "reviews:\n"):], ""},
			lost:  []string{"8:10: review: no review: the first was due on 2025-01-15, 12 months after the start on 2024-01-15"}},
		{name: "reviews every three months", score: 90,
			edits: []string{"accessible: true}\n", "accessible: true}\n  review_every_months: 3\n"},
			lost:  []string{"96:11: review: the next review was due on 2026-09-10, 3 months after the latest, on 2026-06-10"}},
		{name: "no ground rules", score: 60,
			edits: []string{"  spokesperson: ana\n  confidentiality: Member data stays in the coalition.\n  information_sharing: Minutes within a week.\n  representatives: Each member names one delegate.\n  meetings: {cadence: monthly, accessible: true}\n", ""},
			lost: []string{
				"75:3: spokesperson: no spokesperson among the people of the plan",
				"75:3: confidentiality: no ground rule on what is confidential",
				"75:3: information sharing: no ground rule on how information is shared",
				"75:3: representatives: no ground rule on the role of representatives",
				"75:3: accessible meetings: not said whether meeting hours and venues are accessible",
			}},
	})
}
