package score_test

import "testing"

func TestFit(t *testing.T) {
	runDim(t, "fit", []dimCase{
		{name: "networking asks little", score: 100,
			edits: []string{"relationship: multisector-collaboration", "relationship: networking"}},
		{name: "too new for collaboration", score: 85, // 11 of 13 requirements
			edits: []string{"start: 2024-01-15", "start: 2026-06-01"},
			lost: []string{
				"8:10: trust has had time (collaboration): started 2026-06-01, less than 6 months before 2026-11-23",
				"8:10: a year of trust building (multisector-collaboration): started 2026-06-01, less than 12 months before 2026-11-23",
			}},
		{name: "new enough for cooperation", score: 100,
			edits: []string{"start: 2024-01-15", "start: 2026-06-01", "relationship: multisector-collaboration", "relationship: cooperation"}},
		{name: "no business at the table", score: 92,
			edits: []string{"sector: business", "sector: health"},
			lost:  []string{"13:3: public, private and nonprofit (multisector-collaboration): no active member from business"}},
		{name: "recognition not in place", score: 92,
			edits: []string{"{practice: Thank-you notes, owner: ana, status: in-place}", "{practice: Thank-you notes, owner: ana, status: planned}"},
			lost:  []string{"68:16: shared credit (collaboration): recognition is not in place"}},
		{name: "no level declared", score: 0,
			edits: []string{"  relationship: multisector-collaboration\n", ""},
			lost:  []string{"4:3: relationship level: coalition.relationship is not set: the level of working together cannot be weighed against trust, time and resources"}},
	})
}
