package score

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/levels"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/placeholder"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Gate is a condition that holds a plan below a band whatever its mean:
// out of strong, or at risk, since a weighted mean lets strong parts hide a
// fatal one. Like the dimensions, gates are values, one list (Gates), published
// in docs/scoring.md, and each can be set off or to the other band in the
// configuration (score.gates).
type Gate struct {
	// ID names the gate in the output and the configuration.
	ID string
	// Title says the condition in a line.
	Title string
	// Band is the highest band a plan that meets the condition can reach
	// by default: BandDeveloping (out of strong) or BandAtRisk.
	Band string
	// Why says in plain words why the condition weighs so much.
	Why string
	// Source names the passages of the guides it rests on.
	Source string
	// Test reports whether the plan meets the condition, what was found,
	// and where.
	Test func(in *Input) (met bool, detail string, pos plan.Pos)
}

// GateOff is the setting that turns a gate off.
const GateOff = "off"

// GateBands are the settings a gate may have in score.gates.
var GateBands = []string{BandDeveloping, BandAtRisk, GateOff}

// Hit is a gate a plan met.
type Hit struct {
	ID string `json:"id"`
	// Band is the highest band the gate lets the plan reach.
	Band string `json:"band"`
	// Title and Detail say what the condition is and what was found.
	Title  string `json:"title"`
	Detail string `json:"detail"`
	// Capped is true when the gate lowered the score.
	Capped bool     `json:"capped"`
	Pos    plan.Pos `json:"-"`
}

// Message is the hit as one line: "most goals are behind pace or
// overdue: 5 of 6 open goals".
func (h *Hit) Message() string { return h.Title + ": " + h.Detail }

// Gates returns every gate, the ones that put a plan at risk first.
func Gates() []*Gate {
	return []*Gate{
		GateNoGoals,
		GateGoalsFailing,
		GateNoCommittedIncome,
		GateStrategyBlocked,
		GateRelationshipsLapsed,
		GateErrors,
		GateGoalsBehind,
		GateIncomeUnderHalf,
		GateMostAffectedAbsent,
		GateTargetUnreached,
		GateOpponentUnanswered,
		GateBarrierUnanswered,
		GateLevelUnbacked,
		GateRelationshipsCold,
		GateReviewLapsed,
		GatePlaceholders,
	}
}

// GateByID returns the gate with the given id.
func GateByID(id string) (*Gate, bool) {
	for _, g := range Gates() {
		if g.ID == id {
			return g, true
		}
	}
	return nil, false
}

// GateIDs are the ids of all gates.
func GateIDs() []string {
	var out []string
	for _, g := range Gates() {
		out = append(out, g.ID)
	}
	return out
}

// GateErrors holds a plan with errors from check out of strong: it is read
// in part.
var GateErrors = &Gate{
	ID:     "errors",
	Title:  "check finds errors",
	Band:   BandDeveloping,
	Why:    "Values that check rejects count as missing; the number is not reliable until they are fixed.",
	Source: "The plan format: a plan with errors is not read whole.",
	Test: func(in *Input) (bool, string, plan.Pos) {
		n, first := 0, plan.Pos{}
		for _, d := range in.Diagnostics {
			if d.Severity.String() == "error" {
				if n == 0 {
					first = d.Pos
				}
				n++
			}
		}
		return n > 0, count(n, "error"), first
	},
}

// GateNoGoals puts a plan with no goal it could measure at risk.
var GateNoGoals = &Gate{
	ID:    "no-measurable-goal",
	Title: "no goal can be measured",
	Band:  BandAtRisk,
	Why: `A coalition exists to change something in the community; with no goal
that has an indicator and a target, or milestones, nobody can tell whether it
does.`,
	Source: `[003] objectives: "Who will have what done by when?"; "Describe
community-level indicators you will utilize".`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		p := in.Plan
		for i := range p.Goals.Items {
			g := &p.Goals.Items[i]
			if g.Indicator.Set && g.Target.Set || len(g.Milestones.Items) > 0 {
				return false, "", plan.Pos{}
			}
		}
		if len(p.Goals.Items) == 0 {
			return true, "the plan has no goals", at(&p.Goals.Loc, p.Pos)
		}
		what := fmt.Sprintf("none of the %d goals has", len(p.Goals.Items))
		if len(p.Goals.Items) == 1 {
			what = "the one goal has neither"
		}
		return true, what + " an indicator and a target, nor milestones", p.Goals.KeyPos
	},
}

// GateGoalsBehind keeps a plan whose open goals are mostly behind pace or
// overdue out of strong.
var GateGoalsBehind = &Gate{
	ID:    "goals-behind",
	Title: "most goals are behind pace or overdue",
	Band:  BandDeveloping,
	Why: `The goals are what the coalition promised its community; when most of
those still open are behind or late, the plan is not working as written,
however complete it is.`,
	Source: `[003] evaluation of plans and actions; objectives with "who will have
what done by when".`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		g := goalsBehind(in)
		return g.most(), fmt.Sprintf("%d of %s at risk or overdue", g.behind, count(g.open, "open goal")), g.first
	},
}

