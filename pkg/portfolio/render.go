package portfolio

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/score"
)

// Registry holds the formats of the page, in the order of format.Known.
var Registry = format.NewRegistry[func(io.Writer, *Portfolio) error]().
	Register(format.Markdown, "one Markdown page, for GitHub", renderMarkdown).
	Register(format.HTML, "one self-contained HTML page (inline CSS, no script, nothing fetched)", renderHTML)

// Render writes p in the format called name.
func Render(w io.Writer, name string, p *Portfolio) error {
	f, err := Registry.Lookup(name)
	if err != nil {
		return err
	}
	return f(w, p)
}

// MaxShared is how many people and organizations the page lists; it says
// how many more there are.
const MaxShared = 25

// MatchRule says how people and organizations are matched across plans;
// the page and docs/reports.md say it.
const MatchRule = "People are the owners of members and prospects (members[].owner naming a person): " +
	"owners with the same email address are one person; owners with the same name are one person unless their email addresses differ. " +
	"Organizations are active members, matched by name. Names are compared without accents, case, punctuation, spacing or a leading \"The\"."

// page is what both formats show, in words.
type page struct {
	*Portfolio
	// Counts counts the plans by band, in the order of need.
	Counts []count
	// Rows are the plans in the order of need.
	Rows []row
	// Missing are the sectors missing everywhere.
	Missing []string
	// People and Organizations are the first MaxShared of each, with how
	// many more there are.
	People, Organizations         []Shared
	MorePeople, MoreOrganizations int
	Rule                          string
}

type count struct {
	Band, Label string
	N           int
}

type row struct {
	N         int
	Coalition string
	Path      string
	Band      string // the band's class name: at-risk
	BandText  string // at risk
	Why       string
	Score     string
	Gap       string
	AtRisk    int
	Overdue   int
	Actions   int
	Review    string
	Unreached string
	Reached   int // number of unreached targets
}

func build(p *Portfolio) *page {
	v := &page{Portfolio: p, Rule: MatchRule}
	n := map[string]int{}
	for _, pl := range p.Plans {
		n[pl.Band]++
	}
	for _, b := range []string{score.BandNone, score.BandAtRisk, score.BandDeveloping, score.BandStrong} {
		v.Counts = append(v.Counts, count{Band: b, Label: bandText(b), N: n[b]})
	}
	for i, pl := range p.Plans {
		r := row{N: i + 1, Coalition: pl.Coalition, Path: pl.Path, Band: pl.Band, BandText: bandText(pl.Band), Why: pl.Why,
			Score: "–", Gap: "–", AtRisk: pl.GoalsAtRisk, Overdue: pl.GoalsOverdue, Actions: pl.OverdueActions, Reached: len(pl.Unreached)}
		if pl.Scored {
			r.Score = strconv.Itoa(pl.Score)
			if pl.Summed {
				r.Gap = figures.Money(pl.Gap, pl.Currency)
			} else {
				r.Gap = "too large to sum"
			}
		}
		if pl.ReviewOverdue {
			r.Review = "due " + pl.ReviewDue.String()
		}
		if len(pl.Unreached) > 0 {
			r.Unreached = strconv.Itoa(len(pl.Unreached)) + ": " + list(pl.Unreached, MaxListed)
		}
		v.Rows = append(v.Rows, r)
	}
	for _, s := range p.Sectors {
		if s.Everywhere {
			v.Missing = append(v.Missing, string(s.Sector))
		}
	}
	v.People, v.MorePeople = first(p.People, MaxShared)
	v.Organizations, v.MoreOrganizations = first(p.Organizations, MaxShared)
	return v
}

func first(s []Shared, n int) ([]Shared, int) {
	if len(s) <= n {
		return s, 0
	}
	return s[:n], len(s) - n
}

// list joins the first n of words, saying how many more there are.
func list(words []string, n int) string {
	if len(words) <= n {
		return strings.Join(words, "; ")
	}
	return strings.Join(words[:n], "; ") + fmt.Sprintf("; and %d more", len(words)-n)
}

// InText lists the coalitions of a shared person or organization, saying how
// many more there are.
func (s Shared) InText() string {
	t := strings.Join(s.In, "; ")
	if more := s.Plans - len(s.In); more > 0 {
		t += fmt.Sprintf("; and %d more", more)
	}
	return t
}

func bandText(b string) string {
	if b == score.BandNone {
		return "not scored"
	}
	return strings.ReplaceAll(b, "-", " ")
}

