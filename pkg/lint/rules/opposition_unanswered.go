package rules

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// OppositionUnanswered reports the powerful opponents with no planned
// counter, and, as information, the tactics left without a counter in
// responses.
var OppositionUnanswered = &lint.Rule{
	ID:       "opposition-unanswered",
	Title:    "A powerful opponent has no planned counter",
	Severity: lint.SeverityWarning,
	Doc: `The toolkit asks three questions about the opposition: who will lose if
the coalition succeeds, how much power they have, and what tactics they use
(deflecting, delaying, denying, discounting, deceiving, dividing, dulcifying,
discrediting, destroying, dealing, surrender) [003]. Naming a powerful
opponent without planning how to meet them leaves the largest risk open.

An opponent of power 3 or more (of 5) with neither a general counter
(` + "`response`" + `) nor a counter to any of its tactics (` + "`responses`" + `) is
a warning, at the opponent's id.

Once a plan answers an opponent tactic by tactic in ` + "`responses`" + `, each
tactic listed in ` + "`tactics`" + ` without its counter there is reported as
information, at the tactic in the list, whatever the opponent's power:
the plan says how it meets the other tactics, not this one. A severity set
for the rule in .coalition.yaml applies to the warnings; these findings stay
information.`,
	Example: header + `members: []
goals: []
opposition:
  - id: harbor-property-group
    name: Harbor Property Group
    loses: Rent increases without repairs
    power: 4
    tactics: [delaying, discrediting]
  - id: landlords-association
    name: Harbor Landlords Association
    power: 2
    tactics: [dividing, deceiving]
    responses:
      dividing: Members speak with one voice through the spokesperson.
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for _, o := range p.Opposition() {
			op := o.Opponent
			who := label("", "opponent", &op.ID, &op.Loc)
			if o.Powerful() && !o.Answered() {
				at := op.KeyPos
				if op.ID.Set {
					at = op.ID.Pos
				}
				p.Reportf(at, unansweredHint(&o), "%s has power %d of 5 and no planned counter: neither response nor responses",
					who, op.Power.V)
			}
			if !o.PerTactic() {
				continue
			}
			for _, c := range o.Uncountered() {
				hint := fmt.Sprintf("add `%s: …` under responses: what the coalition does when they use it", c.Tactic.V)
				if o.General() {
					hint += "; until then the general response stands"
				}
				p.Notef(c.Tactic.Pos, hint, "%s uses %s, and responses has no counter to it", who, c.Tactic.V)
			}
		}
	},
}

// unansweredHint says how to answer an opponent with no counter.
func unansweredHint(o *figures.Opponent) string {
	if len(o.Counters) == 0 {
		return "list the tactics they use in tactics and plan a counter to each under responses, or a general one in response"
	}
	var tactics []string
	for _, c := range o.Counters {
		tactics = append(tactics, string(c.Tactic.V))
	}
	return fmt.Sprintf("plan a counter to each tactic they use under responses (%s), or a general one in response",
		strings.Join(tactics, ", "))
}
