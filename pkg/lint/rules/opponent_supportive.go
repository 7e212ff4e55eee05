package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// OpponentSupportive reports opponents whose entry on the power map stands
// with the coalition.
var OpponentSupportive = &lint.Rule{
	ID:       "opponent-supportive",
	Title:    "An opponent stands among the supporters on the power map",
	Severity: lint.SeverityWarning,
	Doc: `` + "`opposition[].stakeholder`" + ` says that an opponent and a stakeholder of
the power map are one actor. An opponent loses if the coalition wins [003];
on the power map it stands at ` + "`stance`" + ` 0 or below. A joined stakeholder
at stance +1 or +2 is a contradiction: the brief would show the same actor
as a supporter to keep close and as a risk to counter.

It is a warning, not information: one of the two entries is wrong, and the
strategy built on the power map (whom to mobilize, whom to counter) inherits
the error. If the actor has come round (a deal was struck, they
surrendered), take them out of the opposition; if not, lower their stance.
The finding is at the opponent's ` + "`stakeholder`" + `, and names the line of
the stance.`,
	Example: header + `members: []
stakeholders:
  - id: harbor-property-group
    name: Harbor Property Group
    stance: 1
    influence: 4
goals: []
opposition:
  - id: property-group
    name: Harbor Property Group
    power: 4
    stakeholder: harbor-property-group
    response: Document every repair request and bring the record to the housing committee.
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for _, o := range p.Opposition() {
			if !o.Supportive() {
				continue
			}
			op, s := o.Opponent, o.Stakeholder
			p.Reportf(op.Stakeholder.Pos,
				fmt.Sprintf("if %s now supports the coalition, take them out of opposition; if not, set the stakeholder's stance to 0 or below", o.Name()),
				"%s is stakeholder %s on the power map, whose stance at line %d is %+d (supportive): an opponent stands at 0 or below",
				label("", "opponent", &op.ID, &op.Loc), s.ID.V, s.Stance.Pos.Line, s.Stance.V)
		}
	},
}
