// Package corpus generates realistic coalition plans for benchmarks: a
// reproducible set (a fixed seed gives the same bytes on every machine) of
// plans of varied size, from 5 to 500 members, with people, goals,
// barriers, budgets, the 6 R's, governance, a power map and opposition, and
// a few mistakes of the kinds check reports.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// DefaultSeed is the seed of the benchmark corpus.
const DefaultSeed = 20261123

// Size draws the number of members of plan i: most coalitions are small, a
// few are large, within 5 to 500.
func Size(r *rand.Rand) int {
	switch x := r.Float64(); {
	case x < 0.70:
		return 5 + r.IntN(26) // 5-30
	case x < 0.95:
		return 30 + r.IntN(121) // 30-150
	default:
		return 150 + r.IntN(351) // 150-500
	}
}

var (
	sectors  = []string{"community", "nonprofit", "government", "school", "business", "faith", "health", "youth", "elders", "labor", "media", "philanthropy", "academic"}
	roles    = []string{"lead", "member", "member", "member", "advisor", "funder"}
	barriers = []string{"turf", "bad-history", "professional-dominance", "poor-community-links", "minimal-capacity", "funding", "leadership", "costs-outweigh-benefits"}
	levels   = []string{"networking", "coordination", "cooperation", "collaboration", "multisector-collaboration"}
	places   = []string{"Riverside", "Harbor", "Eastside", "Westview", "Northgate", "Lakeside", "Hillcrest", "Millbrook", "Southport", "Cedar Falls"}
	causes   = []string{"Youth Jobs", "Housing", "Food Security", "Teen Health", "Early Literacy", "Clean Air", "Transit Access", "Senior Care"}
	orgs     = []string{"Association", "Council", "Network", "Alliance", "Center", "Foundation", "Union", "Church", "Club", "Department"}
	statuses = []string{"in-place", "in-place", "planned", "missing"}
)

// Plan returns the YAML text of one plan with the given number of members,
// drawn from r, with a few mistakes of the kinds check reports (duplicate
// keys, dangling owners).
func Plan(r *rand.Rand, members int) []byte { return generate(r, members, true) }

// Clean is Plan without the mistakes: every file is valid YAML without
// duplicate keys, which tools that stop at the first unreadable file (such
// as ajv-cli) need.
func Clean(r *rand.Rand, members int) []byte { return generate(r, members, false) }

