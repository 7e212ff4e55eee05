package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/partners"
)

// OwnerOverload reports people who own more relationships than one person
// can keep warm.
var OwnerOverload = &lint.Rule{
	ID:       "owner-overload",
	Title:    "One person owns more relationships than they can keep",
	Severity: lint.SeverityWarning,
	Doc: `Each relationship has one owner, but relationships take time: rather
than have the leaders manage every partnership, put one member in charge of
each, and hand relationships over as needed [001]. A person who owns more
active members and prospects than ` + "`max_relationships_per_owner`" + ` (in
.coalition.yaml, 8 by default) cannot keep them all warm. The finding is at
the person, and names the members to hand over: the prospects first (no
relationship to break yet), then the active members listed last.`,
	Example: header + `people:
  - id: ana-lopez
    name: Ana López
members:
  - {id: m1, name: Member One, owner: ana-lopez}
  - {id: m2, name: Member Two, owner: ana-lopez}
  - {id: m3, name: Member Three, owner: ana-lopez}
  - {id: m4, name: Member Four, owner: ana-lopez}
  - {id: m5, name: Member Five, owner: ana-lopez}
  - {id: m6, name: Member Six, owner: ana-lopez}
  - {id: m7, name: Member Seven, owner: ana-lopez}
  - {id: m8, name: Member Eight, owner: ana-lopez}
  - {id: bay-college, name: Bay College, status: prospect, owner: ana-lopez}
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		for _, o := range partners.Overloaded(p.Plan, p.Limits) {
			per := o.Person
			var names []string
			for _, m := range o.HandOver {
				names = append(names, string(m.ID.V))
			}
			at := per.KeyPos
			if per.ID.Set {
				at = per.ID.Pos
			}
			p.Reportf(at, fmt.Sprintf("give %s another owner (members[].owner), or raise max_relationships_per_owner if this person really has the time", andList(names)),
				"%s owns %d relationships, more than %d: hand over %s",
				label("", "person", &per.ID, &per.Loc), len(o.Members), p.Limits.MaxPerOwner, andList(names))
		}
	},
}
