package rules

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// ResponseUnlistedTactic reports counters in responses to tactics the
// opponent is not listed as using.
var ResponseUnlistedTactic = &lint.Rule{
	ID:       "response-unlisted-tactic",
	Title:    "A counter in responses answers a tactic the opponent does not use",
	Severity: lint.SeverityError,
	Doc: `` + "`opposition[].responses`" + ` maps each tactic listed in the opponent's
` + "`tactics`" + ` to the counter planned for it. A key of ` + "`responses`" + ` that is a
tactic, but not one of those listed, is a counter to nothing the plan says
the opponent does: most often the counter was written under the wrong
tactic, or the tactic was left out of the list. Either way the tactic that
needed the counter shows none, in the brief and the report alike.

The finding is at the key, and suggests the nearest tactic the opponent is
listed as using. A key that is no tactic at all is reported by unknown-key;
while a tactic of the list cannot be read, the rule waits for it to be fixed.`,
	Example: header + `members: []
goals: []
opposition:
  - id: harbor-property-group
    name: Harbor Property Group
    power: 4
    tactics: [delaying, discrediting]
    responses:
      denying: File every repair request with the city and publish the log.
      discrediting: Tenants, not staff, speak at the housing committee.
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for _, o := range p.Opposition() {
			if len(o.Unlisted) == 0 {
				continue
			}
			op := o.Opponent
			who := label("", "opponent", &op.ID, &op.Loc)
			var listed []string
			for _, c := range o.Counters {
				listed = append(listed, string(c.Tactic.V))
			}
			for _, tr := range o.Unlisted {
				t := string(tr.Tactic)
				if len(listed) == 0 {
					p.Reportf(tr.Response.KeyPos, fmt.Sprintf("add %s to tactics if they use it", t),
						"responses of %s counter %s, but it lists no tactics", who, plan.Quote(t))
					continue
				}
				hint := fmt.Sprintf("move the counter to the tactic it answers, or add %s to tactics if they use it too", t)
				suggestion := suggest.DidYouMean(t, listed)
				if suggestion == "" {
					suggestion = ": it lists " + strings.Join(listed, ", ")
				}
				p.Reportf(tr.Response.KeyPos, hint, "responses of %s counter %s, which is not among its tactics%s",
					who, plan.Quote(t), suggestion)
			}
		}
	},
}
