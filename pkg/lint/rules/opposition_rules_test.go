package rules

import (
	"fmt"
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// opposition returns a plan whose opposition section is items, after a
// power map with one opponent and one ally on it.
func opposition(items string) string {
	return header + `people:
  - {id: ana, name: Ana López}
members: []
stakeholders:
  - {id: property-group, name: Harbor Property Group, stance: -2, influence: 4}
  - {id: housing-committee, name: Housing Committee, stance: 1, influence: 5}
goals: []
opposition:
` + items
}

func TestOppositionUnanswered(t *testing.T) {
	const general = "plan a counter to each tactic they use under responses (delaying, discrediting), or a general one in response"
	runCases(t, OppositionUnanswered, []ruleCase{
		{
			name: "the documented example: a powerful opponent unanswered, a tactic without its counter",
			src:  OppositionUnanswered.Example,
			want: []string{
				"9:9: opponent harbor-property-group has power 4 of 5 and no planned counter: neither response nor responses",
				"17:25: opponent landlords-association uses deceiving, and responses has no counter to it",
			},
			hints: []string{general, "add `deceiving: …` under responses: what the coalition does when they use it"},
		},
		{
			name:  "power 3 is powerful; no tactics listed",
			src:   opposition("  - id: landlords\n    name: Landlords\n    power: 3\n"),
			want:  []string{"14:9: opponent landlords has power 3 of 5 and no planned counter: neither response nor responses"},
			hints: []string{"list the tactics they use in tactics and plan a counter to each under responses, or a general one in response"},
		},
		{
			name: "power 2, or no power, is not reported",
			src:  opposition("  - {id: a, name: A, power: 2, tactics: [delaying]}\n  - {id: b, name: B, tactics: [delaying]}\n"),
		},
		{
			name: "a general response answers",
			src:  opposition("  - {id: a, name: A, power: 5, tactics: [delaying], response: Publish the record.}\n"),
		},
		{
			name:  "an empty response is no answer",
			src:   opposition("  - {id: a, name: A, power: 5, tactics: [delaying, discrediting], response: \"\"}\n"),
			want:  []string{"14:10: opponent a has power 5 of 5 and no planned counter: neither response nor responses"},
			hints: []string{general},
		},
		{
			name: "every tactic countered",
			src: opposition(`  - id: group
    name: Harbor Property Group
    power: 4
    tactics: [delaying, discrediting]
    responses:
      delaying: Publish the log of repair requests.
      discrediting: Tenants speak, not staff.
`),
		},
		{
			name: "a tactic left without its counter, a general response beside; listed twice, reported once",
			src: opposition(`  - id: group
    name: Harbor Property Group
    power: 4
    tactics: [delaying, discrediting, delaying]
    response: Document every request.
    responses:
      delaying: Publish the log of repair requests.
      discrediting: ""
`),
			want:  []string{"17:25: opponent group uses discrediting, and responses has no counter to it"},
			hints: []string{"add `discrediting: …` under responses: what the coalition does when they use it; until then the general response stands"},
		},
		{
			name:  "an opponent without an id is named by its line",
			src:   opposition("  - name: Landlords\n    power: 4\n    tactics: [dividing]\n"),
			want:  []string{"14:5: the opponent at line 14 has power 4 of 5 and no planned counter: neither response nor responses"},
			hints: []string{"plan a counter to each tactic they use under responses (dividing), or a general one in response"},
		},
	})
}

// TestOppositionUnansweredSeverities checks that a severity set for the
// rule moves its warnings, while a tactic without its counter stays
// information, and that turning the rule off silences both.
func TestOppositionUnansweredSeverities(t *testing.T) {
	f := plan.Parse("plan.yaml", []byte(OppositionUnanswered.Example), plan.ReadOptions{Explicit: true})
	for _, tc := range []struct {
		set  lint.Severity
		want []string
	}{
		{lint.SeverityInvalid, []string{"9:9 warning", "17:25 info"}},
		{lint.SeverityError, []string{"9:9 error", "17:25 info"}},
		{lint.SeverityInfo, []string{"9:9 info", "17:25 info"}},
		{lint.SeverityOff, nil},
	} {
		var got []string
		opts := lint.Options{Rules: All(), Today: today, Severity: map[string]lint.Severity{OppositionUnanswered.ID: tc.set}}
		for _, d := range lint.Check(f, opts) {
			if d.Rule == OppositionUnanswered.ID {
				got = append(got, fmt.Sprintf("%s %s", d.Pos, d.Severity))
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("rule set to %s: got %q, want %q", tc.set, got, tc.want)
		}
	}
}

func TestResponseUnlistedTactic(t *testing.T) {
	runCases(t, ResponseUnlistedTactic, []ruleCase{
		{
			name:  "the documented example: did you mean the nearest listed tactic",
			src:   ResponseUnlistedTactic.Example,
			want:  []string{`14:7: responses of opponent harbor-property-group counter "denying", which is not among its tactics (did you mean "delaying"?)`},
			hints: []string{"move the counter to the tactic it answers, or add denying to tactics if they use it too"},
		},
		{
			name: "no listed tactic is near: the message lists them",
			src: opposition(`  - id: group
    name: Harbor Property Group
    tactics: [dividing, dealing]
    responses:
      surrender: Put the agreement in writing.
      dividing: One voice.
`),
			want:  []string{`18:7: responses of opponent group counter "surrender", which is not among its tactics: it lists dividing, dealing`},
			hints: []string{"move the counter to the tactic it answers, or add surrender to tactics if they use it too"},
		},
		{
			name:  "no tactics listed",
			src:   opposition("  - id: group\n    name: Harbor Property Group\n    responses: {delaying: Publish the log.}\n"),
			want:  []string{`16:17: responses of opponent group counter "delaying", but it lists no tactics`},
			hints: []string{"add delaying to tactics if they use it"},
		},
		{
			name:  "an empty counter under an unlisted tactic is reported too",
			src:   opposition("  - id: group\n    name: Harbor Property Group\n    tactics: [delaying]\n    responses:\n      denying: \"\"\n"),
			want:  []string{`18:7: responses of opponent group counter "denying", which is not among its tactics (did you mean "delaying"?)`},
			hints: []string{"move the counter to the tactic it answers, or add denying to tactics if they use it too"},
		},
		{
			name: "a misspelt tactic in the list is reported by invalid-value, not here",
			src:  opposition("  - id: group\n    name: Harbor Property Group\n    tactics: [delaing]\n    responses:\n      delaying: Publish the log.\n"),
		},
		{
			name: "a key that is no tactic is reported by unknown-key, not here",
			src:  opposition("  - id: group\n    name: Harbor Property Group\n    tactics: [delaying]\n    responses:\n      stalling: Publish the log.\n"),
		},
		{
			name: "every key listed",
			src:  opposition("  - id: group\n    name: Harbor Property Group\n    tactics: [delaying]\n    responses: {delaying: Publish the log.}\n"),
		},
	})
}

func TestOpponentSupportive(t *testing.T) {
	const hint = "if Harbor Property Group now supports the coalition, take them out of opposition; if not, set the stakeholder's stance to 0 or below"
	runCases(t, OpponentSupportive, []ruleCase{
		{
			name:  "the documented example",
			src:   OpponentSupportive.Example,
			want:  []string{"17:18: opponent property-group is stakeholder harbor-property-group on the power map, whose stance at line 10 is +1 (supportive): an opponent stands at 0 or below"},
			hints: []string{hint},
		},
		{
			name:  "stance +1",
			src:   opposition("  - {id: group, name: Harbor Property Group, stakeholder: housing-committee}\n"),
			want:  []string{"14:59: opponent group is stakeholder housing-committee on the power map, whose stance at line 11 is +1 (supportive): an opponent stands at 0 or below"},
			hints: []string{hint},
		},
		{
			name: "opposed on the power map",
			src:  opposition("  - {id: group, name: Harbor Property Group, stakeholder: property-group}\n"),
		},
		{
			name: "a stakeholder with no stance, or an id that names none (dangling-ref), is not reported",
			src:  opposition("  - {id: a, name: A, stakeholder: nobody}\n") + "  - {id: b, name: B, stakeholder: c}\n",
		},
	})
}
