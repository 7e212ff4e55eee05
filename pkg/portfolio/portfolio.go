// Package portfolio builds the portfolio page of a network of coalitions:
// every plan under a directory on one page, the ones that need help first,
// then what only shows across the plans: the sectors missing everywhere,
// the people who own relationships in several plans, the organizations
// that are members of several coalitions, and the total budget and gap in
// each currency. It renders it as Markdown and as one self-contained HTML
// page.
//
// The plans are read and checked in parallel (check.Run) and each is
// reduced to its row as it comes: memory grows with the number of plans by
// a row each, and with the names met across them, not with their size.
package portfolio

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// Options say how the plans are checked and scored.
type Options struct {
	// Lint are the rules, Score the weights and bands of the score; the
	// date of both is Today.
	Lint  lint.Options
	Score score.Options
	// Today is the date of the page: progress, due dates and reviews are
	// measured against it.
	Today plan.Date
	// Workers is the number of plans checked at once; 0 means one per CPU.
	Workers int
}

// Portfolio is the page.
type Portfolio struct {
	// Date is the date of the page.
	Date plan.Date
	// Plans are the plans found, the ones that need help most first (see
	// Need).
	Plans []*Plan
	// Unreadable are the paths that could not be read, and the paths under
	// which no plan was found.
	Unreadable []Unreadable
	// Skipped counts the YAML files found that are not plans.
	Skipped int
	// Sectors are the sectors the toolkit names as often missing, each
	// with the plans that miss it.
	Sectors []Sector
	// People are the people who own relationships in several plans;
	// Organizations the organizations that are active members of several
	// coalitions. Both are sorted by the number of plans, most first.
	People        []Shared
	Organizations []Shared
	// Budgets are the budgets summed by currency, the currency of the most
	// plans first.
	Budgets []Budget
}

// Plan is one plan's row: what says how much help it needs.
type Plan struct {
	// Path is the plan file; Coalition its name (the path when it has
	// none).
	Path      string
	Coalition string
	// Scored is false for a file that could not be read as a plan; Score,
	// Band and Capped are those of its card. Errors counts its findings of
	// severity error. Why says what capped the score, or why it is not
	// scored, or how many errors it has; empty when nothing.
	Scored bool
	Score  int
	Band   string
	Capped bool
	Errors int
	Why    string
	// Currency is the budget's currency; Expenses and Gap (the gap on
	// committed income) its sums, when Summed (the sums fit).
	Currency      string
	Expenses, Gap plan.Money
	Summed        bool
	// GoalsAtRisk and GoalsOverdue count the goals by state.
	GoalsAtRisk, GoalsOverdue int
	// OverdueActions counts the open actions past their due date.
	OverdueActions int
	// ReviewOverdue is true when the next review of the coalition was due
	// before today, on ReviewDue.
	ReviewOverdue bool
	ReviewDue     plan.Date
	// Unreached are the names of the stakeholders that must be reached
	// (targets, undecided ones of high influence) and that no active
	// member reaches.
	Unreached []string
}

// Unreadable is a path that could not be read, and why.
type Unreadable struct {
	Path, Error string
}

// Sector is one of the sectors often missing from a coalition, and the
// number of plans read that miss it.
type Sector struct {
	Sector  plan.Sector
	Missing int
	// Everywhere is true when every plan read misses it.
	Everywhere bool
}

// Shared is a person or an organization found in several plans.
type Shared struct {
	// Name is the name as one of the plans writes it; Email the person's
	// email address, "" when none is known.
	Name  string
	Email string
	// Plans counts the plans that have it; Relationships, for a person,
	// counts the members and prospects they own across them.
	Plans         int
	Relationships int
	// In are the coalitions of the first few plans (see MaxListed).
	In []string
}

// Budget is the sum of the budgets of the plans in one currency.
type Budget struct {
	Currency string
	// Plans counts the plans summed; Unsummed those in the currency whose
	// sums do not fit.
	Plans, Unsummed int
	// Expenses is the total of the expenses; Committed that of committed
	// income; Gap the sum of each plan's gap on committed income (a plan's
	// surplus does not close another's gap).
	Expenses, Committed, Gap plan.Money
	// Overflow is true when a total does not fit; the totals are then 0.
	Overflow bool
}

// MaxListed is how many coalitions a shared person or organization lists.
const MaxListed = 3

