package rules

import "testing"

func TestInvalidType(t *testing.T) {
	runCases(t, InvalidType, []ruleCase{
		// Lists and mappings.
		{
			name:  "a single word where a list is expected",
			src:   header + "people:\n  - id: ana-ruiz\n    name: Ana Ruiz\n    roles: chair\nmembers: []\ngoals: []\n",
			want:  []string{`9:12: people[0].roles must be a list, got "chair"`},
			hints: []string{"write the items as a YAML list, one `- ` per item"},
		},
		{
			name:  "a mapping where the members list is expected",
			src:   base + "members: {id: harbor-ymca, name: Harbor YMCA}\ngoals: []\n",
			want:  []string{`6:10: members must be a list, got a mapping`},
			hints: []string{"write the items as a YAML list, one `- ` per item"},
		},
		{
			name:  "a list item that is a word, not a mapping",
			src:   base + "members:\n  - harbor-ymca\ngoals: []\n",
			want:  []string{`7:5: members[0] must be a mapping, got "harbor-ymca"`},
			hints: []string{"write keys and values under it, one `key: value` per line"},
		},
		{
			name:  "an empty list item",
			src:   base + "members:\n  - {id: harbor-ymca, name: Harbor YMCA}\n  -\ngoals: []\n",
			want:  []string{`8:3: members[1] is an empty list item`},
			hints: []string{"remove the empty `-` line, or write the item after it"},
		},
		{
			name:  "a number where a mapping is expected",
			src:   bare + "budget: 5000\n",
			want:  []string{`8:9: budget must be a mapping, got the number 5000`},
			hints: []string{"write keys and values under it, one `key: value` per line"},
		},
		{
			name:  "a mapping where a list of lines is expected",
			src:   bare + "budget:\n  expenses:\n    item: Rent\n    amount: 500\n",
			want:  []string{`10:5: budget.expenses must be a list, got a mapping`},
			hints: []string{"write the items as a YAML list, one `- ` per item"},
		},
		{
			name:  "a list where a word is expected",
			src:   base + "members:\n  - id: harbor-ymca\n    name: Harbor YMCA\n    sector: [youth, school]\ngoals: []\n",
			want:  []string{`9:13: members[0].sector must be one sector, got a list`},
			hints: []string{"write a single value here"},
		},
		{
			name:  "a list where text is expected",
			src:   base + "  vision: [jobs, training]\nmembers: []\ngoals: []\n",
			want:  []string{`6:11: coalition.vision must be text, got a list`},
			hints: []string{"write a single value here"},
		},
		{
			name:  "a list where an id is expected",
			src:   base + "members:\n  - id: [harbor-ymca]\n    name: Harbor YMCA\ngoals: []\n",
			want:  []string{`7:9: members[0].id must be an id, got a list`},
			hints: []string{"write a single value here"},
		},
		{
			name:  "a mapping where a date is expected",
			src:   base + "  start: {year: 2027, month: 1}\nmembers: []\ngoals: []\n",
			want:  []string{`6:10: coalition.start must be a date (YYYY-MM-DD), got a mapping`},
			hints: []string{"write a single value here"},
		},
		{
			name:  "a list where an amount is expected",
			src:   bare + "budget:\n  expenses:\n    - {item: Rent, amount: [500]}\n",
			want:  []string{`10:28: budget.expenses[0].amount must be an amount, got a list`},
			hints: []string{"write a single value here"},
		},

		// Booleans.
		{
			name:  "yes where true or false is expected",
			src:   base + "members:\n  - id: parents\n    name: Parents\n    most_affected: yes\ngoals: []\n",
			want:  []string{`9:20: members[0].most_affected must be true or false, got "yes"`},
			hints: []string{"write true or false"},
		},
		{
			name:  "quoted true",
			src:   bare + "governance:\n  meetings: {cadence: monthly, accessible: \"true\"}\n",
			want:  []string{`9:44: governance.meetings.accessible must be true or false, got "true"`},
			hints: []string{"write true or false"},
		},

		// Numbers.
		{
			name:  "2.5 where a whole number is expected",
			src:   bare + "stakeholders:\n  - id: city\n    name: City\n    influence: 2.5\n",
			want:  []string{`11:16: stakeholders[0].influence must be a whole number, got "2.5"`},
			hints: []string{"write a whole number such as 3"},
		},
		{
			name:  "4.0 is not a whole number either",
			src:   bare + "reviews:\n  - date: 2027-06-30\n    ratings: {leadership: 4.0}\n",
			want:  []string{`10:27: reviews[0].ratings.leadership must be a whole number, got "4.0"`},
			hints: []string{"write a whole number such as 3"},
		},
		{
			name:  "quoted number where a whole number is expected",
			src:   bare + "opposition:\n  - {id: lobby, name: Lobby, power: \"3\"}\n",
			want:  []string{`9:37: opposition[0].power must be a whole number, got "3"`},
			hints: []string{"write a whole number such as 3"},
		},
		{
			name: "words and a quoted number where a number is expected",
			src:  base + "members: []\ngoals:\n  - id: jobs\n    title: Jobs\n    target: many\n    baseline: \"120\"\n    current: [185]\n",
			want: []string{
				`10:13: goals[0].target must be a number, got "many"`,
				`11:15: goals[0].baseline must be a number, got "120"`,
				`12:14: goals[0].current must be a number, got a list`,
			},
			hints: []string{
				"write a number such as 42 or 12.5",
				"write a number such as 42 or 12.5",
				"write a single value here",
			},
		},
		{
			name:  "hours as a word",
			src:   base + "members:\n  - id: a\n    name: A\n    commitment: {hours_per_month: ten}\ngoals: []\n",
			want:  []string{`9:35: members[0].commitment.hours_per_month must be a number, got "ten"`},
			hints: []string{"write a number such as 42 or 12.5"},
		},

		// Keys and merges.
		{
			name:  "a list as a key",
			src:   bare + "? [a, b]\n: c\n",
			want:  []string{`8:3: a key in plan must be a plain word, got a list`},
			hints: []string{"keys are plain words such as `name`"},
		},
		{
			name:  "merging a number",
			src:   bare + "<<: 5\n",
			want:  []string{`8:5: << must merge a mapping, got the number 5`},
			hints: []string{"merge a mapping with `<<: *anchor`"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(base + "members:\n  - id: parents\n    name: Parents\n    most_affected: yes\ngoals: []\n")),
			want:  []string{`9:20: members[0].most_affected must be true or false, got "yes"`},
			hints: []string{"write true or false"},
		},

		// The right types.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "YAML 1.1 spellings of true that YAML 1.2 keeps",
			src:  base + "members:\n  - {id: a, name: A, most_affected: True}\n  - {id: b, name: B, most_affected: FALSE}\ngoals: []\n",
			want: nil,
		},
		{
			name: "numbers and words where text is expected",
			src:  base + "  vision: 2030\n  mission: true\nmembers: []\ngoals: []\n",
			want: nil,
		},
		{
			name: "whole numbers where any number is expected",
			src:  base + "members: []\ngoals:\n  - {id: g, title: T, baseline: 0, target: 12.5, current: -3}\n",
			want: nil,
		},
		{
			name: "numbers written as ids",
			src:  base + "members:\n  - {id: 2027, name: Class of 2027}\ngoals: []\n",
			want: nil,
		},
		{
			name: "empty lists and mappings",
			src:  bare + "people: []\nbudget: {}\nsix_rs: {}\ngovernance: {work_distribution: []}\n",
			want: nil,
		},
	})
}
