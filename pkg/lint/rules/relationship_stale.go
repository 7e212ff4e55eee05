package rules

import (
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/partners"
)

// RelationshipStale reports active members whose owner has not met them
// for longer than the configured number of days.
var RelationshipStale = &lint.Rule{
	ID:       "relationship-stale",
	Title:    "A relationship has gone without a one-to-one for too long",
	Severity: lint.SeverityWarning,
	Doc: `Partnerships start with individual relationships, and each needs one
owner who keeps it warm [001]. ` + "`last_contact`" + ` records the owner's last
one-to-one with an active member; a relationship untended for longer than
` + "`stale_after_days`" + ` (in .coalition.yaml, 90 days by default) before today is
going cold. The finding is at the date, and names the owner.

A plan that records no contact at all is not checked: it does not track
contacts, and nothing says its relationships are cold.`,
	Example: header + `people:
  - id: ana-lopez
    name: Ana López
members:
  - id: harbor-ymca
    name: Harbor YMCA
    owner: ana-lopez
    last_contact: 2026-05-04
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		x := p.Index()
		for _, s := range partners.StaleOf(p.Plan, p.Today, p.Limits) {
			m := s.Member
			owner := "its owner"
			if m.Owner.Set {
				owner = figures.PersonName(x, m.Owner.V)
			}
			p.Reportf(m.LastContact.Pos, "ask "+owner+" for a one-to-one, then record it in last_contact and what comes next in next_step",
				"%s was last met one to one on %s, %d days ago (more than %d)",
				label("active ", "member", &m.ID, &m.Loc), m.LastContact.V, s.Days, p.Limits.StaleAfterDays)
		}
	},
}
