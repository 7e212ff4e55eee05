package brief

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/plandiff"
	"github.com/coalition-tools/coalition/pkg/public"
	"github.com/coalition-tools/coalition/pkg/shell"
)

// HTML writes the brief as one self-contained page: inline CSS, inline SVG
// charts, no script and nothing fetched from the network, with print
// styles so that it prints to one clean page. All text from the plan is
// escaped by html/template.
type HTML struct {
	// Paper is the sheet the page prints on; empty means the paper usual
	// for the plan's currency.
	Paper Paper
}

//go:embed brief.html.tmpl
var pageText string

// page is parsed on first use, not at start-up: most commands never need it.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("brief").Funcs(template.FuncMap{
		"money": func(b *Brief, m plan.Money) string { return figures.Money(m, b.Budget.Currency) },
		"pct":   figures.Percent,
		"band":  func(s string) string { return strings.ReplaceAll(s, "-", " ") },
		"short": short,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		// capital starts a sentence made of a phrase.
		"capital": capital,
		// command writes a command to run, quoted for a shell.
		"command": shell.Command,
	}).Parse(pageText))
})

// maxGoalBars keeps the goal chart to what fits on the page.
const maxGoalBars = 8

// view is what the template sees: the brief and its charts laid out.
type view struct {
	*Brief
	Changes   []plandiff.Change
	MoreSince int
	// DueActions and LateActions are the actions listed under "Due before
	// the next meeting" and "Overdue"; MoreDue and MoreLate count the rest.
	DueActions, LateActions []Action
	MoreDue, MoreLate       int
	BudgetChart             []bar
	BudgetRows              []budgetRow
	GoalChart               []goalBar
	MoreGoals               int
	Points                  []point
	ChartHeight             int
	// PageSize is the CSS @page size of the paper.
	PageSize string
	// Trend is the trend chart, which takes the place of the budget
	// chart; nil when the brief has no trend.
	Trend *trendChart
	// PublicNote is the note of a brief in its public form, "" otherwise.
	PublicNote string
}

type bar struct {
	Label  string
	Amount string
	Y      int
	Width  float64
	Class  string
}

type goalBar struct {
	Label    string
	Title    string
	Y        int
	Progress float64 // width of the progress bar, px
	Time     float64 // x of the time-gone marker, px; 0 when unknown
	HasTime  bool
	Measured bool
	State    string
	Text     string
}

type point struct {
	N                 int
	Names             []string
	Stance, Influence int
	X, Y              float64
	Target            bool
}

// Geometry of the charts, in SVG user units.
const (
	barWidth = 140.0
	goalW    = 290.0
	mapLeft  = 16.0 // the square of the map: x 16 to 152, y 14 to 150
	mapTop   = 14.0
	mapSide  = 136.0
	mapInset = 10.0 // keeps dots off the edges
)

// Render implements Renderer.
func (h HTML) Render(w io.Writer, b *Brief) error {
	paper := h.Paper
	if paper == "" {
		paper = PaperFor(b.Budget.Currency)
	}
	v := view{Brief: b, BudgetRows: budgetRows(b), PageSize: paper.css(), Trend: b.chart()}
	if b.Public {
		v.PublicNote = public.Note
	}
	v.Changes, v.MoreSince = b.SinceChanges()
	v.DueActions, v.MoreDue = b.Due()
	v.LateActions, v.MoreLate = b.Late()
	top := max(b.Budget.Expenses, b.Budget.Income, b.Budget.InKind)
	for i, r := range []struct {
		label string
		m     plan.Money
		class string
	}{
		{"Expenses", b.Budget.Expenses, "expense"},
		{"Committed income", b.Budget.Committed, "committed"},
		{"All income", b.Budget.Income, "income"},
		{"In-kind support", b.Budget.InKind, "inkind"},
	} {
		width := 0.0
		if top > 0 {
			width = barWidth * float64(r.m) / float64(top)
		}
		v.BudgetChart = append(v.BudgetChart, bar{Label: r.label, Amount: figures.Money(r.m, b.Budget.Currency),
			Y: 4 + 26*i, Width: width, Class: r.class})
	}
	for _, g := range b.Goals {
		if len(v.GoalChart) == maxGoalBars {
			v.MoreGoals++
			continue
		}
		gb := goalBar{Label: short(g.Goal.Title.V, 56), Title: g.Goal.Title.V, Y: 4 + goalRow*len(v.GoalChart),
			Measured: g.HasProgress, HasTime: g.HasTime, State: strings.ReplaceAll(string(g.State), " ", "-")}
		if g.HasProgress {
			gb.Progress = goalW * g.Progress
			gb.Text = figures.Percent(g.Progress)
			if m := g.Milestones; m != nil {
				gb.Text = fmt.Sprintf("%d of %d", m.Done, m.Total)
			}
		} else {
			gb.Text = "not measured"
		}
		if g.HasTime {
			gb.Time = goalW * g.TimeGone
		}
		v.GoalChart = append(v.GoalChart, gb)
	}
	v.ChartHeight = 8 + goalRow*len(v.GoalChart)
	// The map shows numbered dots; the names are listed beside it, so that
	// labels never overlap. Stakeholders at the same place share a number.
	at := map[[2]int]int{}
	for _, p := range b.PowerMap {
		key := [2]int{p.Stance, p.Influence}
		if i, ok := at[key]; ok {
			v.Points[i].Names = append(v.Points[i].Names, legendName(p))
			v.Points[i].Target = v.Points[i].Target || p.Target
			continue
		}
		at[key] = len(v.Points)
		v.Points = append(v.Points, point{N: len(v.Points) + 1, Names: []string{legendName(p)}, Target: p.Target,
			Stance: p.Stance, Influence: p.Influence,
			X: mapLeft + mapInset + (mapSide-2*mapInset)*p.X(), Y: mapTop + mapSide - mapInset - (mapSide-2*mapInset)*p.Y()})
	}
	var out strings.Builder
	if err := page().Execute(&out, v); err != nil {
		return fmt.Errorf("brief: %w", err)
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// legendName is the name of a point in the legend of the power map; an
// opponent is marked as one, its power left to the risks beside.
func legendName(p Point) string {
	if p.Opponent != "" {
		return p.Name + " (opponent)"
	}
	return p.Name
}

// short cuts s to at most n characters, at a word boundary when it can.
func short(s string, n int) string { return shortText(s, n) }

// goalRow is the height of one goal in the goal chart, in the units of its
// viewBox: a label line and a bar.
const goalRow = 26
