// Package brief builds the one-page board-meeting brief of a plan: the
// headline and score, key figures, the budget to the cent, the top risks,
// goals due soon, the 6 R's not in place and the decisions the board
// should take. It renders it as Markdown with Mermaid diagrams for GitHub
// and as one self-contained HTML page with inline SVG charts for print.
package brief

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/score"
)

// DueSoonDays is how far ahead a goal counts as due soon.
const DueSoonDays = 90

// maxDecisions keeps the brief to one page.
const maxDecisions = 6

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
	// RsNotInPlace are the 6 R's whose practice is not in place.
	RsNotInPlace []R
	Decisions    []string
	// PowerMap are the stakeholders with a stance and an influence.
	PowerMap []Point
	// Since is what changed since an earlier version (brief --since), nil
	// when not asked.
	Since *plandiff.Report
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

// Risk is one of the top risks.
type Risk struct {
	Kind   string // "target", "barrier" or "opposition"
	Title  string
	Detail string
}

// R is one of the 6 R's and where it stands.
type R struct {
	Name, Status, Practice string
}

// Point is one stakeholder on the power map.
type Point struct {
	Name string
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
	return BuildWith(path, p, card, today, nil)
}

// maxProspects is how many prospects the decisions name.
const maxProspects = 3

// BuildWith is Build with the prospects ranked by the given weights of the
// selection criteria.
func BuildWith(path string, p *plan.Plan, card *score.Card, today plan.Date, weights partners.Weights) *Brief {
	x := plan.NewIndex(p)
	b := &Brief{Coalition: p.Coalition.Name.V, Path: path, Date: today, Card: card,
		Relationship: string(p.Coalition.Relationship.V), Budget: figures.BudgetOf(p)}
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
	for i := range p.Stakeholders.Items {
		s := &p.Stakeholders.Items[i]
		if s.Stance.Set && s.Influence.Set {
			b.PowerMap = append(b.PowerMap, Point{Name: cmp.Or(s.Name.V, string(s.ID.V)), Stance: s.Stance.V, Influence: s.Influence.V, Target: s.Target.V})
		}
	}
	b.TopProspects = partners.Prospects(p, weights)
	b.Decisions = decisions(b, p, x)
	return b
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
	opp := slices.Clone(p.Opposition.Items)
	slices.SortStableFunc(opp, func(a, c plan.Opponent) int { return cmp.Compare(c.Power.V, a.Power.V) })
	for i := range opp {
		o := &opp[i]
		var tactics []string
		for _, t := range o.Tactics.Items {
			if t.Set {
				tactics = append(tactics, string(t.V))
			}
		}
		if len(tactics) == 0 {
			continue
		}
		detail := "tactics seen: " + strings.Join(tactics, ", ")
		if o.Power.Set {
			detail = fmt.Sprintf("power %d of 5; %s", o.Power.V, detail)
		}
		if !o.Response.Set {
			detail += "; no response planned"
		}
		out = append(out, Risk{Kind: "opposition", Title: cmp.Or(o.Name.V, string(o.ID.V)), Detail: detail})
	}
	return out
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
			if g.HasProgress && g.HasTime {
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
