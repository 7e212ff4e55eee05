package rules

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// ownedBy is a plan whose one member has an owner that is not a person:
// dangling-ref reports it at 7:12.
func ownedBy(owner string) string {
	return header + "people:\n  - {id: dana, name: Dana}\nmembers:\n  - id: harbor-ymca\n    name: Harbor YMCA\n    owner: " + owner + "\n    role: lead\n    most_affected: true\ngoals: []\n"
}

func TestIgnoreInvalid(t *testing.T) {
	runCases(t, IgnoreInvalid, []ruleCase{
		{name: "no reason", src: ownedBy("danna # coalition:ignore dangling-ref"),
			want:  []string{"11:18: coalition:ignore dangling-ref gives no reason: a suppression must say why"},
			hints: []string{"write `# coalition:ignore RULE -- why it is fine here`"}},
		{name: "no rule", src: ownedBy("danna # coalition:ignore -- we know"),
			want:  []string{"11:18: coalition:ignore names no rule"},
			hints: []string{"write `# coalition:ignore RULE -- why it is fine here`"}},
		{name: "unknown rule", src: ownedBy("danna # coalition:ignore danglingref -- we know"),
			want:  []string{`11:18: coalition:ignore names an unknown rule "danglingref" (did you mean "dangling-ref"?)`},
			hints: []string{"coalition rules lists the rule ids"}},
		{name: "the suppression rules themselves", src: ownedBy("danna # coalition:ignore ignore-unused -- no"),
			want:  []string{"11:18: coalition:ignore cannot silence ignore-unused"},
			hints: []string{"fix or remove the suppression instead"}},
		{name: "nothing after it", src: ownedBy("dana") + "# coalition:ignore sector-gap -- later\n",
			want:  []string{"15:1: coalition:ignore is at the end of the file: there is no line after it to silence"},
			hints: []string{"put it on the line of the finding, or on the line before"}},
		{name: "a valid one", src: ownedBy("danna # coalition:ignore dangling-ref -- Dana's successor starts in May")},
	})
}

func TestIgnoreUnused(t *testing.T) {
	runCases(t, IgnoreUnused, []ruleCase{
		{name: "nothing to silence", src: ownedBy("dana # coalition:ignore dangling-ref -- old"),
			want:  []string{"11:17: coalition:ignore dangling-ref silences nothing: no dangling-ref finding on line 11"},
			hints: []string{"remove it, or move it to the line of the finding (or the line before)"}},
		{name: "one of two rules unused", src: ownedBy("danna # coalition:ignore dangling-ref, missing-owner -- both"),
			want:  []string{"11:18: coalition:ignore missing-owner silences nothing: no missing-owner finding on line 11"},
			hints: []string{"remove it, or move it to the line of the finding (or the line before)"}},
		{name: "used", src: ownedBy("danna # coalition:ignore dangling-ref -- successor starts in May")},
	})
}

// suppressed runs every rule over src and returns the findings of rule and
// how many findings were suppressed.
func suppressed(t *testing.T, src, rule string) ([]lint.Diagnostic, int) {
	t.Helper()
	f := plan.Parse("plan.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	res := lint.Run(f, lint.Options{Rules: All(), Today: today})
	var out []lint.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Rule == rule {
			out = append(out, d)
		}
	}
	return out, res.Suppressed
}

func TestSuppression(t *testing.T) {
	for _, tc := range []struct {
		name       string
		src        string
		remaining  int
		suppressed int
	}{
		{"no comment", ownedBy("danna"), 1, 0},
		{"on the line", ownedBy("danna # coalition:ignore dangling-ref -- successor starts in May"), 0, 1},
		{"on the line before", header + "people:\n  - {id: dana, name: Dana}\nmembers:\n  - id: harbor-ymca\n    name: Harbor YMCA\n" +
			"    # coalition:ignore dangling-ref -- successor starts in May\n\n    owner: danna\n    role: lead\n    most_affected: true\ngoals: []\n", 0, 1},
		{"two lines before is too far", header + "people:\n  - {id: dana, name: Dana}\nmembers:\n  - id: harbor-ymca\n" +
			"    # coalition:ignore dangling-ref -- successor starts in May\n    name: Harbor YMCA\n    owner: danna\n    role: lead\n    most_affected: true\ngoals: []\n", 1, 0},
		{"another rule", ownedBy("danna # coalition:ignore missing-owner -- no"), 1, 0},
		{"without a reason it does not silence", ownedBy("danna # coalition:ignore dangling-ref"), 1, 0},
		{"in a quoted string it is no comment", ownedBy("danna\n    niche: \"# coalition:ignore dangling-ref -- x\""), 1, 0},
		{"in a block scalar it is no comment", ownedBy("danna\n    niche: |\n      # coalition:ignore dangling-ref -- x"), 1, 0},
		{"spaces and case of the directive", ownedBy("danna #coalition:ignore   dangling-ref  --  reason"), 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n := suppressed(t, tc.src, "dangling-ref")
			if len(got) != tc.remaining || n != tc.suppressed {
				t.Errorf("%d dangling-ref findings left and %d suppressed; want %d and %d", len(got), n, tc.remaining, tc.suppressed)
			}
		})
	}
}

func TestSuppressionOfARuleTurnedOff(t *testing.T) {
	f := plan.Parse("plan.yaml", []byte(ownedBy("dana # coalition:ignore dangling-ref -- old")), plan.ReadOptions{Explicit: true})
	res := lint.Run(f, lint.Options{Rules: All(), Today: today, Severity: map[string]lint.Severity{"dangling-ref": lint.SeverityOff}})
	for _, d := range res.Diagnostics {
		if d.Rule == lint.RuleIgnoreUnused || d.Rule == lint.RuleIgnoreInvalid {
			t.Errorf("a suppression of a rule turned off is reported: %s", d.Message)
		}
	}
}
