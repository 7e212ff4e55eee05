package rules

import (
	"fmt"
	"strings"
	"testing"
)

func TestRelationshipStale(t *testing.T) {
	runCases(t, RelationshipStale, []ruleCase{
		{
			name:  "the documented example",
			src:   RelationshipStale.Example,
			want:  []string{`13:19: active member harbor-ymca was last met one to one on 2026-05-04, 203 days ago (more than 90)`},
			hints: []string{`ask Ana López for a one-to-one, then record it in last_contact and what comes next in next_step`},
		},
		{
			name: "90 days is not yet stale, 91 is; prospects, former members and no date are not checked",
			src: base + `members:
  - {id: a, name: A, last_contact: 2026-08-25}
  - {id: b, name: B, last_contact: 2026-08-24}
  - {id: c, name: C}
  - {id: d, name: D, status: prospect, last_contact: 2020-01-01}
  - {id: e, name: E, status: former, last_contact: 2020-01-01}
goals: []
`,
			want:  []string{`8:36: active member b was last met one to one on 2026-08-24, 91 days ago (more than 90)`},
			hints: []string{`ask its owner for a one-to-one, then record it in last_contact and what comes next in next_step`},
		},
		{
			name: "a plan that records no contact",
			src:  base + "members:\n  - {id: a, name: A}\ngoals: []\n",
		},
	})
}

func TestOwnerOverload(t *testing.T) {
	runCases(t, OwnerOverload, []ruleCase{
		{
			name:  "the documented example",
			src:   OwnerOverload.Example,
			want:  []string{`7:9: person ana-lopez owns 9 relationships, more than 8: hand over bay-college`},
			hints: []string{`give bay-college another owner (members[].owner), or raise max_relationships_per_owner if this person really has the time`},
		},
		{
			name: "eight is not an overload, former members do not count",
			src: base + "people:\n  - {id: ana, name: Ana}\nmembers:\n" + strings.Repeat("", 0) + func() string {
				var b strings.Builder
				for i := 1; i <= 8; i++ {
					fmt.Fprintf(&b, "  - {id: m%d, name: M, owner: ana}\n", i)
				}
				return b.String()
			}() + "  - {id: gone, name: G, status: former, owner: ana}\ngoals: []\n",
		},
	})
}

func TestProspectUnrated(t *testing.T) {
	runCases(t, ProspectUnrated, []ruleCase{
		{
			name:  "the documented example",
			src:   ProspectUnrated.Example,
			want:  []string{`7:9: prospect bay-college is not rated by the selection criteria`},
			hints: []string{`rate it from 0 to 5 under criteria: mission_alignment, geography, size, expertise, culture, prior_collaboration`},
		},
		{
			name: "one criterion is a rating; active members are not prospects",
			src:  base + "members:\n  - {id: p, name: P, status: prospect, criteria: {geography: 0}}\n  - {id: a, name: A}\ngoals: []\n",
		},
	})
}

func TestLevelUnsupported(t *testing.T) {
	runCases(t, LevelUnsupported, []ruleCase{
		{
			name: "the documented example",
			src:  LevelUnsupported.Example,
			want: []string{`11:12: active member harbor-ymca works at the collaboration level, but the plan does not show ` +
				`shared resources (assets, committed funds or in-kind support), committed time (commitment.hours_per_month) and a role beyond member`},
			hints: []string{`record what it shares (assets, commitment.funds, or an in_kind line from it); record its hours in commitment.hours_per_month; ` +
				`give it a role beyond member (lead, advisor, funder, fiscal-sponsor, backbone); or set its level lower`},
		},
		{
			name: "above the coalition",
			src: base + `  relationship: coordination
members:
  - {id: a, name: A, level: cooperation, assets: [{category: reach}]}
goals: []
`,
			want:  []string{`8:29: active member a works at the cooperation level, closer than the coalition itself (coordination)`},
			hints: []string{`set its level no higher than the coalition's`},
		},
		{
			name: "backed: in-kind support through a person, hours and a role",
			src: base + `  relationship: multisector-collaboration
people:
  - {id: ana, name: Ana, member: b}
members:
  - {id: a, name: A, level: cooperation, commitment: {funds: 10}}
  - {id: b, name: B, level: collaboration, role: backbone, commitment: {hours_per_month: 4}}
  - {id: c, name: C}
goals: []
budget:
  in_kind:
    - {item: Room, from: ana, value: 50}
`,
		},
	})
}