// GateGoalsFailing puts a plan at risk when most open goals are behind and
// two or more are past due.
var GateGoalsFailing = &Gate{
	ID:    "goals-failing",
	Title: "most goals are behind and two or more are past due",
	Band:  BandAtRisk,
	Why: `Goals behind can still be caught up; goals past their date and not done
are promises already missed. When most goals are behind and several have
passed their date, the plan is failing, not slipping.`,
	Source: `[003] evaluation of plans and actions; objectives with "who will have
what done by when".`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		g := goalsBehind(in)
		return g.most() && g.overdue >= 2, fmt.Sprintf("%d of %s at risk or overdue, %d past due", g.behind, count(g.open, "open goal"), g.overdue), g.firstOverdue
	},
}

// behindCount counts the open goals of a plan and those behind.
type behindCount struct {
	open, behind, overdue int
	first, firstOverdue   plan.Pos
}

// most reports whether more than half of the open goals are behind.
func (b behindCount) most() bool { return b.open > 0 && 2*b.behind > b.open }

func goalsBehind(in *Input) behindCount {
	var b behindCount
	for _, g := range in.Goals() {
		if g.State == figures.GoalDone {
			continue
		}
		b.open++
		pos := at(&g.Goal.ID.Loc, g.Goal.KeyPos)
		if g.State == figures.GoalAtRisk || g.State == figures.GoalOverdue {
			if b.behind == 0 {
				b.first = pos
			}
			b.behind++
		}
		if g.State == figures.GoalOverdue {
			if b.overdue == 0 {
				b.firstOverdue = pos
			}
			b.overdue++
		}
	}
	return b
}

// GateNoCommittedIncome puts a plan at risk when a level that shares risk
// has expenses and no committed income at all.
var GateNoCommittedIncome = &Gate{
	ID:    "no-committed-income",
	Title: "no income is committed",
	Band:  BandAtRisk,
	Why: `At a level that shares risk, expenses with no committed income at all
mean the work has no money behind it yet.`,
	Source: levels.Money.Source,
	Test: func(in *Input) (bool, string, plan.Pos) {
		if !levels.Money.Expects(levels.Of(in.Plan)) {
			return false, "", plan.Pos{}
		}
		t := figures.BudgetOf(in.Plan)
		if t.Overflow || t.Expenses <= 0 || t.Committed > 0 {
			return false, "", plan.Pos{}
		}
		b := &in.Plan.Budget
		return true, fmt.Sprintf("%s %s of expenses, none of it covered by committed income (%s)", t.Expenses, t.Currency, levels.GroupName(levels.Of(in.Plan))),
			at(&b.Income.Loc, at(&b.Expenses.Loc, at(&b.Loc, in.Plan.Pos)))
	},
}

// GateIncomeUnderHalf keeps a plan out of strong when a level that needs
// money has committed income for less than half of its expenses.
var GateIncomeUnderHalf = &Gate{
	ID:    "income-under-half",
	Title: "committed income covers less than half of the expenses",
	Band:  BandDeveloping,
	Why: `At a level that shares risk, more than half of the work unfunded is a plan
the coalition cannot yet carry out.`,
	Source: levels.Money.Source,
	Test: func(in *Input) (bool, string, plan.Pos) {
		if !levels.Money.Expects(levels.Of(in.Plan)) {
			return false, "", plan.Pos{}
		}
		t := figures.BudgetOf(in.Plan)
		c, ok := t.CoverageCommitted()
		if t.Overflow || !ok || 2*t.Committed >= t.Expenses {
			return false, "", plan.Pos{}
		}
		return true, fmt.Sprintf("%s (%s of %s %s)", figures.Percent(c), t.Committed, t.Expenses, t.Currency),
			at(&in.Plan.Budget.Income.Loc, at(&in.Plan.Budget.Loc, in.Plan.Pos))
	},
}

// GateMostAffectedAbsent keeps a plan out of strong when no active member
// speaks for those most affected.
var GateMostAffectedAbsent = &Gate{
	ID:    "most-affected-absent",
	Title: "those most affected are not at the table",
	Band:  BandDeveloping,
	Why: `A collaboration that decides for those most affected without them
repeats the professional dominance the toolkit warns of.`,
	Source: levels.MostAffected.Source,
	Test: func(in *Input) (bool, string, plan.Pos) {
		if !levels.MostAffected.Expects(levels.Of(in.Plan)) {
			return false, "", plan.Pos{}
		}
		for _, m := range activeMembers(in.Plan) {
			if m.MostAffected.Set && m.MostAffected.V {
				return false, "", plan.Pos{}
			}
		}
		return true, "no active member has most_affected: true", at(&in.Plan.Members.Loc, in.Plan.Pos)
	},
}

