// Package partners looks at each partnership of a plan: whom to invite
// next (prospects ranked by the selection criteria [002] and what each
// would add), whether relationships are kept (the last one-to-one of each
// owner, the load on each owner [001]), and whether each partner's level
// of working together is backed by what the plan shows for it [004].
package partners

import (
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Limits are the thresholds of practice a coalition may set in its
// configuration.
type Limits struct {
	// StaleAfterDays is how long after the owner's last one-to-one a
	// relationship counts as gone cold.
	StaleAfterDays int
	// MaxPerOwner is the most relationships one owner can keep warm.
	MaxPerOwner int
}

// DefaultLimits are the limits when the configuration sets none: a
// quarter without a one-to-one, and eight relationships per owner.
var DefaultLimits = Limits{StaleAfterDays: 90, MaxPerOwner: 8}

// Or returns l with each unset (zero) limit taken from DefaultLimits.
func (l Limits) Or() Limits {
	if l.StaleAfterDays <= 0 {
		l.StaleAfterDays = DefaultLimits.StaleAfterDays
	}
	if l.MaxPerOwner <= 0 {
		l.MaxPerOwner = DefaultLimits.MaxPerOwner
	}
	return l
}

// Stale is an active member whose relationship has gone cold.
type Stale struct {
	Member *plan.Member
	// Days since the last contact.
	Days int
}

// StaleOf returns the active members whose last contact is more than
// limits.StaleAfterDays before today, in the order of the plan. A plan
// that records no contact at all has none: it does not track contacts,
// and nothing says its relationships are cold.
func StaleOf(p *plan.Plan, today plan.Date, limits Limits) []Stale {
	limits = limits.Or()
	if p == nil || today.IsZero() {
		return nil
	}
	var out []Stale
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if m.StatusOrDefault() != plan.MemberActive || !m.LastContact.Set {
			continue
		}
		if days := m.LastContact.V.DaysUntil(today); days > limits.StaleAfterDays {
			out = append(out, Stale{Member: m, Days: days})
		}
	}
	return out
}

// Load is the relationships one person owns.
type Load struct {
	Person *plan.Person
	// Members are the active members and prospects the person owns, in
	// the order of the plan.
	Members []*plan.Member
}

// LoadsOf returns the relationships each person of the plan owns, among
// active members and prospects, in the order of people.
func LoadsOf(p *plan.Plan) []Load {
	if p == nil {
		return nil
	}
	index := map[plan.ID]int{}
	out := make([]Load, 0, len(p.People.Items))
	for i := range p.People.Items {
		per := &p.People.Items[i]
		if per.ID.Set {
			if _, dup := index[per.ID.V]; !dup {
				index[per.ID.V] = len(out)
			}
		}
		out = append(out, Load{Person: per})
	}
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if st := m.StatusOrDefault(); st == plan.MemberFormer || !m.Owner.Set {
			continue
		}
		if j, ok := index[m.Owner.V]; ok {
			out[j].Members = append(out[j].Members, m)
		}
	}
	return out
}

// Overloaded are the people who own more relationships than
// limits.MaxPerOwner, each with the members to hand over: the prospects
// first, then the active members last in the plan, as many as the owner
// has too many.
func Overloaded(p *plan.Plan, limits Limits) []Overload {
	limits = limits.Or()
	var out []Overload
	for _, l := range LoadsOf(p) {
		extra := len(l.Members) - limits.MaxPerOwner
		if extra <= 0 {
			continue
		}
		var prospects, active []*plan.Member
		for _, m := range l.Members {
			if m.StatusOrDefault() == plan.MemberProspect {
				prospects = append(prospects, m)
			} else {
				active = append(active, m)
			}
		}
		// Hand over the prospects first (no relationship to break yet),
		// then the active members listed last.
		var over []*plan.Member
		for i := 0; i < len(prospects) && len(over) < extra; i++ {
			over = append(over, prospects[i])
		}
		for i := len(active) - 1; i >= 0 && len(over) < extra; i-- {
			over = append(over, active[i])
		}
		out = append(out, Overload{Load: l, HandOver: over})
	}
	return out
}

// Overload is an owner with too many relationships.
type Overload struct {
	Load
	// HandOver are the members to give another owner.
	HandOver []*plan.Member
}
