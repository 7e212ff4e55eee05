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

	"github.com/coalition-tools/coalition/pkg/plan"
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

	rule  *Rule
	diags *[]Diagnostic
	index *plan.Index
}

// Index returns the ids declared in the plan, built once per file.
func (p *Pass) Index() *plan.Index {
	if p.index == nil {
		p.index = plan.NewIndex(p.Plan)
	}
	return p.index
}

// Reportf reports a finding of the running rule at pos.
func (p *Pass) Reportf(pos plan.Pos, hint, format string, args ...any) {
	*p.diags = append(*p.diags, Diagnostic{
		File: p.File.Path, Pos: pos, Rule: p.rule.ID, Severity: p.rule.Severity,
		Message: fmt.Sprintf(format, args...), Hint: hint,
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
	// Severity overrides a rule's default severity by id; SeverityInvalid
	// turns the rule off.
	Severity map[string]Severity
}

// Check runs the rules over one file and returns its findings sorted by
// line, column and rule.
func Check(f *plan.File, opts Options) []Diagnostic {
	var diags []Diagnostic
	pass := &Pass{File: f, Plan: f.Plan, Today: opts.Today, diags: &diags}
	for _, r := range opts.Rules {
		sev := r.Severity
		if s, ok := opts.Severity[r.ID]; ok {
			if s == SeverityInvalid {
				continue
			}
			sev = s
		}
		n := len(diags)
		pass.rule = r
		r.Run(pass)
		for i := n; i < len(diags); i++ {
			diags[i].Severity = sev
		}
	}
	Sort(diags)
	return diags
}

// Sort orders findings by file, line, column, rule and message.
func Sort(diags []Diagnostic) {
	slices.SortStableFunc(diags, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
}
