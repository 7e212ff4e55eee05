// Package levels says what each level of working together asks a plan to
// show [004]: networking, coordination, cooperation, collaboration and
// multisector collaboration ask more trust, time and resources, one after
// the other. It is one table, published in docs/scoring.md; the score and
// the rules of check consult it, so that a networking group is held to what
// networking asks, not to what a collaboration must show.
package levels

import (
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// Expectation is something a plan must show from one level of working
// together on.
type Expectation struct {
	// Name names it in the table and in the output: "a budget".
	Name string
	// From is the least level of coalition.relationship that expects it.
	From plan.Relationship
	// Below says what the score does for a plan below From.
	Below string
	// Source is the passage of the guides it rests on.
	Source string
}

// The expectations, from the least level that asks for them.
var (
	// Budget: from cooperation, partners share resources, so the
	// plan must say what the work costs and who pays. Below it, a plan
	// with no budget is not scored on one.
	Budget = &Expectation{
		Name:  "a budget (expenses and income)",
		From:  "cooperation",
		Below: "budget is left out of the total when the plan has no expenses; a budget that is written is scored",
		Source: `[004] cooperation: "organizations may share staff, volunteers,
expertise, space, funds, and other resources"; networking "requires the
least amount of commitment and time".`,
	}
	// Money: from collaboration, partners share risk: committed
	// income for at least half of the expenses.
	Money = &Expectation{
		Name:  "committed income for at least half of the expenses",
		From:  "collaboration",
		Below: "the income-under-half and no-committed-income gates do not apply",
		Source: `[004] collaboration: "share risks, responsibilities, and rewards";
multisector collaboration: "the investment of time and resources" is great;
[003] "projected gap between expenses and income".`,
	}
	// RsOwners: from cooperation, each of the 6 R's needs an owner
	// to count as in place.
	RsOwners = &Expectation{
		Name:  "an owner for each of the 6 R's in place",
		From:  "cooperation",
		Below: "an R in place counts in full without an owner",
		Source: `[003] "Indicate how the group will assure the 6 R's for maintaining
engagement of all participants"; [001] one owner per relationship.`,
	}
	// Opposition: from cooperation, a coalition that changes how
	// services or resources flow has someone who loses by it.
	Opposition = &Expectation{
		Name:  "the opposition named (or the question asked)",
		From:  "cooperation",
		Below: "opposition is left out of the total when the plan names no opponent",
		Source: `[003] "Ask who will lose if your intervention succeeds"; networking and
coordination exchange information and adjust schedules, and rarely make
anyone lose [004].`,
	}
	// MostAffected: from coordination, those most affected are at
	// the table: services adjusted for people without them repeat the
	// professional dominance the toolkit warns of.
	MostAffected = &Expectation{
		Name:  "a member that speaks for those most affected",
		From:  "coordination",
		Below: "the most-affected-absent gate does not apply",
		Source: `[003] who must be involved: "those most affected by the issue";
the barrier of professional dominance;
[004] multisector collaboration: "community members can become equal
players with business and government".`,
	}
)

// All are all the expectations, in the order of the table.
func All() []*Expectation {
	return []*Expectation{Budget, RsOwners, Opposition, Money, MostAffected}
}

// Default is the level a plan without coalition.relationship is held
// to: collaboration, the level coalition init starts from.
const Default plan.Relationship = "collaboration"

// Of is the level of working together a plan declares, or Default.
func Of(p *plan.Plan) plan.Relationship {
	if p.Coalition.Relationship.Set {
		return p.Coalition.Relationship.V
	}
	return Default
}

// Expects reports whether a plan at level must show e.
func (e *Expectation) Expects(level plan.Relationship) bool {
	return levelIndex(level) >= levelIndex(e.From)
}

// levelIndex is the rank of a level, 0 for networking.
func levelIndex(l plan.Relationship) int {
	return slices.Index(plan.VocabRelationship.Values, string(l))
}

// GroupName is the level as a group: "a networking group", "a
// collaboration".
func GroupName(l plan.Relationship) string {
	switch l {
	case "networking":
		return "a networking group"
	case "coordination", "cooperation", "collaboration":
		return "a " + string(l)
	}
	return "a " + strings.ReplaceAll(string(l), "-", " ")
}
