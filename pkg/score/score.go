// Package score computes the coalition health score of a plan: one number
// from 0 to 100, a band, and the dimensions it is made of, each with the
// inputs it looked at and what cost it points.
//
// A dimension is a value, like a rule of check: a name, a title, a default
// weight, documentation with its formula and the passage of the guides it
// rests on, and a Measure function. The dimensions live one per file and are
// registered in one list (All).
package score

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// Dimension is one aspect of coalition health.
type Dimension struct {
	// Name is the kebab-case name used in weights, flags and output.
	Name string
	// Title is a one-line summary.
	Title string
	// Weight is the default weight; the defaults of all dimensions sum to 100.
	Weight int
	// Formula says in plain words how the inputs give the score.
	Formula string
	// Source names the passages of the guides the dimension rests on.
	Source string
	// Measure looks at the plan and returns the inputs of the dimension.
	// It is only called with a decoded plan.
	Measure func(*Input) []Item
	// Skip, when not nil, says why the dimension is left out of the total
	// of a plan ("" to count it): what the plan's level does not expect
	// (see Expectations).
	Skip func(*Input) string
}

// Input is what a dimension sees.
type Input struct {
	Plan  *plan.Plan
	Index *plan.Index
	// Today is the date that progress and due dates are measured against.
	Today plan.Date
	// Diagnostics are the findings of check on the same file.
	Diagnostics []lint.Diagnostic
	// Limits are the thresholds of practice of the partnerships, defaults
	// filled in.
	Limits partners.Limits
	// Placeholders counts the texts of the plan that are placeholders
	// (see package placeholder), which Plan holds unset; FirstPlaceholder
	// is where the first is.
	Placeholders     int
	FirstPlaceholder plan.Pos

	// Figures several dimensions and gates read, worked out once.
	goals      []figures.Goal
	network    *network.Map
	opposition []figures.Opponent
}

// Goals are the goals of the plan with their progress as of Today.
func (in *Input) Goals() []figures.Goal {
	if in.goals == nil {
		in.goals = figures.GoalsOf(in.Plan, in.Today)
	}
	return in.goals
}

// Network is the network of the plan: who reaches each stakeholder.
func (in *Input) Network() *network.Map {
	if in.network == nil {
		in.network = network.Of(in.Plan)
	}
	return in.network
}

// Opposition are the opponents of the plan with their counters.
func (in *Input) Opposition() []figures.Opponent {
	if in.opposition == nil {
		in.opposition = figures.OppositionOf(in.Plan, in.Index)
	}
	return in.opposition
}

// Item is one input of a dimension: what was looked at and the points it
// earned out of Max. An item with Max 0 and negative Points is a deduction.
type Item struct {
	// Label names the input: "reward", "goal summer-jobs: measurable".
	Label string `json:"label"`
	// Detail says what was found, in plain words.
	Detail string `json:"detail"`
	// Points earned, out of Max.
	Points float64 `json:"points"`
	Max    float64 `json:"max"`
	// Pos is where in the plan the input was written; zero when nowhere.
	Pos plan.Pos `json:"-"`
}

// Lost reports whether the item cost points.
func (it *Item) Lost() bool { return it.Points < it.Max }

// Message is the item as one line: "reward: no practice in place".
func (it *Item) Message() string { return it.Label + ": " + it.Detail }

// Result is the score of one dimension.
type Result struct {
	Name   string `json:"name"`
	Title  string `json:"title"`
	Score  int    `json:"score"`
	Weight int    `json:"weight"`
	// Skipped says why the dimension is left out of the total, empty when
	// it counts; a skipped dimension has no score and no weight.
	Skipped string `json:"skipped,omitempty"`
	// Items are every input of the dimension, in plan order.
	Items []Item `json:"-"`
}

// Findings are the inputs that cost points.
func (r *Result) Findings() []Item {
	var out []Item
	for _, it := range r.Items {
		if it.Lost() {
			out = append(out, it)
		}
	}
	return out
}

// Band names.
const (
	BandStrong     = "strong"
	BandDeveloping = "developing"
	BandAtRisk     = "at-risk"
	BandNone       = "not-scored"
)

// Bands are the lowest scores of the strong and developing bands; below
// Developing a plan is at risk.
type Bands struct {
	Strong     int `json:"strong"`
	Developing int `json:"developing"`
}

