package brief

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/public"
	"github.com/coalition-tools/coalition/pkg/shell"
)

// Renderer writes a brief in one format.
type Renderer interface {
	Render(w io.Writer, b *Brief) error
}

// Registry holds the formats of the brief, in the order of format.Known.
var Registry = format.NewRegistry[func(Options) Renderer]().
	Register(format.Markdown, "Markdown with Mermaid charts, for GitHub", func(Options) Renderer { return Markdown{} }).
	//lint:ignore S1016 Options are the options of every format, HTML's fields those of one: they match today by chance, and a conversion would bind them.
	Register(format.HTML, "one self-contained page that prints on one sheet", func(o Options) Renderer { return HTML{Paper: o.Paper} })

// Formats lists the names of the formats of the brief, in the order of
// format.Known.
func Formats() []string { return Registry.Names() }

// Options tune a Renderer.
type Options struct {
	// Paper is the sheet the HTML brief prints on; empty means the paper
	// usual for the plan's currency (see PaperFor).
	Paper Paper
}

// New returns the renderer of the format called name.
func New(name string, o Options) (Renderer, error) {
	f, err := Registry.Lookup(name)
	if err != nil {
		return nil, err
	}
	return f(o), nil
}

// Markdown writes the brief for GitHub, with Mermaid diagrams that GitHub
// renders: a bar chart of the budget, a chart of goal progress against the
// time gone, and a quadrant chart of the power map. Every figure is also
// written out in a table, exact to the cent.
type Markdown struct{}

func md(s string) string { return escape.Markdown(s) }

