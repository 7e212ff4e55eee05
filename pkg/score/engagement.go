package score

import "github.com/coalition-tools/coalition/pkg/plan"

// Engagement scores how the plan assures the 6 R's of engagement.
var Engagement = &Dimension{
	Name:   "engagement",
	Title:  "The 6 R's of engagement are assured",
	Weight: 15,
	Formula: `Each of the 6 R's (recognition, respect, role, relationships, reward,
results) earns 1 point when its practice is in place, 0.5 when it is planned
and 0 when it is missing or left out. Score = 100 × points / 6.`,
	Source: `Community Tool Box toolkit "Creating and Maintaining Coalitions and
Partnerships": "Indicate how the group will assure the 6 R's for maintaining
engagement of all participants."`,
	Measure: func(in *Input) []Item {
		s := &in.Plan.SixRs
		var items []Item
		for _, r := range s.All() {
			p := r.Practice
			pos := at(&p.Status.Loc, at(&p.Loc, at(&s.Loc, in.Plan.Pos)))
			it := Item{Label: r.Name, Max: 1, Pos: pos}
			switch {
			case !p.Written():
				it.Detail = "not in the plan (counts as missing)"
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
