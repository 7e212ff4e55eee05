package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// breadthSectors is how many distinct sectors earn full credit for breadth:
// the toolkit names five that coalitions often miss (local government,
// schools, businesses, youth organizations, elders).
const breadthSectors = 5

// Membership scores who is at the table and how the relationships are kept.
var Membership = &Dimension{
	Name:   "membership",
	Title:  "The right members are at the table, each relationship owned",
	Weight: 15,
	Formula: `Over the active members (status active or left out):
breadth 25 × min(distinct sectors, 5) / 5; those most affected at the table
25 when an active member has most_affected: true; relationship owners
20 × share of active members whose owner is a person of the plan; roles
15 × share of active members with a role; owner load 15 × share of owned
relationships (active members and prospects) whose owner keeps no more than
max_relationships_per_owner (8). When the plan has them: targets reached
20 × share of targets and undecided stakeholders of high influence with a
route through an active member; relationships kept 15 × share of the active
members with a last_contact whose last one-to-one is within
stale_after_days (90); prospects rated 5 × share of prospects with
criteria. Score = 100 × points / the points of the inputs there are. A plan
with no active member scores 0.`,
	Source: `Toolkit: "Who is represented in your group, including those most affected
by the issue"; membership gaps ("certain sectors of the community ... are not
currently involved"); "What roles need to be filled". Building partnerships:
"Where do you have access on the asset map that you might use to influence
the target on the power map?"; one relationship owner per partnership, who
builds the relationship over time. Choosing partners: the selection
criteria.`,
	Measure: func(in *Input) []Item {
		p := in.Plan
		listPos := at(&p.Members.Loc, p.Pos)
		active := activeMembers(p)
		n := len(active)
		if n == 0 {
			return []Item{{Label: "members", Detail: "no active member", Max: 100, Pos: listPos}}
		}
		// Breadth.
		sectors := figures.SectorsOf(p).Active
		names := make([]string, 0, len(sectors))
		for s := range sectors {
			names = append(names, string(s))
		}
		slices.Sort(names)
		breadth := Item{Label: "breadth", Max: 25, Pos: listPos,
			Points: 25 * float64(min(len(names), breadthSectors)) / breadthSectors}
		switch len(names) {
		case 0:
			breadth.Detail = "no active member names a sector"
		default:
			breadth.Detail = fmt.Sprintf("%s among active members (%s; full credit at %d)",
				count(len(names), "sector"), strings.Join(names, ", "), breadthSectors)
		}
		// Those most affected.
		var affected *plan.Member
		for _, m := range active {
			if m.MostAffected.Set && m.MostAffected.V {
				affected = m
				break
			}
		}
		most := Item{Label: "most affected", Max: 25, Pos: listPos,
			Detail: "no active member speaks for those most affected (most_affected: true)"}
		if affected != nil {
			most.Points, most.Pos = 25, affected.MostAffected.Pos
			most.Detail = fmt.Sprintf("%s speaks for those most affected", memberName(affected))
		}
		// Owners and roles.
		var owned, roled int
		var noOwner, noRole []string
		for _, m := range active {
			if m.Owner.Set && in.Index.People[m.Owner.V] != nil {
				owned++
			} else {
				noOwner = append(noOwner, memberName(m))
			}
			if m.Role.Set {
				roled++
			} else {
				noRole = append(noRole, memberName(m))
			}
		}
		owners := share("owners", 20, owned, n, listPos, "active members have a relationship owner", "without one: ", noOwner)
		roles := share("roles", 15, roled, n, listPos, "active members have a role", "without one: ", noRole)
		// Owner load, counted as the owner-overload rule counts it: active
		// members and prospects per person.
		var within, total int
		var over []string
		loadPos := listPos
		for _, l := range partners.LoadsOf(in.Plan) {
			total += len(l.Members)
			if len(l.Members) <= in.Limits.MaxPerOwner {
				within += len(l.Members)
			} else {
				over = append(over, fmt.Sprintf("%s owns %d", l.Person.ID.V, len(l.Members)))
				if loadPos == listPos {
					loadPos = at(&l.Person.ID.Loc, listPos)
				}
			}
		}
		var loadItem Item
		if total == 0 {
			loadItem = Item{Label: "owner load", Detail: "no relationship is owned", Max: 15, Pos: listPos}
		} else {
			loadItem = share("owner load", 15, within, total, loadPos,
				fmt.Sprintf("owned relationships have an owner keeping at most %d", in.Limits.MaxPerOwner), "over the limit: ", over)
		}
		items := []Item{breadth, most, owners, roles, loadItem}
		return append(items, partnerItems(in, active, listPos)...)
	},
}

// share is an item worth max × k / n, explained as "k of n <what>".
func share(label string, max float64, k, n int, pos plan.Pos, what, missingIntro string, missing []string) Item {
	it := Item{Label: label, Max: max, Pos: pos, Points: max * float64(k) / float64(n),
		Detail: fmt.Sprintf("%d of %d %s", k, n, what)}
	if len(missing) > 0 {
		it.Detail += " (" + missingIntro + listSome(missing) + ")"
	}
	return it
}

// listSome joins up to five names and says how many more there are.
func listSome(names []string) string {
	const show = 5
	if len(names) <= show {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:show], ", "), len(names)-show)
}

func memberName(m *plan.Member) string {
	if m.ID.Set {
		return string(m.ID.V)
	}
	return fmt.Sprintf("the member at line %d", m.KeyPos.Line)
}

// partnerItems are the inputs of membership that come from the
// partnerships: targets reached through someone at the table [001],
// relationships kept warm [001], prospects rated by the criteria [002].
// Each counts only when the plan has what it measures: targets on the
// power map, recorded contacts, prospects.
func partnerItems(in *Input, active []*plan.Member, listPos plan.Pos) []Item {
	var items []Item
	m := in.Network()
	var needed, reached int
	var unreached []string
	pos := listPos
	for i := range m.Reach {
		r := &m.Reach[i]
		if !r.Needed {
			continue
		}
		needed++
		if r.Reached() {
			reached++
			continue
		}
		unreached = append(unreached, string(r.Stakeholder.ID.V))
		if pos == listPos {
			pos = at(&r.Stakeholder.ID.Loc, listPos)
		}
	}
	if needed > 0 {
		items = append(items, share("targets reached", 20, reached, needed, pos,
			"targets and undecided stakeholders of high influence have a route through an active member", "no route: ", unreached))
	}
	var recorded int
	for _, a := range active {
		if a.LastContact.Set {
			recorded++
		}
	}
	if recorded > 0 {
		stale := partners.StaleOf(in.Plan, in.Today, in.Limits)
		var names []string
		pos := listPos
		for i, s := range stale {
			names = append(names, fmt.Sprintf("%s %d days", memberName(s.Member), s.Days))
			if i == 0 {
				pos = s.Member.LastContact.Pos
			}
		}
		items = append(items, share("relationships kept", 15, recorded-len(stale), recorded, pos,
			fmt.Sprintf("recorded relationships had a one-to-one within %d days", in.Limits.StaleAfterDays), "gone cold: ", names))
	}
	if prospects := partners.Prospects(in.Plan, nil); len(prospects) > 0 {
		var rated int
		var unrated []string
		pos := listPos
		for _, p := range prospects {
			if p.Rated {
				rated++
				continue
			}
			unrated = append(unrated, memberName(p.Member))
			if pos == listPos {
				pos = at(&p.Member.ID.Loc, listPos)
			}
		}
		items = append(items, share("prospects rated", 5, rated, len(prospects), pos,
			"prospects are rated by the selection criteria", "not rated: ", unrated))
	}
	return items
}
