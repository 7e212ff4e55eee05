package score_test

import (
	"strings"
	"testing"
)

func TestOpposition(t *testing.T) {
	// The opposition section of the base plan; the reviews follow it.
	opp := base[strings.Index(base, "opposition:\n"):strings.Index(base, "reviews:\n")]
	runDim(t, "opposition", []dimCase{
		{name: "a powerful opponent with no counter", score: 60, // (16 + 0 + 8) / 40
			edits: []string{"    responses:\n      delaying: Ask the council for a vote in May.\n      dividing: Members speak through one spokesperson.\n", ""},
			lost:  []string{"85:9: opponent landlords: counter: no counter planned, power 4 of 5"}},
		{name: "one tactic of two countered", score: 80, // (16 + 8 + 8) / 40
			edits: []string{"      dividing: Members speak through one spokesperson.\n", ""},
			lost:  []string{"91:5: opponent landlords: counter: counters to 1 of 2 tactics in responses; none to dividing"}},
		{name: "a general response counters every tactic", score: 100,
			edits: []string{"      dividing: Members speak through one spokesperson.\n", "", "    owner: ben\n    responses", "    response: Publish the record.\n    owner: ben\n    responses"},
			lost:  nil},
		{name: "not known: no loses, no power (counted as 3), no tactics", score: 60, // (0 + 12 + 6) / 30
			edits: []string{"    loses: Cheap teen labor below the wage floor\n    power: 4\n    tactics: [delaying, dividing]\n", "", "    responses:\n      delaying: Ask the council for a vote in May.\n      dividing: Members speak through one spokesperson.\n", "    response: Publish the record.\n"},
			lost:  []string{"85:5: opponent landlords: known: no loses: what it loses if the coalition wins, no power rated, no tactics listed"}},
		{name: "no owner", score: 80,
			edits: []string{"    owner: ben\n    responses", "    responses"},
			lost:  []string{"85:5: opponent landlords: owner: no owner watching them"}},
		{name: "an owner who is not a person", score: 80,
			edits: []string{"    owner: ben\n    responses", "    owner: city\n    responses"},
			lost:  []string{"90:12: opponent landlords: owner: owner city is not a person of the plan"}},
		{name: "powerful opponents weigh more", score: 92, // (40 + 4 + 0 + 2) / (40 + 10): the weak one lacks its counter
			edits: []string{opp, opp + "  - {id: weak, name: Weak, loses: Little, power: 1, tactics: [denying], owner: ana}\n"},
			lost:  []string{"94:10: opponent weak: counter: no counter planned, power 1 of 5"}},
		{name: "no opponent named", score: 50,
			edits: []string{opp, "opposition: []\n"},
			lost:  []string{"84:13: opposition: no opponent named: ask who would lose money, power, influence or time if the coalition wins"}},
	})
}
