package score_test

import (
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/score"
)

func TestMembership(t *testing.T) {
	runDim(t, "membership", []dimCase{
		{name: "nobody most affected", score: 75,
			edits: []string{"    most_affected: true\n", ""},
			lost:  []string{"13:3: most affected: no active member speaks for those most affected (most_affected: true)"}},
		{name: "four sectors", score: 95,
			edits: []string{"    sector: school\n", ""},
			lost:  []string{"13:3: breadth: 4 sectors among active members (business, community, government, youth; full credit at 5)"}},
		{name: "prospects and former members do not count; a prospect not rated costs", score: 90,
			edits: []string{"    sector: school\n", "    sector: school\n    status: prospect\n"},
			lost: []string{"13:3: breadth: 4 sectors among active members (business, community, government, youth; full credit at 5)",
				"32:9: prospects rated: 0 of 1 prospects are rated by the selection criteria (not rated: school)"}},
		{name: "an owner who is not a person", score: 96,
			edits: []string{"    role: member\n    owner: ana\n", "    role: member\n    owner: zed\n"},
			lost:  []string{"13:3: owners: 4 of 5 active members have a relationship owner (without one: ymca)"}},
		{name: "no role", score: 97,
			edits: []string{"    role: funder\n", ""},
			lost:  []string{"13:3: roles: 4 of 5 active members have a role (without one: shipyard)"}},
		{name: "an owner over the limit", score: 91, opts: score.Options{Limits: partners.Limits{MaxPerOwner: 2}},
			lost: []string{"10:10: owner load: 2 of 5 owned relationships have an owner keeping at most 2 (over the limit: ana owns 3)"}},
		{name: "no active member", score: 0,
			edits: []string{base[strings.Index(base, "members:\n"):strings.Index(base, "goals:\n")], "members: []\n"},
			lost:  []string{"12:10: members: no active member"}},
	})
}
