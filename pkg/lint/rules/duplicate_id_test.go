package rules

import "testing"

func TestDuplicateID(t *testing.T) {
	runCases(t, DuplicateID, []ruleCase{
		{
			name:  "goals (the documented example)",
			src:   DuplicateID.Example,
			want:  []string{`10:9: duplicate id "summer-jobs" in goals: first declared at line 8, column 9`},
			hints: []string{"give each item of goals its own id"},
		},
		{
			name:  "people",
			src:   bare + "people:\n  - {id: ana, name: Ana}\n  - {id: bo, name: Bo}\n  - {id: ana, name: Ana Two}\n",
			want:  []string{`11:10: duplicate id "ana" in people: first declared at line 9, column 10`},
			hints: []string{"give each item of people its own id"},
		},
		{
			name: "members, block and flow style",
			src: base + `members:
  - {id: harbor-ymca, name: Harbor YMCA}
  - id: harbor-ymca
    name: Harbor YMCA East
goals: []
`,
			want:  []string{`8:9: duplicate id "harbor-ymca" in members: first declared at line 7, column 10`},
			hints: []string{"give each item of members its own id"},
		},
		{
			name:  "stakeholders",
			src:   bare + "stakeholders:\n  - {id: city, name: City}\n  - {id: city, name: City Council}\n",
			want:  []string{`10:10: duplicate id "city" in stakeholders: first declared at line 9, column 10`},
			hints: []string{"give each item of stakeholders its own id"},
		},
		{
			name:  "barriers",
			src:   bare + "barriers:\n  - {id: turf, type: turf}\n  - {id: turf, type: funding}\n",
			want:  []string{`10:10: duplicate id "turf" in barriers: first declared at line 9, column 10`},
			hints: []string{"give each item of barriers its own id"},
		},
		{
			name:  "opposition",
			src:   bare + "opposition:\n  - {id: lobby, name: Lobby}\n  - {id: lobby, name: Lobby Two}\n",
			want:  []string{`10:10: duplicate id "lobby" in opposition: first declared at line 9, column 10`},
			hints: []string{"give each item of opposition its own id"},
		},
		{
			name: "three times: each repeat names the first",
			src:  base + "members: []\ngoals:\n  - {id: g, title: A}\n  - {id: g, title: B}\n  - {id: g, title: C}\n",
			want: []string{
				`9:10: duplicate id "g" in goals: first declared at line 8, column 10`,
				`10:10: duplicate id "g" in goals: first declared at line 8, column 10`,
			},
			hints: []string{
				"give each item of goals its own id",
				"give each item of goals its own id",
			},
		},
		{
			name:  "a number and the same number quoted",
			src:   base + "members:\n  - {id: 2027, name: Class of 2027}\n  - {id: \"2027\", name: Class of 2027 again}\ngoals: []\n",
			want:  []string{`8:10: duplicate id "2027" in members: first declared at line 7, column 10`},
			hints: []string{"give each item of members its own id"},
		},
		{
			name:  "columns in characters",
			src:   bare + "people:\n  - {name: Zoë Núñez, id: zoe}\n  - {name: Zoë Ñ, id: zoe}\n",
			want:  []string{`10:23: duplicate id "zoe" in people: first declared at line 9, column 27`},
			hints: []string{"give each item of people its own id"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(bare + "people:\n  - {id: ana, name: Ana}\n  - {id: ana, name: Ana Two}\n")),
			want:  []string{`10:10: duplicate id "ana" in people: first declared at line 9, column 10`},
			hints: []string{"give each item of people its own id"},
		},

		// Unique ids.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "the same id in different lists",
			src: base + `people:
  - {id: harbor, name: Ana}
members:
  - {id: harbor, name: Harbor, owner: harbor}
stakeholders:
  - {id: harbor, name: Harbor Council}
goals:
  - {id: harbor, title: Harbor}
barriers:
  - {id: harbor, type: turf}
opposition:
  - {id: harbor, name: Harbor Lobby}
`,
			want: nil,
		},
		{
			name: "ids that differ in case: one is invalid, not a duplicate",
			src:  base + "members:\n  - {id: ymca, name: YMCA}\n  - {id: YMCA, name: YMCA Two}\ngoals: []\n",
			want: nil,
		},
		{
			name: "items without an id",
			src:  base + "members:\n  - {name: One}\n  - {name: Two}\ngoals: []\n",
			want: nil,
		},
		{
			name: "ids that differ by a hyphen",
			src:  base + "members:\n  - {id: harbor-ymca, name: A}\n  - {id: harborymca, name: B}\ngoals: []\n",
			want: nil,
		},
	})
}
