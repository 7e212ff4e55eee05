package rules

import (
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// BarrierNoStrategy reports open barriers with no strategy to overcome them.
var BarrierNoStrategy = &lint.Rule{
	ID:       "barrier-no-strategy",
	Title:    "A barrier that is not resolved has no strategy",
	Severity: lint.SeverityWarning,
	Doc: `The toolkit names eight barriers to working together (turf, bad
history, dominance by professionals, poor links to the community, minimal
capacity, funding, leadership, costs outweighing benefits) and asks, for each
one that exists, how it might be resolved. A barrier that is not
` + "`resolved`" + ` needs a ` + "`strategy`" + `; naming a barrier without one records a
risk without a response.`,
	Example: header + `members: []
goals: []
barriers:
  - id: turf-employers
    type: turf
    severity: high
    status: open
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for i := range p.Plan.Barriers.Items {
			b := &p.Plan.Barriers.Items[i]
			if b.Status.V == plan.BarrierResolved || strings.TrimSpace(b.Strategy.V) != "" {
				continue
			}
			at := b.KeyPos
			if b.ID.Set {
				at = b.ID.Pos
			}
			sev, typ := "", ""
			if b.Severity.Set {
				sev = string(b.Severity.V) + "-severity "
			}
			if b.Type.Set {
				typ = " (" + string(b.Type.V) + ")"
			}
			p.Reportf(at, "add a strategy: how will the coalition overcome it, and who owns it",
				"%s%s has no strategy", label(sev, "barrier", &b.ID, &b.Loc), typ)
		}
	},
}
