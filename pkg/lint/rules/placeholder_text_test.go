package rules

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/placeholder"
)

func TestPlaceholderText(t *testing.T) {
	const starterHint = "write the plan's own words in its place: until then it counts as missing in the score"
	const standInHint = "write the value, or leave the key out until it is known: a placeholder counts as missing in the score"
	runCases(t, PlaceholderText, []ruleCase{
		{
			name: "the documented example: a starter sentence and a stand-in, at their values",
			src:  PlaceholderText.Example,
			want: []string{
				`9:12: goals[0].title is still the starter's placeholder, "Say what will be different in the community."`,
				`10:16: goals[0].indicator is a placeholder, "TBD"`,
			},
			hints: []string{starterHint, standInHint},
		},
		{
			name: "every stand-in as a whole value, in any case, in lists and nested keys",
			src: header + `  vision: "  tbd "
  mission: To do.
members:
  - id: a
    name: xxx
    interests: N/A
    assets:
      - {category: physical, description: Lorem ipsum dolor sit amet}
goals:
  - {id: g, title: "???", indicator: "…"}
six_rs:
  reward: {practice: FIXME, status: planned}
`,
			want: []string{
				`6:11: coalition.vision is a placeholder, "  tbd "`,
				`7:12: coalition.mission is a placeholder, "To do."`,
				`10:11: members[0].name is a placeholder, "xxx"`,
				`11:16: members[0].interests is a placeholder, "N/A"`,
				`13:43: members[0].assets[0].description is a placeholder, "Lorem ipsum dolor sit amet"`,
				`15:20: goals[0].title is a placeholder, "???"`,
				`15:38: goals[0].indicator is a placeholder, "…"`,
				`17:22: six_rs.reward.practice is a placeholder, "FIXME"`,
			},
			hints: []string{standInHint, standInHint, standInHint, standInHint, standInHint, standInHint, standInHint, standInHint},
		},
		{
			name: "the plan's own words that contain a stand-in or start like the starter",
			src: header + `  vision: TBD by the board in May, after the listening sessions.
  mission: Say yes to every teen who asks for a first job.
  scope: Xxx Street and the harbor
members: []
goals:
  - {id: g, title: Say what will be different in the community. Then do it.}
`,
		},
		{
			name: "every text the starter writes is recognised",
			src:  header + "members: []\ngoals:\n  - id: g\n    title: " + placeholder.Text("goals.title") + "\n    indicator: " + placeholder.Text("goals.indicator") + "\n",
			want: []string{
				`9:12: goals[0].title is still the starter's placeholder, "Say what will be different in the community."`,
				`10:16: goals[0].indicator is still the starter's placeholder, "Say what you will count, and where the number comes from."`,
			},
			hints: []string{starterHint, starterHint},
		},
	})
}
