package rules

import "testing"

const noMostAffected = "no active member speaks for those most affected by the issue"

// membersOf is base with a members list starting on line 7, then goals.
func membersOf(items string) string { return base + "members:\n" + items + "goals: []\n" }

func TestNoMostAffected(t *testing.T) {
	runCases(t, NoMostAffected, []ruleCase{
		{
			name:  "a nonprofit alone (the documented example), at the members key",
			src:   header + "members:\n  - id: harbor-ymca\n    name: Harbor YMCA\n    sector: nonprofit\ngoals: []\n",
			want:  []string{"6:1: " + noMostAffected},
			hints: []string{"invite a group of those most affected and mark it `most_affected: true`"},
		},
		{
			name:  "no members yet",
			src:   bare,
			want:  []string{"6:1: " + noMostAffected},
			hints: []string{"invite a group of those most affected and mark it `most_affected: true`"},
		},
		{
			name:  "members key after goals",
			src:   base + "goals: []\n\nmembers:\n  - {id: a, name: A}\n",
			want:  []string{"8:1: " + noMostAffected},
			hints: []string{"invite a group of those most affected and mark it `most_affected: true`"},
		},
		{
			name: "most affected only among prospects and former members",
			src: membersOf(`  - {id: parents, name: Parents, most_affected: true, status: prospect}
  - {id: tenants, name: Tenants, most_affected: true, status: former, left: 2025-01-01}
  - {id: ymca, name: YMCA, most_affected: false}
`),
			want:  []string{"6:1: " + noMostAffected},
			hints: []string{"invite a group of those most affected and mark it `most_affected: true`"},
		},
		{
			name:  "no members key, at the start of the plan",
			src:   base + "goals: []\n",
			want:  []string{"1:1: " + noMostAffected},
			hints: []string{"invite a group of those most affected and mark it `most_affected: true`"},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(bare)),
			want:  []string{"6:1: " + noMostAffected},
			hints: []string{"invite a group of those most affected and mark it `most_affected: true`"},
		},

		// Someone speaks for those most affected.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "an active member most affected, status written",
			src:  membersOf("  - {id: ymca, name: YMCA}\n  - {id: parents, name: Parents, status: active, most_affected: true}\n"),
			want: nil,
		},
		{
			name: "an active member most affected by default status",
			src:  membersOf("  - {id: parents, name: Parents, most_affected: true}\n  - {id: youth-council, name: Youth Council, most_affected: True}\n"),
			want: nil,
		},
		{
			name: "most_affected written invalidly is not taken as false",
			src:  membersOf("  - {id: youth-council, name: Youth Council, owner: ana, most_affected: yes}\n"),
			want: nil,
		},
	})
}

// TestNoMostAffectedRegressions holds cases that once went wrong, kept so they stay fixed.
func TestNoMostAffectedRegressions(t *testing.T) {
	runCases(t, NoMostAffected, []ruleCase{
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
