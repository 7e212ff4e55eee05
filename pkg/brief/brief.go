// Package brief builds the one-page board-meeting brief of a plan: the
// headline and score, key figures, the trend of the score and the gap at
// the last board meetings, the budget to the cent, the top risks,
// goals due soon, the actions due before the next meeting and those
// overdue, the 6 R's not in place and the decisions the board should take.
// It renders it as Markdown with Mermaid diagrams for GitHub and as one
// self-contained HTML page with inline SVG charts for print.
package brief

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/history"
	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/score"
)

// DueSoonDays is how far ahead a goal counts as due soon.
const DueSoonDays = 90

// maxDecisions keeps the brief to one page.
const maxDecisions = 5

// Brief is everything on the page.
type Brief struct {
	// Coalition is the coalition's name; Path the plan file.
	Coalition string
	Path      string
	// Date is the date of the brief (today, or --today).
	Date plan.Date
	// Relationship is the declared level of working together, if any.
	Relationship string
	// Card is the plan's health score.
	Card *score.Card
	// Members counts active members and prospects.
	Active, Prospects int
	// TopProspects are the prospects ranked by the selection criteria.
	TopProspects []partners.Prospect
	// Goals are all goals with their progress; the counts by state follow.
	Goals                               []figures.Goal
	OnTrack, AtRisk, Overdue, GoalsDone int
	Budget                              figures.Budget
	// Pending is the income not yet committed (pending, projected, or
	// without a status).
	Pending plan.Money
	Risks   []Risk
	// DueSoon are the goals not done that are due within DueSoonDays.
	DueSoon []figures.Goal
	// TracksActions is true when the plan has an actions section; without
	// one, the brief has no sections of actions.
	TracksActions bool
	// Horizon is how many days ahead ActionsDue looks: the time to the
	// next meeting.
	Horizon int
	// ActionsDue are the open actions due within Horizon days, the
	// soonest first; ActionsOverdue are the open actions past due, the
	// longest overdue first.
	ActionsDue, ActionsOverdue []Action
	// RsNotInPlace are the 6 R's whose practice is not in place.
	RsNotInPlace []R
	// Reviews are the coalition's latest review of itself, the one before
	// it, and when the next is due.
	Reviews   figures.Reviews
	Decisions []string
	// PowerMap are the stakeholders with a stance and an influence.
	PowerMap []Point
	// Since is what changed since an earlier version (brief --since), nil
	// when not asked.
	Since *plandiff.Report
	// Trend is the score and the gap on committed income at the last
	// board meetings, or the last changes, of the plan (brief --trend);
	// nil when not asked or when there is nothing to chart. TrendNote
	// says why there is no trend when git failed; "" otherwise.
	Trend     *history.Trend
	TrendNote string
	// Public marks the brief made from the public form of the plan (see
	// package public): it says so.
	Public bool
}

// maxSince is how many changes the brief lists since the last meeting.
const maxSince = 8

// SinceChanges are the changes since the earlier version, at most
// maxSince, and how many more there are.
func (b *Brief) SinceChanges() (changes []plandiff.Change, more int) {
	if b.Since == nil {
		return nil, 0
	}
	for _, d := range b.Since.Plans {
		changes = append(changes, d.Changes...)
	}
	if len(changes) > maxSince {
		return changes[:maxSince], len(changes) - maxSince
	}
	return changes, 0
}

// maxActions is how many actions each section of actions lists.
const maxActions = 3

// Due are the actions due before the next meeting, at most maxActions,
// and how many more there are.
func (b *Brief) Due() (actions []Action, more int) { return capped(b.ActionsDue) }

// Late are the overdue actions, at most maxActions, and how many more
// there are.
func (b *Brief) Late() (actions []Action, more int) { return capped(b.ActionsOverdue) }

// HorizonEnd is the last day of the horizon: today plus Horizon days.
func (b *Brief) HorizonEnd() plan.Date { return plan.DateOf(b.Date.Time().AddDate(0, 0, b.Horizon)) }

func capped(l []Action) ([]Action, int) {
	if len(l) > maxActions {
		return l[:maxActions], len(l) - maxActions
	}
	return l, 0
}

// Action is an open action as the brief lists it.
type Action struct {
	Title string
	// Owner is the name of the owner, "" when the action has none.
	Owner string
	Due   plan.Date
	// DaysLeft are the days from the brief's date to the due date,
	// negative when it has passed.
	DaysLeft int
	Status   string
}

