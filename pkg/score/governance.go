package score

import "github.com/coalition-tools/coalition/pkg/plan"

// Governance scores the three elements every structure needs and the
// procedural ground rules.
var Governance = &Dimension{
	Name:   "governance",
	Title:  "Decisions, rules, work and ground rules are settled",
	Weight: 10,
	Formula: `The three elements every structure needs, 20 points each: a
structure for decision making (10 for coalition.structure, 10 for
governance.decision_making), rules of operation (governance.rules) and a
distribution of work (at least one committee in governance.work_distribution
with a lead). The ground rules, 8 points each: a spokesperson who is a person
of the plan, confidentiality, information sharing, the role of
representatives, and meetings marked accessible. Score = the sum, less 10
when the coalition's next review is past due: review_every_months (12 when
absent) after the latest review, or after coalition.start when the plan
lists none.`,
	Source: `Toolkit: "Three elements are necessary to designate, regardless of the
organizational structure: some form of governing structure for decision
making, rules by which the organization will operate, a planned distribution
of work"; meeting hours and venues accessible to those who work or use public
transportation. Networking to collaboration: "Establish procedural ground
rules": how decisions are made, who speaks to the media, what is
confidential, how information is distributed, the role of representatives.
Evaluation: "Conduct reviews of the collaborative partnership's progress and
difficulties, using external consultants or an internal team of selected
members."`,
	Measure: func(in *Input) []Item {
		p := in.Plan
		g := &p.Governance
		gpos := at(&g.Loc, p.Pos)
		led := false
		for i := range g.WorkDistribution.Items {
			if g.WorkDistribution.Items[i].Lead.Set {
				led = true
				break
			}
		}
		work := item("distribution of work", 20, led, at(&g.WorkDistribution.Loc, gpos),
			"committees with a lead", "no committee with a lead in governance.work_distribution")
		if !led && len(g.WorkDistribution.Items) > 0 {
			work.Points, work.Detail = 10, "committees, none with a lead"
		}
		spokes := g.Spokesperson.Set && in.Index.People[g.Spokesperson.V] != nil
		items := []Item{
			item("structure", 10, p.Coalition.Structure.Set, at(&p.Coalition.Structure.Loc, at(&p.Coalition.Loc, p.Pos)),
				"coalition.structure is "+string(p.Coalition.Structure.V), "no coalition.structure"),
			item("decision making", 10, g.DecisionMaking.Set, at(&g.DecisionMaking.Loc, gpos),
				"by "+string(g.DecisionMaking.V), "no governance.decision_making"),
			item("rules", 20, g.Rules.Set, at(&g.Rules.Loc, gpos),
				"operating rules written", "no governance.rules: how the coalition operates"),
			work,
			item("spokesperson", 8, spokes, at(&g.Spokesperson.Loc, gpos),
				string(g.Spokesperson.V)+" speaks for the coalition", "no spokesperson among the people of the plan"),
			item("confidentiality", 8, g.Confidentiality.Set, at(&g.Confidentiality.Loc, gpos),
				"ground rule written", "no ground rule on what is confidential"),
			item("information sharing", 8, g.InformationSharing.Set, at(&g.InformationSharing.Loc, gpos),
				"ground rule written", "no ground rule on how information is shared"),
			item("representatives", 8, g.Representatives.Set, at(&g.Representatives.Loc, gpos),
				"ground rule written", "no ground rule on the role of representatives"),
			accessible(g, gpos),
		}
		return append(items, reviewOverdue(in)...)
	},
}

func accessible(g *plan.Governance, def plan.Pos) Item {
	a := &g.Meetings.Accessible
	it := Item{Label: "accessible meetings", Max: 8, Pos: at(&a.Loc, at(&g.Meetings.Loc, def))}
	switch {
	case a.Set && a.V:
		it.Points, it.Detail = 8, "hours and venues accessible"
	case a.Set:
		it.Detail = "meetings are marked not accessible"
	default:
		it.Detail = "not said whether meeting hours and venues are accessible"
	}
	return it
}
