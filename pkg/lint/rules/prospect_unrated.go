package rules

import (
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/partners"
)

// ProspectUnrated reports prospects with no selection criteria.
var ProspectUnrated = &lint.Rule{
	ID:       "prospect-unrated",
	Title:    "A prospect is not rated by the selection criteria",
	Severity: lint.SeverityInfo,
	Doc: `Choosing partners wisely means rating each prospect on the same
criteria: mission alignment, geography, size, expertise, culture and prior
collaboration [002]. A prospect with no ` + "`criteria`" + ` cannot be ranked
against the others: ` + "`coalition show PLAN prospects`" + ` lists it last, as not
rated.`,
	Example: header + `members:
  - id: bay-college
    name: Bay College
    status: prospect
goals: []
`,
	Run: func(p *lint.Pass) {
		for _, pr := range partners.Prospects(p.Plan, nil) {
			if pr.Rated {
				continue
			}
			m := pr.Member
			at := m.KeyPos
			if m.ID.Set {
				at = m.ID.Pos
			}
			p.Reportf(at, "rate it from 0 to 5 under criteria: "+strings.Join(partners.CriteriaNames(), ", "),
				"%s is not rated by the selection criteria", label("", "prospect", &m.ID, &m.Loc))
		}
	},
}