// When says when the action is due, against the date of the brief: "in
// 18 days", "today", "39 days ago".
func (a Action) When() string {
	switch d := a.DaysLeft; {
	case d == 0:
		return "today"
	case d == 1:
		return "tomorrow"
	case d > 1:
		return fmt.Sprintf("in %d days", d)
	case d == -1:
		return "1 day ago"
	default:
		return fmt.Sprintf("%d days ago", -d)
	}
}

// Late says how long ago an overdue action was due: "13 days late".
func (a Action) Late() string {
	if a.DaysLeft == -1 {
		return "1 day late"
	}
	return fmt.Sprintf("%d days late", -a.DaysLeft)
}

// OwnerText is the owner's name, or "no owner".
func (a Action) OwnerText() string { return cmp.Or(a.Owner, "no owner") }

// Risk is one of the top risks.
type Risk struct {
	Kind   string // "target", "barrier" or "opposition"
	Title  string
	Detail string
	// Counters are, for an opponent, what the coalition will do against
	// it: the counter to each tactic seen when the plan answers tactic by
	// tactic, and the general response.
	Counters []Counter
}

// Counter is the counter planned against one tactic of an opponent, or its
// general response.
type Counter struct {
	// Tactic is the tactic countered, "" for the general response.
	Tactic string
	// Text is the counter, cut to fit the page; "" when none is planned.
	Text string
}

// maxCounter is how many characters of a counter the brief shows.
const maxCounter = 90

// maxCountersShown is how many counters of one opponent the one-page HTML
// brief shows; the Markdown brief shows them all.
const maxCountersShown = 3

// ShownCounters are the counters the HTML brief shows: at most
// maxCountersShown.
func (r Risk) ShownCounters() []Counter { return r.Counters[:min(len(r.Counters), maxCountersShown)] }

// MoreCounters counts the counters the HTML brief leaves to the report.
func (r Risk) MoreCounters() int { return len(r.Counters) - len(r.ShownCounters()) }

// Label names what the counter answers: "against delaying", or "general
// response".
func (c Counter) Label() string {
	if c.Tactic == "" {
		return "general response"
	}
	return "against " + c.Tactic
}

// counterText is a counter as the brief shows it: cut to maxCounter
// characters, without a closing full stop, since the HTML brief strings the
// counters of an opponent together on one line.
func counterText(s string) string {
	return strings.TrimRight(shortText(strings.TrimSpace(s), maxCounter), " .")
}

// TextOrNone is the counter, or says that none is planned.
func (c Counter) TextOrNone() string { return cmp.Or(c.Text, "no counter planned") }

// R is one of the 6 R's and where it stands.
type R struct {
	Name, Status, Practice string
}

// Point is one stakeholder on the power map.
type Point struct {
	Name string
	// Opponent marks the stakeholder joined to an opponent (one actor on
	// both lists): "opponent, power 3", "" for none.
	Opponent string
	// Stance is -2 (strongly opposed) to 2 (strongly supportive); Influence
	// 1 to 5.
	Stance, Influence int
	Target            bool
}

// X is the stance as a share from 0 (opposed) to 1 (supportive).
func (p Point) X() float64 { return float64(p.Stance+2) / 4 }

// Y is the influence as a share from 0 (least) to 1 (most).
func (p Point) Y() float64 { return float64(p.Influence-1) / 4 }

// Build gathers the brief of a decoded plan as of today.
func Build(path string, p *plan.Plan, card *score.Card, today plan.Date) *Brief {
	return BuildWith(path, p, card, today, Settings{})
}

// Settings tune what BuildWith gathers.
type Settings struct {
	// Weights weigh the selection criteria when prospects are ranked; a
	// criterion left out weighs 1.
	Weights partners.Weights
	// Horizon is how many days ahead "Due before the next meeting" looks;
	// 0 means figures.Horizon.
	Horizon int
}

// maxProspects is how many prospects the decisions name.
const maxProspects = 3