// Build reads, checks and scores the plans of walk in parallel and builds
// the page. A target that is not a plan is marked so in walk (see
// workspace.Walk.NotPlan); the paths walk could not read are listed as
// unreadable.
func Build(walk *workspace.Walk, opts Options) (*Portfolio, error) {
	b := newBuilder(opts)
	for _, e := range walk.Errs {
		b.unreadable(e)
	}
	next := 0
	err := check.Run(walk.Targets, check.Options{Lint: opts.Lint, Workers: opts.Workers}, func(res check.Result) error {
		i := next
		next++
		switch {
		case res.Err != nil:
			b.p.Unreadable = append(b.p.Unreadable, Unreadable{Path: res.Path, Error: res.Err.Error()})
		case res.Skipped:
			walk.NotPlan(i)
			b.p.Skipped++
		default:
			b.Add(res.File, res.Diagnostics)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.Portfolio(), nil
}

// AddUnreadable lists path as unreadable, for why.
func (p *Portfolio) AddUnreadable(path, why string) {
	p.Unreadable = append(p.Unreadable, Unreadable{Path: path, Error: why})
}

// builder gathers the page plan by plan.
type builder struct {
	opts   Options
	p      *Portfolio
	order  []*Plan // in the order read, for the names of shared entries
	read   int     // plans read (decoded)
	miss   map[plan.Sector]int
	people map[string]map[string]*entry // by normalised name, then email ("" for none)
	// orgOnce holds the organizations met in one plan so far, by the hash
	// of their normalised name; orgs those met in several.
	orgOnce map[uint64]int32
	orgs    map[uint64]orgEntry
	seed    maphash.Seed
	totals  map[string]*Budget
}

// entry is a name met in several plans.
type entry struct {
	name  string
	email string
	plans []int32 // indices in builder.order, each once
	rels  int
}

func newBuilder(opts Options) *builder {
	return &builder{opts: opts, p: &Portfolio{Date: opts.Today}, miss: map[plan.Sector]int{},
		people: map[string]map[string]*entry{}, orgOnce: map[uint64]int32{}, orgs: map[uint64]orgEntry{}, seed: maphash.MakeSeed(),
		totals: map[string]*Budget{}}
}

func (b *builder) unreadable(err error) {
	if pe, ok := err.(*workspace.PathError); ok {
		b.p.AddUnreadable(pe.Path, pe.Err.Error())
		return
	}
	b.p.AddUnreadable("", err.Error())
}

// Add adds a plan file as read, with the findings of check on it.
func (b *builder) Add(f *plan.File, diags []lint.Diagnostic) {
	sopts := b.opts.Score
	sopts.Today = b.opts.Today
	c := score.Score(f, diags, sopts)
	row := &Plan{Path: f.Path, Coalition: f.Path, Scored: c.Scored, Score: c.Score, Band: c.Band, Capped: c.Capped, Errors: c.Errors}
	row.Why = why(c)
	b.p.Plans = append(b.p.Plans, row)
	idx := int32(len(b.order))
	b.order = append(b.order, row)
	p := f.Plan
	if p == nil {
		return
	}
	b.read++
	// What a row keeps of the plan is copied, so that no string keeps the
	// plan's memory alive.
	row.Coalition = cmp.Or(strings.Clone(strings.TrimSpace(p.Coalition.Name.V)), f.Path)
	today := b.opts.Today
	for _, g := range figures.GoalsOf(p, today) {
		switch g.State {
		case figures.GoalAtRisk:
			row.GoalsAtRisk++
		case figures.GoalOverdue:
			row.GoalsOverdue++
		}
	}
	for _, a := range figures.ActionsOf(p, today, figures.Horizon) {
		if a.Overdue() {
			row.OverdueActions++
		}
	}
	if rv := figures.ReviewsOf(p, today); rv.HasNext && rv.Overdue {
		row.ReviewOverdue, row.ReviewDue = true, rv.Next
	}
	for _, r := range network.Of(p).Unreached() {
		row.Unreached = append(row.Unreached, strings.Clone(cmp.Or(r.Stakeholder.Name.V, string(r.Stakeholder.ID.V))))
	}
	sectors := figures.SectorsOf(p)
	for _, s := range sectors.Gaps() {
		b.miss[s]++
	}
	b.budget(row, p)
	b.owners(p, idx)
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if !figures.Active(m) || !m.Name.Set {
			continue
		}
		key := NormalizeName(m.Name.V)
		if key == "" {
			continue
		}
		b.org(key, m.Name.V, idx)
	}
}

// org records that the organization whose normalised name is key, written
// name, is an active member of the plan idx. Most names are in one plan
// only: for those, a hash of the name and the plan are kept; the name
// from the second plan on. (Two names of the same 64-bit hash would be
// taken for one: with a million names, a chance of about 1 in 40 million.)
func (b *builder) org(key, name string, idx int32) {
	h := maphash.String(b.seed, key)
	e, shared := b.orgs[h]
	if !shared {
		first, seen := b.orgOnce[h]
		if !seen || first == idx {
			b.orgOnce[h] = idx
			return
		}
		delete(b.orgOnce, h)
		e = orgEntry{name: strings.Clone(name), plans: 1, in: [MaxListed]int32{first}, last: first}
	}
	if e.last != idx { // not twice for one plan
		if int(e.plans) < MaxListed {
			e.in[e.plans] = idx
		}
		e.plans++
		e.last = idx
	}
	b.orgs[h] = e
}

// orgEntry is an organization met in several plans: how many, the first
// MaxListed and the last.
type orgEntry struct {
	name  string
	plans int32
	in    [MaxListed]int32
	last  int32
}

// why says what the reader of the page should know about the score.
func why(c *score.Card) string {
	switch {
	case !c.Scored && len(c.Notes) > 0:
		return strings.TrimPrefix(c.Notes[0], "not scored: ")
	case c.Capped:
		return fmtCapped(c)
	case c.Errors == 1:
		return "1 error from check"
	case c.Errors > 1:
		return itoa(c.Errors) + " errors from check"
	}
	return ""
}

func fmtCapped(c *score.Card) string {
	for _, n := range c.Notes {
		if strings.HasPrefix(n, "capped") {
			return n
		}
	}
	return "capped from " + itoa(c.Uncapped)
}

// budget sums the plan's budget into its row and the currency's total.
func (b *builder) budget(row *Plan, p *plan.Plan) {
	fb := figures.BudgetOf(p)
	row.Currency = fb.Currency
	t := b.totals[fb.Currency]
	if t == nil {
		t = &Budget{Currency: fb.Currency}
		b.totals[fb.Currency] = t
	}
	if fb.Overflow {
		t.Unsummed++
		return
	}
	row.Expenses, row.Gap, row.Summed = fb.Expenses, fb.GapCommitted(), true
	t.Plans++
	if t.Overflow {
		return
	}
	var ok1, ok2, ok3 bool
	t.Expenses, ok1 = t.Expenses.Add(fb.Expenses)
	t.Committed, ok2 = t.Committed.Add(fb.Committed)
	t.Gap, ok3 = t.Gap.Add(fb.GapCommitted())
	if !ok1 || !ok2 || !ok3 {
		t.Overflow, t.Expenses, t.Committed, t.Gap = true, 0, 0, 0
	}
}

// owners records the people who own the relationships with p's members and
// prospects (members[].owner naming a person of people).
func (b *builder) owners(p *plan.Plan, idx int32) {
	if len(p.People.Items) == 0 {
		return
	}
	people := make(map[plan.ID]*plan.Person, len(p.People.Items))
	for i := range p.People.Items {
		pr := &p.People.Items[i]
		if pr.ID.Set && pr.Name.Set {
			if _, dup := people[pr.ID.V]; !dup {
				people[pr.ID.V] = pr
			}
		}
	}
	owned := map[plan.ID]int{}
	var order []plan.ID
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		st := m.StatusOrDefault()
		if m.Status.Invalid || st == plan.MemberFormer || !m.Owner.Set || people[m.Owner.V] == nil {
			continue
		}
		if owned[m.Owner.V] == 0 {
			order = append(order, m.Owner.V)
		}
		owned[m.Owner.V]++
	}
	for _, id := range order {
		pr := people[id]
		name := NormalizeName(pr.Name.V)
		if name == "" {
			continue
		}
		email := strings.ToLower(strings.TrimSpace(string(pr.Email.V)))
		byEmail := b.people[name]
		if byEmail == nil {
			byEmail = map[string]*entry{}
			b.people[name] = byEmail
		}
		e := byEmail[email]
		if e == nil {
			e = &entry{name: strings.Clone(pr.Name.V), email: strings.Clone(email)}
			byEmail[email] = e
		}
		if len(e.plans) == 0 || e.plans[len(e.plans)-1] != idx {
			e.plans = append(e.plans, idx)
		}
		e.rels += owned[id]
	}
}

// NormalizeName is the form in which names are compared across plans:
// accents, case, punctuation and spacing do not count, nor a leading
// "the", so that "The Harbor YMCA", "Harbor Y.M.C.A." and "harbor  ymca"
// are one. It returns "" for a name with no letter or digit.
func NormalizeName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A combining mark: the accent of a letter.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// Y.M.C.A. is YMCA; O'Brien is OBrien.
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// Portfolio finishes the page: the plans sorted by need, and what is
// shared across them.
func (b *builder) Portfolio() *Portfolio {
	p := b.p
	slices.SortStableFunc(p.Plans, Need)
	for _, s := range figures.OftenMissing {
		if b.read == 0 {
			break // no plan read: no sector is missing from any
		}
		n := b.miss[s]
		p.Sectors = append(p.Sectors, Sector{Sector: s, Missing: n, Everywhere: n == b.read})
	}
	p.People = b.sharedPeople()
	for _, e := range b.orgs {
		p.Organizations = append(p.Organizations, b.shared(e.name, e.in[:min(MaxListed, int(e.plans))], int(e.plans)))
	}
	sortShared(p.Organizations)
	for _, t := range b.totals {
		p.Budgets = append(p.Budgets, *t)
	}
	slices.SortFunc(p.Budgets, func(x, y Budget) int {
		return cmp.Or(cmp.Compare(y.Plans+y.Unsummed, x.Plans+x.Unsummed), strings.Compare(x.Currency, y.Currency))
	})
	return p
}

// sharedPeople groups the owners met across the plans into people (see
// docs/reports.md): owners with the same email address are one person;
// owners with the same name are one person unless they have different
// email addresses, and an owner without one then stays apart from those
// with one.
func (b *builder) sharedPeople() []Shared {
	groups := map[string]*entry{}
	merge := func(key string, e *entry) {
		g := groups[key]
		if g == nil {
			g = &entry{name: e.name, email: e.email, plans: []int32{}}
			groups[key] = g
		}
		if g.email == "" {
			g.email = e.email
		}
		// The name is the one of the first plan read that has the person.
		if len(g.plans) > 0 && e.plans[0] < slices.Min(g.plans) {
			g.name = e.name
		}
		g.plans = append(g.plans, e.plans...)
		g.rels += e.rels
	}
	names := make([]string, 0, len(b.people))
	for n := range b.people {
		names = append(names, n)
	}
	slices.Sort(names) // a deterministic name for each group
	for _, n := range names {
		byEmail := b.people[n]
		var emails []string
		for e := range byEmail {
			if e != "" {
				emails = append(emails, e)
			}
		}
		slices.Sort(emails)
		for _, e := range emails {
			merge("email:"+e, byEmail[e])
		}
		if none := byEmail[""]; none != nil {
			if len(emails) == 1 {
				merge("email:"+emails[0], none)
			} else {
				merge("name:"+n, none)
			}
		}
	}
	var out []Shared
	for _, g := range groups {
		slices.Sort(g.plans)
		g.plans = slices.Compact(g.plans)
		if len(g.plans) > 1 {
			s := b.shared(g.name, g.plans, len(g.plans))
			s.Email, s.Relationships = g.email, g.rels
			out = append(out, s)
		}
	}
	sortShared(out)
	return out
}

// shared is the entry of name, found in n plans, the first of them in.
func (b *builder) shared(name string, in []int32, n int) Shared {
	s := Shared{Name: name, Plans: n}
	for _, i := range in[:min(MaxListed, len(in))] {
		s.In = append(s.In, b.order[i].Coalition)
	}
	return s
}

func sortShared(s []Shared) {
	slices.SortFunc(s, func(a, b Shared) int {
		return cmp.Or(cmp.Compare(b.Plans, a.Plans), strings.Compare(a.Name, b.Name), strings.Compare(a.Email, b.Email))
	})
}

// bandRank orders the bands by need: not scored first, then at risk,
// developing and strong.
var bandRank = map[string]int{score.BandNone: 0, score.BandAtRisk: 1, score.BandDeveloping: 2, score.BandStrong: 3}

// Need orders plans by how much help they need: by band (a plan that
// cannot be read first, then at risk, developing, strong), then the lower
// score, then the more goals at risk or overdue, the more overdue actions,
// an overdue review, the more unreached targets, then by path.
func Need(a, b *Plan) int {
	return cmp.Or(
		cmp.Compare(bandRank[a.Band], bandRank[b.Band]),
		cmp.Compare(a.Score, b.Score),
		cmp.Compare(b.GoalsAtRisk+b.GoalsOverdue, a.GoalsAtRisk+a.GoalsOverdue),
		cmp.Compare(b.OverdueActions, a.OverdueActions),
		compareBool(b.ReviewOverdue, a.ReviewOverdue),
		cmp.Compare(len(b.Unreached), len(a.Unreached)),
		strings.Compare(a.Path, b.Path),
	)
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func itoa(n int) string { return strconv.Itoa(n) }
