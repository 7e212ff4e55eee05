package rules

import (
	"strings"

	"github.com/coalition-tools/coalition/pkg/levels"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// SixRsIncomplete reports R's of engagement that nothing assures.
var SixRsIncomplete = &lint.Rule{
	ID:       "six-rs-incomplete",
	Title:    "One of the 6 R's of engagement is not assured",
	Severity: lint.SeverityWarning,
	Doc: `The Community Tool Box asks every coalition how it assures the 6 R's that
keep participants engaged: Recognition, Respect, Role, Relationships, Reward
and Results. Members drift away when one is neglected. This rule reports each R
that is left out of ` + "`six_rs`" + ` or marked ` + "`missing`" + `, and each R that
has a status but no ` + "`practice`" + ` (what is done) or no ` + "`owner`" + ` (who makes
sure it is done; from cooperation on, the level where partners share
resources: a networking or coordinating group needs no owner per R). An R
that is ` + "`planned`" + ` with a practice and an owner passes.`,
	Example: header + `members: []
goals: []
six_rs:
  recognition: {practice: Thank-you notes after every event, owner: harbor-ymca, status: in-place}
  respect: {practice: Meetings in English and Spanish, owner: harbor-ymca, status: in-place}
  role: {practice: Every member leads one task, owner: harbor-ymca, status: planned}
  relationships: {practice: Quarterly partner lunches, owner: harbor-ymca, status: planned}
  reward: {status: missing}
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		s := &p.Plan.SixRs
		if !s.Written() {
			p.Reportf(p.Plan.Pos, "add a six_rs section with recognition, respect, role, relationships, reward and results",
				"the plan does not say how it assures the 6 R's of engagement")
			return
		}
		if !s.Set {
			return // six_rs is not a mapping: reported as invalid-type
		}
		// Below cooperation, an R needs no owner [004]: see package levels.
		owners := levels.RsOwners.Expects(levels.Of(p.Plan))
		for _, r := range s.All() {
			pr := r.Practice
			if pr.Invalid {
				continue
			}
			if !pr.Set {
				p.Reportf(s.KeyPos, "add `"+r.Name+": {practice: ..., owner: ..., status: planned}` to six_rs",
					"%s is not in six_rs: an R left out counts as missing", r.Name)
				continue
			}
			var lacks []string
			if pr.Status.V == plan.PracticeMissing {
				p.Reportf(pr.Status.Pos, "decide a practice for "+r.Name+", give it an owner and mark it planned",
					"%s is marked missing: nothing assures it", r.Name)
				continue
			}
			if !pr.Status.Written() {
				lacks = append(lacks, "status")
			}
			if strings.TrimSpace(pr.Practice.V) == "" {
				lacks = append(lacks, "practice")
			}
			if !pr.Owner.Written() && owners {
				lacks = append(lacks, "owner")
			}
			if len(lacks) > 0 {
				p.Reportf(pr.KeyPos, "add "+orList(lacks)+" to "+r.Name,
					"%s has no %s", r.Name, andList(lacks))
			}
		}
	},
}

func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
