package plan

import (
	"strings"
	"testing"
)

// TestCommaTrap checks that a value cut short by a comma in a one-line
// {…} mapping is reported as what it is, at the column of the comma, with
// the way to write it whole; and that other unknown keys are not.
func TestCommaTrap(t *testing.T) {
	type finding struct{ pos, rule, msg, hint string }
	tests := []struct {
		name string
		body string // appended to minimal, from line 8
		want []finding
	}{
		{
			name: "amount with a thousands separator",
			body: "budget:\n  expenses:\n    - {item: Part-time coordinator, category: personnel, amount: 28,000}\n",
			want: []finding{{"10:68", RuleCommaTrap,
				`a comma inside {…} cuts budget.expenses[0].amount short: it would read as 28, and "000" as a key; it is left unread`,
				"write amount: 28000, without the comma"}},
		},
		{
			name: "text that starts with a number",
			body: "members:\n  - {id: a, name: A, assets: [{category: reach, description: 1,200 registered households}]}\n",
			want: []finding{{"8:63", RuleCommaTrap,
				`a comma inside {…} cuts members[0].assets[0].description short: it would read as "1", and "200 registered households" as a key; it is left unread`,
				`quote the text: description: "1,200 registered households"`}},
		},
		{
			name: "text cut twice is one finding",
			body: "members:\n  - {id: a, name: A, assets: [{category: physical, description: Food, shelter, and care}]}\n",
			want: []finding{{"8:69", RuleCommaTrap,
				`a comma inside {…} cuts members[0].assets[0].description short: it would read as "Food", and "shelter" as a key; it is left unread`,
				`quote the text: description: "Food, shelter, and care"`}},
		},
		{
			name: "two separators are one finding, not a duplicate key",
			body: "budget:\n  income:\n    - {source: State, amount: 1,000,000, status: pending}\n",
			want: []finding{{"10:32", RuleCommaTrap,
				`a comma inside {…} cuts budget.income[0].amount short: it would read as 1, and "000" as a key; it is left unread`,
				"write amount: 1000000, without the comma"}},
		},
		{
			name: "a number in text",
			body: "members:\n  - {id: a, name: A, assets: [{category: reach, description: 1,200}]}\n",
			want: []finding{{"8:63", RuleCommaTrap,
				`a comma inside {…} cuts members[0].assets[0].description short: it would read as "1", and "200" as a key; it is left unread`,
				`quote it (description: "1,200") or write description: 1200`}},
		},
		{
			name: "a decimal comma",
			body: "members:\n  - {id: a, name: A, commitment: {hours_per_month: 2,5}}\n",
			want: []finding{{"8:53", RuleCommaTrap,
				`a comma inside {…} cuts members[0].commitment.hours_per_month short: it would read as 2, and "5" as a key; it is left unread`,
				"write hours_per_month as one number, without commas"}},
		},
		{
			name: "spaces around the comma, columns in characters",
			body: "budget:\n  expenses:\n    - {item: Café Núñez, amount: 2 , 500}\n",
			want: []finding{{"10:36", RuleCommaTrap,
				`a comma inside {…} cuts budget.expenses[0].amount short: it would read as 2, and "500" as a key; it is left unread`,
				"write amount as one number, without commas"}},
		},
		{
			name: "a real unknown key on a line of its own",
			body: "budget:\n  expenses:\n    - {item: Rent, amount: 100,\n       colour}\n",
			want: []finding{{"11:8", RuleUnknownKey, `unknown key "colour" in budget.expenses[0]`,
				"allowed keys in budget.expenses[0]: item, category, amount"}},
		},
		{
			name: "a real unknown key with its value",
			body: "budget:\n  expenses:\n    - {item: Rent, amount: 100,colour: red}\n",
			want: []finding{{"10:32", RuleUnknownKey, `unknown key "colour" in budget.expenses[0]`,
				"allowed keys in budget.expenses[0]: item, category, amount"}},
		},
		{
			name: "a block mapping",
			body: "budget:\n  expenses:\n    - item: Rent\n      amount: 28,000\n",
			want: []finding{{"11:15", RuleInvalidValue, `budget.expenses[0].amount: invalid amount "28,000": thousands separators are not allowed`,
				"write 28000"}},
		},
		{
			name: "quoted values",
			body: "members:\n  - {id: a, name: A, assets: [{category: reach, description: \"1,200 registered households\"}]}\nbudget:\n  expenses:\n    - {item: Rent, amount: \"28,000\"}\n",
			want: []finding{{"11:28", RuleInvalidValue, `budget.expenses[0].amount: invalid amount "28,000": thousands separators are not allowed`,
				"write 28000"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(minimal, "members: []\n", "", strings.Count(tc.body, "members:")) + tc.body
			for name, text := range map[string]string{"lf": src, "crlf": strings.ReplaceAll(src, "\n", "\r\n")} {
				f := parseExplicit(text)
				var got []finding
				for _, p := range f.Problems {
					got = append(got, finding{p.Pos.String(), p.Rule, p.Message, p.Hint})
				}
				if len(got) != len(tc.want) {
					t.Fatalf("%s: problems = %q, want %q", name, got, tc.want)
				}
				for i := range got {
					if got[i] != tc.want[i] {
						t.Errorf("%s: problem %d\n got %q\nwant %q", name, i, got[i], tc.want[i])
					}
				}
			}
		})
	}
}

// TestCommaTrapLeavesValueUnread checks what the model holds for a value
// cut short: nothing, the value written but rejected, so that figures,
// views and diffs leave it out as unread, whatever the severity of the
// rule or a coalition:ignore; and that a value of the same mapping that
// is not cut is read.
func TestCommaTrapLeavesValueUnread(t *testing.T) {
	f := parseExplicit(minimal + "budget:\n  expenses:\n    - {item: Coordinator, amount: 28,000}\n")
	item := f.Plan.Budget.Expenses.Items[0]
	if a := item.Amount; a.Set || !a.Invalid || a.V != 0 || a.Pos != (Pos{10, 35}) || a.KeyPos != (Pos{10, 27}) {
		t.Errorf("amount = %+v, want unread (not set, invalid, zero) at 10:35, key at 10:27", a)
	}
	if item.Item.V != "Coordinator" || !item.Item.Set {
		t.Errorf("item = %+v, want Coordinator", item.Item)
	}
	f = parseExplicit(strings.Replace(minimal, "members: []\n", "", 1) + "members:\n  - {id: a, name: A, assets: [{category: reach, description: 1,200 households}]}\n")
	if d := f.Plan.Members.Items[0].Assets.Items[0].Description; d.Set || !d.Invalid || d.V != "" {
		t.Errorf("description = %+v, want unread", d)
	}
}

// TestCommaTrapThroughAliases checks that a mapping repeated by aliases is
// looked at once and reported where each alias uses it, and that a long
// value is quoted cut short. (The text the aliases expand to, 500 KB,
// stays within the decoder's allowance.)
func TestCommaTrapThroughAliases(t *testing.T) {
	long := strings.Repeat("x", 500)
	src := strings.Replace(minimal, "members: []\n", "", 1) +
		"x: &a {id: a, name: A, assets: [{category: reach, description: b," + long + "}]}\nmembers: [" + strings.Repeat("*a, ", 999) + "*a]\n"
	f := parseExplicit(src)
	traps := 0
	for _, p := range f.Problems {
		if strings.Contains(p.Message, "a comma inside") {
			traps++
			if len(p.Hint) > 2*MaxQuoted+100 {
				t.Fatalf("hint of %d bytes: long values must be cut", len(p.Hint))
			}
		}
	}
	if traps != 1000 {
		t.Fatalf("%d comma traps reported, want one per alias (1000)", traps)
	}
}
