package rules

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// DanglingRef reports references to ids the plan does not declare.
var DanglingRef = &lint.Rule{
	ID:       "dangling-ref",
	Title:    "A reference names an id that does not exist",
	Severity: lint.SeverityError,
	Doc: `Plans refer to people, members, stakeholders, goals and barriers by
id: a member's relationship ` + "`owner`" + `, a person's ` + "`member`" + `, a stakeholder's
` + "`connections`" + `, the ` + "`owner`" + ` of a goal, a barrier or one of the 6 R's,
the ` + "`from`" + ` of income and in-kind support, the ` + "`lead`" + ` and ` + "`members`" + `
of a committee, the ` + "`spokesperson`" + `, the ` + "`goal`" + `, ` + "`barrier`" + `,
` + "`stakeholder`" + ` and ` + "`owner`" + ` of an action, and the ` + "`stakeholder`" + ` and
` + "`owner`" + ` of an opponent. Each must name an id declared in the
same plan, in the list the reference may point to (see "References" in
[plan-format.md](plan-format.md)). The finding names the closest existing id.`,
	Example: header + `people:
  - id: maria-lopez
    name: María López
members:
  - id: harbor-ymca
    name: Harbor YMCA
    owner: mara-lopes
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		x := p.Index()
		// The ids a reference may name, listed and indexed once per set
		// of lists; the search for the closest is bounded per finding and
		// per file (see suggest.Index), so that a plan of thousands of
		// misspelt references costs time in proportion to its size.
		budget := suggest.NewBudget(suggest.PerFile)
		targets := map[kinds]*candidates{}
		for _, r := range references(p.Plan) {
			if !r.id.Set || r.kinds.has(x, r.id.V) {
				continue
			}
			c := targets[r.kinds]
			if c == nil {
				c = newCandidates(r.kinds.ids(x), budget)
				targets[r.kinds] = c
			}
			id := string(r.id.V)
			p.Reportf(r.id.Pos, fmt.Sprintf("declare %s under %s%s", plan.Quote(id), r.kinds.lists(), c.others),
				"%s %s is not a %s of this plan%s", r.field, plan.Quote(id), r.kinds, c.index.DidYouMean(id))
		}
	},
}

// candidates are the ids a reference may name: indexed for suggestions, and
// the start of the hint that lists them.
type candidates struct {
	index  *suggest.Index
	others string
}

func newCandidates(ids []string, budget *suggest.Budget) *candidates {
	c := &candidates{index: suggest.NewIndex(ids, budget)}
	if len(ids) > 0 {
		c.others = ", or use one of: " + shortList(ids, 8)
	}
	return c
}

// kinds is the set of lists a reference may point into.
type kinds uint8

const (
	person kinds = 1 << iota
	member
	stakeholder
	goal
	barrier
)

func (k kinds) has(x *plan.Index, id plan.ID) bool {
	_, p := x.People[id]
	_, m := x.Members[id]
	_, s := x.Stakeholders[id]
	_, g := x.Goals[id]
	_, b := x.Barriers[id]
	return k&person != 0 && p || k&member != 0 && m || k&stakeholder != 0 && s || k&goal != 0 && g || k&barrier != 0 && b
}

func (k kinds) ids(x *plan.Index) []string {
	var out []string
	if k&person != 0 {
		out = append(out, plan.IDs(x.People)...)
	}
	if k&member != 0 {
		out = append(out, plan.IDs(x.Members)...)
	}
	if k&stakeholder != 0 {
		out = append(out, plan.IDs(x.Stakeholders)...)
	}
	if k&goal != 0 {
		out = append(out, plan.IDs(x.Goals)...)
	}
	if k&barrier != 0 {
		out = append(out, plan.IDs(x.Barriers)...)
	}
	return out
}

func (k kinds) names() (words, lists []string) {
	for _, n := range []struct {
		k          kinds
		word, list string
	}{{person, "person", "people"}, {member, "member", "members"}, {stakeholder, "stakeholder", "stakeholders"},
		{goal, "goal", "goals"}, {barrier, "barrier", "barriers"}} {
		if k&n.k != 0 {
			words, lists = append(words, n.word), append(lists, n.list)
		}
	}
	return words, lists
}

func (k kinds) String() string { w, _ := k.names(); return orList(w) }

func (k kinds) lists() string { _, l := k.names(); return orList(l) }

func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func shortList(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + fmt.Sprintf(" (and %d more)", len(items)-n)
}

// ref is one reference of a plan: which key, the id written, and which lists
// it may name.
type ref struct {
	field string
	id    *plan.Value[plan.ID]
	kinds kinds
}

// references lists every reference of the plan, in file order per section.
func references(pl *plan.Plan) []ref {
	var out []ref
	add := func(field string, id *plan.Value[plan.ID], k kinds) { out = append(out, ref{field, id, k}) }
	for i := range pl.People.Items {
		add("member", &pl.People.Items[i].Member, member)
	}
	for i := range pl.Members.Items {
		add("owner", &pl.Members.Items[i].Owner, person)
	}
	for i := range pl.Stakeholders.Items {
		for j := range pl.Stakeholders.Items[i].Connections.Items {
			add("connection", &pl.Stakeholders.Items[i].Connections.Items[j], member|person)
		}
	}
	for i := range pl.Goals.Items {
		add("owner", &pl.Goals.Items[i].Owner, member)
	}
	for i := range pl.Barriers.Items {
		add("owner", &pl.Barriers.Items[i].Owner, member|person)
	}
	for i := range pl.Budget.Income.Items {
		add("from", &pl.Budget.Income.Items[i].From, member|stakeholder|person)
	}
	for i := range pl.Budget.InKind.Items {
		add("from", &pl.Budget.InKind.Items[i].From, member|stakeholder|person)
	}
	for _, r := range pl.SixRs.All() {
		add("owner", &r.Practice.Owner, person|member)
	}
	for i := range pl.Governance.WorkDistribution.Items {
		w := &pl.Governance.WorkDistribution.Items[i]
		add("lead", &w.Lead, person|member)
		for j := range w.Members.Items {
			add("committee member", &w.Members.Items[j], person|member)
		}
	}
	add("spokesperson", &pl.Governance.Spokesperson, person)
	for i := range pl.Actions.Items {
		a := &pl.Actions.Items[i]
		add("goal", &a.Goal, goal)
		add("barrier", &a.Barrier, barrier)
		add("stakeholder", &a.Stakeholder, stakeholder)
		add("owner", &a.Owner, person|member)
	}
	for i := range pl.Opposition.Items {
		o := &pl.Opposition.Items[i]
		add("stakeholder", &o.Stakeholder, stakeholder)
		add("owner", &o.Owner, person)
	}
	return out
}
