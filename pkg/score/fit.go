package score

import (
	"fmt"
	"slices"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// requirement is one thing a level of working together asks of a coalition.
type requirement struct {
	level string // the least level that asks it
	label string
	check func(in *Input) (ok bool, detail string, pos plan.Pos)
}

// Fit scores the declared level of working together against the trust, time
// and resources the plan shows.
var Fit = &Dimension{
	Name:   "fit",
	Title:  "The level of working together fits the trust, time and resources shown",
	Weight: 5,
	Formula: `Each level of coalition.relationship asks what the levels below it ask,
and more. Networking: at least two active members, and a ground rule on
information sharing. Coordination: regular meetings (a cadence) and at least
one committee. Cooperation: shared resources (in-kind support, members'
assets or committed funds) and time (at least half of the active members
commit hours each month). Collaboration: trust that has had time (started at
least 6 months ago), shared risk (committed income, or funds from at least two
members), turf and bad history handled (no unresolved turf or bad-history
barrier without a strategy), and shared credit (recognition in place).
Multisector collaboration: government, business and nonprofit or community
members at the table, a member for those most affected, and at least 12
months together. When active members declare a level of their own, partner
levels counts 2 × the share of them whose level the plan backs (see the
level-unsupported rule). Score = 100 × points / points of the inputs. With
no level declared the score is 0.`,
	Source: `Networking, coordination, cooperation and collaboration: "Networking,
coordinating, cooperating, collaboration, and multisector collaboration ...
require different levels of human resources, trust, skills, time, and
financial resources"; "Are there resources available for this kind of
organizational relationship? ... Is there sufficient trust and commitment to
support this kind of relationship?"`,
	Measure: func(in *Input) []Item {
		c := &in.Plan.Coalition
		if !c.Relationship.Set {
			return []Item{{Label: "relationship level", Max: 1, Pos: at(&c.Relationship.Loc, at(&c.Loc, in.Plan.Pos)),
				Detail: "coalition.relationship is not set: the level of working together cannot be weighed against trust, time and resources"}}
		}
		level := slices.Index(plan.VocabRelationship.Values, string(c.Relationship.V))
		var items []Item
		for _, r := range requirements {
			if slices.Index(plan.VocabRelationship.Values, r.level) > level {
				continue
			}
			ok, detail, pos := r.check(in)
			if !pos.IsValid() {
				pos = c.Relationship.Pos
			}
			items = append(items, item(r.label+" ("+r.level+")", 1, ok, pos, detail, detail))
		}
		return append(items, partnerLevels(in)...)
	},
}

var requirements = []requirement{
	{"networking", "partners", func(in *Input) (bool, string, plan.Pos) {
		n := len(activeMembers(in.Plan))
		return n >= 2, fmt.Sprintf("%s active", count(n, "member")), at(&in.Plan.Members.Loc, plan.Pos{})
	}},
	{"networking", "information shared", func(in *Input) (bool, string, plan.Pos) {
		g := &in.Plan.Governance
		if g.InformationSharing.Set {
			return true, "governance.information_sharing is written", g.InformationSharing.Pos
		}
		return false, "no governance.information_sharing", at(&g.Loc, plan.Pos{})
	}},
	{"coordination", "regular meetings", func(in *Input) (bool, string, plan.Pos) {
		m := &in.Plan.Governance.Meetings
		if m.Cadence.Set {
			return true, "meets " + m.Cadence.V, m.Cadence.Pos
		}
		return false, "no meeting cadence", at(&m.Loc, plan.Pos{})
	}},
	{"coordination", "work planned together", func(in *Input) (bool, string, plan.Pos) {
		w := &in.Plan.Governance.WorkDistribution
		n := len(w.Items)
		return n > 0, fmt.Sprintf("%s in governance.work_distribution", count(n, "committee")), at(&w.Loc, plan.Pos{})
	}},
	{"cooperation", "resources shared", func(in *Input) (bool, string, plan.Pos) {
		b := &in.Plan.Budget
		if len(b.InKind.Items) > 0 {
			return true, fmt.Sprintf("%s of in-kind support", count(len(b.InKind.Items), "line")), b.InKind.KeyPos
		}
		for _, m := range activeMembers(in.Plan) {
			if len(m.Assets.Items) > 0 || m.Commitment.Funds.Set && m.Commitment.Funds.V > 0 {
				return true, fmt.Sprintf("%s brings assets or funds", memberName(m)), m.KeyPos
			}
		}
		return false, "no in-kind support, member assets or committed funds", at(&b.Loc, plan.Pos{})
	}},
	{"cooperation", "time committed", func(in *Input) (bool, string, plan.Pos) {
		active := activeMembers(in.Plan)
		k := 0
		for _, m := range active {
			if m.Commitment.HoursPerMonth.Set && m.Commitment.HoursPerMonth.V > 0 {
				k++
			}
		}
		return len(active) > 0 && 2*k >= len(active),
			fmt.Sprintf("%d of %d active members commit hours each month (at least half needed)", k, len(active)),
			at(&in.Plan.Members.Loc, plan.Pos{})
	}},
	{"collaboration", "trust has had time", func(in *Input) (bool, string, plan.Pos) {
		return together(in, 6)
	}},
	{"collaboration", "shared risk", func(in *Input) (bool, string, plan.Pos) {
		t := figures.BudgetOf(in.Plan)
		if t.Committed > 0 {
			return true, fmt.Sprintf("%s %s of committed income", t.Committed, in.Plan.Coalition.CurrencyCode()), in.Plan.Budget.Income.KeyPos
		}
		funders := 0
		for _, m := range activeMembers(in.Plan) {
			if m.Commitment.Funds.Set && m.Commitment.Funds.V > 0 {
				funders++
			}
		}
		return funders >= 2, fmt.Sprintf("no committed income; %s commit funds (two needed)", count(funders, "member")), at(&in.Plan.Budget.Loc, plan.Pos{})
	}},
	{"collaboration", "turf and bad history handled", func(in *Input) (bool, string, plan.Pos) {
		for i := range in.Plan.Barriers.Items {
			b := &in.Plan.Barriers.Items[i]
			if !b.Type.Set || (b.Type.V != "turf" && b.Type.V != "bad-history") {
				continue
			}
			if b.Status.Set && b.Status.V == plan.BarrierResolved || b.Strategy.Set {
				continue
			}
			return false, fmt.Sprintf("%s barrier %s has no strategy", b.Type.V, barrierName(b)), b.KeyPos
		}
		return true, "no unresolved turf or bad-history barrier without a strategy", at(&in.Plan.Barriers.Loc, plan.Pos{})
	}},
	{"collaboration", "shared credit", func(in *Input) (bool, string, plan.Pos) {
		r := &in.Plan.SixRs.Recognition
		if r.Status.Set && r.Status.V == plan.PracticeInPlace {
			return true, "recognition is in place", r.Status.Pos
		}
		return false, "recognition is not in place", at(&r.Loc, plan.Pos{})
	}},
	{"multisector-collaboration", "public, private and nonprofit", func(in *Input) (bool, string, plan.Pos) {
		have := figures.SectorsOf(in.Plan).Active
		var missing []string
		if !have["government"] {
			missing = append(missing, "government")
		}
		if !have["business"] {
			missing = append(missing, "business")
		}
		if !have["nonprofit"] && !have["community"] {
			missing = append(missing, "nonprofit or community")
		}
		if len(missing) == 0 {
			return true, "government, business and nonprofit or community members are active", at(&in.Plan.Members.Loc, plan.Pos{})
		}
		return false, "no active member from " + listSome(missing), at(&in.Plan.Members.Loc, plan.Pos{})
	}},
	{"multisector-collaboration", "community as equal players", func(in *Input) (bool, string, plan.Pos) {
		for _, m := range activeMembers(in.Plan) {
			if m.MostAffected.Set && m.MostAffected.V {
				return true, memberName(m) + " speaks for those most affected", m.MostAffected.Pos
			}
		}
		return false, "no active member speaks for those most affected", at(&in.Plan.Members.Loc, plan.Pos{})
	}},
	{"multisector-collaboration", "a year of trust building", func(in *Input) (bool, string, plan.Pos) {
		return together(in, 12)
	}},
}

// together checks that the coalition started at least months before today.
func together(in *Input, months int) (bool, string, plan.Pos) {
	s := &in.Plan.Coalition.Start
	if !s.Set || in.Today.IsZero() {
		return false, "no coalition.start to tell how long the partners have worked together", at(&in.Plan.Coalition.Loc, plan.Pos{})
	}
	need := plan.DateOf(in.Today.Time().AddDate(0, -months, 0))
	if s.V.After(need) {
		return false, fmt.Sprintf("started %s, less than %d months before %s", s.V, months, in.Today), s.Pos
	}
	return true, fmt.Sprintf("started %s, at least %d months before %s", s.V, months, in.Today), s.Pos
}

// activeMembers returns the members whose status is active or left out.
func activeMembers(p *plan.Plan) []*plan.Member {
	var out []*plan.Member
	for i := range p.Members.Items {
		if m := &p.Members.Items[i]; figures.Active(m) {
			out = append(out, m)
		}
	}
	return out
}

// partnerLevels weighs the partners that declare a level of their own: each
// level is backed by what the plan shows for that partner [004] (see the
// level-unsupported rule). It is an input only when some active member has
// a level.
func partnerLevels(in *Input) []Item {
	var with int
	for _, m := range activeMembers(in.Plan) {
		if m.Level.Set {
			with++
		}
	}
	if with == 0 {
		return nil
	}
	bad := partners.UnsupportedOf(in.Plan)
	var names []string
	pos := at(&in.Plan.Members.Loc, plan.Pos{})
	for i, u := range bad {
		names = append(names, fmt.Sprintf("%s at %s", memberName(u.Member), u.Level))
		if i == 0 {
			pos = u.Member.Level.Pos
		}
	}
	return []Item{share("partner levels", 2, with-len(bad), with, pos,
		"partners with a level of their own show what that level asks", "not backed: ", names)}
}
