package plan

import (
	"fmt"
	"strings"
	"testing"
)

func TestExcerpt(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"short", "harbor-ymca", "harbor-ymca"},
		{"exactly the limit", strings.Repeat("a", MaxQuoted), strings.Repeat("a", MaxQuoted)},
		{"one over", strings.Repeat("a", MaxQuoted+1), strings.Repeat("a", MaxQuoted) + "…"},
		{"characters, not bytes", strings.Repeat("é", MaxQuoted+1), strings.Repeat("é", MaxQuoted) + "…"},
		{"a megabyte", strings.Repeat("jobs", 1<<18), strings.Repeat("jobs", MaxQuoted/4) + "…"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Excerpt(tc.in); got != tc.want {
				t.Errorf("Excerpt = %q, want %q", got, tc.want)
			}
			if got, want := Quote(tc.in), fmt.Sprintf("%q", tc.want); got != want {
				t.Errorf("Quote = %s, want %s", got, want)
			}
		})
	}
}

// TestMessagesQuoteExcerpts checks that every problem that quotes a value
// of the plan quotes at most an excerpt of it.
func TestMessagesQuoteExcerpts(t *testing.T) {
	long := strings.Repeat("x", 1000)
	cut := strings.Repeat("x", MaxQuoted) + "…"
	digits := strings.Repeat("9", 1000)
	cutDigits := strings.Repeat("9", MaxQuoted) + "…"
	type problem struct{ pos, msg, hint string }
	cases := []struct {
		name string
		src  string
		want problem
	}{
		{"unknown key", minimal + long + ": 1\n",
			problem{"8:1", `unknown key "` + cut + `" in plan`, ""}},
		{"duplicate key", minimal + "x: &k " + long + "\n*k : 1\n*k : 2\n",
			problem{"10:1", `duplicate key "` + cut + `" in plan: first defined at line 9, column 1`, ""}},
		{"word of a vocabulary", strings.Replace(minimal, "members: []", "members: [{id: a, name: A, status: "+long+"}]", 1),
			problem{"6:36", `unknown member status "` + cut + `"`, ""}},
		{"not a boolean", strings.Replace(minimal, "members: []", "members: [{id: a, name: A, most_affected: "+long+"}]", 1),
			problem{"6:43", `members[0].most_affected must be true or false, got "` + cut + `"`, ""}},
		{"not a whole number", strings.Replace(minimal, "members: []", "members: [{id: a, name: A, criteria: {size: "+long+"}}]", 1),
			problem{"6:45", `members[0].criteria.size must be a whole number, got "` + cut + `"`, ""}},
		{"not a number", strings.Replace(minimal, "members: []", "members: [{id: a, name: A, commitment: {hours_per_month: "+long+"}}]", 1),
			problem{"6:58", `members[0].commitment.hours_per_month must be a number, got "` + cut + `"`, ""}},
		{"a number out of range", strings.Replace(minimal, "members: []", "members: [{id: a, name: A, commitment: {hours_per_month: -0."+digits+"}}]", 1),
			problem{"6:58", `members[0].commitment.hours_per_month -0.` + strings.Repeat("9", MaxQuoted-3) + `… is out of range: want at least 0`, ""}},
		{"a mapping where a word belongs", strings.Replace(minimal, "problem: Jobs", "problem: ["+long+"]", 1),
			problem{"5:12", `coalition.problem must be text, got a list`, ""}},
		{"a long number where a list belongs", strings.Replace(minimal, "members: []", "members: 0."+digits, 1),
			problem{"6:10", `members must be a list, got the number 0.` + strings.Repeat("9", MaxQuoted-2) + "…", ""}},
		{"a long word where a list belongs", strings.Replace(minimal, "members: []", "members: "+long, 1),
			problem{"6:10", `members must be a list, got "` + cut + `"`, ""}},
		{"invalid id", strings.Replace(minimal, "members: []", "members: [{id: "+strings.ToUpper(long)+", name: A}]", 1),
			problem{"6:16", `members[0].id: invalid id "` + strings.ToUpper(cut) + `": ids are lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters`, "write " + strings.Repeat("x", 63)}},
		{"invalid date", strings.Replace(minimal, "problem: Jobs", "problem: Jobs\n  start: "+long, 1),
			problem{"6:10", `coalition.start: invalid date "` + cut + `": want YYYY-MM-DD`, ""}},
		{"invalid email", minimal + "people: [{id: a, name: A, email: " + long + "}]\n",
			problem{"8:34", `people[0].email: invalid email address "` + cut + `"`, ""}},
		{"unknown currency", strings.Replace(minimal, "problem: Jobs", "problem: Jobs\n  currency: "+long, 1),
			problem{"6:13", `coalition.currency: unknown currency "` + cut + `"`, ""}},
		{"amount with separators", minimal + "budget: {expenses: [{item: Rent, amount: \"1,0" + digits + "\"}]}\n",
			problem{"8:42", `budget.expenses[0].amount: invalid amount "1,0` + strings.Repeat("9", MaxQuoted-3) + `…": thousands separators are not allowed`, "write 10" + strings.Repeat("9", MaxQuoted-2) + "…"}},
		{"amount with many decimals", minimal + "budget: {expenses: [{item: Rent, amount: \"" + digits + ".123\"}]}\n",
			problem{"8:42", `budget.expenses[0].amount: invalid amount "` + cutDigits + `": more than two decimals`, "round to the cent, such as " + cutDigits}},
		{"apiVersion", strings.Replace(minimal, "coalition/v1", "coalition/"+long, 1),
			problem{"1:13", `unsupported apiVersion "coalition/` + strings.Repeat("x", MaxQuoted-10) + `…": want "coalition/v1"`, ""}},
		{"unknown anchor", minimal + "x: *" + long + "\n",
			problem{"8:4", `invalid YAML: unknown anchor '` + cut + `' referenced`, ""}},
		{"kind", strings.Replace(minimal, "kind: Plan", "kind: "+long, 1),
			problem{"2:7", `unsupported kind "` + cut + `": want "Plan"`, ""}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := parseExplicit(tc.src)
			var got []problem
			for _, p := range f.Problems {
				if len(p.Message) > 300 || len(p.Hint) > 600 {
					t.Errorf("%s: message of %d bytes, hint of %d", p.Pos, len(p.Message), len(p.Hint))
				}
				got = append(got, problem{p.Pos.String(), p.Message, p.Hint})
			}
			for _, g := range got {
				if g.pos == tc.want.pos && g.msg == tc.want.msg && (tc.want.hint == "" || g.hint == tc.want.hint) {
					return
				}
			}
			t.Errorf("problems:\n%q\nwant among them:\n%q", got, tc.want)
		})
	}
}

