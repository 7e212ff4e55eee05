package rules

import (
	"strings"
	"testing"
)

// sixRs is bare with a six_rs section (line 8) whose Rs are the given lines.
func sixRs(lines string) string { return bare + "six_rs:\n" + lines }

// sixRsWith is sixRs(allSix) with the line of R r replaced by text.
func sixRsWith(r, text string) string {
	var out []string
	for _, l := range strings.SplitAfter(allSix, "\n") {
		if strings.HasPrefix(l, "  "+r+":") {
			l = text
		}
		out = append(out, l)
	}
	return sixRs(strings.Join(out, ""))
}

// allSix assures every R; cases replace one line of it.
const allSix = `  recognition: {practice: Thank-you notes after every event, owner: ana, status: in-place}
  respect: {practice: Meetings in English and Spanish, owner: ana, status: in-place}
  role: {practice: Every member leads one task, owner: harbor-ymca, status: planned}
  relationships: {practice: Quarterly partner lunches, owner: harbor-ymca, status: planned}
  reward: {practice: Shared credit in grant reports, owner: ana, status: planned}
  results: {practice: Quarterly dashboard, owner: ana, status: planned}
`

func TestSixRsIncomplete(t *testing.T) {
	runCases(t, SixRsIncomplete, []ruleCase{
		{
			name:  "no six_rs section, at the start of the plan",
			src:   bare,
			want:  []string{`1:1: the plan does not say how it assures the 6 R's of engagement`},
			hints: []string{"add a six_rs section with recognition, respect, role, relationships, reward and results"},
		},
		{
			name:  "no six_rs section after a comment",
			src:   "# Harbor\n\n" + bare,
			want:  []string{`3:1: the plan does not say how it assures the 6 R's of engagement`},
			hints: []string{"add a six_rs section with recognition, respect, role, relationships, reward and results"},
		},
		{
			name:  "six_rs with no value",
			src:   bare + "six_rs:\n",
			want:  []string{`1:1: the plan does not say how it assures the 6 R's of engagement`},
			hints: []string{"add a six_rs section with recognition, respect, role, relationships, reward and results"},
		},
		{
			name: "one R left out and one marked missing (the documented example)",
			src:  SixRsIncomplete.Example,
			want: []string{
				`8:1: results is not in six_rs: an R left out counts as missing`,
				`13:20: reward is marked missing: nothing assures it`,
			},
			hints: []string{
				"add `results: {practice: ..., owner: ..., status: planned}` to six_rs",
				"decide a practice for reward, give it an owner and mark it planned",
			},
		},
		{
			name: "empty six_rs: every R, at the six_rs key",
			src:  bare + "six_rs: {}\n",
			want: []string{
				`8:1: recognition is not in six_rs: an R left out counts as missing`,
				`8:1: relationships is not in six_rs: an R left out counts as missing`,
				`8:1: respect is not in six_rs: an R left out counts as missing`,
				`8:1: results is not in six_rs: an R left out counts as missing`,
				`8:1: reward is not in six_rs: an R left out counts as missing`,
				`8:1: role is not in six_rs: an R left out counts as missing`,
			},
			hints: []string{
				"add `recognition: {practice: ..., owner: ..., status: planned}` to six_rs",
				"add `relationships: {practice: ..., owner: ..., status: planned}` to six_rs",
				"add `respect: {practice: ..., owner: ..., status: planned}` to six_rs",
				"add `results: {practice: ..., owner: ..., status: planned}` to six_rs",
				"add `reward: {practice: ..., owner: ..., status: planned}` to six_rs",
				"add `role: {practice: ..., owner: ..., status: planned}` to six_rs",
			},
		},
		{
			name: "marked missing even with a practice and an owner, at the status",
			src: sixRsWith("results", `  results:
    practice: Quarterly dashboard
    owner: ana
    status: missing
`),
			want:  []string{`17:13: results is marked missing: nothing assures it`},
			hints: []string{"decide a practice for results, give it an owner and mark it planned"},
		},
		{
			name: "no status, no owner, no practice, at the R",
			src: sixRs(`  recognition: {practice: Thank-you notes, owner: ana}
  respect: {practice: Bilingual meetings, status: planned}
  role: {owner: ana, status: planned}
  relationships: {status: in-place}
  reward: {practice: "   ", owner: ana, status: planned}
  results: {}
`),
			want: []string{
				`9:3: recognition has no status`,
				`10:3: respect has no owner`,
				`11:3: role has no practice`,
				`12:3: relationships has no practice and owner`,
				`13:3: reward has no practice`,
				`14:3: results has no status, practice and owner`,
			},
			hints: []string{
				"add status to recognition",
				"add owner to respect",
				"add practice to role",
				"add practice or owner to relationships",
				"add practice to reward",
				"add status, practice or owner to results",
			},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(sixRsWith("recognition", "  recognition: {practice: Thank-you notes, owner: ana}\n"))),
			want:  []string{`9:3: recognition has no status`},
			hints: []string{"add status to recognition"},
		},

		{
			name: "a networking group needs no owner per R, a cooperation does",
			src:  strings.Replace(sixRsWith("reward", "  reward: {practice: Shared credit in grant reports, status: planned}\n"), "  problem:", "  relationship: networking\n  problem:", 1),
			want: nil,
		},
		{
			name:  "a cooperation needs an owner per R",
			src:   strings.Replace(sixRsWith("reward", "  reward: {practice: Shared credit in grant reports, status: planned}\n"), "  problem:", "  relationship: cooperation\n  problem:", 1),
			want:  []string{`14:3: reward has no owner`},
			hints: []string{"add owner to reward"},
		},

		// Every R assured, or reported by another rule.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "every R planned with a practice and an owner", src: sixRs(allSix), want: nil},
		{
			name: "an invalid status is invalid-value's finding, not a missing status",
			src:  sixRsWith("results", "  results: {practice: Quarterly dashboard, owner: ana, status: plannd}\n"),
			want: nil,
		},
		{
			name: "an invalid owner still counts as an owner",
			src:  sixRsWith("results", "  results: {practice: Quarterly dashboard, owner: Ana Lopez, status: planned}\n"),
			want: nil,
		},
		{
			name: "six_rs of the wrong type is invalid-type's finding",
			src:  bare + "six_rs: [recognition, respect]\n",
			want: nil,
		},
	})
}
