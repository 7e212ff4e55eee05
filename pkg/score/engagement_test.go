package score_test

import (
	"strings"
	"testing"
)

func TestEngagement(t *testing.T) {
	runDim(t, "engagement", []dimCase{
		{name: "planned earns half", score: 92,
			edits: []string{"owner: ana, status: in-place}\n  results", "owner: ana, status: planned}\n  results"},
			lost:  []string{"72:63: reward: planned, not yet in place"}},
		{name: "missing earns nothing", score: 83,
			edits: []string{"Quarterly dashboard, owner: ben, status: in-place", "Quarterly dashboard, owner: ben, status: missing"},
			lost:  []string{"73:64: results: no practice in place"}},
		{name: "left out counts as missing", score: 83,
			edits: []string{"  relationships: {practice: Member lunches, owner: ben, status: in-place}\n", ""},
			lost:  []string{"68:3: relationships: not in the plan (counts as missing)"}},
		{name: "no status counts as missing", score: 83,
			edits: []string{"{practice: Thank-you notes, owner: ana, status: in-place}", "{practice: Thank-you notes, owner: ana}"},
			lost:  []string{"68:16: recognition: no status (counts as missing)"}},
		{name: "no six_rs at all", score: 0,
			edits: []string{base[strings.Index(base, "six_rs:"):strings.Index(base, "governance:")], ""},
			lost: []string{
				"1:1: recognition: not in the plan (counts as missing)",
				"1:1: respect: not in the plan (counts as missing)",
				"1:1: role: not in the plan (counts as missing)",
				"1:1: relationships: not in the plan (counts as missing)",
				"1:1: reward: not in the plan (counts as missing)",
				"1:1: results: not in the plan (counts as missing)",
			}},
	})
}
