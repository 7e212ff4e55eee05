package rules

import (
	"regexp"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range All() {
		switch {
		case !kebab.MatchString(r.ID):
			t.Errorf("rule id %q is not kebab-case", r.ID)
		case seen[r.ID]:
			t.Errorf("rule id %q registered twice", r.ID)
		case r.Title == "" || r.Doc == "" || r.Example == "":
			t.Errorf("rule %s lacks a title, doc or example", r.ID)
		case r.Run == nil && r.ID != lint.RuleIgnoreInvalid && r.ID != lint.RuleIgnoreUnused:
			t.Errorf("rule %s has no Run (only the runner's suppression rules may have none)", r.ID)
		case r.Severity == lint.SeverityInvalid:
			t.Errorf("rule %s has no severity", r.ID)
		}
		seen[r.ID] = true
	}
	// Every problem the loader can find must be reported by a rule.
	for _, id := range []string{plan.RuleYAMLSyntax, plan.RulePlanHeader, plan.RuleDuplicateKey, plan.RuleUnknownKey, plan.RuleCommaTrap,
		plan.RuleMissingField, plan.RuleInvalidType, plan.RuleInvalidValue, plan.RuleInvalidDate} {
		if !seen[id] {
			t.Errorf("loader problem %q has no rule", id)
		}
	}
}

// TestExamplesFire checks that each rule's documented example triggers it.
func TestExamplesFire(t *testing.T) {
	for _, r := range All() {
		if got := findings(t, r, r.Example); len(got) == 0 {
			t.Errorf("the example of %s does not trigger it", r.ID)
		}
	}
}
