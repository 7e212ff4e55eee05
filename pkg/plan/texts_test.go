package plan_test

import (
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/plan"
)

const textsPlan = `apiVersion: coalition/v1
kind: Plan
coalition:
  name: Harbor
  problem: TBD
members:
  - id: a
    name: Alpha
    assets: [{category: physical, description: Gym}]
goals:
  - {id: g, title: Jobs, milestones: [{title: Vote}]}
six_rs:
  reward: {practice: Credit, status: planned}
`

// TestEachText: every written text, in the order of the format, with its
// path and position.
func TestEachText(t *testing.T) {
	f := plan.Parse("plan.yaml", []byte(textsPlan), plan.ReadOptions{Explicit: true})
	var got []string
	plan.EachText(f.Plan, func(path func() string, v *plan.Value[string]) {
		got = append(got, path()+"@"+v.Pos.String()+"="+v.V)
	})
	want := []string{
		"apiVersion@1:13=coalition/v1", "kind@2:7=Plan",
		"coalition.name@4:9=Harbor", "coalition.problem@5:12=TBD",
		"members[0].name@8:11=Alpha", "members[0].assets[0].description@9:48=Gym",
		"goals[0].title@11:20=Jobs", "goals[0].milestones[0].title@11:47=Vote",
		"six_rs.reward.practice@13:22=Credit",
	}
	if !slices.Equal(got, want) {
		t.Errorf("texts:\ngot  %q\nwant %q", got, want)
	}
}

// TestCopyTexts: the copy is changed, the plan is not, and the copy shares
// no list item with it.
func TestCopyTexts(t *testing.T) {
	f := plan.Parse("plan.yaml", []byte(textsPlan), plan.ReadOptions{Explicit: true})
	c := plan.CopyTexts(f.Plan, func(_ func() string, v *plan.Value[string]) {
		if v.V == "Gym" || v.V == "TBD" || v.V == "Vote" {
			v.Set = false
		}
	})
	if !f.Plan.Members.Items[0].Assets.Items[0].Description.Set || !f.Plan.Coalition.Problem.Set || !f.Plan.Goals.Items[0].Milestones.Items[0].Title.Set {
		t.Error("CopyTexts changed the plan it copied")
	}
	if c.Members.Items[0].Assets.Items[0].Description.Set || c.Coalition.Problem.Set || c.Goals.Items[0].Milestones.Items[0].Title.Set {
		t.Error("CopyTexts did not change the copy")
	}
	if &c.Members.Items[0] == &f.Plan.Members.Items[0] {
		t.Error("the copy shares its members with the plan")
	}
}
