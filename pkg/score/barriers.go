package score

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// severityWeight is how much an unresolved barrier weighs by severity.
var severityWeight = map[plan.Severity]float64{"low": 1, "medium": 2, "high": 3}

// Barriers scores whether the barriers the coalition faces are handled.
var Barriers = &Dimension{
	Name:   "barriers",
	Title:  "Barriers are named and handled",
	Weight: 10,
	Formula: `Every barrier not yet resolved weighs 3 when its severity is high, 2
when medium or not given, 1 when low. It earns half its weight for a
strategy, 0.3 for an owner and 0.2 when it is being mitigated. Score = 100 ×
points / weights. When every barrier is resolved the score is 100; a plan
that names no barrier scores 50, since the toolkit lists eight that most
coalitions meet.`,
	Source: `Toolkit: the eight barriers (turf, bad history, dominance by
professionals, poor links to the community, minimal capacity, funding,
leadership, costs outweighing benefits): "Which of these barriers exist for
you? How might they be resolved?"`,
	Measure: func(in *Input) []Item {
		p := in.Plan
		listPos := at(&p.Barriers.Loc, p.Pos)
		if len(p.Barriers.Items) == 0 {
			return []Item{{Label: "barriers", Points: 0.5, Max: 1, Pos: listPos,
				Detail: "no barrier named: the toolkit lists eight that most coalitions meet"}}
		}
		var items []Item
		resolved := 0
		for i := range p.Barriers.Items {
			b := &p.Barriers.Items[i]
			if b.Status.Set && b.Status.V == plan.BarrierResolved {
				resolved++
				continue
			}
			sev := plan.Severity("medium")
			if b.Severity.Set {
				sev = b.Severity.V
			}
			w := severityWeight[sev]
			it := Item{Label: "barrier " + barrierName(b), Max: w, Pos: b.KeyPos}
			var lacks []string
			if b.Strategy.Set {
				it.Points += 0.5 * w
			} else {
				lacks = append(lacks, "no strategy")
			}
			if b.Owner.Set && (in.Index.People[b.Owner.V] != nil || in.Index.Members[b.Owner.V] != nil) {
				it.Points += 0.3 * w
			} else {
				lacks = append(lacks, "no owner")
			}
			state := "open"
			if b.Status.Set {
				state = string(b.Status.V)
			}
			if state == "mitigating" {
				it.Points += 0.2 * w
			} else {
				lacks = append(lacks, "not yet being mitigated")
			}
			it.Detail = fmt.Sprintf("%s severity, %s", sev, state)
			if len(lacks) > 0 {
				it.Detail += ": " + strings.Join(lacks, ", ")
			} else {
				it.Detail += ", with a strategy and an owner"
			}
			items = append(items, it)
		}
		if len(items) == 0 {
			detail := fmt.Sprintf("all %d barriers resolved", resolved)
			if resolved == 1 {
				detail = "the one barrier named is resolved"
			}
			return []Item{{Label: "barriers", Points: 1, Max: 1, Pos: listPos, Detail: detail}}
		}
		return items
	},
}

func barrierName(b *plan.Barrier) string {
	if b.ID.Set {
		return string(b.ID.V)
	}
	return fmt.Sprintf("at line %d", b.KeyPos.Line)
}
