package score_test

import (
	"testing"
)

// TestPartnerInputs checks the inputs that come from the partnerships:
// targets reached (membership), relationships kept (membership) and
// partner levels (fit), each counted only when the plan has what it
// measures.
func TestPartnerInputs(t *testing.T) {
	runDim(t, "membership", []dimCase{
		{name: "a target nobody at the table reaches", score: 92,
			edits: []string{"goals:\n", "stakeholders:\n  - {id: council, name: Council, target: true, connections: [ben]}\n  - {id: mayor, name: Mayor, stance: 0, influence: 5}\ngoals:\n"},
			lost:  []string{"45:10: targets reached: 1 of 2 targets and undecided stakeholders of high influence have a route through an active member (no route: mayor)"}},
		{name: "targets reached", score: 100,
			edits: []string{"goals:\n", "stakeholders:\n  - {id: council, name: Council, target: true, connections: [ben]}\ngoals:\n"}},
		{name: "a relationship gone cold", score: 93,
			edits: []string{"    owner: ben\n    commitment: {hours_per_month: 8}\n", "    owner: ben\n    commitment: {hours_per_month: 8}\n    last_contact: 2026-01-10\n",
				"    role: funder\n    owner: ana\n", "    role: funder\n    owner: ana\n    last_contact: 2026-11-01\n"},
			lost: []string{"26:19: relationships kept: 1 of 2 recorded relationships had a one-to-one within 90 days (gone cold: tenants 317 days)"}},
	})
	runDim(t, "fit", []dimCase{
		{name: "a partner level not backed", score: 87,
			edits: []string{"    sector: school\n    role: member\n    owner: ben\n", "    sector: school\n    role: member\n    owner: ben\n    level: collaboration\n"},
			lost:  []string{"37:12: partner levels: 0 of 1 partners with a level of their own show what that level asks (not backed: school at collaboration)"}},
		{name: "a partner level backed", score: 100,
			edits: []string{"    sector: business\n    role: funder\n", "    sector: business\n    role: funder\n    level: collaboration\n"}},
	})
}
