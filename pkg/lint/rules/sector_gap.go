package rules

import (
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
)

// SectorGap reports sectors the toolkit names as often missing.
var SectorGap = &lint.Rule{
	ID:       "sector-gap",
	Title:    "Sectors often missing from coalitions are not at the table",
	Severity: lint.SeverityInfo,
	Doc: `The toolkit warns that "certain sectors of the community with crucial
knowledge and history of the issue" are often not involved, naming local
government, schools, businesses, youth organizations and elders. This rule
lists those sectors that no active member belongs to. It is information, not a
mistake: a networking group of grant writers may rightly have no school at
the table.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    sector: youth
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil || !p.Plan.Members.Complete() {
			return // members could not be read whole: reported as invalid
		}
		// The same sectors as the score's; a member whose status could not
		// be read may be active, and one whose sector could not be read
		// leaves the gap unknown (both are reported as invalid).
		sectors := figures.SectorsOf(p.Plan)
		if sectors.Unknown {
			return
		}
		var gaps []string
		for _, s := range sectors.Gaps() {
			gaps = append(gaps, string(s))
		}
		if len(gaps) == 0 {
			return
		}
		at := p.Plan.Members.KeyPos
		if !at.IsValid() {
			at = p.Plan.Pos
		}
		p.Reportf(at, "consider inviting members from these sectors, or prospects to approach",
			"no active member from the sectors often missing: %s", andList(gaps))
	},
}
