package rules

import "testing"

func TestMissingField(t *testing.T) {
	runCases(t, MissingField, []ruleCase{
		// The coalition and the top level.
		{
			name:  "coalition without a name, at the coalition key",
			src:   "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  problem: Too few teens\nmembers: []\ngoals: []\n",
			want:  []string{`3:1: missing required key "name" in coalition`},
			hints: []string{"add `name: ...` to coalition"},
		},
		{
			name: "coalition with neither name nor problem",
			src:  "apiVersion: coalition/v1\nkind: Plan\ncoalition: {vision: Jobs}\nmembers: []\ngoals: []\n",
			want: []string{
				`3:1: missing required key "name" in coalition`,
				`3:1: missing required key "problem" in coalition`,
			},
			hints: []string{
				"add `name: ...` to coalition",
				"add `problem: ...` to coalition",
			},
		},
		{
			name:  "coalition name with no value",
			src:   "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name:\n  problem: Too few teens\nmembers: []\ngoals: []\n",
			want:  []string{`3:1: missing required key "name" in coalition`},
			hints: []string{"add `name: ...` to coalition"},
		},
		{
			name:  "no coalition",
			src:   "apiVersion: coalition/v1\nkind: Plan\nmembers: []\ngoals: []\n",
			want:  []string{`1:1: missing required key "coalition" in plan`},
			hints: []string{"add `coalition: ...` to plan"},
		},
		{
			name:  "coalition with no value",
			src:   "apiVersion: coalition/v1\nkind: Plan\ncoalition:\nmembers: []\ngoals: []\n",
			want:  []string{`1:1: missing required key "coalition" in plan`},
			hints: []string{"add `coalition: ...` to plan"},
		},
		{
			name: "no members and no goals",
			src:  base,
			want: []string{
				`1:1: missing required key "goals" in plan`,
				`1:1: missing required key "members" in plan`,
			},
			hints: []string{
				"add `goals: ...` to plan",
				"add `members: ...` to plan",
			},
		},
		{
			name:  "members with no value, after a comment",
			src:   "# Harbor\n" + base + "members:\ngoals: []\n",
			want:  []string{`2:1: missing required key "members" in plan`},
			hints: []string{"add `members: ...` to plan"},
		},

		// List items, at the item.
		{
			name:  "member without a name",
			src:   base + "members:\n  - id: harbor-ymca\n    sector: youth\ngoals: []\n",
			want:  []string{`7:5: missing required key "name" in members[0]`},
			hints: []string{"add `name: ...` to members[0]"},
		},
		{
			name:  "member name with no value",
			src:   base + "members:\n  - id: harbor-ymca\n    name:\ngoals: []\n",
			want:  []string{`7:5: missing required key "name" in members[0]`},
			hints: []string{"add `name: ...` to members[0]"},
		},
		{
			name:  "member name null",
			src:   base + "members:\n  - id: harbor-ymca\n    name: ~\ngoals: []\n",
			want:  []string{`7:5: missing required key "name" in members[0]`},
			hints: []string{"add `name: ...` to members[0]"},
		},
		{
			name: "empty member mapping",
			src:  base + "members:\n  - {}\ngoals: []\n",
			want: []string{
				`7:5: missing required key "id" in members[0]`,
				`7:5: missing required key "name" in members[0]`,
			},
			hints: []string{
				"add `id: ...` to members[0]",
				"add `name: ...` to members[0]",
			},
		},
		{
			name:  "second goal without an id",
			src:   base + "members: []\ngoals:\n  - {id: summer-jobs, title: Summer jobs}\n  - title: Employer pledge\n",
			want:  []string{`9:5: missing required key "id" in goals[1]`},
			hints: []string{"add `id: ...` to goals[1]"},
		},
		{
			name: "every list kind",
			src: bare + `people:
  - name: Ana
stakeholders:
  - id: city
barriers:
  - id: turf
opposition:
  - name: Agencies
reviews:
  - by: internal
budget:
  expenses:
    - {item: Rent}
    - amount: 5
  income:
    - {amount: 5}
  in_kind:
    - {item: Hall}
governance:
  work_distribution:
    - lead: ana
`,
			want: []string{
				`9:5: missing required key "id" in people[0]`,
				`11:5: missing required key "name" in stakeholders[0]`,
				`13:5: missing required key "type" in barriers[0]`,
				`15:5: missing required key "id" in opposition[0]`,
				`17:5: missing required key "date" in reviews[0]`,
				`20:7: missing required key "amount" in budget.expenses[0]`,
				`21:7: missing required key "item" in budget.expenses[1]`,
				`23:7: missing required key "source" in budget.income[0]`,
				`25:7: missing required key "value" in budget.in_kind[0]`,
				`28:7: missing required key "committee" in governance.work_distribution[0]`,
			},
			hints: []string{
				"add `id: ...` to people[0]",
				"add `name: ...` to stakeholders[0]",
				"add `type: ...` to barriers[0]",
				"add `id: ...` to opposition[0]",
				"add `date: ...` to reviews[0]",
				"add `amount: ...` to budget.expenses[0]",
				"add `item: ...` to budget.expenses[1]",
				"add `source: ...` to budget.income[0]",
				"add `value: ...` to budget.in_kind[0]",
				"add `committee: ...` to governance.work_distribution[0]",
			},
		},
		{
			name:  "asset without a category",
			src:   base + "members:\n  - id: harbor-ymca\n    name: Harbor YMCA\n    assets:\n      - description: Gym\ngoals: []\n",
			want:  []string{`10:9: missing required key "category" in members[0].assets[0]`},
			hints: []string{"add `category: ...` to members[0].assets[0]"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(base + "members:\n  - id: harbor-ymca\ngoals: []\n")),
			want:  []string{`7:5: missing required key "name" in members[0]`},
			hints: []string{"add `name: ...` to members[0]"},
		},

		// Present, even when the value is wrong: another rule reports it.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "bare plan", src: bare, want: nil},
		{
			name: "id present but invalid",
			src:  base + "members:\n  - id: Bad_ID\n    name: Harbor YMCA\ngoals: []\n",
			want: nil,
		},
		{
			name: "name of the wrong type",
			src:  base + "members:\n  - id: harbor-ymca\n    name: [Harbor, YMCA]\ngoals: []\n",
			want: nil,
		},
		{
			name: "invalid date, amount and type",
			src: bare + `reviews:
  - date: 2027-02-30
budget:
  expenses:
    - {item: Rent, amount: "12,500.00"}
barriers:
  - {id: turf, type: turff}
`,
			want: nil,
		},
		{
			name: "members of the wrong type",
			src:  base + "members: harbor-ymca\ngoals: []\n",
			want: nil,
		},
		{
			name: "name brought in by a merge key",
			src:  base + "x-defaults: &d {name: Harbor YMCA}\nmembers:\n  - <<: *d\n    id: harbor-ymca\ngoals: []\n",
			want: nil,
		},
		{
			name: "empty list item is invalid-type, not missing keys",
			src:  base + "members:\n  -\ngoals: []\n",
			want: nil,
		},
	})
}