// aliasedStatus returns a plan in which count aliases name one word of size
// bytes, as the status of members: a word the plan rejects, and quotes.
func aliasedStatus(size, count int) string {
	var b strings.Builder
	b.WriteString("apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: Harbor\n  problem: &big ")
	b.WriteString(strings.Repeat("jobs", size/4))
	b.WriteString("\nmembers:\n")
	for i := range count {
		fmt.Fprintf(&b, "  - {id: m-%d, name: M, status: *big}\n", i)
	}
	b.WriteString("goals: []\n")
	return b.String()
}

// aliasedKey returns a plan in which count aliases use one word of size
// bytes as a key of members: an unknown key, quoted.
func aliasedKey(size, count int, sameMapping bool) string {
	var b strings.Builder
	b.WriteString("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Harbor, problem: P}\nnotes: &k ")
	b.WriteString(strings.Repeat("jobs", size/4))
	b.WriteString("\nmembers:\n")
	if sameMapping {
		b.WriteString("  - id: m\n    name: M\n")
		for range count {
			b.WriteString("    *k : 1\n")
		}
	} else {
		for i := range count {
			fmt.Fprintf(&b, "  - {id: m-%d, name: M, *k : 1}\n", i)
		}
	}
	b.WriteString("goals: []\n")
	return b.String()
}

// TestAliasTextBudget checks that the decoder counts the text aliases
// expand to, and not only the nodes: a long value or key repeated by
// aliases stops the decoding with one located problem, after a few
// repetitions, each quoted short.
func TestAliasTextBudget(t *testing.T) {
	cases := []struct {
		name string
		src  string
		// want is the excessive-aliasing problem, as "pos message";
		// repeated is how many problems the repetitions make before it.
		want     string
		repeated int
	}{
		{
			name:     "a 256 KiB value named by 20 aliases",
			src:      aliasedStatus(256<<10, 20),
			want:     "5:12 excessive aliasing: the aliases of this file expand its text to more than 1.5 MiB, far beyond its own size",
			repeated: 5,
		},
		{
			name:     "a 1 MiB value named by 2,000 aliases",
			src:      aliasedStatus(1<<20, 2000),
			want:     "5:12 excessive aliasing: the aliases of this file expand its text to more than 3.2 MiB, far beyond its own size",
			repeated: 2,
		},
		{
			name:     "a 1 MiB key used by 3,000 aliases",
			src:      aliasedKey(1<<20, 3000, false),
			want:     "9:5 excessive aliasing: the aliases of this file expand its text to more than 3.2 MiB, far beyond its own size",
			repeated: 3,
		},
		{
			name:     "a 1 MiB key used 3,000 times in one mapping",
			src:      aliasedKey(1<<20, 3000, true),
			want:     "6:5 excessive aliasing: the aliases of this file expand its text to more than 3.1 MiB, far beyond its own size",
			repeated: 0,
		},
		{
			name:     "a 1 KiB value named by 500 aliases is fine",
			src:      aliasedStatus(1<<10, 500),
			want:     "",
			repeated: 500,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := parseExplicit(tc.src)
			var bomb []string
			repeated := 0
			for _, p := range f.Problems {
				if len(p.Message) > 300 || len(p.Hint) > 600 {
					t.Fatalf("%s: message of %d bytes, hint of %d: values must be quoted short", p.Pos, len(p.Message), len(p.Hint))
				}
				switch {
				case p.Rule == RuleYAMLSyntax:
					bomb = append(bomb, p.Pos.String()+" "+p.Message)
				case p.Rule != RuleUnknownKey || !strings.HasPrefix(p.Message, `unknown key "notes"`):
					repeated++
				}
			}
			if tc.want == "" && len(bomb) > 0 || tc.want != "" && (len(bomb) != 1 || bomb[0] != tc.want) {
				t.Errorf("excessive aliasing: got %q, want %q", bomb, tc.want)
			}
			if repeated != tc.repeated {
				t.Errorf("%d problems before it, want %d", repeated, tc.repeated)
			}
		})
	}
}
