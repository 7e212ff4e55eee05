package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// MissingOwner reports active members and prospects without a
// relationship owner.
var MissingOwner = &lint.Rule{
	ID:       "missing-owner",
	Title:    "An active member or a prospect has no relationship owner",
	Severity: lint.SeverityWarning,
	Doc: `Every partnership needs one relationship owner: the person who keeps in
touch, notices when the partner drifts and speaks for the coalition to them.
Without one, everyone assumes someone else is calling. Each active member
should have an ` + "`owner`" + ` naming a person of the plan, and so should each
prospect: the person who will approach them [001].`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for i := range p.Plan.Members.Items {
			m := &p.Plan.Members.Items[i]
			st := m.StatusOrDefault()
			if st == plan.MemberFormer || m.Owner.Written() {
				continue
			}
			at := m.KeyPos
			if m.ID.Set {
				at = m.ID.Pos
			}
			if st == plan.MemberProspect {
				p.Reportf(at, "add `owner: PERSON-ID`, the person who will approach them",
					"%s has no owner to approach it", label("", "prospect", &m.ID, &m.Loc))
				continue
			}
			p.Reportf(at, "add `owner: PERSON-ID`, the one person who keeps the relationship",
				"%s has no relationship owner", label("active ", "member", &m.ID, &m.Loc))
		}
	},
}
