package figures

import (
	"slices"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// PowerfulAt is the power, of 5, from which an opponent must be answered:
// an opponent of middling power or more who has no planned counter is a
// risk the plan leaves open [003, opposition].
const PowerfulAt = 3

// Opponent is one opponent of a plan with how the coalition answers it: the
// tactics it is seen to use, the counter planned for each, and its place on
// the power map. It is the one place these are worked out: the rules of
// check, the score, show, report and brief read them here.
type Opponent struct {
	Opponent *plan.Opponent
	// Stakeholder is the same actor on the power map, joined by
	// opposition[].stakeholder; nil when none is joined or the id names no
	// stakeholder of the plan.
	Stakeholder *plan.Stakeholder
	// Counters are the tactics listed in tactics, each once, in the order
	// of the list, with the counter planned for each in responses.
	Counters []Counter
	// Unlisted are the keys of responses that counter a tactic the
	// opponent does not list, in the order of the vocabulary. They are
	// only worked out when the tactics were all read: a tactic misspelt in
	// the list, or a key of responses that is no tactic, is reported as
	// such, not again here.
	Unlisted []plan.TacticResponse
}

// Counter is one tactic of an opponent with the counter planned for it.
type Counter struct {
	// Tactic is the tactic as written in the opponent's tactics.
	Tactic *plan.Value[plan.Tactic]
	// Response is the counter written for it in responses; nil when there
	// is none (absent or empty).
	Response *plan.Value[string]
}

// Powerful reports whether the opponent's power is PowerfulAt or more.
func (o *Opponent) Powerful() bool {
	return o.Opponent.Power.Set && o.Opponent.Power.V >= PowerfulAt
}

// General reports whether the opponent has a general counter, response.
func (o *Opponent) General() bool {
	return o.Opponent.Response.Set && o.Opponent.Response.V != ""
}

// PerTactic reports whether responses holds a counter to any tactic.
func (o *Opponent) PerTactic() bool {
	for _, tr := range o.Opponent.Responses.All() {
		if o.Opponent.Responses.For(tr.Tactic) != nil {
			return true
		}
	}
	return false
}

// Answered reports whether the coalition has planned any counter to the
// opponent: a general response, or a counter to one of its tactics.
func (o *Opponent) Answered() bool { return o.General() || o.PerTactic() }

// Uncountered are the listed tactics that responses has no counter to.
func (o *Opponent) Uncountered() []Counter {
	var out []Counter
	for _, c := range o.Counters {
		if c.Response == nil {
			out = append(out, c)
		}
	}
	return out
}

// Countered is how many of the listed tactics the plan counters: all of
// them when there is a general response, else those with a counter in
// responses.
func (o *Opponent) Countered() int {
	if o.General() {
		return len(o.Counters)
	}
	return len(o.Counters) - len(o.Uncountered())
}

// Supportive reports whether the joined stakeholder stands with the
// coalition on the power map (stance +1 or +2): a contradiction, since an
// opponent loses if the coalition wins.
func (o *Opponent) Supportive() bool {
	s := o.Stakeholder
	return s != nil && s.Stance.Set && s.Stance.V > 0
}

// Name is the opponent's name, else its id.
func (o *Opponent) Name() string {
	if o.Opponent.Name.Set && o.Opponent.Name.V != "" {
		return o.Opponent.Name.V
	}
	return string(o.Opponent.ID.V)
}

// OppositionOf works out how the coalition answers each opponent of p, in
// the order of the plan.
func OppositionOf(p *plan.Plan, x *plan.Index) []Opponent {
	out := make([]Opponent, 0, len(p.Opposition.Items))
	for i := range p.Opposition.Items {
		out = append(out, opponentOf(&p.Opposition.Items[i], x))
	}
	return out
}

func opponentOf(o *plan.Opponent, x *plan.Index) Opponent {
	fo := Opponent{Opponent: o}
	if o.Stakeholder.Set {
		fo.Stakeholder = x.Stakeholders[o.Stakeholder.V]
	}
	var listed []plan.Tactic
	whole := o.Tactics.Complete()
	for i := range o.Tactics.Items {
		t := &o.Tactics.Items[i]
		if !t.Set {
			whole = false
			continue
		}
		if slices.Contains(listed, t.V) {
			continue
		}
		listed = append(listed, t.V)
		fo.Counters = append(fo.Counters, Counter{Tactic: t, Response: o.Responses.For(t.V)})
	}
	if !whole {
		return fo
	}
	for _, tr := range o.Responses.All() {
		if tr.Response.Set && !slices.Contains(listed, tr.Tactic) {
			fo.Unlisted = append(fo.Unlisted, tr)
		}
	}
	return fo
}
