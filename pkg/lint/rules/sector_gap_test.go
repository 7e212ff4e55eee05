package rules

import "testing"

const sectorGap = "no active member from the sectors often missing: "

func TestSectorGap(t *testing.T) {
	runCases(t, SectorGap, []ruleCase{
		{
			name:  "a youth organization alone (the documented example), at the members key",
			src:   header + "members:\n  - id: harbor-ymca\n    name: Harbor YMCA\n    sector: youth\ngoals: []\n",
			want:  []string{"6:1: " + sectorGap + "government, school, business and elders"},
			hints: []string{"consider inviting members from these sectors, or prospects to approach"},
		},
		{
			name:  "no members",
			src:   bare,
			want:  []string{"6:1: " + sectorGap + "government, school, business, youth and elders"},
			hints: []string{"consider inviting members from these sectors, or prospects to approach"},
		},
		{
			name: "one sector missing",
			src: membersOf(`  - {id: a, name: A, sector: government}
  - {id: b, name: B, sector: school}
  - {id: c, name: C, sector: business}
  - {id: d, name: D, sector: youth}
  - {id: e, name: E, sector: community}
`),
			want:  []string{"6:1: " + sectorGap + "elders"},
			hints: []string{"consider inviting members from these sectors, or prospects to approach"},
		},
		{
			name: "prospects and former members do not count",
			src: membersOf(`  - {id: a, name: A, sector: government}
  - {id: b, name: B, sector: school, status: prospect}
  - {id: c, name: C, sector: business, status: former, left: 2025-01-01}
  - {id: d, name: D, sector: youth}
  - {id: e, name: E, sector: elders, status: active}
`),
			want:  []string{"6:1: " + sectorGap + "school and business"},
			hints: []string{"consider inviting members from these sectors, or prospects to approach"},
		},
		{
			name:  "no members key, at the start of the plan",
			src:   "# Harbor\n" + base + "goals: []\n",
			want:  []string{"2:1: " + sectorGap + "government, school, business, youth and elders"},
			hints: []string{"consider inviting members from these sectors, or prospects to approach"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(bare)),
			want:  []string{"6:1: " + sectorGap + "government, school, business, youth and elders"},
			hints: []string{"consider inviting members from these sectors, or prospects to approach"},
		},

		// Every sector at the table.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "the five sectors, active by default or written",
			src: membersOf(`  - {id: a, name: A, sector: government}
  - {id: b, name: B, sector: school, status: active}
  - {id: c, name: C, sector: business}
  - {id: d, name: D, sector: youth}
  - {id: e, name: E, sector: elders}
`),
			want: nil,
		},
		{
			name: "a misspelt sector is not taken as missing",
			src:  membersOf("  - {id: city-hall, name: City Hall, sector: goverment}\n"),
			want: nil,
		},
	})
}

// TestSectorGapRegressions holds cases that once went wrong, kept so they stay fixed.
func TestSectorGapRegressions(t *testing.T) {
	runCases(t, SectorGap, []ruleCase{
		{
			// Was reported at 6:1 next to invalid-type's "6:10: members must be
			// a list, got \"harbor-ymca\"": six-rs-incomplete stays silent
			// on a six_rs of the wrong type, this rule does not.
			name: "members of the wrong type",
			src:  base + "members: harbor-ymca\ngoals: []\n",
			want: nil,
		},
	})
}
