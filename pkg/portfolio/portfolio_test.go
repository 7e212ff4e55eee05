package portfolio

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

var today = plan.NewDate(2026, 11, 23)

func options() Options {
	return Options{Lint: lint.Options{Rules: rules.All(), Today: today},
		Score: score.Options{Dimensions: score.All(), Bands: score.DefaultBands, Today: today}, Today: today}
}

// portfolioOf builds the page of plans given as YAML texts, each with the
// findings of check, named p1.yaml, p2.yaml…
func portfolioOf(t *testing.T, srcs ...string) *Portfolio {
	t.Helper()
	o := options()
	b := newBuilder(o)
	for i, src := range srcs {
		f := plan.Parse(fmt.Sprintf("p%d.yaml", i+1), []byte(src), plan.ReadOptions{Explicit: true})
		b.Add(f, lint.Run(f, o.Lint).Diagnostics)
	}
	return b.Portfolio()
}

// planText is a plan named name with the people and members given as
// YAML list items.
func planText(name, currency, people, members, extra string) string {
	return fmt.Sprintf("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: %s, problem: P, start: 2026-01-01, currency: %s}\npeople:\n%smembers:\n%sgoals: []\n%s",
		name, currency, people, members, extra)
}

func TestNormalizeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Harbor YMCA", "harbor ymca"},
		{"The Harbor Y.M.C.A.", "harbor ymca"},
		{"  harbor   ymca ", "harbor ymca"},
		{"María López", "maria lopez"},
		{"MARIA LOPEZ", "maria lopez"},
		{"O'Brien & Sons, Inc.", "obrien sons inc"},
		{"Theatre Guild", "theatre guild"},
		{"The", "the"},
		{"ＡＢＣ", "abc"}, // full-width letters
		{"—", ""},
	} {
		if got := NormalizeName(tc.in); got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSharedPeople checks how the owners of relationships are matched
// across plans: by email address, else by name; two people who share a
// name but not an email address stay two.
func TestSharedPeople(t *testing.T) {
	p := portfolioOf(t,
		planText("A", "USD",
			"  - {id: ana, name: Ana Ruiz, email: ana@example.org}\n  - {id: bo, name: Bo Li}\n  - {id: cy, name: Cy Park, email: cy@one.example}\n  - {id: ed, name: Ed Moe}\n",
			"  - {id: m1, name: Harbor YMCA, owner: ana}\n  - {id: m2, name: City of Harbor, owner: ana}\n  - {id: m3, name: Bank, owner: bo, status: prospect}\n  - {id: m4, name: Old Friends, owner: ed, status: former}\n  - {id: m5, name: Cy Org, owner: cy}\n", ""),
		planText("B", "USD",
			"  - {id: ana-r, name: ANA RUIZ}\n  - {id: bo, name: Bo Li}\n  - {id: cy, name: Cy Park, email: cy@two.example}\n  - {id: ed, name: Ed Moe}\n",
			"  - {id: y, name: The Harbor Y.M.C.A., owner: ana-r}\n  - {id: bank, name: Bank, owner: bo}\n  - {id: cy-org, name: Cy Org, owner: cy}\n  - {id: ed-org, name: Ed Org, owner: ed}\n", ""),
		planText("C", "USD",
			"  - {id: a, name: A. Ruiz, email: ANA@example.org}\n",
			"  - {id: m, name: Harbor YMCA, owner: a}\n  - {id: n, name: Harbor YMCA, owner: a}\n", ""),
	)
	var got []string
	for _, s := range p.People {
		got = append(got, fmt.Sprintf("%s <%s>: %d plans, %d relationships, in %s", s.Name, s.Email, s.Plans, s.Relationships, s.InText()))
	}
	want := []string{
		// The same email in A and C; in B the same name without one.
		"Ana Ruiz <ana@example.org>: 3 plans, 5 relationships, in A; B; C",
		// The same name, no email; a prospect's owner counts.
		"Bo Li <>: 2 plans, 2 relationships, in A; B",
		// Ed owns a former member's relationship in A: not in A.
	}
	if !slices.Equal(got, want) {
		t.Errorf("people:\n got %q\nwant %q", got, want)
	}
	got = nil
	for _, s := range p.Organizations {
		got = append(got, fmt.Sprintf("%s: %d, in %s", s.Name, s.Plans, s.InText()))
	}
	// Harbor YMCA is twice in C: one coalition. The bank is a prospect in
	// A: not a member. Cy Org is in A and B.
	want = []string{"The Harbor Y.M.C.A.: 3, in A; B; C", "Cy Org: 2, in A; B"}
	if !slices.Equal(got, want) {
		t.Errorf("organizations:\n got %q\nwant %q", got, want)
	}
}

// TestSharedListsFew checks that a shared entry names MaxListed
// coalitions and counts the others.
func TestSharedListsFew(t *testing.T) {
	var srcs []string
	for i := range 5 {
		srcs = append(srcs, planText(fmt.Sprintf("C%d", i), "USD", "  - {id: a, name: Ana}\n", "  - {id: m, name: Hub, owner: a}\n", ""))
	}
	p := portfolioOf(t, srcs...)
	if len(p.People) != 1 || p.People[0].InText() != "C0; C1; C2; and 2 more" {
		t.Errorf("people: %+v", p.People)
	}
	if len(p.Organizations) != 1 || p.Organizations[0].Plans != 5 || p.Organizations[0].InText() != "C0; C1; C2; and 2 more" {
		t.Errorf("organizations: %+v", p.Organizations)
	}
}

// TestBudgets checks the totals: exact, per currency, the gap of each plan
// added (a surplus does not close another plan's gap).
func TestBudgets(t *testing.T) {
	budget := func(expenses, committed string) string {
		return fmt.Sprintf("budget:\n  expenses:\n    - {item: x, amount: %s}\n  income:\n    - {source: y, amount: %s, status: committed}\n", expenses, committed)
	}
	p := portfolioOf(t,
		planText("A", "USD", "", "", budget("1000.10", "500.05")),
		planText("B", "USD", "", "", budget("200", "900")),
		planText("C", "EUR", "", "", budget("0.30", "0.10")),
	)
	var got []string
	for _, b := range p.Budgets {
		got = append(got, fmt.Sprintf("%s: %d plans (%d unsummed), expenses %s, committed %s, gap %s", b.Currency, b.Plans, b.Unsummed, b.Expenses, b.Committed, b.Gap))
	}
	want := []string{
		"USD: 2 plans (0 unsummed), expenses 1200.10, committed 1400.05, gap 500.05",
		"EUR: 1 plans (0 unsummed), expenses 0.30, committed 0.10, gap 0.20",
	}
	if !slices.Equal(got, want) {
		t.Errorf("budgets:\n got %q\nwant %q", got, want)
	}
}

// TestBudgetOverflow checks that totals too large to hold are said to be
// so, not wrapped around.
func TestBudgetOverflow(t *testing.T) {
	o := options()
	b := newBuilder(o)
	b.totals["USD"] = &Budget{Currency: "USD", Plans: 1, Expenses: plan.Money(math.MaxInt64 - 10)}
	f := plan.Parse("p.yaml", []byte(planText("A", "USD", "", "", "budget:\n  expenses:\n    - {item: x, amount: 1}\n")), plan.ReadOptions{Explicit: true})
	b.Add(f, nil)
	p := b.Portfolio()
	if bu := p.Budgets[0]; !bu.Overflow || bu.Expenses != 0 || bu.Plans != 2 {
		t.Errorf("budget: %+v, want an overflow of 2 plans", bu)
	}
	var buf bytes.Buffer
	if err := Render(&buf, "markdown", p); err != nil || !strings.Contains(buf.String(), "| USD | 2 | too large to sum |") {
		t.Errorf("markdown (%v):\n%s", err, buf.String())
	}
}

// TestNeed checks the order of the plans: a plan that cannot be read
// first, then by band, score, goals at risk or overdue, overdue actions,
// an overdue review, unreached targets and path.
func TestNeed(t *testing.T) {
	plans := []*Plan{
		{Path: "strong.yaml", Band: score.BandStrong, Score: 80, Scored: true},
		{Path: "dev-b.yaml", Band: score.BandDeveloping, Score: 60, Scored: true, GoalsAtRisk: 1},
		{Path: "dev-a.yaml", Band: score.BandDeveloping, Score: 60, Scored: true, GoalsAtRisk: 1},
		{Path: "dev-goals.yaml", Band: score.BandDeveloping, Score: 60, Scored: true, GoalsOverdue: 2},
		{Path: "dev-low.yaml", Band: score.BandDeveloping, Score: 55, Scored: true},
		{Path: "dev-review.yaml", Band: score.BandDeveloping, Score: 60, Scored: true, GoalsAtRisk: 1, ReviewOverdue: true},
		{Path: "at-risk.yaml", Band: score.BandAtRisk, Score: 49, Scored: true},
		{Path: "broken.yaml", Band: score.BandNone},
	}
	slices.SortStableFunc(plans, Need)
	var got []string
	for _, p := range plans {
		got = append(got, p.Path)
	}
	want := []string{"broken.yaml", "at-risk.yaml", "dev-low.yaml", "dev-goals.yaml", "dev-review.yaml", "dev-a.yaml", "dev-b.yaml", "strong.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("order:\n got %q\nwant %q", got, want)
	}
}

// TestRows checks a plan's row: what capped its score, the goals, actions
// and review overdue, the unreached targets, and the sectors missing
// everywhere.
func TestRows(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor, problem: P, start: 2024-01-01}
people:
  - {id: ana, name: Ana Ruiz}
members:
  - {id: city, name: City, owner: ana, sector: government}
  - {id: bank, name: Bank, sector: business, status: prospect}
stakeholders:
  - {id: mayor, name: Mayor Okafor, target: true, connections: [bank]}
  - {id: council, name: Council, stance: 0, influence: 5}
  - {id: press, name: Press, stance: 1, influence: 5}
goals:
  - {id: a, title: A, due: 2026-01-31}
  - {id: b, title: B, status: at-risk}
actions:
  - {id: x, title: X, due: 2026-10-01, status: blocked}
  - {id: y, title: Y, due: 2026-10-01, status: done}
reviews:
  - {date: 2025-06-30}
governance: {review_every_months: 12}
`
	p := portfolioOf(t, src, "- not a plan\n")
	if len(p.Plans) != 2 || p.Plans[0].Path != "p2.yaml" || p.Plans[0].Scored || !strings.HasPrefix(p.Plans[0].Why, "the file could not be read as a plan") {
		t.Fatalf("the file that is not a plan first, not scored: %+v", p.Plans[0])
	}
	r := p.Plans[1]
	if r.Coalition != "Harbor" || r.GoalsAtRisk != 1 || r.GoalsOverdue != 1 || r.OverdueActions != 1 ||
		!r.ReviewOverdue || r.ReviewDue.String() != "2026-06-30" || !slices.Equal(r.Unreached, []string{"Mayor Okafor", "Council"}) {
		t.Errorf("row: %+v", r)
	}
	var missing []string
	for _, s := range p.Sectors {
		if s.Everywhere {
			missing = append(missing, string(s.Sector))
		}
	}
	if want := []string{"school", "business", "youth", "elders"}; !slices.Equal(missing, want) {
		t.Errorf("missing everywhere: %q, want %q (the prospect's business does not count)", missing, want)
	}
}

// TestCapped checks that a strong plan with an error says what capped it.
func TestCapped(t *testing.T) {
	data, err := os.ReadFile("../../examples/youth-jobs-collaborative.yaml")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(data), "sector: government", "sector: goverment", 1)
	p := portfolioOf(t, broken)
	if r := p.Plans[0]; !r.Capped || r.Band != score.BandDeveloping || !strings.HasPrefix(r.Why, "capped at 74 from ") {
		t.Errorf("capped: %v, band %s, why %q", r.Capped, r.Band, r.Why)
	}
}

// TestRenderEscapes checks that text from plans reaches each format
// escaped for it.
func TestRenderEscapes(t *testing.T) {
	evil := `"<script>alert(1)</script> | *x*"`
	p := portfolioOf(t,
		planText(evil, "USD", "  - {id: a, name: "+evil+"}\n", "  - {id: m, name: "+evil+", owner: a}\n", ""),
		planText(evil, "USD", "  - {id: a, name: "+evil+"}\n", "  - {id: m, name: "+evil+", owner: a}\n", ""))
	p.AddUnreadable("bad`|.yaml", "no such file")
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"html", []string{"&lt;script&gt;alert(1)&lt;/script&gt; | *x*"}},
		{"markdown", []string{`&lt;script&gt;alert(1)&lt;/script&gt; \| \*x\*`, "`bad'\\|.yaml`"}},
	} {
		var b bytes.Buffer
		if err := Render(&b, tc.format, p); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "<script>") {
			t.Errorf("%s: a raw <script>", tc.format)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: no %q in\n%s", tc.format, w, b.String())
			}
		}
	}
}

// TestBuild walks the examples as the command does: every plan, the
// broken ones too, in the order of need.
func TestBuild(t *testing.T) {
	walk := workspace.Search([]string{"../../examples"}, workspace.Options{})
	p, err := Build(walk, options())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range p.Plans {
		got = append(got, fmt.Sprintf("%s %s %d", filepath.Base(r.Path), r.Band, r.Score))
	}
	if len(got) != 5 || !strings.HasPrefix(got[0], "comma-trap.yaml at-risk") || !strings.HasPrefix(got[4], "teen-evening-counseling.yaml strong") {
		t.Errorf("plans: %q", got)
	}
	if len(p.Unreadable) != 0 || len(p.Budgets) != 1 || p.Budgets[0].Currency != "USD" || p.Budgets[0].Plans != 5 {
		t.Errorf("unreadable %v, budgets %+v", p.Unreadable, p.Budgets)
	}
}
