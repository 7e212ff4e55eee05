package rules

import "testing"

func TestDuplicateKey(t *testing.T) {
	runCases(t, DuplicateKey, []ruleCase{
		{
			name: "coalition key written twice",
			src: base + `  vision: Every teen in Harbor has a path to a first job
  vision: A first job for every teen
members: []
goals: []
`,
			want:  []string{`7:3: duplicate key "vision" in coalition: first defined at line 6, column 3`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "required coalition key written twice",
			src:   base + "  name: Harbor Jobs\nmembers: []\ngoals: []\n",
			want:  []string{`6:3: duplicate key "name" in coalition: first defined at line 4, column 3`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "top-level key written twice",
			src:   bare + "members: []\n",
			want:  []string{`8:1: duplicate key "members" in plan: first defined at line 6, column 1`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "top-level key written twice, once quoted",
			src:   bare + "\"goals\": []\n",
			want:  []string{`8:1: duplicate key "goals" in plan: first defined at line 7, column 1`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name: "three times: each repeat names the first",
			src:  bare + "budget:\n  totals:\n    expenses: 10\n    income: 5\n    expenses: 12\n    expenses: 14\n",
			want: []string{
				`12:5: duplicate key "expenses" in budget.totals: first defined at line 10, column 5`,
				`13:5: duplicate key "expenses" in budget.totals: first defined at line 10, column 5`,
			},
			hints: []string{
				"remove one of the two: YAML keeps only one value per key",
				"remove one of the two: YAML keeps only one value per key",
			},
		},
		{
			name: "in a list item",
			src: base + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    sector: youth
    sector: nonprofit
goals: []
`,
			want:  []string{`10:5: duplicate key "sector" in members[0]: first defined at line 9, column 5`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name: "in the second list item",
			src: base + `members:
  - id: harbor-ymca
    name: Harbor YMCA
  - id: city-hall
    name: City Hall
    owner: ana
    name: Harbor City Hall
goals: []
`,
			want:  []string{`12:5: duplicate key "name" in members[1]: first defined at line 10, column 5`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "in a flow mapping of a list item, columns in characters",
			src:   bare + "people:\n  - {id: ana, name: Núñez, name: Ana}\n",
			want:  []string{`9:28: duplicate key "name" in people[0]: first defined at line 9, column 15`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "nested two levels down",
			src:   bare + "six_rs:\n  reward: {status: missing}\n  reward: {status: planned}\n",
			want:  []string{`10:3: duplicate key "reward" in six_rs: first defined at line 9, column 3`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "in a list item deep in the plan",
			src:   bare + "governance:\n  work_distribution:\n    - committee: Outreach\n      lead: ana\n      lead: ben\n",
			want:  []string{`12:7: duplicate key "lead" in governance.work_distribution[0]: first defined at line 11, column 7`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},
		{
			name:  "CRLF line endings",
			src:   crlf(bare + "members: []\n"),
			want:  []string{`8:1: duplicate key "members" in plan: first defined at line 6, column 1`},
			hints: []string{"remove one of the two: YAML keeps only one value per key"},
		},

		// Not duplicates.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "merge key overridden by an explicit key",
			src: base + `x-defaults: &defaults
  sector: nonprofit
  status: active
members:
  - <<: *defaults
    id: harbor-ymca
    name: Harbor YMCA
    sector: youth
goals: []
`,
			want: nil,
		},
		{
			name: "explicit key before the merge key it overrides",
			src: base + `members:
  - &ymca
    id: harbor-ymca
    name: Harbor YMCA
    sector: youth
  - id: ymca-east
    name: Harbor YMCA East
    <<: *ymca
goals: []
`,
			want: nil,
		},
		{
			name: "merging two mappings that share a key",
			src: base + `x-a: &a {sector: youth}
x-b: &b {sector: school}
members:
  - <<: [*a, *b]
    id: harbor-ymca
    name: Harbor YMCA
goals: []
`,
			want: nil,
		},
		{
			name: "same key in sibling list items",
			src:  base + "members:\n  - {id: a, name: A}\n  - {id: b, name: B}\ngoals: []\n",
			want: nil,
		},
		{
			name: "same key at different levels",
			src:  base + "members:\n  - {id: a, name: Harbor Youth Jobs}\ngoals: []\n",
			want: nil,
		},
		{
			name: "keys that differ in case",
			src:  base + "  Name: Harbor Jobs\nmembers: []\ngoals: []\n",
			want: nil,
		},
	})
}
