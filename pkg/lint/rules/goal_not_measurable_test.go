package rules

import "testing"

// goalsOf is a plan with one member, harbor-ymca, whose goals list starts
// on line 9 with the given items.
func goalsOf(items string) string {
	return base + "members:\n  - {id: harbor-ymca, name: Harbor YMCA}\ngoals:\n" + items
}

// event is the end of the hint when a goal lacks an indicator or a target.
const event = "; for an event, such as an ordinance passed, list milestones in place of indicator and target"

func TestGoalNotMeasurable(t *testing.T) {
	runCases(t, GoalNotMeasurable, []ruleCase{
		{
			name:  "only an owner (the documented example), at the id",
			src:   goalsOf("  - id: summer-jobs\n    title: More summer jobs for teens\n    owner: harbor-ymca\n"),
			want:  []string{`9:9: goal summer-jobs is not measurable: it has no indicator, target and due`},
			hints: []string{"add indicator, target and due: who will have what done by when" + event},
		},
		{
			name:  "nothing but an id and a title",
			src:   goalsOf("  - {id: jobs, title: Jobs}\n"),
			want:  []string{`9:10: goal jobs is not measurable: it has no indicator, target, due and owner`},
			hints: []string{"add indicator, target, due and owner: who will have what done by when" + event},
		},
		{
			name: "each key missing in turn",
			src: goalsOf(`  - {id: no-indicator, title: T, target: 1, due: 2027-01-01, owner: harbor-ymca}
  - {id: no-target, title: T, indicator: I, due: 2027-01-01, owner: harbor-ymca}
  - {id: no-due, title: T, indicator: I, target: 1, owner: harbor-ymca}
  - {id: no-owner, title: T, indicator: I, target: 1, due: 2027-01-01}
`),
			want: []string{
				`9:10: goal no-indicator is not measurable: it has no indicator`,
				`10:10: goal no-target is not measurable: it has no target`,
				`11:10: goal no-due is not measurable: it has no due`,
				`12:10: goal no-owner is not measurable: it has no owner`,
			},
			hints: []string{
				"add indicator: who will have what done by when" + event,
				"add target: who will have what done by when" + event,
				"add due: who will have what done by when",
				"add owner: who will have what done by when",
			},
		},
		{
			name:  "an indicator of blanks is no indicator",
			src:   goalsOf("  - {id: jobs, title: Jobs, indicator: \"   \", target: 5, due: 2027-01-01, owner: harbor-ymca}\n"),
			want:  []string{`9:10: goal jobs is not measurable: it has no indicator`},
			hints: []string{"add indicator: who will have what done by when" + event},
		},
		{
			name:  "goal without an id is named by its line",
			src:   goalsOf("  - {id: ok, title: OK, indicator: I, target: 1, due: 2027-01-01, owner: harbor-ymca}\n  - title: No id\n    owner: harbor-ymca\n"),
			want:  []string{`10:5: the goal at line 10 is not measurable: it has no indicator, target and due`},
			hints: []string{"add indicator, target and due: who will have what done by when" + event},
		},
		{
			name:  "goal with an invalid id is named by its line",
			src:   goalsOf("  - {id: Summer Jobs, title: Jobs}\n"),
			want:  []string{`9:5: the goal at line 9 is not measurable: it has no indicator, target, due and owner`},
			hints: []string{"add indicator, target, due and owner: who will have what done by when" + event},
		},
		{
			name:  "CRLF and a byte-order mark",
			src:   bom(crlf(goalsOf("  - id: summer-jobs\n    title: More summer jobs for teens\n    owner: harbor-ymca\n"))),
			want:  []string{`9:9: goal summer-jobs is not measurable: it has no indicator, target and due`},
			hints: []string{"add indicator, target and due: who will have what done by when" + event},
		},

		{
			name:  "milestones measure a goal, but it still needs a due date and an owner",
			src:   goalsOf("  - id: ordinance\n    title: Ordinance passed\n    milestones: [{title: Hearing, due: 2027-01-31}]\n"),
			want:  []string{`9:9: goal ordinance is not measurable: it has no due and owner`},
			hints: []string{"add due and owner: who will have what done by when"},
		},
		{
			name:  "an empty list of milestones measures nothing",
			src:   goalsOf("  - {id: ordinance, title: Ordinance passed, due: 2027-06-30, owner: harbor-ymca, milestones: []}\n"),
			want:  []string{`9:10: goal ordinance is not measurable: it has no indicator and target`},
			hints: []string{"add indicator and target: who will have what done by when" + event},
		},

		// Measurable goals.
		{name: "full plan", src: fullPlan, want: nil},
		{
			name: "milestones in place of indicator and target",
			src:  goalsOf("  - id: ordinance\n    title: Ordinance passed\n    due: 2027-06-30\n    owner: harbor-ymca\n    milestones:\n      - {title: Hearing, due: 2027-01-31}\n"),
			want: nil,
		},
		{
			name: "indicator, target, due and owner",
			src:  goalsOf("  - id: jobs\n    title: Jobs\n    indicator: Teens employed in July\n    target: 400\n    due: 2027-09-30\n    owner: harbor-ymca\n"),
			want: nil,
		},
		{
			name: "a target of zero is a target",
			src:  goalsOf("  - {id: zero-evictions, title: No evictions, indicator: Evictions, target: 0, due: 2027-12-31, owner: harbor-ymca}\n"),
			want: nil,
		},
		{
			name: "invalid values count as written: other rules report them",
			src:  goalsOf("  - {id: jobs, title: Jobs, indicator: I, target: lots, due: 2027-02-30, owner: Harbor YMCA}\n"),
			want: nil,
		},
		{
			name: "no goals",
			src:  bare,
			want: nil,
		},
	})
}
