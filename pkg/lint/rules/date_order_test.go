package rules

import "testing"

func TestDateOrder(t *testing.T) {
	runCases(t, DateOrder, []ruleCase{
		{
			name:  "coalition ends the day before it starts",
			src:   base + "  start: 2027-01-01\n  end: 2026-12-31\nmembers: []\ngoals: []\n",
			want:  []string{`7:8: the coalition ends on 2026-12-31, before it starts on 2027-01-01`},
			hints: []string{"check both dates: one of them is probably a typo"},
		},
		{
			name:  "coalition end written before its start",
			src:   base + "  end: 2026-01-01\n  start: 2027-01-01\nmembers: []\ngoals: []\n",
			want:  []string{`6:8: the coalition ends on 2026-01-01, before it starts on 2027-01-01`},
			hints: []string{"check both dates: one of them is probably a typo"},
		},
		{
			name:  "member left before it joined",
			src:   base + "members:\n  - {id: harbor-ymca, name: Harbor YMCA, status: former, joined: 2027-05-01, left: 2027-04-30}\ngoals: []\n",
			want:  []string{`7:84: member harbor-ymca left on 2027-04-30, before it joined on 2027-05-01`},
			hints: []string{"check both dates: one of them is probably a typo"},
		},
		{
			name:  "member without an id is named by its line",
			src:   base + "members:\n  - {id: a, name: A}\n  - name: B\n    joined: 2027-05-01\n    left: 2025-05-01\ngoals: []\n",
			want:  []string{`10:11: the member at line 8 left on 2025-05-01, before it joined on 2027-05-01`},
			hints: []string{"check both dates: one of them is probably a typo"},
		},
		{
			name:  "budget period",
			src:   bare + "budget:\n  period:\n    start: 2027-01-01\n    end: 2026-01-01\n",
			want:  []string{`11:10: the budget period ends on 2026-01-01, before it starts on 2027-01-01`},
			hints: []string{"check both dates: one of them is probably a typo"},
		},
		{
			name: "all three spans",
			src: base + `  start: 2027-01-01
  end: 2026-12-31
members:
  - {id: a, name: A, joined: 2027-05-01, left: 2027-04-30}
  - {id: b, name: B, joined: 2027-05-01, left: 2027-05-02}
goals: []
budget:
  period: {start: 2027-01-01, end: 2026-01-01}
`,
			want: []string{
				`7:8: the coalition ends on 2026-12-31, before it starts on 2027-01-01`,
				`9:48: member a left on 2027-04-30, before it joined on 2027-05-01`,
				`13:36: the budget period ends on 2026-01-01, before it starts on 2027-01-01`,
			},
			hints: []string{
				"check both dates: one of them is probably a typo",
				"check both dates: one of them is probably a typo",
				"check both dates: one of them is probably a typo",
			},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(base + "  start: 2027-01-01\n  end: 2026-12-31\nmembers: []\ngoals: []\n")),
			want:  []string{`7:8: the coalition ends on 2026-12-31, before it starts on 2027-01-01`},
			hints: []string{"check both dates: one of them is probably a typo"},
		},

		// In order, or not checkable.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "the same day is fine",
			src: base + `  start: 2027-01-01
  end: 2027-01-01
members:
  - {id: a, name: A, joined: 2027-05-01, left: 2027-05-01}
goals: []
budget:
  period: {start: 2027-01-01, end: 2027-01-01}
`,
			want: nil,
		},
		{
			name: "only one date of each span",
			src:  base + "  end: 2020-01-01\nmembers:\n  - {id: a, name: A, left: 2020-01-01}\ngoals: []\nbudget:\n  period: {start: 2030-01-01}\n",
			want: nil,
		},
		{
			name: "an invalid end date is invalid-date's finding",
			src:  base + "  start: 2027-01-01\n  end: 2026-02-30\nmembers: []\ngoals: []\n",
			want: nil,
		},
		{
			name: "an invalid start date is invalid-date's finding",
			src:  base + "  start: 01/01/2027\n  end: 2026-12-31\nmembers: []\ngoals: []\n",
			want: nil,
		},
		{
			name: "dates of different spans are not compared",
			src:  base + "  start: 2027-01-01\nmembers:\n  - {id: a, name: A, joined: 2020-01-01, left: 2021-01-01}\ngoals: []\nbudget:\n  period: {start: 2019-01-01, end: 2019-12-31}\n",
			want: nil,
		},
	})
}