// BuildWith is Build with settings: the weights that rank the prospects,
// the horizon of the actions due.
func BuildWith(path string, p *plan.Plan, card *score.Card, today plan.Date, s Settings) *Brief {
	x := plan.NewIndex(p)
	b := &Brief{Coalition: p.Coalition.Name.V, Path: path, Date: today, Card: card,
		Relationship: string(p.Coalition.Relationship.V), Budget: figures.BudgetOf(p),
		Horizon: cmp.Or(s.Horizon, figures.Horizon)}
	if b.Coalition == "" {
		b.Coalition = path
	}
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		switch {
		case figures.Active(m):
			b.Active++
		case m.Status.V == plan.MemberProspect:
			b.Prospects++
		}
	}
	b.Goals = figures.GoalsOf(p, today)
	for _, g := range b.Goals {
		switch g.State {
		case figures.GoalOnTrack:
			b.OnTrack++
		case figures.GoalAtRisk:
			b.AtRisk++
		case figures.GoalOverdue:
			b.Overdue++
		case figures.GoalDone:
			b.GoalsDone++
		}
		if g.State != figures.GoalDone && g.State != figures.GoalOverdue && g.Goal.Due.Set && g.DaysLeft <= DueSoonDays {
			b.DueSoon = append(b.DueSoon, g)
		}
	}
	slices.SortStableFunc(b.DueSoon, func(a, c figures.Goal) int { return cmp.Compare(a.DaysLeft, c.DaysLeft) })
	b.Pending = b.Budget.Pending()
	b.Risks = risks(p, x)
	for _, r := range p.SixRs.All() {
		st := string(r.Practice.Status.V)
		if !r.Practice.Status.Set {
			st = "missing"
		}
		if st != string(plan.PracticeInPlace) {
			b.RsNotInPlace = append(b.RsNotInPlace, R{Name: r.Name, Status: st, Practice: r.Practice.Practice.V})
		}
	}
	// An opponent joined to a stakeholder is one actor: its point on the
	// map is labelled as the opponent too.
	joined := map[*plan.Stakeholder]string{}
	for _, o := range figures.OppositionOf(p, x) {
		if o.Stakeholder != nil && joined[o.Stakeholder] == "" {
			joined[o.Stakeholder] = opponentLabel(&o)
		}
	}
	for i := range p.Stakeholders.Items {
		s := &p.Stakeholders.Items[i]
		if s.Stance.Set && s.Influence.Set {
			b.PowerMap = append(b.PowerMap, Point{Name: cmp.Or(s.Name.V, string(s.ID.V)), Opponent: joined[s],
				Stance: s.Stance.V, Influence: s.Influence.V, Target: s.Target.V})
		}
	}
	b.TopProspects = partners.Prospects(p, s.Weights)
	b.TracksActions = figures.HasActions(p)
	b.ActionsDue, b.ActionsOverdue = actionsOf(p, x, today, b.Horizon)
	b.Reviews = figures.ReviewsOf(p, today)
	b.Decisions = decisions(b, p, x)
	return b
}

// actionsOf are the open actions of p due within horizon days of today,
// the soonest first, and those past due, the longest overdue first, each
// with its owner by name.
func actionsOf(p *plan.Plan, x *plan.Index, today plan.Date, horizon int) (due, overdue []Action) {
	for _, fa := range figures.ActionsOf(p, today, horizon) {
		if !fa.Overdue() && !fa.DueWithin(horizon) {
			continue
		}
		a := fa.Action
		ba := Action{Title: cmp.Or(a.Title.V, string(a.ID.V)), Due: a.Due.V, DaysLeft: fa.DaysLeft, Status: string(fa.Status)}
		if a.Owner.Set {
			ba.Owner = figures.PersonName(x, a.Owner.V)
		}
		if fa.Overdue() {
			overdue = append(overdue, ba)
		} else {
			due = append(due, ba)
		}
	}
	byDays := func(a, c Action) int { return cmp.Compare(a.DaysLeft, c.DaysLeft) }
	slices.SortStableFunc(due, byDays)
	slices.SortStableFunc(overdue, byDays)
	return due, overdue
}