// Headline says how many plans the page holds, by band.
func (v *page) Headline() string {
	var parts []string
	for _, c := range v.Counts {
		if c.N > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c.N, c.Label))
		}
	}
	s := plural(len(v.Plans), "plan")
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	if v.Skipped > 0 {
		s += fmt.Sprintf("; %s skipped (YAML, not plans)", plural(v.Skipped, "file"))
	}
	if len(v.Unreadable) > 0 {
		s += fmt.Sprintf("; %s not read", plural(len(v.Unreadable), "path"))
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// BudgetRow is one currency's totals, in words.
type budgetRow struct {
	Currency, Plans, Expenses, Committed, Gap string
}

func (v *page) BudgetRows() []budgetRow {
	var out []budgetRow
	for _, b := range v.Budgets {
		r := budgetRow{Currency: b.Currency, Plans: strconv.Itoa(b.Plans)}
		if b.Unsummed > 0 {
			r.Plans += fmt.Sprintf(" (and %d too large to sum)", b.Unsummed)
		}
		if b.Overflow {
			r.Expenses, r.Committed, r.Gap = "too large to sum", "too large to sum", "too large to sum"
		} else {
			r.Expenses, r.Committed, r.Gap = figures.Money(b.Expenses, b.Currency), figures.Money(b.Committed, b.Currency), figures.Money(b.Gap, b.Currency)
		}
		out = append(out, r)
	}
	return out
}

func renderMarkdown(w io.Writer, p *Portfolio) error { return Markdown(w, p, 1) }

// Markdown writes the page as Markdown, its title a heading of level (1
// for a page of its own, more to put it in another document).
func Markdown(w io.Writer, p *Portfolio, level int) error {
	v := build(p)
	var b strings.Builder
	md := escape.Markdown
	h := strings.Repeat("#", max(1, level))
	fmt.Fprintf(&b, "%s Portfolio of coalitions\n\nAs of %s. %s.\n", h, p.Date, md(v.Headline()))
	fmt.Fprintf(&b, "\n%s# Coalitions by need\n\n", h)
	if len(v.Rows) == 0 {
		b.WriteString("_No plan found._\n")
	} else {
		b.WriteString("| # | coalition | band | score | committed gap | goals at risk | goals overdue | actions overdue | review overdue | unreached targets |\n")
		b.WriteString("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n")
		for _, r := range v.Rows {
			band := r.BandText
			if r.Why != "" {
				band += " (" + r.Why + ")"
			}
			fmt.Fprintf(&b, "| %d | %s<br>`%s` | %s | %s | %s | %d | %d | %d | %s | %s |\n", r.N, md(r.Coalition), codeSpan(r.Path),
				md(band), r.Score, r.Gap, r.AtRisk, r.Overdue, r.Actions, r.Review, md(r.Unreached))
		}
	}
	fmt.Fprintf(&b, "\n%s# Across the network\n\n%s## Sectors often missing\n\n", h, h)
	if len(v.Missing) > 0 {
		fmt.Fprintf(&b, "Missing from every coalition: **%s**.\n\n", strings.Join(v.Missing, ", "))
	}
	if len(v.Sectors) == 0 {
		b.WriteString("_No plan was read._\n")
	} else {
		b.WriteString("| sector | coalitions without it |\n| --- | ---: |\n")
	}
	for _, s := range v.Sectors {
		fmt.Fprintf(&b, "| %s | %d |\n", s.Sector, s.Missing)
	}
	fmt.Fprintf(&b, "\n%s## People who own relationships in several plans\n\n", h)
	if len(v.People) == 0 {
		b.WriteString("_None._\n")
	} else {
		b.WriteString("| person | email | plans | relationships | in |\n| --- | --- | ---: | ---: | --- |\n")
		for _, s := range v.People {
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %s |\n", md(s.Name), md(s.Email), s.Plans, s.Relationships, md(s.InText()))
		}
		if v.MorePeople > 0 {
			fmt.Fprintf(&b, "\n…and %s more.\n", plural(v.MorePeople, "person"))
		}
	}
	fmt.Fprintf(&b, "\n%s## Organizations in several coalitions\n\n", h)
	if len(v.Organizations) == 0 {
		b.WriteString("_None._\n")
	} else {
		b.WriteString("| organization | coalitions | in |\n| --- | ---: | --- |\n")
		for _, s := range v.Organizations {
			fmt.Fprintf(&b, "| %s | %d | %s |\n", md(s.Name), s.Plans, md(s.InText()))
		}
		if v.MoreOrganizations > 0 {
			fmt.Fprintf(&b, "\n…and %s more.\n", plural(v.MoreOrganizations, "organization"))
		}
	}
	fmt.Fprintf(&b, "\n%s## Budget\n\n", h)
	if rows := v.BudgetRows(); len(rows) == 0 {
		b.WriteString("_No budget._\n")
	} else {
		b.WriteString("| currency | plans | expenses | committed income | gap on committed income |\n| --- | ---: | ---: | ---: | ---: |\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", md(r.Currency), r.Plans, r.Expenses, r.Committed, r.Gap)
		}
		b.WriteString("\nEach currency is summed apart; the gap is the sum of each plan's gap on committed income.\n")
	}
	if len(v.Unreadable) > 0 {
		fmt.Fprintf(&b, "\n%s# Not read\n\n", h)
		for _, u := range v.Unreadable {
			if u.Path == "" {
				fmt.Fprintf(&b, "- %s\n", md(u.Error))
				continue
			}
			fmt.Fprintf(&b, "- `%s`: %s\n", codeSpan(u.Path), md(u.Error))
		}
	}
	fmt.Fprintf(&b, "\n_%s_\n", md(v.Rule))
	_, err := io.WriteString(w, b.String())
	return err
}

// codeSpan makes s safe inside a Markdown code span: backticks and control
// characters cannot end it or break the line, and a pipe cannot end a table
// cell.
func codeSpan(s string) string {
	return strings.NewReplacer("`", "'", "|", `\|`).Replace(escape.Terminal(s))
}

//go:embed portfolio.html.tmpl
var pageText string

// tmpl is parsed on first use, not at start-up.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("portfolio").Parse(pageText))
})

func renderHTML(w io.Writer, p *Portfolio) error {
	return tmpl().Execute(w, build(p))
}
