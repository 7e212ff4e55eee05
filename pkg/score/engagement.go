package score

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/levels"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// rsOwnerCost is what an R in place loses without an owner, where the
// level expects one (levels.RsOwners).
const rsOwnerCost = 0.25

// Engagement scores how the plan assures the 6 R's of engagement.
var Engagement = &Dimension{
	Name:   "engagement",
	Title:  "The 6 R's of engagement are assured",
	Weight: 15,
	Formula: `Each of the 6 R's (recognition, respect, role, relationships, reward,
results) earns 1 point when its practice is in place, 0.5 when it is planned
and 0 when it is missing or left out. From cooperation on (see the table of
levels), an R in place needs an owner, a person or member of the plan who
keeps it: without one it earns 0.75. Score = 100 × points / 6.`,
	Source: `Community Tool Box toolkit "Creating and Maintaining Coalitions and
Partnerships": "Indicate how the group will assure the 6 R's for maintaining
engagement of all participants."`,
	Measure: func(in *Input) []Item {
		s := &in.Plan.SixRs
		owners := levels.RsOwners.Expects(levels.Of(in.Plan))
		var items []Item
		for _, r := range s.All() {
			p := r.Practice
			pos := at(&p.Status.Loc, at(&p.Loc, at(&s.Loc, in.Plan.Pos)))
			it := Item{Label: r.Name, Max: 1, Pos: pos}
			switch {
			case !p.Written():
				it.Detail = "not in the plan (counts as missing)"
			case p.Status.Set && p.Status.V == plan.PracticeInPlace && owners && !ownedBy(in.Index, p.Owner):
				it.Detail, it.Points = fmt.Sprintf("in place, but no owner keeps it (expected from %s on)", levels.RsOwners.From), 1-rsOwnerCost
			case p.Status.Set && p.Status.V == plan.PracticeInPlace:
				it.Detail, it.Points = "in place", 1
			case p.Status.Set && p.Status.V == plan.PracticePlanned:
				it.Detail, it.Points = "planned, not yet in place", 0.5
			case p.Status.Set:
				it.Detail = "no practice in place"
			default:
				it.Detail = "no status (counts as missing)"
			}
			items = append(items, it)
		}
		return items
	},
}

// ownedBy reports whether owner names a person or a member of the plan.
func ownedBy(x *plan.Index, owner plan.Value[plan.ID]) bool {
	return owner.Set && (x.People[owner.V] != nil || x.Members[owner.V] != nil)
}
