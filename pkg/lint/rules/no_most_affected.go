package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// NoMostAffected reports plans where no member speaks for those most affected.
var NoMostAffected = &lint.Rule{
	ID:       "no-most-affected",
	Title:    "No active member speaks for those most affected",
	Severity: lint.SeverityWarning,
	Doc: `The toolkit asks who is represented, "including those most affected by
the issue", and warns against dominance by professionals. At least one active
member should be marked ` + "`most_affected: true`" + `: a residents' group, a youth
council, the people the coalition works for.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    sector: nonprofit
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || !p.Plan.Members.Complete() {
			return // members could not be read whole: reported as invalid
		}
		for i := range p.Plan.Members.Items {
			m := &p.Plan.Members.Items[i]
			// An invalid most_affected or status is reported; what it
			// meant is unknown, so it may well be the member asked for.
			if (m.MostAffected.V || m.MostAffected.Invalid) && (m.StatusOrDefault() == plan.MemberActive || m.Status.Invalid) {
				return
			}
		}
		at := p.Plan.Members.KeyPos
		if !at.IsValid() {
			at = p.Plan.Pos
		}
		p.Reportf(at, "invite a group of those most affected and mark it `most_affected: true`",
			"no active member speaks for those most affected by the issue")
	},
}
