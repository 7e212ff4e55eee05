package view_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/view"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var today = plan.NewDate(2026, 11, 23)

func load(t *testing.T, path string) *plan.Plan {
	t.Helper()
	f, err := plan.Read(path, plan.ReadOptions{Explicit: true})
	if err != nil || f.Plan == nil {
		t.Fatalf("%s: %v %v", path, err, f)
	}
	return f.Plan
}

func render(t *testing.T, format string, tables []*view.Table) []byte {
	t.Helper()
	r, err := view.NewRenderer(format, view.RenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, tables); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden renders every section of every example in every format.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	for _, p := range paths {
		tables, err := view.Build(view.NewInput(load(t, p), today))
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range view.Formats() {
			name := strings.TrimSuffix(filepath.Base(p), ".yaml") + "." + format
			t.Run(name, func(t *testing.T) {
				got := render(t, format, tables)
				golden := filepath.Join("testdata", name)
				if *update {
					if err := os.MkdirAll("testdata", 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (go test ./pkg/view -update creates it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from its golden file; run go test ./pkg/view -update and review the diff", name)
				}
			})
		}
	}
}

func TestComputedColumns(t *testing.T) {
	p := load(t, "../../examples/teen-evening-counseling.yaml")
	in := view.NewInput(p, today)
	cell := func(section, table, key, rowKey string) string {
		t.Helper()
		tables, err := view.Build(in, section)
		if err != nil {
			t.Fatal(err)
		}
		for _, tb := range tables {
			if tb.Name != table {
				continue
			}
			col := -1
			for i, c := range tb.Columns {
				if c.Key == key {
					col = i
				}
			}
			for _, r := range tb.Rows {
				if r[0].Text == rowKey {
					return r[col].Text
				}
			}
		}
		t.Fatalf("no %s/%s row %q column %q", section, table, rowKey, key)
		return ""
	}
	for _, tc := range []struct{ section, table, key, row, want string }{
		{"goals", "goals", "progress", "wait-time", "75%"}, // 34 → 10, now 16
		{"goals", "goals", "days_left", "wait-time", "219"},
		{"goals", "goals", "state", "teens-seen", "at risk"},
		{"members", "members", "owner", "westview-high-school", "Angela Kim"},
		{"budget", "totals", "amount", "expenses", "74,720.25 USD"},
		{"budget", "totals", "amount", "committed income", "39,000.00 USD"},
		{"budget", "totals", "amount", "gap on committed income", "35,720.25 USD"},
		{"budget", "totals", "amount", "gap on all income", "0.00 USD"},
		{"budget", "income", "from", "Youth mental health grant", "Riverside Community Foundation"},
	} {
		if got := cell(tc.section, tc.table, tc.key, tc.row); got != tc.want {
			t.Errorf("%s/%s %s of %s = %q, want %q", tc.section, tc.table, tc.key, tc.row, got, tc.want)
		}
	}
}

// TestHostileText puts markup, separators and control characters in every
// kind of output and checks that none passes through.
func TestHostileText(t *testing.T) {
	src := `apiVersion: coalition/v1
kind: Plan
coalition: {name: x, problem: y}
members:
  - {id: evil, name: "<script>alert(1)</script> | pipes | \t=cmd()\n2nd line \e[31m"}
goals: []
`
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f.Plan == nil {
		t.Fatalf("plan does not load: %v", f.Problems)
	}
	tables, _ := view.Build(view.NewInput(f.Plan, today), "members")
	md := string(render(t, "markdown", tables))
	if strings.Contains(md, "<script>") || strings.Contains(md, "| pipes |") || strings.Contains(md, "\x1b") {
		t.Errorf("markdown lets markup through:\n%s", md)
	}
	for _, format := range []string{"text", "tsv", "markdown"} {
		out := string(render(t, format, tables))
		if strings.Contains(out, "\x1b") || strings.Contains(out, "\n2nd line") {
			t.Errorf("%s: a control character or newline passed through:\n%q", format, out)
		}
	}
	rows, err := csv.NewReader(bytes.NewReader(render(t, "csv", tables))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("csv: %v, %d rows", err, len(rows))
	}
	var js struct {
		Tables []struct {
			Rows []map[string]any `json:"rows"`
		} `json:"tables"`
	}
	if err := json.Unmarshal(render(t, "json", tables), &js); err != nil {
		t.Fatal(err)
	}
	if got := js.Tables[0].Rows[0]["name"]; !strings.HasPrefix(got.(string), "<script>") {
		t.Errorf("json changed the text: %q", got)
	}
}

func TestCSVGuardsFormulas(t *testing.T) {
	src := "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: x, problem: y}\nmembers:\n  - {id: a, name: \"=HYPERLINK(1)\"}\ngoals: []\n"
	f := plan.Parse("p.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	tables, _ := view.Build(view.NewInput(f.Plan, today), "members")
	rows, err := csv.NewReader(bytes.NewReader(render(t, "csv", tables))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[1][1] != "'=HYPERLINK(1)" {
		t.Errorf("name cell %q, want it prefixed with a quote", rows[1][1])
	}
}
