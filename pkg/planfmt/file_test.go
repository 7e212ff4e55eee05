package planfmt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

const tidy = header + `
coalition:
  name: Harbor
  problem: Too few jobs

members:
  - {id: ymca, name: Harbor YMCA, sector: nonprofit, role: lead}

goals: []
`

// commaTrap has 28,000 inside {…}: YAML reads 28 and a key "000".
const commaTrap = header + `coalition:
  name: Harbor
  problem: Too few jobs
members:
  - {id: ymca, name: Harbor YMCA, role: lead, sector: nonprofit}
goals: []
budget:
  expenses:
    - {item: Part-time coordinator, category: personnel, amount: 28,000}
`

// TestFileOutcomes checks what File does with each kind of file, and that
// it writes only when it says Formatted.
func TestFileOutcomes(t *testing.T) {
	messy := strings.Replace(tidy, "  name: Harbor", "    name: Harbor", 1)
	messy = strings.Replace(messy, "  problem:", "    problem:", 1)
	cases := []struct {
		name     string
		text     string
		explicit bool
		opts     Options
		want     Outcome
		wantErr  string
	}{
		{"canonical", tidy, true, Options{}, Unchanged, ""},
		{"messy", messy, true, Options{}, Formatted, ""},
		{"messy, check only", messy, true, Options{Check: true}, WouldChange, ""},
		{"not a plan, walked", "kind: Deployment\n", false, Options{}, Skipped, ""},
		{"not a plan, named", "kind: Deployment\n", true, Options{}, NotPlan, ""},
		{"two documents", tidy + "---\nfoo: 1\n", true, Options{}, SeveralDocuments, "12:1: a second YAML document starts here"},
		{"errors", strings.Replace(tidy, "role: lead", "role: boss", 1), true, Options{}, HasErrors, ""},
		{"refused", strings.Replace(messy, "goals: []", "goals: [ # none yet\n  ]", 1), true, Options{}, Refused, "the YAML parser does not keep the comment"},
		{"over the size limit", messy, true, Options{Read: plan.ReadOptions{MaxSize: 100}}, Failed, "file is too large"},
		{"canonical, CRLF", crlf(tidy), true, Options{}, Unchanged, ""},
		{"messy, CRLF, check only", crlf(messy), true, Options{Check: true}, WouldChange, ""},
		{"messy, CRLF", crlf(messy), true, Options{}, Formatted, ""},
		// The comma trap is refused whatever the severity of its rule:
		// fmt would write 28 where the author wrote 28,000.
		{"comma trap, rule off", commaTrap, true, Options{Lint: lint.Options{Severity: map[string]lint.Severity{"comma-trap": lint.SeverityOff, "unknown-key": lint.SeverityOff}}},
			Refused, "11:68: a comma inside {…} cuts budget.expenses[0].amount short: it would read as 28, and \"000\" as a key; it is left unread: write amount: 28000, without the comma; fmt would write what YAML reads, so the file is left as it is"},
		{"comma trap, rule a warning", commaTrap, true, Options{Lint: lint.Options{Severity: map[string]lint.Severity{"comma-trap": lint.SeverityWarning, "unknown-key": lint.SeverityWarning}}},
			Refused, "a comma inside {…} cuts"},
		{"comma trap, ignored", strings.Replace(commaTrap, "  expenses:\n", "  expenses:\n    # coalition:ignore comma-trap,unknown-key -- the amount is right\n", 1), true, Options{},
			Refused, "a comma inside {…} cuts"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.yaml")
			if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			c.opts.Lint.Rules = rules.All()
			r := File(workspace.Target{Path: path, Explicit: c.explicit}, c.opts)
			if r.Outcome != c.want {
				t.Fatalf("outcome %d, want %d (err %v, diagnostics %v)", r.Outcome, c.want, r.Err, r.Diagnostics)
			}
			if c.wantErr != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), c.wantErr)) {
				t.Errorf("err %v, want %q", r.Err, c.wantErr)
			}
			if c.want == HasErrors && (len(r.Diagnostics) != 1 || r.Diagnostics[0].Severity != lint.SeverityError) {
				t.Errorf("diagnostics %v, want the one error", r.Diagnostics)
			}
			got, _ := os.ReadFile(path)
			switch {
			case c.want == Formatted && strings.Contains(c.text, "\r\n") && string(got) != crlf(tidy):
				t.Errorf("formatted to:\n%q", got)
			case c.want == Formatted && !strings.Contains(c.text, "\r\n") && string(got) != tidy:
				t.Errorf("formatted to:\n%s", got)
			case c.want != Formatted && string(got) != c.text:
				t.Errorf("the file changed:\n%s", got)
			}
		})
	}
}

func TestFileMissing(t *testing.T) {
	r := File(workspace.Target{Path: filepath.Join(t.TempDir(), "none.yaml"), Explicit: true}, Options{})
	if r.Outcome != Failed || r.Err == nil || !strings.Contains(r.Err.Error(), "no such file") {
		t.Errorf("got %d %v, want Failed: no such file", r.Outcome, r.Err)
	}
}