// risks are the open high-severity barriers, then the opponents with the
// tactics they are seen to use, the most powerful first.
func risks(p *plan.Plan, x *plan.Index) []Risk {
	var out []Risk
	// A target nobody at the table reaches comes first: the strategy
	// cannot move it [001].
	for _, r := range network.Of(p).Unreached() {
		s := r.Stakeholder
		detail := "no route through an active member"
		if len(r.Dead) > 0 {
			detail += "; its connections are not at the table (prospects, former members)"
		}
		out = append(out, Risk{Kind: "target", Title: cmp.Or(s.Name.V, string(s.ID.V)), Detail: detail})
	}
	for i := range p.Barriers.Items {
		br := &p.Barriers.Items[i]
		if br.Status.V == plan.BarrierResolved || br.Severity.V != plan.SeverityHigh {
			continue
		}
		detail := fmt.Sprintf("%s barrier, high severity, %s", br.Type.V, cmp.Or(string(br.Status.V), "open"))
		if !br.Strategy.Set {
			detail += ", no strategy yet"
		}
		if br.Owner.Set {
			detail += "; owner: " + figures.PersonName(x, br.Owner.V)
		} else {
			detail += "; no owner"
		}
		title := cmp.Or(br.Description.V, string(br.ID.V))
		out = append(out, Risk{Kind: "barrier", Title: shortText(title, 110), Detail: detail})
	}
	opp := figures.OppositionOf(p, x)
	slices.SortStableFunc(opp, func(a, c figures.Opponent) int {
		return cmp.Compare(c.Opponent.Power.V, a.Opponent.Power.V)
	})
	for i := range opp {
		if r, ok := opponentRisk(&opp[i], x); ok {
			out = append(out, r)
		}
	}
	return out
}

// opponentLabel marks a point of the power map as an opponent too:
// "opponent, power 3", or "opponent Summit LLC, power 1" when the two
// entries name the actor differently.
func opponentLabel(o *figures.Opponent) string {
	l := "opponent"
	if n := o.Opponent.Name.V; n != "" && n != o.Stakeholder.Name.V {
		l += " " + n
	}
	if o.Opponent.Power.Set {
		l += fmt.Sprintf(", power %d", o.Opponent.Power.V)
	}
	return l
}

// opponentRisk is the risk of an opponent seen using tactics, or powerful:
// its power, its place on the power map, who watches it, and the counter
// planned to each tactic seen or the general response.
func opponentRisk(o *figures.Opponent, x *plan.Index) (Risk, bool) {
	op := o.Opponent
	if len(o.Counters) == 0 && !o.Powerful() {
		return Risk{}, false
	}
	var parts []string
	if op.Power.Set {
		parts = append(parts, fmt.Sprintf("power %d of 5", op.Power.V))
	}
	if s := o.Stakeholder; s != nil && s.Stance.Set && s.Influence.Set {
		parts = append(parts, fmt.Sprintf("stance %+d, influence %d", s.Stance.V, s.Influence.V))
	}
	var tactics []string
	for _, c := range o.Counters {
		tactics = append(tactics, string(c.Tactic.V))
	}
	r := Risk{Kind: "opposition", Title: o.Name()}
	// Answered tactic by tactic, the counters name the tactics; with a
	// general response, the tactics without a counter of their own are
	// left to it, and the detail names them all.
	switch {
	case len(tactics) == 0:
		parts = append(parts, "no tactics identified")
	case !o.PerTactic() || o.General():
		parts = append(parts, "tactics seen: "+strings.Join(tactics, ", "))
	}
	if o.PerTactic() {
		for _, c := range o.Counters {
			switch {
			case c.Response != nil:
				r.Counters = append(r.Counters, Counter{Tactic: string(c.Tactic.V), Text: counterText(c.Response.V)})
			case !o.General():
				r.Counters = append(r.Counters, Counter{Tactic: string(c.Tactic.V)})
			}
		}
	}
	if o.General() {
		r.Counters = append(r.Counters, Counter{Text: counterText(op.Response.V)})
	}
	if !o.Answered() {
		parts = append(parts, "no counter planned")
	}
	if op.Owner.Set {
		parts = append(parts, "owner: "+figures.PersonName(x, op.Owner.V))
	} else {
		parts = append(parts, "no owner")
	}
	r.Detail = strings.Join(parts, "; ")
	return r, true
}