// DefaultBands read a score the way published collaboration inventories read
// their 1-to-5 averages: 4.0 and above a strength, 3.0 to 3.9 borderline,
// below 3.0 a concern. On a 0-to-100 scale those are 75 and 50.
var DefaultBands = Bands{Strong: 75, Developing: 50}

// Validate checks that the bands are in order and within 0 to 100.
func (b Bands) Validate() error {
	if b.Developing < 0 || b.Strong > 100 || b.Developing >= b.Strong {
		return fmt.Errorf("invalid bands strong=%d, developing=%d: want 0 <= developing < strong <= 100", b.Strong, b.Developing)
	}
	return nil
}

// Of returns the band of score s.
func (b Bands) Of(s int) string {
	switch {
	case s >= b.Strong:
		return BandStrong
	case s >= b.Developing:
		return BandDeveloping
	}
	return BandAtRisk
}

// Options control the scoring.
type Options struct {
	// Dimensions are the dimensions to score, normally All().
	Dimensions []*Dimension
	// Weights override the default weight of the dimensions they name.
	Weights map[string]int
	Bands   Bands
	Today   plan.Date
	// Limits are the thresholds of practice of the partnerships (when a
	// relationship goes cold, how many one owner can keep); a zero limit
	// is its default.
	Limits partners.Limits
	// Gates override the band of the gates they name: BandDeveloping,
	// BandAtRisk or GateOff.
	Gates map[string]string
}

// GateBand returns the band gate g holds a plan to under o, or GateOff.
func (o *Options) GateBand(g *Gate) string {
	if b, ok := o.Gates[g.ID]; ok {
		return b
	}
	return g.Band
}

// Weight returns the weight of dimension d under o.
func (o *Options) Weight(d *Dimension) int {
	if w, ok := o.Weights[d.Name]; ok {
		return w
	}
	return d.Weight
}

// Validate checks the weights: known names, none negative, not all zero.
func (o *Options) Validate() error {
	names := make([]string, len(o.Dimensions))
	for i, d := range o.Dimensions {
		names[i] = d.Name
	}
	keys := make([]string, 0, len(o.Weights))
	for k := range o.Weights {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !slices.Contains(names, k) {
			return fmt.Errorf("unknown dimension %q in weights: want one of %s", k, strings.Join(names, ", "))
		}
		if o.Weights[k] < 0 {
			return fmt.Errorf("weight of %s is %d: weights cannot be negative", k, o.Weights[k])
		}
	}
	total := 0
	for _, d := range o.Dimensions {
		total += o.Weight(d)
	}
	if total == 0 {
		return fmt.Errorf("all weights are 0: at least one dimension must count")
	}
	gates := make([]string, 0, len(o.Gates))
	for k := range o.Gates {
		gates = append(gates, k)
	}
	slices.Sort(gates)
	for _, k := range gates {
		if _, ok := GateByID(k); !ok {
			return fmt.Errorf("unknown gate %q in gates: want one of %s", k, strings.Join(GateIDs(), ", "))
		}
		if !slices.Contains(GateBands, o.Gates[k]) {
			return fmt.Errorf("gate %s is %q: want one of %s", k, o.Gates[k], strings.Join(GateBands, ", "))
		}
	}
	return o.Bands.Validate()
}

// Card is the score of one plan.
type Card struct {
	// Path is the plan file.
	Path string `json:"file"`
	// Scored is false when the file could not be decoded as a plan.
	Scored bool `json:"scored"`
	// Score is the weighted mean of the dimension scores, 0 to 100.
	Score int    `json:"score"`
	Band  string `json:"band"`
	// Errors and Warnings count the findings of check on the file.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	// Capped is true when a gate held the score below its mean.
	Capped bool `json:"capped"`
	// Gates are the gates the plan met, in the order of Gates(), each with
	// the band it holds the plan to.
	Gates []Hit `json:"gates"`
	// Uncapped is the score before the cap.
	Uncapped int `json:"-"`
	// Notes say what the reader should know about the number.
	Notes      []string `json:"notes"`
	Dimensions []Result `json:"dimensions"`
}