// TestMissingFieldRegressions holds cases that once went wrong, kept so they stay fixed.
func TestMissingFieldRegressions(t *testing.T) {
	runCases(t, MissingField, []ruleCase{
		{
			// Reported as `1:1: missing required key "apiVersion" in plan`
			// next to plan-header's "missing apiVersion".
			name: "missing apiVersion is plan-header's finding",
			src:  "kind: Plan\n" + body,
			want: nil,
		},
		{
			// Reported as `1:1: missing required key "kind" in plan` next to
			// plan-header's `missing kind: want "Plan"`.
			name: "missing kind is plan-header's finding",
			src:  "apiVersion: coalition/v1\n" + body,
			want: nil,
		},
		{
			// Not reported: the null value is in the merged mapping, not in
			// the item, so the key counts as written.
			name:  "name merged in as null",
			src:   base + "x-defaults: &d {name: ~}\nmembers:\n  - <<: *d\n    id: harbor-ymca\ngoals: []\n",
			want:  []string{`8:5: missing required key "name" in members[0]`},
			hints: []string{"add `name: ...` to members[0]"},
		},
		{
			name:  "blank text counts as missing",
			src:   base + "members:\n  - {id: harbor-ymca, name: \"  \"}\ngoals: []\n",
			want:  []string{`7:5: missing required key "name" in members[0]`},
			hints: []string{"add `name: ...` to members[0]"},
		},
	})
}
