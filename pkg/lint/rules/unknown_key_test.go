package rules

import "testing"

// misspeltName is a plan whose person has "nme" for "name" on line 10,
// column 5.
const misspeltName = bare + `people:
  - id: ana
    nme: Ana López
`

func TestUnknownKey(t *testing.T) {
	runCases(t, UnknownKey, []ruleCase{
		// With a suggestion.
		{
			name:  "misspelt coalition key",
			src:   base + "  misson: Connect every teen to a first job\nmembers: []\ngoals: []\n",
			want:  []string{`6:3: unknown key "misson" in coalition (did you mean "mission"?)`},
			hints: []string{"allowed keys in coalition: name, problem, why_coalition, vision, mission, relationship, structure, start, end, currency, scope"},
		},
		{
			name:  "misspelt top-level key",
			src:   bare + "stakehlders: []\n",
			want:  []string{`8:1: unknown key "stakehlders" in plan (did you mean "stakeholders"?)`},
			hints: []string{"allowed keys in plan: apiVersion, kind, coalition, people, members, stakeholders, goals, barriers, actions, budget, six_rs, governance, opposition, reviews"},
		},
		{
			name:  "key in the wrong case",
			src:   base + "  Vision: Jobs for all\nmembers: []\ngoals: []\n",
			want:  []string{`6:3: unknown key "Vision" in coalition (did you mean "vision"?)`},
			hints: []string{"allowed keys in coalition: name, problem, why_coalition, vision, mission, relationship, structure, start, end, currency, scope"},
		},
		{
			name: "misspelt key of a list item and of a nested mapping",
			src: base + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    onwer: ana
    commitment: {hours: 10}
goals: []
`,
			want: []string{
				`9:5: unknown key "onwer" in members[0] (did you mean "owner"?)`,
				`10:18: unknown key "hours" in members[0].commitment (did you mean "hours_per_month"?)`,
			},
			hints: []string{
				"allowed keys in members[0]: id, name, status, sector, represents, most_affected, partnership, role, owner, joined, left, niche, assets, commitment, criteria, level, interests, constraints, last_contact, next_step",
				"allowed keys in members[0].commitment: hours_per_month, funds",
			},
		},
		{
			name:  "misspelt R of six_rs",
			src:   bare + "six_rs:\n  recogniton: {practice: Thank-you notes, owner: ana, status: planned}\n",
			want:  []string{`9:3: unknown key "recogniton" in six_rs (did you mean "recognition"?)`},
			hints: []string{"allowed keys in six_rs: recognition, respect, role, relationships, reward, results"},
		},
		{
			name:  "flow mapping after non-ASCII text: columns in characters",
			src:   bare + "people:\n  - {id: ana, name: \"Ana Núñez\", rol: chair}\n",
			want:  []string{`9:34: unknown key "rol" in people[0] (did you mean "roles"?)`},
			hints: []string{"allowed keys in people[0]: id, name, member, roles, email"},
		},
		{
			name:  "misspelt rating in a review",
			src:   bare + "reviews:\n  - date: 2027-06-30\n    ratings: {leadrship: 3}\n",
			want:  []string{`10:15: unknown key "leadrship" in reviews[0].ratings (did you mean "leadership"?)`},
			hints: []string{"allowed keys in reviews[0].ratings: leadership, governance, division_of_labor, plans, actions, funding, visibility"},
		},

		// Without a suggestion.
		{
			name:  "nothing close at the top level",
			src:   bare + "favourite_color: blue\n",
			want:  []string{`8:1: unknown key "favourite_color" in plan`},
			hints: []string{"allowed keys in plan: apiVersion, kind, coalition, people, members, stakeholders, goals, barriers, actions, budget, six_rs, governance, opposition, reviews"},
		},
		{
			name:  "nothing close in a budget line",
			src:   bare + "budget:\n  expenses:\n    - item: Rent\n      amount: 100\n      colour: red\n",
			want:  []string{`12:7: unknown key "colour" in budget.expenses[0]`},
			hints: []string{"allowed keys in budget.expenses[0]: item, category, amount"},
		},
		{
			name:  "a number as a key",
			src:   bare + "2027: plans\n",
			want:  []string{`8:1: unknown key "2027" in plan`},
			hints: []string{"allowed keys in plan: apiVersion, kind, coalition, people, members, stakeholders, goals, barriers, actions, budget, six_rs, governance, opposition, reviews"},
		},
		{
			name:  "keys inside an unknown key are not reported again",
			src:   bare + "stakehlders:\n  - id: city\n    nmae: City Council\n",
			want:  []string{`8:1: unknown key "stakehlders" in plan (did you mean "stakeholders"?)`},
			hints: []string{"allowed keys in plan: apiVersion, kind, coalition, people, members, stakeholders, goals, barriers, actions, budget, six_rs, governance, opposition, reviews"},
		},

		// Positions survive the encodings the format accepts.
		{
			name:  "LF",
			src:   misspeltName,
			want:  []string{`10:5: unknown key "nme" in people[0] (did you mean "name"?)`},
			hints: []string{"allowed keys in people[0]: id, name, member, roles, email"},
		},
		{
			name:  "CRLF line endings",
			src:   crlf(misspeltName),
			want:  []string{`10:5: unknown key "nme" in people[0] (did you mean "name"?)`},
			hints: []string{"allowed keys in people[0]: id, name, member, roles, email"},
		},
		{
			name:  "byte-order mark",
			src:   bom(misspeltName),
			want:  []string{`10:5: unknown key "nme" in people[0] (did you mean "name"?)`},
			hints: []string{"allowed keys in people[0]: id, name, member, roles, email"},
		},
		{
			name:  "byte-order mark and CRLF",
			src:   bom(crlf(misspeltName)),
			want:  []string{`10:5: unknown key "nme" in people[0] (did you mean "name"?)`},
			hints: []string{"allowed keys in people[0]: id, name, member, roles, email"},
		},
		{
			name:  "byte-order mark does not count as a column on line 1",
			src:   bom("{apiVersion: coalition/v1, kind: Plan, colour: red, coalition: {name: a, problem: b}, members: [], goals: []}\r\n"),
			want:  []string{`1:40: unknown key "colour" in plan`},
			hints: []string{"allowed keys in plan: apiVersion, kind, coalition, people, members, stakeholders, goals, barriers, actions, budget, six_rs, governance, opposition, reviews"},
		},
		{
			name:  "unknown key on line 1 after a byte-order mark",
			src:   bom("colour: red\n" + bare),
			want:  []string{`1:1: unknown key "colour" in plan`},
			hints: []string{"allowed keys in plan: apiVersion, kind, coalition, people, members, stakeholders, goals, barriers, actions, budget, six_rs, governance, opposition, reviews"},
		},
		{
			name:  "CRLF and a value with non-ASCII text before the key",
			src:   crlf(bare + "people:\n  - {name: \"Zoë Ñúñez\", id: zoe, emial: zoe@example.org}\n"),
			want:  []string{`9:34: unknown key "emial" in people[0] (did you mean "email"?)`},
			hints: []string{"allowed keys in people[0]: id, name, member, roles, email"},
		},

		// Known keys.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "full plan with CRLF and a byte-order mark", src: bom(crlf(fullPlan)), want: nil},
		{
			name: "every key of a member in flow style",
			src: bare + `members:
  - {id: a, name: A, status: active, sector: youth, represents: teens, most_affected: true,
     partnership: network, role: member, owner: ana, joined: 2027-01-01, left: 2027-12-31,
     niche: evenings, assets: [{category: reach, description: lists}],
     commitment: {hours_per_month: 2, funds: 0},
     criteria: {mission_alignment: 1, geography: 1, size: 1, expertise: 1, culture: 1, prior_collaboration: 1}}
`,
			want: nil,
		},
		{
			name: "keys brought in by a merge key",
			src:  base + "members:\n  - &m {id: a, name: A, sector: youth}\n  - {<<: *m, id: b}\ngoals: []\n",
			want: nil,
		},
	})
}
