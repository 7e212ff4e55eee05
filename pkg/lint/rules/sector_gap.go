package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// oftenMissing are the sectors the toolkit names as often missing from a
// coalition's membership.
var oftenMissing = []plan.Sector{"government", "school", "business", "youth", "elders"}

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
		have := map[plan.Sector]bool{}
		for i := range p.Plan.Members.Items {
			m := &p.Plan.Members.Items[i]
			if m.StatusOrDefault() != plan.MemberActive && !m.Status.Invalid {
				continue
			}
			if m.Sector.Invalid {
				return // a misspelt sector is reported; the gap is unknown
			}
			have[m.Sector.V] = true
		}
		var gaps []string
		for _, s := range oftenMissing {
			if !have[s] {
				gaps = append(gaps, string(s))
			}
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
