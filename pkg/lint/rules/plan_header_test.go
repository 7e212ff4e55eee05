package rules

import "testing"

// body is a plan without its header lines.
const body = `coalition:
  name: Harbor Youth Jobs
  problem: Too few teens in Harbor find a first job
members: []
goals: []
`

func TestPlanHeader(t *testing.T) {
	runCases(t, PlanHeader, []ruleCase{
		// apiVersion.
		{
			name:  "missing apiVersion",
			src:   "kind: Plan\n" + body,
			want:  []string{"1:1: missing apiVersion: this file is not marked as a plan"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "missing apiVersion, reported where the mapping starts",
			src:   "# Harbor plan\n---\nkind: Plan\n" + body,
			want:  []string{"3:1: missing apiVersion: this file is not marked as a plan"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "coalition/v2",
			src:   "apiVersion: coalition/v2\nkind: Plan\n" + body,
			want:  []string{`1:13: unsupported apiVersion "coalition/v2": want "coalition/v1"`},
			hints: []string{"this version of coalition reads coalition/v1 plans"},
		},
		{
			name:  "coalition/v2 quoted, at the quote, after a byte-order mark",
			src:   bom(`apiVersion: "coalition/v2"` + "\nkind: Plan\n" + body),
			want:  []string{`1:13: unsupported apiVersion "coalition/v2": want "coalition/v1"`},
			hints: []string{"this version of coalition reads coalition/v1 plans"},
		},
		{
			name:  "coalition/v2 with a wrong kind too: the version alone is reported",
			src:   "apiVersion: coalition/v2\nkind: Planning\n" + body,
			want:  []string{`1:13: unsupported apiVersion "coalition/v2": want "coalition/v1"`},
			hints: []string{"this version of coalition reads coalition/v1 plans"},
		},
		{
			name:  "apiVersion of another tool",
			src:   "kind: Plan\napiVersion: v1\n" + body,
			want:  []string{`2:13: unsupported apiVersion "v1": want "coalition/v1"`},
			hints: []string{"this version of coalition reads coalition/v1 plans"},
		},
		{
			name:  "apiVersion in capitals",
			src:   "apiVersion: Coalition/V1\nkind: Plan\n" + body,
			want:  []string{`1:13: unsupported apiVersion "Coalition/V1": want "coalition/v1"`},
			hints: []string{"this version of coalition reads coalition/v1 plans"},
		},
		{
			name:  "apiVersion a number",
			src:   "apiVersion: 1\nkind: Plan\n" + body,
			want:  []string{`1:13: unsupported apiVersion "1": want "coalition/v1"`},
			hints: []string{"this version of coalition reads coalition/v1 plans"},
		},

		// kind.
		{
			name:  "kind in lower case",
			src:   "apiVersion: coalition/v1\nkind: plan\n" + body,
			want:  []string{`2:7: unsupported kind "plan": want "Plan"`},
			hints: []string{"write `kind: Plan`"},
		},
		{
			name:  "kind of another tool",
			src:   "apiVersion: coalition/v1\nkind:   Deployment\n" + body,
			want:  []string{`2:9: unsupported kind "Deployment": want "Plan"`},
			hints: []string{"write `kind: Plan`"},
		},
		{
			name:  "missing kind",
			src:   "apiVersion: coalition/v1\n" + body,
			want:  []string{`1:1: missing kind: want "Plan"`},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "missing both: one finding, not a cascade",
			src:   body,
			want:  []string{"1:1: not a plan: the file has no `apiVersion: coalition/v1` and no `kind: Plan`"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "no apiVersion and another kind",
			src:   "# CI settings\nkind: Pipeline\nsteps: [build, test]\n",
			want:  []string{"2:1: not a plan: the file has no `apiVersion: coalition/v1` and no `kind: Plan`"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},

		// Files that are not a mapping.
		{name: "empty file", src: "", want: []string{"1:1: file is empty"}, hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"}},
		{name: "blank lines only", src: "\n\n   \n", want: []string{"1:1: file is empty"}, hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"}},
		{name: "comments only", src: "# plan to come\n# soon\n", want: []string{"1:1: file is empty"}, hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"}},
		{name: "byte-order mark only", src: bom(""), want: []string{"1:1: file is empty"}, hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"}},
		{
			name:  "top level is a list",
			src:   "- apiVersion: coalition/v1\n  kind: Plan\n",
			want:  []string{"1:1: a plan must be a mapping of keys, got a list"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "top level is a flow list",
			src:   "[apiVersion, kind]\n",
			want:  []string{"1:1: a plan must be a mapping of keys, got a list"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "top level is a scalar",
			src:   "coalition plan\n",
			want:  []string{`1:1: a plan must be a mapping of keys, got "coalition plan"`},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "top level is a scalar after a comment",
			src:   "# Harbor\n\n  hello\n",
			want:  []string{`3:3: a plan must be a mapping of keys, got "hello"`},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "top level is a number",
			src:   "42\n",
			want:  []string{"1:1: a plan must be a mapping of keys, got the number 42"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			name:  "top level is null",
			src:   "~\n",
			want:  []string{"1:1: a plan must be a mapping of keys, got nothing"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},

		// Correct headers.
		{name: "full plan", src: fullPlan, want: nil},
		{name: "bare plan", src: bare, want: nil},
		{name: "header keys in the other order", src: "kind: Plan\napiVersion: coalition/v1\n" + body, want: nil},
		{name: "quoted keys and values", src: `"apiVersion": "coalition/v1"` + "\n'kind': 'Plan'\n" + body, want: nil},
		{name: "flow style", src: "{apiVersion: coalition/v1, kind: Plan, coalition: {name: a, problem: b}, members: [], goals: []}\n", want: nil},
		{name: "byte-order mark and CRLF", src: bom(crlf(bare)), want: nil},
		{name: "leading comment and document marker", src: "# Harbor\n---\n" + bare, want: nil},
	})
}

// TestPlanHeaderRegressions holds cases that once went wrong, kept so they stay fixed.
func TestPlanHeaderRegressions(t *testing.T) {
	runCases(t, PlanHeader, []ruleCase{
		{
			// Reported as `1:12: unsupported apiVersion "": want "coalition/v1"`.
			name:  "apiVersion with no value",
			src:   "apiVersion:\nkind: Plan\n" + body,
			want:  []string{"1:1: missing apiVersion: this file is not marked as a plan"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
		{
			// Reported as `1:1: missing kind: want "Plan"` although kind is
			// there; invalid-type already reports `2:7: kind must be text, got a list`.
			name: "kind written as a list",
			src:  "apiVersion: coalition/v1\nkind: [Plan]\n" + body,
			want: nil,
		},
		{
			// Reported as "2:1: a plan must be a mapping of keys, got nothing",
			// on a line the file does not have.
			name:  "document marker only",
			src:   "---\n",
			want:  []string{"1:1: file is empty"},
			hints: []string{"a plan starts with `apiVersion: coalition/v1` and `kind: Plan`"},
		},
	})
}
