package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
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
members whose owner keeps no more than 6 relationships. Score = the sum.
A plan with no active member scores 0.`,
	Source: `Toolkit: "Who is represented in your group, including those most affected
by the issue"; membership gaps ("certain sectors of the community ... are not
currently involved"); "What roles need to be filled". Building partnerships:
one relationship owner per partnership.`,
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
		load := map[plan.ID][]*plan.Member{}
		for _, m := range active {
			if m.Owner.Set && in.Index.People[m.Owner.V] != nil {
				owned++
				load[m.Owner.V] = append(load[m.Owner.V], m)
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
		// Owner load.
		var within int
		var over []string
		people := make([]string, 0, len(load))
		for id := range load {
			people = append(people, string(id))
		}
		slices.Sort(people)
		for _, id := range people {
			ms := load[plan.ID(id)]
			if len(ms) <= in.OwnerLimit {
				within += len(ms)
			} else {
				over = append(over, fmt.Sprintf("%s owns %d", id, len(ms)))
			}
		}
		var loadItem Item
		if owned == 0 {
			loadItem = Item{Label: "owner load", Detail: "no relationship is owned", Max: 15, Pos: listPos}
		} else {
			loadItem = share("owner load", 15, within, owned, listPos,
				fmt.Sprintf("owned members have an owner keeping at most %d relationships", in.OwnerLimit), "over the limit: ", over)
		}
		return []Item{breadth, most, owners, roles, loadItem}
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
