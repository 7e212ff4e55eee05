package partners

import (
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Unsupported is a partner whose level of working together asks more than
// the plan shows for it.
type Unsupported struct {
	Member *plan.Member
	// Level is the member's own level.
	Level plan.Level
	// Lacks says what the level asks that the plan does not show, in the
	// order of the continuum: "shared resources", "committed time", "a
	// role beyond member", "the coalition's own level".
	Lacks []string
}

// What each level asks of a partner, by the continuum [004]: cooperation
// shares resources; collaboration also commits time and takes a part in
// leading the work; no partner works more closely than the coalition does.
const (
	LackResources = "shared resources (assets, committed funds or in-kind support)"
	LackTime      = "committed time (commitment.hours_per_month)"
	LackRole      = "a role beyond member"
	LackAbove     = "a coalition at that level"
)

// UnsupportedOf returns the active members with a level of their own that
// the plan does not back, in the order of the plan. A member without a
// level of its own works at the coalition's level, which the fit of the
// score weighs for the coalition as a whole.
func UnsupportedOf(p *plan.Plan) []Unsupported {
	if p == nil {
		return nil
	}
	// Who gives in-kind support: members, or people of members.
	gives := map[plan.ID]bool{}
	memberOf := map[plan.ID]plan.ID{}
	for _, per := range p.People.Items {
		if per.ID.Set && per.Member.Set {
			memberOf[per.ID.V] = per.Member.V
		}
	}
	for _, k := range p.Budget.InKind.Items {
		if !k.From.Set || k.Value.V <= 0 {
			continue
		}
		gives[k.From.V] = true
		if m, ok := memberOf[k.From.V]; ok {
			gives[m] = true
		}
	}
	coalition := plan.LevelOf(p.Coalition.Relationship.V)
	var out []Unsupported
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if m.StatusOrDefault() != plan.MemberActive || !m.Level.Set {
			continue
		}
		level := m.Level.V
		var lacks []string
		if level.Rank() >= plan.LevelCooperation.Rank() {
			shares := len(m.Assets.Items) > 0 || m.Commitment.Funds.V > 0 || m.ID.Set && gives[m.ID.V]
			if !shares {
				lacks = append(lacks, LackResources)
			}
		}
		if level.Rank() >= plan.LevelCollaboration.Rank() {
			if m.Commitment.HoursPerMonth.V <= 0 {
				lacks = append(lacks, LackTime)
			}
			if !m.Role.Set || m.Role.V == "member" {
				lacks = append(lacks, LackRole)
			}
		}
		if coalition.Rank() > 0 && level.Rank() > coalition.Rank() {
			lacks = append(lacks, LackAbove)
		}
		if len(lacks) > 0 {
			out = append(out, Unsupported{Member: m, Level: level, Lacks: lacks})
		}
	}
	return out
}
