package plan

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const minimal = "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: Harbor\n  problem: Jobs\nmembers: []\ngoals: []\n"

func problems(f *File) []string {
	var out []string
	for _, p := range f.Problems {
		out = append(out, fmt.Sprintf("%d:%d %s: %s", p.Pos.Line, p.Pos.Col, p.Rule, p.Message))
	}
	return out
}

func parseExplicit(src string) *File {
	return Parse("plan.yaml", []byte(src), ReadOptions{Explicit: true})
}

func TestParseMinimal(t *testing.T) {
	f := parseExplicit(minimal)
	if len(f.Problems) != 0 || f.Plan == nil {
		t.Fatalf("problems: %v", problems(f))
	}
	if got := f.Plan.Coalition.Name; got.V != "Harbor" || got.Pos != (Pos{4, 9}) || got.KeyPos != (Pos{4, 3}) {
		t.Errorf("coalition.name = %+v", got)
	}
	if f.Plan.Coalition.CurrencyCode() != "USD" {
		t.Errorf("default currency = %q", f.Plan.Coalition.CurrencyCode())
	}
}

// TestPositionsSurviveEncodings checks that a byte-order mark and CRLF line
// endings change no line or column.
func TestPositionsSurviveEncodings(t *testing.T) {
	src := minimal + "budget:\n  expenses:\n    - item: Rent\n      amount: 1250.50\n      colour: red\n"
	for name, text := range map[string]string{
		"lf":      src,
		"crlf":    strings.ReplaceAll(src, "\n", "\r\n"),
		"bom":     "\ufeff" + src,
		"bomcrlf": "\ufeff" + strings.ReplaceAll(src, "\n", "\r\n"),
	} {
		t.Run(name, func(t *testing.T) {
			f := parseExplicit(text)
			got := problems(f)
			want := `12:7 unknown-key: unknown key "colour" in budget.expenses[0]`
			if len(got) != 1 || got[0] != want {
				t.Fatalf("problems = %q, want [%q]", got, want)
			}
			amt := f.Plan.Budget.Expenses.Items[0].Amount
			if amt.V != 125050 || amt.Pos != (Pos{11, 15}) {
				t.Errorf("amount = %+v", amt)
			}
		})
	}
}

func TestColumnsCountCharacters(t *testing.T) {
	f := parseExplicit(minimal + "people:\n  - {id: ana, name: \"Ana Núñez\", rol: chair}\n")
	got := problems(f)
	want := `9:34 unknown-key: unknown key "rol" in people[0] (did you mean "roles"?)`
	if len(got) != 1 || got[0] != want {
		t.Fatalf("problems = %q, want [%q]", got, want)
	}
}

func TestParseFileProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the first problem
	}{
		{"binary", "apiVersion: coalition/v1\nkind: Pl\x00an\n", "2:9 yaml-syntax: file is binary, not YAML text (it contains a NUL byte)"},
		{"latin1", "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: Caf\xe9\n", "4:12 yaml-syntax: invalid UTF-8 (byte 0xe9)"},
		{"syntax", "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: a\n   problem: b\n", "5:11 yaml-syntax: invalid YAML: mapping values are not allowed in this context"},
		{"tab", "apiVersion: coalition/v1\nkind: Plan\ncoalition:\n\tname: a\n", "4:1 yaml-syntax: invalid YAML: found character that cannot start any token"},
		{"second document", minimal + "---\napiVersion: coalition/v1\n", "8:1 yaml-syntax: a second YAML document starts here: a plan file holds exactly one plan"},
		{"empty", "", "1:1 plan-header: file is empty"},
		{"list", "- a\n- b\n", "1:1 plan-header: a plan must be a mapping of keys, got a list"},
		{"scalar", "hello\n", `1:1 plan-header: a plan must be a mapping of keys, got "hello"`},
		{"no version", "kind: Plan\n", "1:1 plan-header: missing apiVersion: this file is not marked as a plan"},
		{"v2", "apiVersion: coalition/v2\nkind: Plan\n", `1:13 plan-header: unsupported apiVersion "coalition/v2": want "coalition/v1"`},
		{"kind", "apiVersion: coalition/v1\nkind: Plans\n", `2:7 plan-header: unsupported kind "Plans": want "Plan"`},
		{"deep", "apiVersion: coalition/v1\nx: " + strings.Repeat("[", 20000) + "\n", "2:1 yaml-syntax: invalid YAML: exceeded max depth of 10000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := problems(parseExplicit(tc.src))
			if len(got) == 0 || got[0] != tc.want {
				t.Fatalf("problems = %q, want first %q", got, tc.want)
			}
		})
	}
}

func TestTrailingDocumentMarkerIsFine(t *testing.T) {
	if got := problems(parseExplicit("---\n" + minimal + "---\n")); len(got) != 0 {
		t.Fatalf("problems = %q", got)
	}
}

// TestWalkedNonPlansAreSkipped checks that other YAML met while walking a
// directory is skipped, broken or not, unless it mentions a plan apiVersion.
func TestWalkedNonPlansAreSkipped(t *testing.T) {
	for name, src := range map[string]string{
		"compose":      "services:\n  web:\n    image: nginx\n",
		"broken":       "a: [\n",
		"list":         "- a\n",
		"other api":    "apiVersion: v1\nkind: ConfigMap\n",
		"binary":       "\x00\x01\x02",
		"empty":        "",
		"invalid utf8": "a: \xff\n",
	} {
		if f := Parse("x.yaml", []byte(src), ReadOptions{}); f != nil {
			t.Errorf("%s: walked non-plan was read as a plan: %q", name, problems(f))
		}
	}
	f := Parse("x.yaml", []byte("apiVersion: coalition/v1\nkind: [\n"), ReadOptions{})
	if f == nil || len(f.Problems) == 0 || f.Problems[0].Rule != RuleYAMLSyntax {
		t.Fatalf("a broken walked plan must be reported, got %v", f)
	}
}