// Render implements Renderer.
func (Markdown) Render(w io.Writer, b *Brief) error {
	var s strings.Builder
	money := func(m plan.Money) string { return figures.Money(m, b.Budget.Currency) }
	fmt.Fprintf(&s, "# Board brief: %s\n\n", md(b.Coalition))
	head := []string{"**" + b.Date.String() + "**"}
	if b.Relationship != "" {
		head = append(head, md(b.Relationship))
	}
	head = append(head, "health score "+scoreText(b))
	fmt.Fprintf(&s, "%s\n", strings.Join(head, " · "))
	for _, n := range b.Card.Notes {
		fmt.Fprintf(&s, "\n> %s\n", md(n))
	}
	if b.Public {
		fmt.Fprintf(&s, "\n_%s_\n", md(public.Note))
	}

	s.WriteString("\n## Key figures\n\n| Members | | Goals | |\n| --- | ---: | --- | ---: |\n")
	fmt.Fprintf(&s, "| Active members | %d | On track | %d |\n", b.Active, b.OnTrack)
	fmt.Fprintf(&s, "| Prospects | %d | At risk | %d |\n", b.Prospects, b.AtRisk)
	fmt.Fprintf(&s, "| | | Overdue | %d |\n", b.Overdue)
	fmt.Fprintf(&s, "| | | Done | %d |\n", b.GoalsDone)

	markdownTrend(&s, b)

	if b.Since != nil {
		fmt.Fprintf(&s, "\n## Since %s\n\n", md(b.Since.From))
		changes, more := b.SinceChanges()
		if len(changes) == 0 {
			for _, d := range b.Since.Plans {
				fmt.Fprintf(&s, "- %s\n", md(d.Headline()))
			}
			if len(b.Since.Plans) == 0 {
				s.WriteString("_No change to the plan._\n")
			}
		}
		for _, c := range changes {
			fmt.Fprintf(&s, "- **%s**: %s\n", c.Section, md(c.Text))
		}
		if more > 0 {
			fmt.Fprintf(&s, "- …and %d more (%s)\n", more, md(shell.Command("coalition", "diff", b.Since.From)))
		}
	}

	s.WriteString("\n## Budget\n\n")
	if b.Budget.Overflow {
		s.WriteString("_The amounts are too large to add up._\n")
	} else {
		s.WriteString("| | Amount |\n| --- | ---: |\n")
		for _, r := range budgetRows(b) {
			fmt.Fprintf(&s, "| %s | %s |\n", r.Label, money(r.Amount))
		}
		if b.Budget.Unread > 0 {
			fmt.Fprintf(&s, "\n_%d budget line(s) could not be read and are left out; run coalition check._\n", b.Budget.Unread)
		}
		if b.Budget.Expenses > 0 || b.Budget.Income > 0 {
			top := max(b.Budget.Expenses, b.Budget.Income, b.Budget.InKind)
			fmt.Fprintf(&s, "\n```mermaid\nxychart-beta\n    title \"Budget (%s)\"\n", b.Budget.Currency)
			s.WriteString("    x-axis [\"Expenses\", \"Committed income\", \"All income\", \"In-kind\"]\n")
			fmt.Fprintf(&s, "    y-axis \"%s\" 0 --> %s\n", b.Budget.Currency, axisTop(top))
			fmt.Fprintf(&s, "    bar [%s, %s, %s, %s]\n```\n", b.Budget.Expenses, b.Budget.Committed, b.Budget.Income, b.Budget.InKind)
		}
	}

	s.WriteString("\n## Goals\n\n")
	if len(b.Goals) == 0 {
		s.WriteString("_No goals in the plan._\n")
	} else {
		// The chart names goals by their number in the table below it:
		// titles, even ids, overlap on the axis.
		var labels, bars, line []string
		for i, g := range b.Goals {
			if !g.HasProgress {
				continue
			}
			labels = append(labels, strconv.Quote(strconv.Itoa(i+1)))
			bars = append(bars, strconv.Itoa(figures.WholePercent(g.Progress)))
			t := 0
			if g.HasTime {
				t = figures.WholePercent(g.TimeGone)
			}
			line = append(line, strconv.Itoa(t))
		}
		if len(labels) > 0 {
			title := "Progress to target (bars) and time gone (line), %"
			if b.ByMilestones() {
				title = "Progress (bars) and time gone or milestones due (line), %"
			}
			fmt.Fprintf(&s, "```mermaid\nxychart-beta\n    title \"%s\"\n", title)
			fmt.Fprintf(&s, "    x-axis [%s]\n    y-axis \"%%\" 0 --> 100\n    bar [%s]\n    line [%s]\n```\n\n",
				strings.Join(labels, ", "), strings.Join(bars, ", "), strings.Join(line, ", "))
		}
		s.WriteString("| # | Goal | State | Progress | Time gone | Due |\n| ---: | --- | --- | ---: | ---: | --- |\n")
		for i, g := range b.Goals {
			fmt.Fprintf(&s, "| %d | %s | %s | %s | %s | %s |\n", i+1, md(g.Goal.Title.V), g.State,
				progressText(g), timeText(g), dueText(g))
		}
	}

	if b.TracksActions {
		writeActions(&s, b)
	}

	s.WriteString("\n## Top risks\n\n")
	if len(b.Risks) == 0 {
		s.WriteString("_No unreached target, no open high-severity barrier and no opposition tactic seen._\n")
	}
	for _, r := range b.Risks {
		fmt.Fprintf(&s, "- **%s** (%s): %s\n", md(r.Title), r.Kind, md(r.Detail))
		for _, c := range r.Counters {
			fmt.Fprintf(&s, "  - %s: %s\n", c.Label(), md(c.TextOrNone()))
		}
	}

	fmt.Fprintf(&s, "\n## Due in the next %d days\n\n", DueSoonDays)
	if len(b.DueSoon) == 0 {
		s.WriteString("_Nothing due._\n")
	}
	for _, g := range b.DueSoon {
		fmt.Fprintf(&s, "- **%s**: due %s (in %d days), %s, %s\n", md(g.Goal.Title.V), g.Goal.Due.V, g.DaysLeft, progressText(g), g.State)
	}

	s.WriteString("\n## The 6 R's not in place\n\n")
	if len(b.RsNotInPlace) == 0 {
		s.WriteString("_All six are in place._\n")
	}
	for _, r := range b.RsNotInPlace {
		line := fmt.Sprintf("- **%s**: %s", r.Name, r.Status)
		if r.Practice != "" {
			line += ": " + md(r.Practice)
		}
		s.WriteString(line + "\n")
	}

	markdownReview(&s, b)

	if len(b.PowerMap) > 0 {
		s.WriteString("\n## Power map\n\n```mermaid\nquadrantChart\n    title Stakeholders by stance and influence\n")
		s.WriteString("    x-axis Opposed --> Supportive\n    y-axis Less influence --> More influence\n")
		s.WriteString("    quadrant-1 Allies to mobilize\n    quadrant-2 Opponents to counter\n")
		s.WriteString("    quadrant-3 Opponents to watch\n    quadrant-4 Supporters to keep close\n")
		// Points are numbered, and the table below names them: names
		// overlap in the chart. Stakeholders at one place share a point.
		type spot struct {
			label string
			x, y  float64
		}
		var spots []spot
		at := map[[2]int]int{}
		for i, p := range b.PowerMap {
			key := [2]int{p.Stance, p.Influence}
			if j, ok := at[key]; ok {
				spots[j].label += " and " + strconv.Itoa(i+1)
				continue
			}
			at[key] = len(spots)
			spots = append(spots, spot{strconv.Itoa(i + 1), p.X(), p.Y()})
		}
		for _, sp := range spots {
			fmt.Fprintf(&s, "    %s: [%s, %s]\n", sp.label, coord(sp.x), coord(sp.y))
		}
		s.WriteString("```\n\n| # | Stakeholder | Stance | Influence | Target |\n| ---: | --- | ---: | ---: | --- |\n")
		for i, p := range b.PowerMap {
			target := ""
			if p.Target {
				target = "yes"
			}
			name := md(p.Name)
			if p.Opponent != "" {
				name += " (" + md(p.Opponent) + ")"
			}
			fmt.Fprintf(&s, "| %d | %s | %+d | %d | %s |\n", i+1, name, p.Stance, p.Influence, target)
		}
	}

	s.WriteString("\n## Decisions for the board\n\n")
	if len(b.Decisions) == 0 {
		s.WriteString("_None pressing._\n")
	}
	for i, d := range b.Decisions {
		fmt.Fprintf(&s, "%d. %s\n", i+1, md(d))
	}
	fmt.Fprintf(&s, "\n<sub>Generated by coalition brief from %s.</sub>\n", md(b.Path))
	_, err := io.WriteString(w, s.String())
	return err
}

