// Package scorecard writes the results of coalition score in the formats
// people and CI read: text (a table for the terminal), Markdown and JSON,
// each behind the Renderer interface.
package scorecard

import (
	"fmt"
	"io"
	"strings"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// Report is everything a score run found, in order.
type Report struct {
	// Cards are the scores of the plans, in the order they were found.
	Cards []*score.Card
	// Unreadable are the paths that could not be read.
	Unreadable []Unreadable
	// Skipped counts walked YAML files that are not plans.
	Skipped int
	// Dimensions are the dimensions scored, for their formulas.
	Dimensions []*score.Dimension
	// Bands are the bands the cards were read with.
	Bands score.Bands
	// Explain asks for every input of every dimension.
	Explain bool
	// MinScore is the least score that passes the gate; 0 means no gate.
	MinScore int
}

// Unreadable is a path that could not be read, or a PATH under which no
// plan was found.
type Unreadable struct {
	Path  string `json:"file"`
	Error string `json:"error"`
	// NoPlans is true for a PATH under which no plan was found.
	NoPlans bool `json:"-"`
}

// Summary sums up a report.
type Summary struct {
	Plans      int `json:"plans"`
	Scored     int `json:"scored"`
	Skipped    int `json:"skipped"`
	Unreadable int `json:"unreadable"`
	// EmptyPaths counts the PATHs under which no plan was found; they are
	// listed with the unreadable paths.
	EmptyPaths int `json:"empty_paths"`
	// Mean is the mean score of the scored plans, rounded.
	Mean int `json:"mean"`
	// Lowest is the file with the lowest score (the first of equals).
	Lowest string `json:"lowest"`
	// LowestScore is its score.
	LowestScore int `json:"lowest_score"`
	// Bands counts the plans in each band.
	Bands map[string]int `json:"bands"`
	// MinScore is the gate, 0 when none.
	MinScore int `json:"min_score"`
	// Below lists the plans under the gate, including plans not scored.
	Below []string `json:"below"`
	// Failed is true whenever the run fails, that is when coalition score
	// exits non-zero: a plan is below the gate (Below), a path could not
	// be read (Unreadable), or no plan was found under a PATH (EmptyPaths).
	Failed bool `json:"failed"`
}

// Summarize sums up r.
func (r *Report) Summarize() Summary {
	s := Summary{Plans: len(r.Cards), Skipped: r.Skipped,
		MinScore: r.MinScore, Below: []string{}, Bands: map[string]int{}}
	for _, u := range r.Unreadable {
		if u.NoPlans {
			s.EmptyPaths++
		} else {
			s.Unreadable++
		}
	}
	total := 0
	for _, c := range r.Cards {
		s.Bands[c.Band]++
		if r.MinScore > 0 && (!c.Scored || c.Score < r.MinScore) {
			s.Below = append(s.Below, c.Path)
		}
		if !c.Scored {
			continue
		}
		if s.Scored == 0 || c.Score < s.LowestScore {
			s.Lowest, s.LowestScore = c.Path, c.Score
		}
		s.Scored++
		total += c.Score
	}
	if s.Scored > 0 {
		s.Mean = (2*total + s.Scored) / (2 * s.Scored)
	}
	s.Failed = len(s.Below) > 0 || s.Unreadable > 0 || s.EmptyPaths > 0
	return s
}

// Renderer writes a report in one format.
type Renderer interface {
	Render(w io.Writer, r *Report) error
}

// Options configure a Renderer.
type Options struct {
	// Color enables ANSI colours in the text format.
	Color bool
	// Boxes draws table borders; without it tables are plain columns for
	// pipes and logs.
	Boxes bool
	// Width is the terminal's width, to which tables wrap their text
	// columns; 0 leaves them whole.
	Width int
}

// Registry holds the formats of score, in the order of format.Known.
// "table" is the old name of text, accepted until the next release.
var Registry = format.NewRegistry[func(Options) Renderer]().
	Register(format.Text, "a table: boxed on a terminal, aligned columns in a pipe", func(o Options) Renderer { return &Table{Options: o} }).
	Register(format.Markdown, "Markdown tables", func(Options) Renderer { return Markdown{} }).
	Register(format.JSON, "one JSON document", func(Options) Renderer { return JSON{} }).
	Alias("table", format.Text)

// Formats lists the current names of the formats, in the order of
// format.Known.
func Formats() []string { return Registry.Names() }

// New returns the renderer for the format called name, or an old name of
// it (see Registry).
func New(name string, o Options) (Renderer, error) {
	f, err := Registry.Lookup(name)
	if err != nil {
		return nil, err
	}
	return f(o), nil
}

// points formats a number of points with at most two decimals.
func points(f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// lineRef says where an item points, such as "line 42", or "".
func lineRef(it *score.Item) string {
	if !it.Pos.IsValid() {
		return ""
	}
	return fmt.Sprintf("line %d", it.Pos.Line)
}

// oneLine folds the lines of a formula into one paragraph.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// formula is the formula of the dimension d scores, as one paragraph.
func formula(d *score.Result, dims []*score.Dimension) string {
	for _, dim := range dims {
		if dim.Name == d.Name {
			return oneLine(dim.Formula)
		}
	}
	return ""
}

// inputs are the rows of an explained dimension (input, found, points,
// where), with text from the plan passed through esc, and the row of the
// sum that gives its score.
func inputs(d *score.Result, esc func(string) string) (rows [][]string, sum []string) {
	var pts, max float64
	for _, it := range d.Items {
		pts += it.Points
		max += it.Max
		got := points(it.Points) + "/" + points(it.Max)
		if it.Max == 0 {
			got = points(it.Points) // a deduction
		}
		rows = append(rows, []string{esc(it.Label), esc(it.Detail), got, lineRef(&it)})
	}
	sum = []string{"sum", fmt.Sprintf("score = 100 × %s / %s = %d", points(pts), points(max), d.Score), points(pts) + "/" + points(max), ""}
	return rows, sum
}

// lineOf is "line 42" for a valid position, else "".
func lineOf(p plan.Pos) string {
	if !p.IsValid() {
		return ""
	}
	return fmt.Sprintf("line %d", p.Line)
}

// gateEffect says what a gate met does: "out of strong" or "at risk",
// and whether it lowered the score.
func gateEffect(h *score.Hit) string {
	s := "out of strong"
	if h.Band == score.BandAtRisk {
		s = "at risk"
	}
	if h.Capped {
		s += " (capped the score)"
	}
	return s
}

// cappedText is the total's note on a capped score: "capped from 90 by
// goals-behind".
func cappedText(c *score.Card) string {
	var ids []string
	for _, h := range c.Gates {
		if h.Capped {
			ids = append(ids, h.ID)
		}
	}
	return fmt.Sprintf("capped from %d by %s", c.Uncapped, strings.Join(ids, ", "))
}
