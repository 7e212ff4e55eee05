package rules

import (
	"strings"
	"testing"
)

// bare is base with the two required lists, empty: the smallest plan the
// loader accepts without a problem. Its lines 6 and 7 are
// "members: []" and "goals: []".
const bare = base + `members: []
goals: []
`

// fullPlan is a realistic plan that uses every section of the format and
// that no rule complains about (with today 2026-11-23). Negative cases start
// from it so that a rule firing on a correct plan is caught.
const fullPlan = `# Harbor Youth Jobs: the coalition's plan.
apiVersion: coalition/v1
kind: Plan

coalition:
  name: Harbor Youth Jobs Coalition
  problem: Too few young people in Harbor find a first job.
  why_coalition: [complex-problem, community-level-change]
  vision: Every young person in Harbor has a way into work.
  mission: Connect teens, employers and schools around first jobs.
  relationship: multisector-collaboration
  structure: coordinating-council
  start: 2026-01-01
  end: 2029-12-31
  currency: USD
  scope: Jobs and training for residents aged 16-24.

people:
  - id: ana-lopez
    name: Ana López
    member: harbor-ymca
    roles: [chair, spokesperson]
    email: ana@harborymca.org
  - id: ben-okafor
    name: Ben Okafor
    member: city-hall
    roles: [treasurer]

members:
  - id: harbor-ymca
    name: Harbor YMCA
    sector: youth
    role: lead
    owner: ana-lopez
    joined: 2026-01-15
    assets:
      - {category: physical, description: Gym and meeting rooms}
    commitment: {hours_per_month: 40, funds: 5000}
  - id: eastside-parents
    name: Eastside Parents Network
    status: active
    sector: community
    represents: Parents of teenagers in the Eastside estates
    most_affected: true
    partnership: task-force
    owner: ana-lopez
  - id: city-hall
    name: Harbor City Hall
    sector: government
    owner: ben-okafor
  - id: harbor-high
    name: Harbor High School
    sector: school
    owner: ben-okafor
  - id: main-street-shops
    name: Main Street Business Association
    sector: business
    owner: ana-lopez
  - id: seniors-club
    name: Harbor Seniors Club
    sector: elders
    owner: ben-okafor
    joined: 2026-02-01
  - id: harbor-college
    name: Harbor Community College
    status: prospect
    owner: ana-lopez
    sector: academic
    criteria: {mission_alignment: 4, geography: 5, size: 3, expertise: 4, culture: 3, prior_collaboration: 0}
  - id: old-union
    name: Harbor Dockworkers Union
    status: former
    sector: labor
    joined: 2026-01-15
    left: 2026-06-30

stakeholders:
  - id: city-council
    name: Harbor City Council
    type: decision-maker
    target: true
    stance: 0
    influence: 5
    connections: [harbor-ymca]
  - id: chamber-of-commerce
    name: Harbor Chamber of Commerce
    type: organization
    stance: -2
    influence: 1
    connections: [main-street-shops, ana-lopez]

goals:
  - id: summer-jobs
    title: More summer jobs for 16-19 year olds
    indicator: Harbor residents aged 16-19 with a paid summer job
    baseline: 120
    target: 300
    current: 185
    unit: young people
    due: 2027-09-30
    owner: harbor-ymca
    status: on-track
  - id: employer-pledge
    title: Employers sign the first-job pledge
    indicator: Employers who signed the pledge
    target: 50
    due: 2026-11-01
    owner: main-street-shops
    status: done

barriers:
  - id: agency-turf
    type: turf
    description: Two job programs compete for the same grant.
    severity: medium
    strategy: Apply jointly and split the outreach by neighbourhood.
    owner: ana-lopez
    status: mitigating
  - id: old-grudge
    type: bad-history
    status: resolved

budget:
  period: {start: 2027-01-01, end: 2027-12-31}
  expenses:
    - {item: Coordinator salary, category: personnel, amount: 48000}
    - {item: Bus passes for trainees, category: program, amount: "1250.50"}
  income:
    - {source: City workforce grant, amount: 30000, status: committed, from: city-council}
    - {source: Chamber sponsorship, amount: 5000, status: pending, from: chamber-of-commerce}
  in_kind:
    - {item: Meeting space, from: harbor-ymca, value: 3600}
  totals:
    expenses: 49250.50
    income: 35000
    in_kind: "3600.00"

six_rs:
  recognition:
    practice: Partners are named in every press release and newsletter.
    owner: ana-lopez
    status: in-place
    evidence: Newsletter archive
  respect: {practice: Meetings in English and Spanish, owner: eastside-parents, status: in-place}
  role: {practice: Every member leads one task, owner: ben-okafor, status: planned}
  relationships: {practice: Quarterly partner lunches, owner: harbor-ymca, status: planned}
  reward: {practice: Shared grant credit, owner: ana-lopez, status: planned}
  results: {practice: Quarterly one-page dashboard, owner: harbor-ymca, status: planned}

governance:
  decision_making: consensus
  rules: "Charter adopted 2026-01-15; amended by two-thirds vote."
  work_distribution:
    - committee: Employer outreach
      lead: ana-lopez
      members: [main-street-shops, ben-okafor]
  spokesperson: ana-lopez
  confidentiality: Funding negotiations stay in the council until signed.
  meetings: {cadence: monthly, accessible: true}

opposition:
  - id: temp-agency-lobby
    name: Staffing agencies association
    loses: Fees on short-term youth placements
    power: 3
    tactics: [delaying, dulcifying]
    response: Publish placement data.

reviews:
  - date: 2026-06-30
    by: internal
    ratings: {leadership: 4, governance: 3, division_of_labor: 1, plans: 5, actions: 3, funding: 2, visibility: 3}
    notes: Outreach committee overloaded.
`

// crlf converts a plan to Windows line endings.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// bom prefixes a plan with a UTF-8 byte-order mark.
func bom(s string) string { return "\ufeff" + s }

// TestFullPlanIsClean checks that no rule reports anything on fullPlan, in
// any of the encodings the format accepts.
func TestFullPlanIsClean(t *testing.T) {
	for name, src := range map[string]string{
		"lf":       fullPlan,
		"crlf":     crlf(fullPlan),
		"bom":      bom(fullPlan),
		"bom crlf": bom(crlf(fullPlan)),
	} {
		t.Run(name, func(t *testing.T) {
			for _, r := range All() {
				if got := findings(t, r, src); len(got) != 0 {
					t.Errorf("%s reports on a correct plan:\n%s", r.ID, fmtList(got))
				}
			}
		})
	}
}
