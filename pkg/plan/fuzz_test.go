package plan

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes the loader panic or hang, that every
// problem it reports has a position and a rule, and that walked and explicit
// reading agree on what a plan is.
func FuzzParse(f *testing.F) {
	examples, _ := filepath.Glob("../../examples/*.yaml")
	broken, _ := filepath.Glob("../../examples/broken/*.yaml")
	for _, p := range append(examples, broken...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		minimal,
		"",
		"- a\n",
		"apiVersion: coalition/v1\nkind: Plan\ncoalition: &c {name: a, problem: b, <<: *c}\n",
		"apiVersion: coalition/v1\nkind: Plan\nmembers: [{id: a, assets: [{category: reach}], commitment: {funds: 1.5}}]\n",
		"apiVersion: coalition/v1\nbudget: {expenses: [{item: a, amount: '12,500.00'}], totals: {expenses: 1}}\n",
		"apiVersion: coalition/v1\n---\nkind: Plan\n",
		"\ufeffapiVersion: coalition/v1\r\nkind: Plan\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file := Parse("fuzz.yaml", data, ReadOptions{Explicit: true})
		if file == nil {
			t.Fatal("an explicit file must always give a result")
		}
		for _, p := range file.Problems {
			if p.Rule == "" || p.Message == "" || !p.Pos.IsValid() || p.Pos.Col < 1 {
				t.Fatalf("problem without rule, message or position: %+v", p)
			}
		}
		if walked := Parse("fuzz.yaml", data, ReadOptions{}); walked != nil && walked.Plan != nil && file.Plan == nil {
			t.Fatal("a walked file decoded as a plan that the explicit read did not decode")
		}
	})
}
