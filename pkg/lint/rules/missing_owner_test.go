package rules

import "testing"

func TestMissingOwner(t *testing.T) {
	runCases(t, MissingOwner, []ruleCase{
		{
			name:  "active by default (the documented example), at the id",
			src:   header + "members:\n  - id: harbor-ymca\n    name: Harbor YMCA\ngoals: []\n",
			want:  []string{`7:9: active member harbor-ymca has no relationship owner`},
			hints: []string{"add `owner: PERSON-ID`, the one person who keeps the relationship"},
		},
		{
			name: "active members without an owner among others",
			src: base + `people:
  - {id: ana, name: Ana}
members:
  - {id: a, name: A, status: active}
  - {id: b, name: B, owner: ana}
  - {id: c, name: C, sector: school}
goals: []
`,
			want: []string{
				`9:10: active member a has no relationship owner`,
				`11:10: active member c has no relationship owner`,
			},
			hints: []string{
				"add `owner: PERSON-ID`, the one person who keeps the relationship",
				"add `owner: PERSON-ID`, the one person who keeps the relationship",
			},
		},
		{
			name:  "owner with no value",
			src:   membersOf("  - id: harbor-ymca\n    name: Harbor YMCA\n    owner:\n"),
			want:  []string{`7:9: active member harbor-ymca has no relationship owner`},
			hints: []string{"add `owner: PERSON-ID`, the one person who keeps the relationship"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(header + "members:\n  - id: harbor-ymca\n    name: Harbor YMCA\ngoals: []\n")),
			want:  []string{`7:9: active member harbor-ymca has no relationship owner`},
			hints: []string{"add `owner: PERSON-ID`, the one person who keeps the relationship"},
		},

		// Members that need no owner, or have one.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "a former member is silent; a prospect with no owner is not",
			src: membersOf(`  - {id: college, name: College, status: prospect}
  - {id: union, name: Union, status: former, left: 2025-01-01}
`),
			want:  []string{"7:10: prospect college has no owner to approach it"},
			hints: []string{"add `owner: PERSON-ID`, the person who will approach them"},
		},
		{
			name: "an owner that is not declared is dangling-ref's finding",
			src:  membersOf("  - {id: harbor-ymca, name: Harbor YMCA, owner: nobody}\n"),
			want: nil,
		},
		{
			name: "an owner that is not a valid id is invalid-value's finding",
			src:  membersOf("  - {id: harbor-ymca, name: Harbor YMCA, owner: Ana Lopez}\n"),
			want: nil,
		},
		{
			name: "no members",
			src:  bare,
			want: nil,
		},
	})
}

// TestMissingOwnerRegressions holds cases that once went wrong, kept so they stay fixed.
func TestMissingOwnerRegressions(t *testing.T) {
	runCases(t, MissingOwner, []ruleCase{
		{
			// Reported as "8:5: active member at line 8 has no relationship owner".
			name:  "member without an id",
			src:   membersOf("  - {id: a, name: A, status: former}\n  - name: B\n"),
			want:  []string{`8:5: the active member at line 8 has no relationship owner`},
			hints: []string{"add `owner: PERSON-ID`, the one person who keeps the relationship"},
		},
	})
}
