// Package rules holds every rule of coalition check, one file each, and the
// list that registers them.
package rules

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// All returns every rule in the order the docs list them: first the
// structural rules that make a plan readable, then the rules of planning
// practice.
func All() []*lint.Rule {
	return []*lint.Rule{
		YAMLSyntax,
		PlanHeader,
		DuplicateKey,
		UnknownKey,
		CommaTrap,
		MissingField,
		InvalidType,
		InvalidValue,
		InvalidDate,
		DuplicateID,
		DanglingRef,
		ResponseUnlistedTactic,
		DateOrder,
		BudgetTotal,
		SixRsIncomplete,
		GoalNotMeasurable,
		GoalOverdue,
		MilestoneOverdue,
		MilestoneDoneDate,
		ReviewOverdue,
		GoalNoAction,
		ActionOverdue,
		ActionDoneDate,
		BarrierNoStrategy,
		NoMostAffected,
		MissingOwner,
		MemberStatus,
		SectorGap,
		TargetUnreached,
		OppositionUnanswered,
		OpponentSupportive,
		ProspectUnrated,
		RelationshipStale,
		OwnerOverload,
		LevelUnsupported,
		PlaceholderText,
		IgnoreInvalid,
		IgnoreUnused,
	}
}

// ByID returns the rule with the given id.
func ByID(id string) (*lint.Rule, bool) {
	for _, r := range All() {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// IDs returns the ids of all rules.
func IDs() []string {
	var ids []string
	for _, r := range All() {
		ids = append(ids, r.ID)
	}
	return ids
}

// header is the start every example plan shares.
const header = `apiVersion: coalition/v1
kind: Plan
coalition:
  name: Harbor Youth Jobs
  problem: Too few teens in Harbor find a first job
`

// label names an item of a list in a message, such as "active member
// harbor-ymca": by its id when it has a valid one, else by its line ("the
// active member at line 8"). adj may be empty or end with a space.
func label(adj, kind string, id *plan.Value[plan.ID], item *plan.Loc) string {
	if id.Set {
		return adj + kind + " " + string(id.V)
	}
	return fmt.Sprintf("the %s%s at line %d", adj, kind, item.KeyPos.Line)
}
