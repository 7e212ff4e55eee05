package rules

import "testing"

// TestDanglingRefActionsAndOpposition covers the references of the
// additions for follow-through: an action's goal, barrier, stakeholder and
// owner, and an opponent's stakeholder and owner.
func TestDanglingRefActionsAndOpposition(t *testing.T) {
	src := refs + `goals:
  - {id: summer-jobs, title: Summer jobs}
barriers:
  - {id: agency-turf, type: turf}
actions:
  - id: hearing
    title: Testify at the hearing
    goal: summer-job
    barrier: agency-turff
    stakeholder: city-councl
    owner: ana-lopes
  - {id: pledge, title: Employer pledge, goal: summer-jobs, barrier: agency-turf, stakeholder: city-council, owner: harbor-ymca}
opposition:
  - id: lobby
    name: Staffing lobby
    stakeholder: city-hall
    owner: harbor-ymca
`
	runCases(t, DanglingRef, []ruleCase{{
		name: "actions and opposition",
		src:  src,
		want: []string{
			`21:11: goal "summer-job" is not a goal of this plan (did you mean "summer-jobs"?)`,
			`22:14: barrier "agency-turff" is not a barrier of this plan (did you mean "agency-turf"?)`,
			`23:18: stakeholder "city-councl" is not a stakeholder of this plan (did you mean "city-council"?)`,
			`24:12: owner "ana-lopes" is not a person or member of this plan (did you mean "ana-lopez"?)`,
			`29:18: stakeholder "city-hall" is not a stakeholder of this plan`,
			`30:12: owner "harbor-ymca" is not a person of this plan`,
		},
		hints: []string{
			`declare "summer-job" under goals, or use one of: summer-jobs`,
			`declare "agency-turff" under barriers, or use one of: agency-turf`,
			`declare "city-councl" under stakeholders, or use one of: city-council`,
			`declare "ana-lopes" under people or members, or use one of: ana-lopez, bo-chen, city-hall, harbor-ymca`,
			`declare "city-hall" under stakeholders, or use one of: city-council`,
			`declare "harbor-ymca" under people, or use one of: ana-lopez, bo-chen`,
		},
	}})
}
