// Package lint runs rules over plans and collects their findings.
//
// A rule is a value: an id, a title, a default severity, documentation with
// an example, and a Run function that reports findings through a Pass. The
// rules themselves live in package rules, one file each, registered in one
// list.
package lint

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/partners"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// Diagnostic is one finding: where, which rule, how serious, what and how to
// fix it.
type Diagnostic struct {
	File     string   `json:"file"`
	Pos      plan.Pos `json:"-"`
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Hint     string   `json:"hint,omitempty"`
	// note marks a finding reported with Pass.Notef: information whatever
	// the severity of its rule.
	note bool
}

// Rule is one check of a plan.
type Rule struct {
	// ID is the kebab-case name shown in brackets after each finding.
	ID string
	// Title is a one-line summary.
	Title string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// Doc explains what the rule checks and why, in Markdown paragraphs.
	Doc string
	// Example is a plan that breaks the rule; the docs show it with the
	// findings it produces, and a test checks that it does.
	Example string
	// Run checks one file. It is called for every file, with Pass.Plan nil
	// when the file could not be decoded.
	Run func(*Pass)
}

// Pass is what a rule sees while it checks one file.
type Pass struct {
	// File is the file being checked, with the problems found reading it.
	File *plan.File
	// Plan is the decoded model, nil when the file could not be decoded.
	Plan *plan.Plan
	// Today is the date the date rules compare against.
	Today plan.Date
	// Limits are the thresholds of practice, defaults filled in.
	Limits partners.Limits

	rule       *Rule
	diags      *[]Diagnostic
	index      *plan.Index
	goals      []figures.Goal
	opposition []figures.Opponent
}

// Index returns the ids declared in the plan, built once per file.
func (p *Pass) Index() *plan.Index {
	if p.index == nil {
		p.index = plan.NewIndex(p.Plan)
	}
	return p.index
}

// Goals returns the goals of the plan with their progress as of Today,
// worked out once per file for the rules that read them.
func (p *Pass) Goals() []figures.Goal {
	if p.goals == nil {
		p.goals = figures.GoalsOf(p.Plan, p.Today)
	}
	return p.goals
}

// Opposition returns the opponents of the plan with their counters,
// worked out once per file.
func (p *Pass) Opposition() []figures.Opponent {
	if p.opposition == nil {
		p.opposition = figures.OppositionOf(p.Plan, p.Index())
	}
	return p.opposition
}

// Reportf reports a finding of the running rule at pos.
func (p *Pass) Reportf(pos plan.Pos, hint, format string, args ...any) {
	*p.diags = append(*p.diags, Diagnostic{
		File: p.File.Path, Pos: pos, Rule: p.rule.ID, Severity: p.rule.Severity,
		Message: fmt.Sprintf(format, args...), Hint: hint,
	})
}

// Notef reports a finding of the running rule at pos as information,
// whatever severity the rule has or is given: a rule whose findings differ
// in weight, such as a goal with no action that is on track beside one that
// is at risk, reports the milder ones with Notef. A rule turned off reports
// neither.
func (p *Pass) Notef(pos plan.Pos, hint, format string, args ...any) {
	*p.diags = append(*p.diags, Diagnostic{
		File: p.File.Path, Pos: pos, Rule: p.rule.ID, Severity: SeverityInfo,
		Message: fmt.Sprintf(format, args...), Hint: hint, note: true,
	})
}

// ReportProblems reports the problems the loader found under the running
// rule's id. The rules for broken YAML, unknown keys and the like use it.
func (p *Pass) ReportProblems() {
	for _, pr := range p.File.Problems {
		if pr.Rule == p.rule.ID {
			p.Reportf(pr.Pos, pr.Hint, "%s", pr.Message)
		}
	}
}

// Options control a run of the rules.
type Options struct {
	// Rules are the rules to run.
	Rules []*Rule
	// Today is the date the date rules compare against.
	Today plan.Date
	// Severity overrides a rule's default severity by id; SeverityOff turns
	// the rule off, and SeverityInvalid is no override.
	Severity map[string]Severity
	// Limits are the thresholds of practice the rules about partnerships
	// use; a zero limit is its default.
	Limits partners.Limits
}

// The rules about suppression comments. Their findings come from the
// runner, after every other rule has run, since only then is it known what
// a suppression silences.
const (
	RuleIgnoreInvalid = "ignore-invalid"
	RuleIgnoreUnused  = "ignore-unused"
)

// MaxPerRule is how many findings of one rule a file reports at most; the
// rest are counted by one more finding of the rule (see Run).
const MaxPerRule = 100

// Result is what checking one file found.
type Result struct {
	// Diagnostics are the findings that were not suppressed, sorted.
	Diagnostics []Diagnostic
	// Suppressed counts the findings silenced by `# coalition:ignore`.
	Suppressed int
}

// Check runs the rules over one file and returns its findings sorted by
// line, column and rule.
func Check(f *plan.File, opts Options) []Diagnostic { return Run(f, opts).Diagnostics }

