package view_test

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/view"
)

// TestCSVGuardsEveryFormulaStart checks, through show's CSV output, each
// character that makes a spreadsheet read a cell as a formula: =, +, -, @,
// a tab and a carriage return at the start of a text cell get a leading
// quote; the same characters inside a cell do not.
func TestCSVGuardsEveryFormulaStart(t *testing.T) {
	names := []struct{ yaml, want string }{
		{`"=HYPERLINK(1)"`, "'=HYPERLINK(1)"},
		{`"+1 Harbor"`, "'+1 Harbor"},
		{`"-1 Harbor"`, "'-1 Harbor"},
		{`"@SUM(A1)"`, "'@SUM(A1)"},
		{`"\t=1+1"`, "'\t=1+1"},
		{`"\r=1+1"`, "'\r=1+1"},
		{`"Harbor @ Night = fun"`, "Harbor @ Night = fun"},
	}
	src := "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: x, problem: y}\nmembers:\n"
	for i, n := range names {
		src += "  - {id: m" + string(rune('a'+i)) + ", name: " + n.yaml + "}\n"
	}
	src += "goals: []\n"
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	tables, err := view.Build(view.NewInput(f.Plan, today), "members")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(render(t, "csv", tables))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(names)+1 || rows[0][1] != "name" {
		t.Fatalf("%d rows, header %q; want %d rows under a header with name second", len(rows), rows[0], len(names)+1)
	}
	for i, n := range names {
		if got := rows[i+1][1]; got != n.want {
			t.Errorf("name %s: cell %q, want %q", n.yaml, got, n.want)
		}
	}
}
