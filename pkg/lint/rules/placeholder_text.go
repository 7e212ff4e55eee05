package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/placeholder"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// PlaceholderText reports text left for someone to replace: a sentence of
// the coalition init starter, or a stand-in such as TBD.
var PlaceholderText = &lint.Rule{
	ID:       "placeholder-text",
	Title:    "A text is a placeholder, not the plan's own words",
	Severity: lint.SeverityWarning,
	Doc: `coalition init writes a sentence in every text for the coalition to
replace ("Say what is in the way."), and people type a stand-in when they
mean to come back to a value: ` + "`TBD`, `TBC`, `TODO`, `FIXME`, `xxx`, `n/a`, `lorem ipsum`" + `,
dots or question marks, as the whole value. A plan that still holds them reads
as complete while it is not: each is reported at its value, and the score
counts it as missing. Text that merely contains such a word ("TBD by the
board in May") is the plan's own and is not reported.`,
	Example: header + `members: []
goals:
  - id: first-goal
    title: Say what will be different in the community.
    indicator: TBD
`,
	Run: func(p *lint.Pass) {
		plan.EachText(p.Plan, func(path func() string, v *plan.Value[string]) {
			switch placeholder.Of(v.V) {
			case placeholder.FromStarter:
				p.Reportf(v.Pos, "write the plan's own words in its place: until then it counts as missing in the score",
					"%s is still the starter's placeholder, %s", path(), plan.Quote(v.V))
			case placeholder.StandIn:
				p.Reportf(v.Pos, "write the value, or leave the key out until it is known: a placeholder counts as missing in the score",
					"%s is a placeholder, %s", path(), plan.Quote(v.V))
			}
		})
	},
}
