package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// MemberStatus reports members whose status contradicts their dates.
var MemberStatus = &lint.Rule{
	ID:       "member-status",
	Title:    "A member's status contradicts its dates",
	Severity: lint.SeverityWarning,
	Doc: `A member that has ` + "`left`" + ` (on a date that has passed) is a
` + "`former`" + ` member, and a former member should say when it left. When status
and dates disagree, member counts, coverage of sectors and the relationship
owners' workload are all computed wrongly.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    status: active
    joined: 2024-01-15
    left: 2025-06-30
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for i := range p.Plan.Members.Items {
			m := &p.Plan.Members.Items[i]
			if m.Status.Invalid || m.Left.Invalid {
				continue // the invalid value is reported; its meaning is unknown
			}
			st := m.StatusOrDefault()
			switch {
			case m.Left.Set && st != plan.MemberFormer && !p.Today.IsZero() && !p.Today.Before(m.Left.V):
				at := m.Left.Pos
				p.Reportf(at, "set `status: former`, or remove the left date",
					"%s left on %s but its status is %s", label("", "member", &m.ID, &m.Loc), m.Left.V, st)
			case st == plan.MemberFormer && !m.Left.Set:
				p.Reportf(m.Status.Pos, "add `left: YYYY-MM-DD`",
					"%s does not say when it left", label("former ", "member", &m.ID, &m.Loc))
			}
		}
	},
}