func generate(r *rand.Rand, members int, mistakes bool) []byte {
	var b strings.Builder
	place, cause := places[r.IntN(len(places))], causes[r.IntN(len(causes))]
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# yaml-language-server: $schema=https://raw.githubusercontent.com/coalition-tools/coalition/main/docs/schema/coalition-v1.schema.json\n")
	w("apiVersion: coalition/v1\nkind: Plan\n\n")
	w("coalition:\n  name: %s %s Coalition\n", place, cause)
	w("  problem: >-\n    Too few people in %s get the help they need with %s, and the\n    organizations that could help work apart.\n", place, strings.ToLower(cause))
	w("  why_coalition: [single-org-cannot, complex-problem]\n")
	w("  vision: Every family in %s can count on its neighbours and its institutions.\n", place)
	w("  relationship: %s\n  structure: coordinating-council\n", levels[r.IntN(len(levels))])
	w("  start: 20%02d-%02d-01\n  currency: USD\n\n", 22+r.IntN(4), 1+r.IntN(12))
	owners := 1 + members/5
	w("people:\n")
	for i := 0; i < owners; i++ {
		w("  - id: person-%d\n    name: Person %d of %s\n    member: member-%d\n", i, i, place, i%members)
		if i == 0 {
			w("    roles: [chair, spokesperson]\n")
		}
	}
	w("\nmembers:\n")
	for i := 0; i < members; i++ {
		sector := sectors[r.IntN(len(sectors))]
		w("  - id: member-%d\n    name: %s %s %s %d\n    sector: %s\n", i, place, strings.ToUpper(sector[:1])+sector[1:], orgs[r.IntN(len(orgs))], i, sector)
		switch x := r.Float64(); {
		case !mistakes:
		case x < 0.03:
			w("    sector: %s\n", sector) // a duplicate key
		case x < 0.06:
			w("    owner: persn-%d\n", r.IntN(owners)) // a dangling owner
		}
		if i%17 == 3 {
			w("    most_affected: true\n")
		}
		if i%9 == 8 {
			w("    status: prospect\n")
		}
		w("    role: %s\n    owner: person-%d\n    joined: 2024-%02d-%02d\n", roles[r.IntN(len(roles))], r.IntN(owners), 1+r.IntN(12), 1+r.IntN(28))
		if r.IntN(3) == 0 {
			w("    commitment: {hours_per_month: %d, funds: %d.%02d}\n", 1+r.IntN(40), r.IntN(20000), r.IntN(100))
		}
	}
	goals := 1 + members/20
	w("\ngoals:\n")
	for i := 0; i < goals; i++ {
		base := r.IntN(500)
		w("  - id: goal-%d\n    title: Goal %d for %s\n    indicator: People reached in %s each year\n", i, i, cause, place)
		w("    baseline: %d\n    target: %d\n    current: %d\n    unit: people\n", base, base+100+r.IntN(900), base+r.IntN(600))
		w("    due: 20%02d-%02d-28\n    owner: member-%d\n    status: on-track\n", 26+r.IntN(3), 1+r.IntN(12), r.IntN(members))
	}
	w("\nbarriers:\n")
	for i := 0; i < 1+members/40; i++ {
		w("  - id: barrier-%d\n    type: %s\n    severity: %s\n    strategy: Meet monthly and share the work.\n    owner: person-%d\n    status: open\n",
			i, barriers[r.IntN(len(barriers))], []string{"low", "medium", "high"}[r.IntN(3)], r.IntN(owners))
	}
	w("\nbudget:\n  expenses:\n")
	lines := 2 + members/10
	for i := 0; i < lines; i++ {
		w("    - {item: Expense line %d, category: program, amount: %d.%02d}\n", i, 100+r.IntN(50000), r.IntN(100))
	}
	w("  income:\n")
	for i := 0; i < 1+lines/2; i++ {
		w("    - {source: Grant %d, amount: %d, status: %s}\n", i, 1000+r.IntN(60000), []string{"committed", "pending", "projected"}[r.IntN(3)])
	}
	w("  in_kind:\n    - {item: Meeting space, from: member-0, value: 3600}\n")
	w("\nsix_rs:\n")
	for _, rr := range []string{"recognition", "respect", "role", "relationships", "reward", "results"} {
		w("  %s: {practice: A practice for %s, owner: person-0, status: %s}\n", rr, rr, statuses[r.IntN(len(statuses))])
	}
	w("\ngovernance:\n  decision_making: consensus\n  rules: Bylaws adopted by the council.\n")
	w("  work_distribution:\n    - {committee: Steering, lead: person-0, members: [member-0, member-1]}\n")
	w("  spokesperson: person-0\n  information_sharing: Minutes within a week.\n  meetings: {cadence: monthly, accessible: true}\n")
	w("\nstakeholders:\n")
	for i := 0; i < 2+members/50; i++ {
		w("  - {id: stakeholder-%d, name: %s Official %d, type: decision-maker, target: %v, stance: %d, influence: %d}\n",
			i, place, i, i == 0, r.IntN(5)-2, 1+r.IntN(5))
	}
	w("\nopposition:\n  - {id: opponent-0, name: %s Taxpayers League, power: %d, tactics: [delaying, discounting]}\n", place, 1+r.IntN(5))
	return []byte(b.String())
}

// Write writes n plans into dir (created if needed) and returns the total
// number of bytes written. The same seed gives the same files. With clean,
// the plans have no mistakes (see Clean).
func Write(dir string, n int, seed uint64, clean bool) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var total int64
	for i := 0; i < n; i++ {
		gen := Plan
		if clean {
			gen = Clean
		}
		data := gen(r, Size(r))
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i%100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return total, err
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("plan-%05d.yaml", i)), data, 0o644); err != nil {
			return total, err
		}
		total += int64(len(data))
	}
	return total, nil
}

// Files lists the plan files of a corpus directory, sorted.
func Files(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			out = append(out, p)
		}
		return err
	})
	return out, err
}