// decisions are what the board should decide, most pressing first, at
// most maxDecisions.
func decisions(b *Brief, p *plan.Plan, x *plan.Index) []string {
	var out []string
	money := func(m plan.Money) string { return figures.Money(m, b.Budget.Currency) }
	for _, g := range b.Goals {
		if g.State == figures.GoalOverdue {
			out = append(out, fmt.Sprintf("Goal %q was due on %s: mark it done, set a new date, or record it as missed.", g.Goal.Title.V, g.Goal.Due.V))
		}
	}
	if d := reviewDecision(b); d != "" {
		out = append(out, d)
	}
	for i := range p.Barriers.Items {
		br := &p.Barriers.Items[i]
		if br.Status.V == plan.BarrierResolved || br.Severity.V != plan.SeverityHigh {
			continue
		}
		switch {
		case !br.Strategy.Set || !br.Owner.Set:
			out = append(out, fmt.Sprintf("Name a strategy and an owner for the high-severity %s barrier %q.", br.Type.V, string(br.ID.V)))
		case br.Status.V != "mitigating":
			out = append(out, fmt.Sprintf("Start on the strategy for the high-severity %s barrier %q (owner: %s).", br.Type.V, string(br.ID.V), figures.PersonName(x, br.Owner.V)))
		}
	}
	for _, o := range figures.OppositionOf(p, x) {
		if o.Powerful() && !o.Answered() {
			d := fmt.Sprintf("Plan how to counter %s (power %d of 5)", o.Name(), o.Opponent.Power.V)
			if !o.Opponent.Owner.Set {
				d += " and name who watches them"
			}
			out = append(out, d+".")
		}
	}
	if gap := b.Budget.GapCommitted(); gap > 0 && !b.Budget.Overflow {
		d := fmt.Sprintf("Close the gap of %s between expenses and committed income", money(gap))
		if b.Pending > 0 {
			d += fmt.Sprintf(": %s is pending or projected", money(b.Pending))
		}
		if all := b.Budget.GapAll(); all > 0 {
			d += fmt.Sprintf("; even with all of it, %s is missing", money(all))
		}
		out = append(out, d+".")
	}
	for _, g := range b.Goals {
		if g.State == figures.GoalAtRisk {
			d := fmt.Sprintf("Review goal %q", g.Goal.Title.V)
			if m := g.Milestones; m != nil && g.HasTime {
				d += fmt.Sprintf(": %d of %d milestones done with %d due", m.Done, m.Total, m.Due)
			} else if g.HasProgress && g.HasTime {
				d += fmt.Sprintf(": %s of the way with %s of the time gone", figures.Percent(g.Progress), figures.Percent(g.TimeGone))
			} else if g.Goal.Status.Set {
				d += ": marked " + string(g.Goal.Status.V)
			}
			out = append(out, d+".")
		}
	}
	var missing []string
	for _, r := range b.RsNotInPlace {
		if r.Status == string(plan.PracticeMissing) {
			missing = append(missing, r.Name)
		}
	}
	if len(missing) > 0 {
		out = append(out, fmt.Sprintf("Agree how the coalition will assure %s (the 6 R's with no practice).", strings.Join(missing, ", ")))
	}
	if b.Prospects > 0 {
		out = append(out, b.prospectDecision())
	}
	if len(out) > maxDecisions {
		more := len(out) - maxDecisions + 1
		out = append(out[:maxDecisions-1], fmt.Sprintf("…and %d more: see the full report (coalition report).", more))
	}
	return out
}

// shortText cuts s to at most n characters at a word boundary, ending with
// an ellipsis when cut.
func shortText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

// prospectDecision names the prospects to decide on: the best rated, with
// their rating and what each would add.
func (b *Brief) prospectDecision() string {
	var names []string
	for i, pr := range b.TopProspects {
		if i == maxProspects || !pr.Rated {
			break
		}
		n := pr.Member.Name.Or(string(pr.Member.ID.V))
		s := fmt.Sprintf("%s (%d of %d", n, pr.Total, pr.Max)
		if len(pr.Adds) > 0 {
			s += "; would add " + pr.Adds[0]
		}
		names = append(names, s+")")
	}
	if len(names) == 0 {
		if b.Prospects == 1 {
			return "Rate the prospective member by the selection criteria, then decide whether to invite it."
		}
		return fmt.Sprintf("Rate the %d prospective members by the selection criteria, then decide which to invite.", b.Prospects)
	}
	more := ""
	if rest := b.Prospects - len(names); rest > 0 {
		more = fmt.Sprintf(" (of %d prospects)", b.Prospects)
	}
	return "Decide whether to invite " + joinAnd(names) + more + "."
}

func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