// Score scores one file. diags are the findings of check on it.
func Score(f *plan.File, diags []lint.Diagnostic, o Options) *Card {
	c := &Card{Path: f.Path, Band: BandNone, Notes: []string{}}
	for _, d := range diags {
		switch d.Severity {
		case lint.SeverityError:
			c.Errors++
		case lint.SeverityWarning:
			c.Warnings++
		}
	}
	if f.Plan == nil {
		note := fmt.Sprintf("not scored: the file could not be read as a plan (%s); run coalition check", count(c.Errors, "error"))
		for _, d := range diags {
			if d.Severity == lint.SeverityError {
				// The first error says where to look, without another command.
				note += fmt.Sprintf(" (first: line %d, column %d: %s)", d.Pos.Line, d.Pos.Col, d.Message)
				break
			}
		}
		c.Notes = append(c.Notes, note)
		return c
	}
	p, n, first := blankPlaceholders(f.Plan)
	in := &Input{Plan: p, Index: plan.NewIndex(p), Today: o.Today, Diagnostics: diags, Limits: o.Limits.Or(),
		Placeholders: n, FirstPlaceholder: first}
	var sum, weights int
	for _, d := range o.Dimensions {
		r := Result{Name: d.Name, Title: d.Title, Weight: o.Weight(d)}
		if d.Skip != nil {
			r.Skipped = d.Skip(in)
		}
		if r.Skipped != "" {
			r.Weight = 0
			c.Dimensions = append(c.Dimensions, r)
			continue
		}
		r.Items = d.Measure(in)
		r.Score = percent(r.Items)
		sum += r.Weight * r.Score
		weights += r.Weight
		c.Dimensions = append(c.Dimensions, r)
	}
	c.Scored = true
	if weights > 0 {
		c.Score = (2*sum + weights) / (2 * weights) // rounded half up, exactly
	}
	c.Uncapped = c.Score
	if c.Errors > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("scored with %s from check: values check rejects count as missing; fix them for a reliable score", count(c.Errors, "error")))
	}
	if n > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("%s of the plan %s placeholder text, counted as missing (placeholder-text, first at line %d)",
			count(n, "text"), map[bool]string{true: "is", false: "are"}[n == 1], first.Line))
	}
	c.applyGates(in, o)
	c.Band = o.Bands.Of(c.Score)
	return c
}

// applyGates records the gates the plan meets and holds the score to the
// lowest band among them.
func (c *Card) applyGates(in *Input, o Options) {
	c.Gates = []Hit{}
	limit := c.Score
	for _, g := range Gates() {
		band := o.GateBand(g)
		if band == GateOff {
			continue
		}
		met, detail, pos := g.Test(in)
		if !met {
			continue
		}
		h := Hit{ID: g.ID, Band: band, Title: g.Title, Detail: detail, Pos: pos}
		if l := o.Bands.below(band); l < c.Uncapped {
			h.Capped = true
			limit = min(limit, l)
		}
		c.Gates = append(c.Gates, h)
	}
	if limit >= c.Score {
		return
	}
	c.Score, c.Capped = limit, true
	for _, h := range c.Gates {
		if h.Capped && o.Bands.below(h.Band) == limit {
			c.Notes = append(c.Notes, fmt.Sprintf("capped at %d from %d: %s (%s gate, line %d)", limit, c.Uncapped, h.Message(), h.ID, h.Pos.Line))
		}
	}
}

// below is the highest score of a plan held to band: one under the band
// above it.
func (b Bands) below(band string) int {
	if band == BandAtRisk {
		return b.Developing - 1
	}
	return b.Strong - 1
}

// percent is 100 × points / max over items, rounded, within 0 to 100.
func percent(items []Item) int {
	var pts, max float64
	for _, it := range items {
		pts += it.Points
		max += it.Max
	}
	if max <= 0 || math.IsNaN(pts) {
		return 0
	}
	p := math.Round(100 * pts / max)
	return int(math.Max(0, math.Min(100, p)))
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// item builds an Item; got reports whether the input earned its points.
func item(label string, max float64, got bool, pos plan.Pos, yes, no string) Item {
	if got {
		return Item{Label: label, Detail: yes, Points: max, Max: max, Pos: pos}
	}
	return Item{Label: label, Detail: no, Max: max, Pos: pos}
}

// at returns the position of the value of l when it was written, else the
// position of its key, else def.
func at(l *plan.Loc, def plan.Pos) plan.Pos {
	switch {
	case l.Pos.IsValid():
		return l.Pos
	case l.KeyPos.IsValid():
		return l.KeyPos
	}
	return def
}