// writeActions writes the sections of actions: those due before the next
// meeting and those overdue, each with its owner by name.
func writeActions(s *strings.Builder, b *Brief) {
	more := func(n int) {
		if n > 0 {
			fmt.Fprintf(s, "- …and %d more (%s)\n", n, md(shell.Command("coalition", "show", b.Path, "actions")))
		}
	}
	fmt.Fprintf(s, "\n## Due before the next meeting\n\n_Open actions due within %d days, by %s._\n\n", b.Horizon, b.HorizonEnd())
	due, n := b.Due()
	if len(due) == 0 {
		s.WriteString("_Nothing due._\n")
	}
	for _, a := range due {
		fmt.Fprintf(s, "- **%s**: %s, due %s (%s), %s\n", md(a.Title), md(a.OwnerText()), a.Due, a.When(), a.Status)
	}
	more(n)
	s.WriteString("\n## Overdue\n\n")
	late, n := b.Late()
	if len(late) == 0 {
		s.WriteString("_No action is overdue._\n")
	}
	for _, a := range late {
		fmt.Fprintf(s, "- **%s**: %s, was due %s (%s), %s\n", md(a.Title), md(a.OwnerText()), a.Due, a.When(), a.Status)
	}
	more(n)
}

type budgetRow struct {
	Label  string
	Amount plan.Money
	Strong bool
}

func budgetRows(b *Brief) []budgetRow {
	return []budgetRow{
		{"Expenses", b.Budget.Expenses, false},
		{"Committed income", b.Budget.Committed, false},
		{"All income (committed, pending, projected)", b.Budget.Income, false},
		{"Gap on committed income", b.Budget.GapCommitted(), true},
		{"Gap on all income", b.Budget.GapAll(), true},
		{"In-kind support (not income)", b.Budget.InKind, false},
	}
}

func scoreText(b *Brief) string {
	if !b.Card.Scored {
		return "not scored"
	}
	return fmt.Sprintf("**%d/100, %s**", b.Card.Score, strings.ReplaceAll(b.Card.Band, "-", " "))
}

func progressText(g figures.Goal) string {
	if !g.HasProgress {
		return "not measured"
	}
	if m := g.Milestones; m != nil {
		return fmt.Sprintf("%s (%d of %d milestones)", figures.Percent(g.Progress), m.Done, m.Total)
	}
	return figures.Percent(g.Progress)
}

// timeText is the share of the time gone, or for a goal measured by
// milestones, how many of them are due.
func timeText(g figures.Goal) string {
	if !g.HasTime {
		return ""
	}
	if m := g.Milestones; m != nil {
		return fmt.Sprintf("%d of %d due", m.Due, m.Total)
	}
	return figures.Percent(g.TimeGone)
}

func dueText(g figures.Goal) string {
	if !g.Goal.Due.Set {
		return ""
	}
	return g.Goal.Due.V.String()
}

// axisTop is a round number at or above m, so the chart's axis reads well.
func axisTop(m plan.Money) string {
	whole := float64(m) / 100
	if whole <= 0 {
		return "1"
	}
	step := math.Pow(10, math.Floor(math.Log10(whole)))
	return strconv.FormatFloat(math.Ceil(whole/step)*step, 'f', -1, 64)
}

// coord keeps a point inside the quadrant chart's 0-1 square, off its edges.
func coord(f float64) string {
	return strconv.FormatFloat(0.04+0.92*f, 'f', 2, 64)
}
