package rules

import "testing"

func TestInvalidDate(t *testing.T) {
	runCases(t, InvalidDate, []ruleCase{
		{
			name:  "day that does not exist",
			src:   base + "  start: 2027-02-30\nmembers: []\ngoals: []\n",
			want:  []string{`6:10: coalition.start: invalid date "2027-02-30": day out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},
		{
			name:  "US format",
			src:   base + "  end: 03/31/2027\nmembers: []\ngoals: []\n",
			want:  []string{`6:8: coalition.end: invalid date "03/31/2027": want YYYY-MM-DD`},
			hints: []string{"write dates as YYYY-MM-DD, such as 2027-03-31"},
		},
		{
			name:  "European format",
			src:   bare + "reviews:\n  - date: 31/03/2027\n",
			want:  []string{`9:11: reviews[0].date: invalid date "31/03/2027": want YYYY-MM-DD`},
			hints: []string{"write dates as YYYY-MM-DD, such as 2027-03-31"},
		},
		{
			name:  "month and day without leading zeros",
			src:   base + "members:\n  - {id: a, name: A, joined: 2027-3-5}\ngoals: []\n",
			want:  []string{`7:30: members[0].joined: invalid date "2027-3-5": want YYYY-MM-DD`},
			hints: []string{"write dates as YYYY-MM-DD, such as 2027-03-31"},
		},
		{
			name:  "month 13, quoted",
			src:   base + "members:\n  - {id: a, name: A, status: former, left: \"2027-13-01\"}\ngoals: []\n",
			want:  []string{`7:44: members[0].left: invalid date "2027-13-01": month out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},
		{
			name:  "month 0",
			src:   bare + "reviews:\n  - date: 2027-00-10\n",
			want:  []string{`9:11: reviews[0].date: invalid date "2027-00-10": month out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},
		{
			name:  "29 February of a year that is not a leap year",
			src:   base + "members: []\ngoals:\n  - {id: jobs, title: Jobs, due: 2027-02-29}\n",
			want:  []string{`8:34: goals[0].due: invalid date "2027-02-29": day out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},
		{
			name:  "29 February 1900, a century that is not a leap year",
			src:   bare + "reviews:\n  - date: 1900-02-29\n",
			want:  []string{`9:11: reviews[0].date: invalid date "1900-02-29": day out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},
		{
			name:  "31 April",
			src:   bare + "budget:\n  period: {start: 2027-04-31, end: 2027-12-31}\n",
			want:  []string{`9:19: budget.period.start: invalid date "2027-04-31": day out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},
		{
			name:  "a timestamp",
			src:   bare + "budget:\n  period:\n    start: 2027-01-01\n    end: 2027-12-31T00:00:00Z\n",
			want:  []string{`11:10: budget.period.end: invalid date "2027-12-31T00:00:00Z": want YYYY-MM-DD`},
			hints: []string{"write dates as YYYY-MM-DD, such as 2027-03-31"},
		},
		{
			name:  "digits only",
			src:   base + "  start: 20270101\nmembers: []\ngoals: []\n",
			want:  []string{`6:10: coalition.start: invalid date "20270101": want YYYY-MM-DD`},
			hints: []string{"write dates as YYYY-MM-DD, such as 2027-03-31"},
		},
		{
			name: "every date field",
			src: base + `  start: 2027-02-30
  end: 2029-02-29
members:
  - {id: a, name: A, joined: 2027-06-31, left: 2027-09-31}
goals:
  - {id: g, title: G, due: 2027-11-31}
budget:
  period: {start: 2027-1-1, end: 2027/12/31}
reviews:
  - date: 2027-6-30
`,
			want: []string{
				`6:10: coalition.start: invalid date "2027-02-30": day out of range`,
				`7:8: coalition.end: invalid date "2029-02-29": day out of range`,
				`9:30: members[0].joined: invalid date "2027-06-31": day out of range`,
				`9:48: members[0].left: invalid date "2027-09-31": day out of range`,
				`11:28: goals[0].due: invalid date "2027-11-31": day out of range`,
				`13:19: budget.period.start: invalid date "2027-1-1": want YYYY-MM-DD`,
				`13:34: budget.period.end: invalid date "2027/12/31": want YYYY-MM-DD`,
				`15:11: reviews[0].date: invalid date "2027-6-30": want YYYY-MM-DD`,
			},
			hints: []string{
				"check the calendar: the date does not exist",
				"check the calendar: the date does not exist",
				"check the calendar: the date does not exist",
				"check the calendar: the date does not exist",
				"check the calendar: the date does not exist",
				"write dates as YYYY-MM-DD, such as 2027-03-31",
				"write dates as YYYY-MM-DD, such as 2027-03-31",
				"write dates as YYYY-MM-DD, such as 2027-03-31",
			},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(base + "  start: 2027-02-30\nmembers: []\ngoals: []\n")),
			want:  []string{`6:10: coalition.start: invalid date "2027-02-30": day out of range`},
			hints: []string{"check the calendar: the date does not exist"},
		},

		// Real dates.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "leap days, quoted and unquoted dates",
			src: base + `  start: 2028-02-29
  end: "2400-02-29"
members:
  - {id: a, name: A, joined: '2000-02-29', left: 2027-12-31}
goals: []
reviews:
  - date: 2027-01-01
`,
			want: nil,
		},
	})
}