// TestAliasBombs checks that documents whose aliases expand exponentially
// cost a bounded amount of work and give one located problem.
func TestAliasBombs(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal)
	// Members whose assets lists expand 10^6-fold through aliases.
	b.WriteString("x0: &a0 {category: reach}\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [", i, i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			if i == 1 {
				fmt.Fprintf(&b, "*a%d", i-1)
			} else {
				fmt.Fprintf(&b, "*a%d", i-1)
			}
		}
		b.WriteString("]\n")
	}
	memberBomb := strings.Replace(b.String(), "members: []\n", "", 1) +
		"m: &m {id: m, name: M, assets: *a1}\nmembers: [" + strings.Repeat("*m, ", 100000/10) + "*m]\n"

	// Merge keys nested ten levels deep, each merging ten copies.
	var mb strings.Builder
	mb.WriteString("l0: &l0 {name: Harbor, problem: Jobs}\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&mb, "l%d: &l%d {<<: [%s]}\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", "))
	}
	mergeBomb := "apiVersion: coalition/v1\nkind: Plan\n" + mb.String() + "coalition: *l10\nmembers: []\ngoals: []\n"

	for name, src := range map[string]string{"members": memberBomb, "merge": mergeBomb} {
		t.Run(name, func(t *testing.T) {
			f := parseExplicit(src)
			var bomb int
			for _, p := range f.Problems {
				if strings.Contains(p.Message, "excessive aliasing") {
					bomb++
					if !p.Pos.IsValid() {
						t.Errorf("excessive aliasing reported without a position")
					}
				}
			}
			if bomb != 1 {
				t.Fatalf("want one excessive-aliasing problem, got %d of %d problems", bomb, len(f.Problems))
			}
		})
	}
}

func TestReadSizeLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	data := minimal + "# " + strings.Repeat("x", 4096) + "\n"
	if err := os.WriteFile(big, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Read(big, ReadOptions{Explicit: true, MaxSize: 1024})
	if err != nil {
		t.Fatal(err)
	}
	got := problems(f)
	if len(got) != 1 || !strings.Contains(got[0], "1:1 yaml-syntax: file is too large (4.1 KiB): plan files are limited to 1.0 KiB") {
		t.Fatalf("problems = %q", got)
	}
	if f, err := Read(big, ReadOptions{MaxSize: 1024}); err != nil || f == nil {
		t.Fatalf("a walked oversized plan must be reported: %v, %v", f, err)
	}
	other := filepath.Join(dir, "data.yaml")
	if err := os.WriteFile(other, []byte("rows:\n"+strings.Repeat("  - 1\n", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	if f, err := Read(other, ReadOptions{MaxSize: 1024}); err != nil || f != nil {
		t.Fatalf("a walked oversized non-plan must be skipped: %v, %v", f, err)
	}
	if _, err := Read(filepath.Join(dir, "missing.yaml"), ReadOptions{Explicit: true}); !os.IsNotExist(err) {
		t.Fatalf("missing file: err = %v", err)
	}
}

// TestMergeKeys checks that YAML merge keys work and that an explicit key
// overrides a merged one without a duplicate-key problem.
func TestMergeKeys(t *testing.T) {
	src := minimal + "defaults: &d {sector: nonprofit, status: active}\n"
	src = strings.Replace(src, "members: []\n", "", 1) + "members:\n  - <<: *d\n    id: a\n    name: A\n    sector: youth\n"
	f := parseExplicit(src)
	got := problems(f)
	if len(got) != 1 || !strings.Contains(got[0], `unknown key "defaults"`) {
		t.Fatalf("problems = %q", got)
	}
	m := f.Plan.Members.Items[0]
	if m.Sector.V != "youth" || m.Status.V != "active" {
		t.Errorf("member = sector %q, status %q", m.Sector.V, m.Status.V)
	}
}

// TestMisspeltKeyCountsAsWritten: a key misspelt within reach of a known
// key marks that field as written but rejected, so that rules looking for
// it do not report the same mistake again as missing; the right key,
// written too, wins.
func TestMisspeltKeyCountsAsWritten(t *testing.T) {
	f := parseExplicit("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: C, problem: P}\nmembers:\n  - {id: a, nme: A, ower: p}\n  - {id: b, name: B, ower: p, owner: q}\n  - {id: c, name: C, zzzz: p}\ngoals: []\n")
	a, b, c := &f.Plan.Members.Items[0], &f.Plan.Members.Items[1], &f.Plan.Members.Items[2]
	if !a.Owner.Invalid || a.Owner.Set || !a.Name.Invalid {
		t.Errorf("ower and nme: owner %+v, name %+v; want both written but rejected", a.Owner.Loc, a.Name.Loc)
	}
	if a.Owner.KeyPos != (Pos{Line: 5, Col: 21}) {
		t.Errorf("the rejected owner points at %v, want the misspelt key at 5:21", a.Owner.KeyPos)
	}
	if !b.Owner.Set || b.Owner.Invalid || b.Owner.V != "q" {
		t.Errorf("ower beside owner: %+v", b.Owner)
	}
	if c.Owner.Written() {
		t.Error("a key far from every known key marks nothing")
	}
}
