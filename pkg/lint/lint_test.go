package lint

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// reporter returns a rule of id and severity that reports a finding at each
// of lines, in that order, with the message "finding N" for line N.
func reporter(id string, sev Severity, lines []int) *Rule {
	return &Rule{ID: id, Title: id, Severity: sev, Run: func(p *Pass) {
		for _, l := range lines {
			p.Reportf(plan.Pos{Line: l, Col: 3}, "fix it", "finding %d", l)
		}
	}}
}

func span(from, to int) []int {
	var out []int
	for l := from; l <= to; l++ {
		out = append(out, l)
	}
	return out
}

// TestRunLimitsFindingsPerRule checks that a file reports at most
// MaxPerRule findings of a rule, the first ones in file order, and one
// more that counts the rest, at the position of the first left out.
func TestRunLimitsFindingsPerRule(t *testing.T) {
	reversed := span(1, 250)
	slices.Reverse(reversed)
	cases := []struct {
		name  string
		rules []*Rule
		sev   map[string]Severity
		sup   []plan.Suppression
		// want lists the findings as "line:col rule severity: message",
		// with "..." standing for the unremarkable ones in between.
		want []string
	}{
		{
			name:  "at the limit, all are reported",
			rules: []*Rule{reporter("a", SeverityError, span(1, 100))},
			want:  []string{"1:3 a error: finding 1", "...", "100:3 a error: finding 100"},
		},
		{
			name:  "one over the limit",
			rules: []*Rule{reporter("a", SeverityError, span(1, 101))},
			want:  []string{"1:3 a error: finding 1", "...", "100:3 a error: finding 100", "101:3 a error: and 1 more like this"},
		},
		{
			name: "reported out of order, kept in file order; other rules apart",
			rules: []*Rule{
				reporter("a", SeverityWarning, reversed),
				reporter("b", SeverityInfo, []int{7, 300}),
			},
			want: []string{
				"1:3 a warning: finding 1", "...", "7:3 a warning: finding 7", "7:3 b info: finding 7", "...",
				"100:3 a warning: finding 100", "101:3 a warning: and 150 more like this", "300:3 b info: finding 300",
			},
		},
		{
			name:  "the severity set for the rule",
			rules: []*Rule{reporter("a", SeverityWarning, span(1, 102))},
			sev:   map[string]Severity{"a": SeverityError},
			want:  []string{"1:3 a error: finding 1", "...", "100:3 a error: finding 100", "101:3 a error: and 2 more like this"},
		},
		{
			name:  "suppressed findings do not count",
			rules: []*Rule{reporter("a", SeverityError, span(1, 102)), {ID: RuleIgnoreInvalid, Severity: SeverityError}, {ID: RuleIgnoreUnused, Severity: SeverityWarning}},
			sup: []plan.Suppression{
				{Pos: plan.Pos{Line: 1, Col: 20}, Line: 1, Rules: []string{"a"}, Reason: "fine"},
				{Pos: plan.Pos{Line: 2, Col: 20}, Line: 2, Rules: []string{"a"}, Reason: "fine"},
			},
			want: []string{"3:3 a error: finding 3", "...", "102:3 a error: finding 102"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := &plan.File{Path: "plan.yaml", Suppressions: tc.sup}
			res := Run(f, Options{Rules: tc.rules, Severity: tc.sev})
			var got []string
			for _, d := range res.Diagnostics {
				got = append(got, fmt.Sprintf("%d:%d %s %s: %s", d.Pos.Line, d.Pos.Col, d.Rule, d.Severity, d.Message))
			}
			// Check the listed findings in order; "..." skips any
			// number of findings of the form "finding N".
			i := 0
			for j, w := range tc.want {
				if w == "..." {
					for i < len(got) && got[i] != tc.want[j+1] && strings.Contains(got[i], ": finding ") {
						i++
					}
					continue
				}
				if i >= len(got) || got[i] != w {
					t.Fatalf("finding %d: got %q, want %q\nall: %q", i, at(got, i), w, got)
				}
				i++
			}
			if i != len(got) {
				t.Fatalf("%d findings more than wanted, from %q", len(got)-i, got[i])
			}
			for _, d := range res.Diagnostics {
				if strings.HasSuffix(d.Message, "more like this") && d.Hint != "coalition lists the first 100 findings of a rule in a file: fix these and check again for the rest" {
					t.Errorf("hint of the summary: %q", d.Hint)
				}
			}
		})
	}
}