// GateTargetUnreached keeps a plan out of strong when a target of the power
// map has no route through an active member.
var GateTargetUnreached = &Gate{
	ID:    "target-unreached",
	Title: "a target has no route through an active member",
	Band:  BandDeveloping,
	Why: `The decision-maker the strategy rests on is out of reach: until someone
at the table knows them, the plan cannot move them.`,
	Source: `[001] power mapping around a target decision-maker, joined to the asset
map of who knows whom.`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		var names []string
		var first plan.Pos
		for _, r := range in.Network().Unreached() {
			s := r.Stakeholder
			if !s.Target.Set || !s.Target.V {
				continue
			}
			if len(names) == 0 {
				first = at(&s.ID.Loc, s.KeyPos)
			}
			names = append(names, stakeholderName(s))
		}
		return len(names) > 0, strings.Join(names, ", "), first
	},
}

// GateOpponentUnanswered keeps a plan out of strong when an opponent of
// power 4 or 5 has no counter.
var GateOpponentUnanswered = &Gate{
	ID:    "opponent-unanswered",
	Title: "an opponent of power 4 or 5 has no planned counter",
	Band:  BandDeveloping,
	Why: `A strong opponent left unanswered can undo what the rest of the plan
builds.`,
	Source: `[003] opposition: "Project how much power opponents ... have";
"Identify what tactics they are using".`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		var names []string
		var first plan.Pos
		for _, o := range in.Opposition() {
			if !o.Opponent.Power.Set || o.Opponent.Power.V < 4 || o.Answered() {
				continue
			}
			if len(names) == 0 {
				first = at(&o.Opponent.ID.Loc, o.Opponent.KeyPos)
			}
			names = append(names, fmt.Sprintf("%s (power %d)", o.Name(), o.Opponent.Power.V))
		}
		return len(names) > 0, strings.Join(names, ", "), first
	},
}

// GateStrategyBlocked puts a plan at risk when a target is out of reach and
// a strong opponent unanswered: the strategy has no way in and no defence.
var GateStrategyBlocked = &Gate{
	ID:    "strategy-blocked",
	Title: "a target is out of reach and a strong opponent unanswered",
	Band:  BandAtRisk,
	Why: `Either alone keeps a plan out of strong; together they leave the strategy
with no way to the decision-maker and no answer to those working against
it.`,
	Source: `[001] power mapping around a target; [003] opposition and its tactics.`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		t, td, tp := GateTargetUnreached.Test(in)
		o, od, _ := GateOpponentUnanswered.Test(in)
		return t && o, "no route to " + td + "; no counter to " + od, tp
	},
}

// GateRelationshipsLapsed puts a plan at risk when most relationships have
// gone cold and none of them has a next step.
var GateRelationshipsLapsed = &Gate{
	ID:    "relationships-lapsed",
	Title: "most relationships have gone cold and none has a next step",
	Band:  BandAtRisk,
	Why: `Cold relationships with a next step planned are being warmed up; cold ones
with none are being lost, and with them the members the plan counts on.`,
	Source: `[001] one owner per partnership, who keeps in touch and knows what comes
next.`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		met, detail, pos := GateRelationshipsCold.Test(in)
		if !met {
			return false, "", plan.Pos{}
		}
		for _, st := range partners.StaleOf(in.Plan, in.Today, in.Limits) {
			if st.Member.NextStep.Set && strings.TrimSpace(st.Member.NextStep.V) != "" {
				return false, "", plan.Pos{}
			}
		}
		return true, detail + ", none with a next_step", pos
	},
}

// GateBarrierUnanswered keeps a plan out of strong when a high-severity
// barrier has no strategy.
var GateBarrierUnanswered = &Gate{
	ID:    "barrier-unanswered",
	Title: "a high-severity barrier has no strategy",
	Band:  BandDeveloping,
	Why: `A barrier the plan itself rates high, named but left without a way
through (turf, a bad history, money), is a risk the coalition has seen and
not answered.`,
	Source: `[003] the eight barriers, each with "how it might be resolved".`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		var names []string
		var first plan.Pos
		for i := range in.Plan.Barriers.Items {
			b := &in.Plan.Barriers.Items[i]
			if b.Status.V == plan.BarrierResolved || b.Severity.V != plan.SeverityHigh || b.Strategy.Set && strings.TrimSpace(b.Strategy.V) != "" {
				continue
			}
			if len(names) == 0 {
				first = at(&b.ID.Loc, b.KeyPos)
			}
			names = append(names, barrierName(b))
		}
		return len(names) > 0, strings.Join(names, ", "), first
	},
}

