package rules

import (
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/partners"
)

// LevelUnsupported reports partners whose level of working together asks
// more than the plan shows for them.
var LevelUnsupported = &lint.Rule{
	ID:       "level-unsupported",
	Title:    "A partner's level of working together is not backed by the plan",
	Severity: lint.SeverityWarning,
	Doc: `Each partner sits at its own place on the continuum of working
together, and each level asks more trust, time and resources than the one
before [004]. From cooperation on, partners share resources: the plan shows
assets, committed funds or in-kind support from the member (or from one of
its people). From collaboration on, they also commit time
(` + "`commitment.hours_per_month`" + `) and take a part in leading the work: a role
beyond ` + "`member`" + `. And no partner works more closely than the coalition
itself (` + "`coalition.relationship`" + `).

Only a ` + "`level`" + ` written on the member is checked; a member without one works
at the coalition's level, which the fit dimension of the score weighs.`,
	Example: header + `  relationship: collaboration
members:
  - id: harbor-ymca
    name: Harbor YMCA
    role: member
    level: collaboration
goals: []
`,
	Run: func(p *lint.Pass) {
		for _, u := range partners.UnsupportedOf(p.Plan) {
			m := u.Member
			var shows []string
			above := false
			for _, l := range u.Lacks {
				if l == partners.LackAbove {
					above = true
					continue
				}
				shows = append(shows, l)
			}
			msg := label("active ", "member", &m.ID, &m.Loc) + " works at the " + string(u.Level) + " level"
			switch {
			case len(shows) > 0 && above:
				msg += ", but the plan does not show " + andList(shows) + ", and the coalition itself works at the " + string(p.Plan.Coalition.Relationship.V) + " level"
			case len(shows) > 0:
				msg += ", but the plan does not show " + andList(shows)
			default:
				msg += ", closer than the coalition itself (" + string(p.Plan.Coalition.Relationship.V) + ")"
			}
			var hints []string
			if slices.Contains(u.Lacks, partners.LackResources) {
				hints = append(hints, "record what it shares (assets, commitment.funds, or an in_kind line from it)")
			}
			if slices.Contains(u.Lacks, partners.LackTime) {
				hints = append(hints, "record its hours in commitment.hours_per_month")
			}
			if slices.Contains(u.Lacks, partners.LackRole) {
				hints = append(hints, "give it a role beyond member (lead, advisor, funder, fiscal-sponsor, backbone)")
			}
			hint := "set its level no higher than the coalition's"
			if len(hints) > 0 {
				hint = strings.Join(hints, "; ") + "; or set its level lower"
			}
			p.Reportf(m.Level.Pos, hint, "%s", msg)
		}
	},
}