func at(l []string, i int) string {
	if i < len(l) {
		return l[i]
	}
	return "(none)"
}

// TestInvalidSuppressionQuotesExcerpts checks that a suppression comment
// naming a long rule is quoted short.
func TestInvalidSuppressionQuotesExcerpts(t *testing.T) {
	long := strings.Repeat("r", 1000)
	f := &plan.File{Path: "plan.yaml", Suppressions: []plan.Suppression{
		{Pos: plan.Pos{Line: 1, Col: 1}, Line: 2, Rules: []string{long}, Reason: "why"},
		{Pos: plan.Pos{Line: 3, Col: 1}, Line: 4, Rules: []string{long}},
	}}
	res := Run(f, Options{Rules: []*Rule{{ID: RuleIgnoreInvalid, Severity: SeverityError}}})
	want := []string{
		`1:1: coalition:ignore names an unknown rule "` + plan.Excerpt(long) + `"`,
		`3:1: coalition:ignore ` + plan.Excerpt(long) + ` gives no reason: a suppression must say why`,
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, fmt.Sprintf("%d:%d: %s", d.Pos.Line, d.Pos.Col, d.Message))
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestRunManySuppressions checks a file with as many suppressions as
// findings: each silences the finding on its line, and the work is linear
// (it was the product of the two: 40,000 of each took about 10 s).
func TestRunManySuppressions(t *testing.T) {
	const n = 40000
	var lines []int
	var sup []plan.Suppression
	for i := 1; i <= n; i++ {
		lines = append(lines, 2*i)
		sup = append(sup, plan.Suppression{Pos: plan.Pos{Line: 2*i - 1, Col: 1}, Line: 2 * i, Rules: []string{"a"}, Reason: "fine"})
	}
	f := &plan.File{Path: "plan.yaml", Suppressions: sup}
	res := Run(f, Options{Rules: []*Rule{reporter("a", SeverityError, lines), {ID: RuleIgnoreInvalid, Severity: SeverityError}, {ID: RuleIgnoreUnused, Severity: SeverityWarning}}})
	if res.Suppressed != n || len(res.Diagnostics) != 0 {
		t.Fatalf("suppressed %d, reported %d (first %v); want %d suppressed and none reported", res.Suppressed, len(res.Diagnostics), res.Diagnostics[:min(1, len(res.Diagnostics))], n)
	}
}

// TestNotesStayInformation checks that a finding reported with Notef is
// information whatever the severity of its rule, default or set, while the
// rule's other findings take that severity; a rule turned off reports
// neither.
func TestNotesStayInformation(t *testing.T) {
	mixed := &Rule{ID: "mixed", Title: "mixed", Severity: SeverityWarning, Run: func(p *Pass) {
		p.Reportf(plan.Pos{Line: 1, Col: 3}, "fix it", "serious")
		p.Notef(plan.Pos{Line: 2, Col: 3}, "consider it", "mild")
	}}
	for _, tc := range []struct {
		name string
		sev  map[string]Severity
		want []string
	}{
		{"default severity", nil, []string{"1:3 warning: serious", "2:3 info: mild"}},
		{"set to error", map[string]Severity{"mixed": SeverityError}, []string{"1:3 error: serious", "2:3 info: mild"}},
		{"set to info", map[string]Severity{"mixed": SeverityInfo}, []string{"1:3 info: serious", "2:3 info: mild"}},
		{"off", map[string]Severity{"mixed": SeverityOff}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range Check(&plan.File{Path: "plan.yaml"}, Options{Rules: []*Rule{mixed}, Severity: tc.sev}) {
				got = append(got, fmt.Sprintf("%d:%d %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.Message))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