// GateLevelUnbacked keeps a collaboration younger than the trust its level
// needs out of strong.
var GateLevelUnbacked = &Gate{
	ID:    "level-unbacked",
	Title: "the level declared has not had the time its trust needs",
	Band:  BandDeveloping,
	Why: `Collaboration shares risk and turf on trust built over months; a
coalition that declares it weeks after the partners first met (often because
a funder asked for it) claims a level its relationships do not yet carry.`,
	Source: `[004] "developing trust and a commitment to the broader common good
takes a period of months, or even a year or two"; "Is there sufficient trust
and commitment to support this kind of relationship?"`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		months := 0
		switch levels.Of(in.Plan) {
		case "collaboration":
			months = 6
		case "multisector-collaboration":
			months = 12
		default:
			return false, "", plan.Pos{}
		}
		c := &in.Plan.Coalition
		if !c.Start.Set || in.Today.IsZero() {
			return false, "", plan.Pos{}
		}
		ok, detail, pos := together(in, months)
		return !ok, fmt.Sprintf("%s: %s", c.Relationship.V, detail), pos
	},
}

// GateReviewLapsed keeps a plan out of strong when a whole review cycle has
// been missed.
var GateReviewLapsed = &Gate{
	ID:    "review-lapsed",
	Title: "a whole review cycle has been missed",
	Band:  BandDeveloping,
	Why: `A review a few weeks late is a date to set; a coalition that has let a
whole cycle pass without looking at itself does not know how it is doing.`,
	Source: `[003] evaluation: leadership, governance, division of labor, plans,
actions, funding and visibility, reviewed on a regular basis.`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		r := figures.ReviewsOf(in.Plan, in.Today)
		if !r.HasNext || !r.Overdue || !figures.AddMonths(r.Next, r.Every).Before(in.Today) {
			return false, "", plan.Pos{}
		}
		return true, fmt.Sprintf("the review due on %s (every %d months) is more than a cycle late", r.Next, r.Every), at(&r.From.Loc, in.Plan.Pos)
	},
}

// GateRelationshipsCold keeps a plan out of strong when most of the
// relationships it tracks have gone cold.
var GateRelationshipsCold = &Gate{
	ID:    "relationships-cold",
	Title: "most relationships have gone cold",
	Band:  BandDeveloping,
	Why: `Partners kept only on paper drift away; when the owners have not met most
of them in months, the membership the plan counts is not the one it has.`,
	Source: `[001] one owner per partnership, who keeps in touch; [003] the 6 R's:
relationships.`,
	Test: func(in *Input) (bool, string, plan.Pos) {
		tracked := 0
		for _, m := range activeMembers(in.Plan) {
			if m.LastContact.Set {
				tracked++
			}
		}
		stale := partners.StaleOf(in.Plan, in.Today, in.Limits)
		if tracked == 0 || 2*len(stale) <= tracked {
			return false, "", plan.Pos{}
		}
		return true, fmt.Sprintf("%d of the %s with a last contact were last met more than %d days ago",
				len(stale), count(tracked, "active member"), in.Limits.StaleAfterDays),
			at(&stale[0].Member.LastContact.Loc, stale[0].Member.KeyPos)
	},
}

// GatePlaceholders keeps a plan with placeholder text out of strong.
var GatePlaceholders = &Gate{
	ID:    "placeholders",
	Title: "the plan still holds placeholder text",
	Band:  BandDeveloping,
	Why: `A plan that still says "Say what is in the way." or "TBD" is a draft: each
placeholder counts as missing, and a draft is not strong.`,
	Source: "The coalition init starter, whose sentences are written to be replaced.",
	Test: func(in *Input) (bool, string, plan.Pos) {
		n, first := in.Placeholders, in.FirstPlaceholder
		return n > 0, fmt.Sprintf("%s counted as missing (placeholder-text)", count(n, "text")), first
	},
}

// stakeholderName is a stakeholder's name, else its id.
func stakeholderName(s *plan.Stakeholder) string {
	if s.Name.Set && s.Name.V != "" {
		return s.Name.V
	}
	return string(s.ID.V)
}

// blankPlaceholders returns p with every placeholder text unset (a copy;
// p itself when it has none), how many there were and where the first is.
func blankPlaceholders(p *plan.Plan) (*plan.Plan, int, plan.Pos) {
	n, first := 0, plan.Pos{}
	plan.EachText(p, func(_ func() string, v *plan.Value[string]) {
		if placeholder.Is(v.V) {
			if n == 0 {
				first = v.Pos
			}
			n++
		}
	})
	if n == 0 {
		return p, 0, first
	}
	return plan.CopyTexts(p, func(_ func() string, v *plan.Value[string]) {
		if placeholder.Is(v.V) {
			v.Set = false
		}
	}), n, first
}
