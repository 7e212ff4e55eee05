package rules

import (
	"strings"
	"testing"
)

// expenses is bare with a budget whose expense lines are the given flow
// mappings, one a line from line 10.
func expenses(lines ...string) string {
	return bare + "budget:\n  expenses:\n" + "    - " + strings.Join(lines, "\n    - ") + "\n"
}

const idRule = "ids are lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters"

func TestInvalidValue(t *testing.T) {
	runCases(t, InvalidValue, []ruleCase{
		// Vocabularies.
		{
			name:  "misspelt sector, with a suggestion",
			src:   header + "members:\n  - id: city-hall\n    name: Harbor City Hall\n    sector: goverment\ngoals: []\n",
			want:  []string{`9:13: unknown sector "goverment" (did you mean "government"?)`},
			hints: []string{"want one of: community, nonprofit, government, school, business, faith, health, youth, elders, labor, media, philanthropy, academic, other"},
		},
		{
			name:  "sector with nothing close",
			src:   base + "members:\n  - id: space-co\n    name: Space Co\n    sector: aerospace\ngoals: []\n",
			want:  []string{`9:13: unknown sector "aerospace"`},
			hints: []string{"want one of: community, nonprofit, government, school, business, faith, health, youth, elders, labor, media, philanthropy, academic, other"},
		},
		{
			name:  "empty word",
			src:   base + "members:\n  - id: a\n    name: A\n    sector: \"\"\ngoals: []\n",
			want:  []string{`9:13: unknown sector ""`},
			hints: []string{"want one of: community, nonprofit, government, school, business, faith, health, youth, elders, labor, media, philanthropy, academic, other"},
		},
		{
			name: "coalition words: capitals, nothing close, a truncated word in a list",
			src:  base + "  relationship: Collaboration\n  structure: comittee\n  why_coalition: [single-org-cannot, complex]\nmembers: []\ngoals: []\n",
			want: []string{
				`6:17: unknown relationship "Collaboration" (did you mean "collaboration"?)`,
				`7:14: unknown structure "comittee"`,
				`8:38: unknown reason "complex" (did you mean "complex-problem"?)`,
			},
			hints: []string{
				"want one of: networking, coordination, cooperation, collaboration, multisector-collaboration",
				"want one of: steering-committee, coordinating-council, advisory-committee, board-of-directors, task-force",
				"want one of: single-org-cannot, complex-problem, duplicated-efforts, community-level-change",
			},
		},
		{
			name:  "role of a person in a list",
			src:   bare + "people:\n  - {id: ana, name: Ana, roles: [chair, treasure]}\n",
			want:  []string{`9:41: unknown role "treasure" (did you mean "treasurer"?)`},
			hints: []string{"want one of: chair, vice-chair, secretary, treasurer, director, staff, volunteer, spokesperson"},
		},
		{
			name: "barrier words",
			src:  bare + "barriers:\n  - {id: turf, type: turff, severity: critical, status: closed, strategy: Share}\n",
			want: []string{
				`9:22: unknown barrier type "turff" (did you mean "turf"?)`,
				`9:39: unknown severity "critical"`,
				`9:57: unknown barrier status "closed"`,
			},
			hints: []string{
				"want one of: turf, bad-history, professional-dominance, poor-community-links, minimal-capacity, funding, leadership, costs-outweigh-benefits, other",
				"want one of: low, medium, high",
				"want one of: open, mitigating, resolved",
			},
		},
		{
			name:  "goal status in capitals",
			src:   base + "members: []\ngoals:\n  - {id: jobs, title: Jobs, status: Done}\n",
			want:  []string{`8:37: unknown goal status "Done" (did you mean "done"?)`},
			hints: []string{"want one of: not-started, on-track, at-risk, off-track, done"},
		},
		{
			name:  "reviewer",
			src:   bare + "reviews:\n  - date: 2027-06-30\n    by: intern\n",
			want:  []string{`10:9: unknown reviewer "intern" (did you mean "internal"?)`},
			hints: []string{"want one of: internal, external"},
		},

		// Ranges, both ends included.
		{
			name: "stance and influence out of range",
			src: bare + `stakeholders:
  - {id: city, name: City, stance: 3, influence: 0}
  - {id: press, name: Press, stance: -3, influence: 6}
`,
			want: []string{
				`9:36: stakeholders[0].stance 3 is out of range: want from -2 to 2`,
				`9:50: stakeholders[0].influence 0 is out of range: want from 1 to 5`,
				`10:38: stakeholders[1].stance -3 is out of range: want from -2 to 2`,
				`10:53: stakeholders[1].influence 6 is out of range: want from 1 to 5`,
			},
			hints: []string{
				"write a value from -2 to 2",
				"write a value from 1 to 5",
				"write a value from -2 to 2",
				"write a value from 1 to 5",
			},
		},
		{
			name: "power out of range",
			src:  bare + "opposition:\n  - {id: lobby, name: Lobby, power: 0}\n  - {id: union, name: Union, power: 6}\n",
			want: []string{
				`9:37: opposition[0].power 0 is out of range: want from 1 to 5`,
				`10:37: opposition[1].power 6 is out of range: want from 1 to 5`,
			},
			hints: []string{
				"write a value from 1 to 5",
				"write a value from 1 to 5",
			},
		},
		{
			name: "criteria out of range",
			src:  base + "members:\n  - id: college\n    name: College\n    status: prospect\n    criteria: {mission_alignment: 6, geography: -1, size: 0, expertise: 5}\ngoals: []\n",
			want: []string{
				`10:35: members[0].criteria.mission_alignment 6 is out of range: want from 0 to 5`,
				`10:49: members[0].criteria.geography -1 is out of range: want from 0 to 5`,
			},
			hints: []string{
				"write a value from 0 to 5",
				"write a value from 0 to 5",
			},
		},
		{
			name: "review ratings out of range",
			src:  bare + "reviews:\n  - date: 2027-06-30\n    ratings: {leadership: 0, governance: 1, plans: 5, funding: 6}\n",
			want: []string{
				`10:27: reviews[0].ratings.leadership 0 is out of range: want from 1 to 5`,
				`10:64: reviews[0].ratings.funding 6 is out of range: want from 1 to 5`,
			},
			hints: []string{
				"write a value from 1 to 5",
				"write a value from 1 to 5",
			},
		},
		{
			name:  "negative hours",
			src:   base + "members:\n  - id: a\n    name: A\n    commitment: {hours_per_month: -2}\ngoals: []\n",
			want:  []string{`9:35: members[0].commitment.hours_per_month -2 is out of range: want at least 0`},
			hints: []string{"write a value at least 0"},
		},
		{
			name:  "not a finite number",
			src:   base + "members: []\ngoals:\n  - {id: jobs, title: Jobs, target: .nan}\n",
			want:  []string{`8:37: goals[0].target must be a finite number, got ".nan"`},
			hints: []string{"write a finite number"},
		},

		// Money.
		{
			name: "amounts that are not plain decimals",
			src: expenses(
				`{item: a, amount: "12,500.00"}`,
				`{item: b, amount: "$100"}`,
				`{item: c, amount: -5}`,
				`{item: d, amount: 1.234}`,
				`{item: e, amount: 1.5e3}`,
				`{item: f, amount: "12 500"}`,
				`{item: g, amount: ""}`,
				`{item: h, amount: 12345678901234}`,
				`{item: i, amount: "€5"}`,
			),
			want: []string{
				`10:25: budget.expenses[0].amount: invalid amount "12,500.00": thousands separators are not allowed`,
				`11:25: budget.expenses[1].amount: invalid amount "$100": currency symbols are not allowed`,
				`12:25: budget.expenses[2].amount: invalid amount "-5": amounts cannot be negative`,
				`13:25: budget.expenses[3].amount: invalid amount "1.234": more than two decimals`,
				`14:25: budget.expenses[4].amount: invalid amount "1.5e3": not a decimal number`,
				`15:25: budget.expenses[5].amount: invalid amount "12 500": thousands separators are not allowed`,
				`16:25: budget.expenses[6].amount: invalid amount "": empty`,
				`17:25: budget.expenses[7].amount: invalid amount "12345678901234": too large`,
				`18:25: budget.expenses[8].amount: invalid amount "€5": currency symbols are not allowed`,
			},
			hints: []string{
				"write 12500.00",
				"write 100 and set coalition.currency",
				"write the amount without a sign",
				"round to the cent, such as 1.23",
				"write digits with at most two decimals, such as 1250.50",
				"write 12500",
				"write a number such as 1250.50",
				"amounts are limited to 13 digits before the decimal point",
				"write 5 and set coalition.currency",
			},
		},
		{
			name: "amounts in every money field",
			src: base + `members:
  - {id: a, name: A, commitment: {funds: "1,000"}}
goals: []
budget:
  income:
    - {source: Grant, amount: -100}
  in_kind:
    - {item: Hall, value: 10.001}
  totals:
    expenses: "$0"
`,
			want: []string{
				`7:42: members[0].commitment.funds: invalid amount "1,000": thousands separators are not allowed`,
				`11:31: budget.income[0].amount: invalid amount "-100": amounts cannot be negative`,
				`13:27: budget.in_kind[0].value: invalid amount "10.001": more than two decimals`,
				`15:15: budget.totals.expenses: invalid amount "$0": currency symbols are not allowed`,
			},
			hints: []string{
				"write 1000",
				"write the amount without a sign",
				"round to the cent, such as 10.00",
				"write 0 and set coalition.currency",
			},
		},
		{
			name:  "true as an amount",
			src:   expenses(`{item: Rent, amount: true}`),
			want:  []string{`10:28: budget.expenses[0].amount: invalid amount "true": not a decimal number`},
			hints: []string{"write digits with at most two decimals, such as 1250.50"},
		},

		// Ids.
		{
			name: "ids that are not slugs",
			src: bare + `people:
  - {id: Ana_Lopez, name: Ana}
  - {id: -draft, name: Draft}
  - {id: ana lopez, name: Ana}
  - {id: ` + strings.Repeat("a", 64) + `, name: Long}
stakeholders:
  - {id: Harbor-YMCA, name: Harbor YMCA}
`,
			want: []string{
				`9:10: people[0].id: invalid id "Ana_Lopez": ` + idRule,
				`10:10: people[1].id: invalid id "-draft": ` + idRule,
				`11:10: people[2].id: invalid id "ana lopez": ` + idRule,
				`12:10: people[3].id: invalid id "` + strings.Repeat("a", 64) + `": ` + idRule,
				`14:10: stakeholders[0].id: invalid id "Harbor-YMCA": ` + idRule,
			},
			hints: []string{
				"write ana-lopez",
				"write draft",
				"write ana-lopez",
				"write aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
				"write harbor-ymca",
			},
		},
		{
			name:  "reference that is not a slug",
			src:   base + "members:\n  - {id: harbor-ymca, name: Harbor YMCA, owner: Ana López}\ngoals: []\n",
			want:  []string{`7:49: members[0].owner: invalid id "Ana López": ` + idRule},
			hints: []string{"write ana-lopez"},
		},

		// Email and currency.
		{
			name: "email addresses",
			src: bare + `people:
  - {id: a, name: A, email: ana@example}
  - {id: b, name: B, email: "Ana <ana@example.org>"}
  - {id: c, name: C, email: ana.example.org}
`,
			want: []string{
				`9:29: people[0].email: invalid email address "ana@example"`,
				`10:29: people[1].email: invalid email address "Ana <ana@example.org>"`,
				`11:29: people[2].email: invalid email address "ana.example.org"`,
			},
			hints: []string{
				"write a bare address such as name@example.org",
				"write a bare address such as name@example.org",
				"write a bare address such as name@example.org",
			},
		},
		{
			name:  "currency in lower case",
			src:   base + "  currency: usd\nmembers: []\ngoals: []\n",
			want:  []string{`6:13: coalition.currency: unknown currency "usd"`},
			hints: []string{"write USD"},
		},
		{
			name:  "currency that does not exist",
			src:   base + "  currency: XYZ\nmembers: []\ngoals: []\n",
			want:  []string{`6:13: coalition.currency: unknown currency "XYZ"`},
			hints: []string{"use an ISO 4217 code such as USD, EUR or CAD"},
		},
		{
			name:  "currency symbol",
			src:   base + "  currency: $\nmembers: []\ngoals: []\n",
			want:  []string{`6:13: coalition.currency: unknown currency "$"`},
			hints: []string{"use an ISO 4217 code such as USD, EUR or CAD"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(header + "members:\n  - id: city-hall\n    name: Harbor City Hall\n    sector: goverment\ngoals: []\n")),
			want:  []string{`9:13: unknown sector "goverment" (did you mean "government"?)`},
			hints: []string{"want one of: community, nonprofit, government, school, business, faith, health, youth, elders, labor, media, philanthropy, academic, other"},
		},

		// Values the format allows.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "ends of every range",
			src: base + `members:
  - id: college
    name: College
    commitment: {hours_per_month: 0, funds: 0}
    criteria: {mission_alignment: 0, geography: 5, size: 0, expertise: 5, culture: 0, prior_collaboration: 5}
goals: []
stakeholders:
  - {id: a, name: A, stance: -2, influence: 1}
  - {id: b, name: B, stance: 2, influence: 5}
opposition:
  - {id: c, name: C, power: 1}
  - {id: d, name: D, power: 5}
reviews:
  - date: 2027-06-30
    ratings: {leadership: 1, governance: 5, division_of_labor: 1, plans: 5, actions: 1, funding: 5, visibility: 1}
`,
			want: nil,
		},
		{
			name: "amounts written every accepted way",
			src: expenses(
				`{item: a, amount: 48000}`,
				`{item: b, amount: 1250.5}`,
				`{item: c, amount: 1250.50}`,
				`{item: d, amount: "1250.50"}`,
				`{item: e, amount: 0.01}`,
				`{item: f, amount: 0}`,
				`{item: g, amount: 9999999999999.99}`,
			),
			want: nil,
		},
		{
			name: "ids at the edges of the pattern",
			src: bare + `people:
  - {id: 2027-youth-summit, name: Summit}
  - {id: a, name: A}
  - {id: ana-lopez-, name: Trailing hyphen}
  - {id: ` + strings.Repeat("a", 63) + `, name: Long}
`,
			want: nil,
		},
		{
			name: "currencies and an email",
			src:  base + "  currency: EUR\nmembers: []\ngoals: []\npeople:\n  - {id: a, name: A, email: ana.lopez+coalition@mail.example.org}\n",
			want: nil,
		},
	})
}