// Run runs the rules over one file, applies its suppression comments, and
// reports the suppressions that are invalid or silence nothing. Of the
// findings of a rule that are not suppressed, it keeps the first
// MaxPerRule in file order and replaces the others by one finding of the
// rule, "and N more like this", at the position of the first left out: a
// plan that breaks a rule a thousand times, by mistake or by design, gets
// an output of bounded size.
func Run(f *plan.File, opts Options) Result {
	var diags []Diagnostic
	pass := &Pass{File: f, Plan: f.Plan, Today: opts.Today, Limits: opts.Limits.Or(), diags: &diags}
	severity := map[string]Severity{}
	for _, r := range opts.Rules {
		sev := r.Severity
		if s := opts.Severity[r.ID]; s != SeverityInvalid {
			sev = s
		}
		severity[r.ID] = sev
		if !on(sev) || r.Run == nil {
			continue
		}
		n := len(diags)
		pass.rule = r
		r.Run(pass)
		for i := n; i < len(diags); i++ {
			if !diags[i].note {
				diags[i].Severity = sev
			}
		}
	}
	res := Result{Diagnostics: diags}
	if len(f.Suppressions) > 0 {
		res = suppress(f, diags, severity)
	}
	Sort(res.Diagnostics)
	res.Diagnostics = limit(res.Diagnostics)
	return res
}

// limit keeps the first MaxPerRule of the sorted findings of each rule and
// replaces the rest by one finding that counts them, at the position of the
// first of them, so the order stays sorted.
func limit(diags []Diagnostic) []Diagnostic {
	count := map[string]int{}
	over := false
	for _, d := range diags {
		count[d.Rule]++
		over = over || count[d.Rule] > MaxPerRule
	}
	if !over {
		return diags
	}
	kept := map[string]int{}
	out := diags[:0]
	for _, d := range diags {
		kept[d.Rule]++
		switch n := kept[d.Rule]; {
		case n <= MaxPerRule:
			out = append(out, d)
		case n == MaxPerRule+1:
			d.Message = fmt.Sprintf("and %d more like this", count[d.Rule]-MaxPerRule)
			d.Hint = fmt.Sprintf("coalition lists the first %d findings of a rule in a file: fix these and check again for the rest", MaxPerRule)
			out = append(out, d)
		}
	}
	return out
}

// on reports whether a rule of severity sev runs: not off, and not the
// zero value of a rule that forgot to set one (the registry test catches
// those).
func on(sev Severity) bool { return sev != SeverityOff && sev != SeverityInvalid }

// suppress applies the suppression comments of f to diags. severity holds
// every known rule's severity, SeverityOff for a rule turned off.
func suppress(f *plan.File, diags []Diagnostic, severity map[string]Severity) Result {
	var extra []Diagnostic
	report := func(rule string, pos plan.Pos, hint, format string, args ...any) {
		if sev := severity[rule]; on(sev) {
			extra = append(extra, Diagnostic{File: f.Path, Pos: pos, Rule: rule, Severity: sev,
				Message: fmt.Sprintf(format, args...), Hint: hint})
		}
	}
	// When the loader rejected values, rules step back from them, so a
	// suppression may silence nothing for that reason alone: it is not
	// reported as unused then.
	hasErrors := len(f.Problems) > 0
	silenced := make([]bool, len(diags))
	// The findings by line: a file may hold thousands of suppressions and
	// of findings, and each suppression looks at its own line only.
	onLine := map[int][]int{}
	for i, d := range diags {
		onLine[d.Pos.Line] = append(onLine[d.Pos.Line], i)
	}
	for _, s := range f.Suppressions {
		if msg, hint := invalid(s, severity); msg != "" {
			report(RuleIgnoreInvalid, s.Pos, hint, "%s", msg)
			continue
		}
		for _, rule := range s.Rules {
			if !on(severity[rule]) {
				continue // the rule is off: nothing to silence, nothing to report
			}
			used := false
			for _, i := range onLine[s.Line] {
				if diags[i].Rule == rule {
					silenced[i], used = true, true
				}
			}
			if !used && !hasErrors {
				report(RuleIgnoreUnused, s.Pos, "remove it, or move it to the line of the finding (or the line before)",
					"coalition:ignore %s silences nothing: no %s finding on line %d", rule, rule, s.Line)
			}
		}
	}
	res := Result{}
	for i, d := range diags {
		if silenced[i] {
			res.Suppressed++
			continue
		}
		res.Diagnostics = append(res.Diagnostics, d)
	}
	res.Diagnostics = append(res.Diagnostics, extra...)
	return res
}

// invalid says what is wrong with a suppression, or "".
func invalid(s plan.Suppression, severity map[string]Severity) (msg, hint string) {
	const form = "write `# coalition:ignore RULE -- why it is fine here`"
	switch {
	case len(s.Rules) == 0:
		return "coalition:ignore names no rule", form
	case s.Reason == "":
		return fmt.Sprintf("coalition:ignore %s gives no reason: a suppression must say why", plan.Excerpt(strings.Join(s.Rules, ","))), form
	case s.Line == 0:
		return "coalition:ignore is at the end of the file: there is no line after it to silence", "put it on the line of the finding, or on the line before"
	}
	for _, r := range s.Rules {
		if r == RuleIgnoreInvalid || r == RuleIgnoreUnused {
			return fmt.Sprintf("coalition:ignore cannot silence %s", r), "fix or remove the suppression instead"
		}
		if _, ok := severity[r]; !ok {
			ids := make([]string, 0, len(severity))
			for id := range severity {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			return fmt.Sprintf("coalition:ignore names an unknown rule %s%s", plan.Quote(r), suggest.DidYouMean(r, ids)), "coalition rules lists the rule ids"
		}
	}
	return "", ""
}

// Sort orders findings by file, line, column, rule and message.
func Sort(diags []Diagnostic) {
	slices.SortStableFunc(diags, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
}
