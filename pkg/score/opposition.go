package score

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/levels"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// unratedPower is the weight of an opponent whose power is not rated: the
// middle of the scale, until someone rates it.
const unratedPower = 3

// Opposition scores whether those who lose if the coalition wins are known,
// answered and watched.
var Opposition = &Dimension{
	Name:   "opposition",
	Title:  "Those who lose if the coalition wins are known and answered",
	Weight: 10,
	Formula: `Each opponent weighs its power (1 to 5; 3 while it is not rated), so
that a powerful opponent counts for more, and earns 10 points per unit of
weight. Known, 4: 1 for what it loses (loses), 1 for its power rated, 2 for
the tactics it uses (tactics). Counter, 4: all of it for a general response,
else 4 × the share of its listed tactics with a counter in responses, and
nothing without a counter. Owner, 2: a person of the plan watches it (owner).
Score = 100 × points / (10 × weights). How strong the opponents are costs
nothing: an opponent of power 5 that is known, answered and watched earns all
its points. A plan that names no opponent scores 50: nobody may lose, or the
question was not asked. Below cooperation (see the table of levels), a plan
that names no opponent is not scored on the opposition: the dimension is
left out of the total.`,
	Source: `Toolkit, on the opposition: "Ask who will lose if your intervention
succeeds or your objectives are met. Who will lose money, power, influence,
or time and resources?"; "Project how much power opponents (anticipated or
identified) have in the community"; "Identify what tactics they are using to
oppose your efforts" (deflecting, delaying, denying, discounting, deceiving,
dividing, dulcifying, discrediting, destroying, dealing, surrender).
Relationship building: watch an opponent's activity; "Having a clear
understanding of a rival organization's position on the issue being
addressed is key".`,
	Skip: func(in *Input) string {
		if l := levels.Of(in.Plan); !levels.Opposition.Expects(l) && len(in.Plan.Opposition.Items) == 0 {
			return fmt.Sprintf("no opponent named, and %s rarely makes anyone lose (expected from %s on)", levels.GroupName(l), levels.Opposition.From)
		}
		return ""
	},
	Measure: func(in *Input) []Item {
		p := in.Plan
		if len(p.Opposition.Items) == 0 {
			return []Item{{Label: "opposition", Points: 0.5, Max: 1, Pos: at(&p.Opposition.Loc, p.Pos),
				Detail: "no opponent named: ask who would lose money, power, influence or time if the coalition wins"}}
		}
		var items []Item
		for _, o := range in.Opposition() {
			name := "opponent " + opponentName(o.Opponent)
			w := float64(unratedPower)
			if o.Opponent.Power.Set {
				w = float64(o.Opponent.Power.V)
			}
			items = append(items, known(&o, name, w), counter(&o, name, w), watched(in, &o, name, w))
		}
		return items
	},
}

func opponentName(o *plan.Opponent) string {
	if o.ID.Set {
		return string(o.ID.V)
	}
	return fmt.Sprintf("at line %d", o.KeyPos.Line)
}

// powerText is "power 4 of 5", or says that the power is not rated.
func powerText(o *plan.Opponent) string {
	if o.Power.Set {
		return fmt.Sprintf("power %d of 5", o.Power.V)
	}
	return "power not rated, counted as 3"
}

func known(o *figures.Opponent, name string, w float64) Item {
	op := o.Opponent
	it := Item{Label: name + ": known", Max: 4 * w, Pos: op.KeyPos}
	var has, lacks []string
	if op.Loses.Set && op.Loses.V != "" {
		it.Points += w
		has = append(has, "what it loses")
	} else {
		lacks = append(lacks, "no loses: what it loses if the coalition wins")
	}
	if op.Power.Set {
		it.Points += w
		has = append(has, powerText(op))
	} else {
		lacks = append(lacks, "no power rated")
	}
	if len(o.Counters) > 0 {
		it.Points += 2 * w
		has = append(has, fmt.Sprintf("%d %s", len(o.Counters), plural(len(o.Counters), "tactic", "tactics")))
	} else {
		lacks = append(lacks, "no tactics listed")
	}
	if len(lacks) == 0 {
		it.Detail = strings.Join(has, ", ")
	} else {
		it.Detail = strings.Join(lacks, ", ")
	}
	return it
}

func counter(o *figures.Opponent, name string, w float64) Item {
	op := o.Opponent
	it := Item{Label: name + ": counter", Max: 4 * w, Pos: at(&op.ID.Loc, op.KeyPos)}
	n := len(o.Counters)
	switch {
	case o.General():
		it.Points, it.Pos = it.Max, op.Response.Pos
		it.Detail = "a general response"
		if n > 0 && o.PerTactic() {
			it.Detail += fmt.Sprintf(", and counters to %d of %d tactics in responses", o.Countered(), n)
		}
	case o.PerTactic() && n > 0:
		k := o.Countered()
		it.Points, it.Pos = it.Max*float64(k)/float64(n), responsesPos(op, it.Pos)
		it.Detail = fmt.Sprintf("counters to %d of %d tactics in responses", k, n)
		if k < n {
			var none []string
			for _, c := range o.Uncountered() {
				none = append(none, string(c.Tactic.V))
			}
			it.Detail += "; none to " + strings.Join(none, ", ")
		}
	case o.PerTactic():
		it.Pos = responsesPos(op, it.Pos)
		it.Detail = "counters in responses, but no tactics listed for them to answer"
	default:
		it.Detail = "no counter planned, " + powerText(op)
	}
	return it
}

// responsesPos is the position of the key responses, else def.
func responsesPos(op *plan.Opponent, def plan.Pos) plan.Pos {
	if op.Responses.KeyPos.IsValid() {
		return op.Responses.KeyPos
	}
	return def
}

func watched(in *Input, o *figures.Opponent, name string, w float64) Item {
	op := o.Opponent
	it := Item{Label: name + ": owner", Max: 2 * w, Pos: at(&op.Owner.Loc, op.KeyPos)}
	switch {
	case op.Owner.Set && in.Index.People[op.Owner.V] != nil:
		it.Points = it.Max
		it.Detail = "watched by " + figures.PersonName(in.Index, op.Owner.V)
	case op.Owner.Set:
		it.Detail = fmt.Sprintf("owner %s is not a person of the plan", op.Owner.V)
	default:
		it.Detail = "no owner watching them"
	}
	return it
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
