package public

import (
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// harbor has a chair, two staff, a person with no role and one with none
// and no organization; a mayor (a decision-maker), a council (an
// organization), a supportive and an opposed organization, one of them
// joined to an opponent; notes and contact details in free text.
const harbor = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor Jobs, problem: Too few jobs, structure: steering-committee}
people:
  - {id: ana-ruiz, name: Ana Ruiz, email: ana@harbor.org, roles: [chair], member: ymca}
  - {id: bo, name: Bo Li, roles: [staff]}
  - {id: cy, name: Cy Dunn, roles: [volunteer, staff]}
  - {id: dee, name: Dee Park, member: ymca}
  - {id: eve, name: Eve Stone}
members:
  - {id: ymca, name: Harbor YMCA, owner: ana-ruiz}
  - {id: ruiz-bakery, name: Ana Ruiz Bakery Supplies, owner: bo}
stakeholders:
  - {id: mayor-lee, name: Mayor Kim Lee, type: decision-maker, target: true, stance: 1, influence: 5, connections: [ana-ruiz, ymca], notes: Call her cell 555-201-4477}
  - {id: council, name: Harbor City Council, type: organization, stance: 1, influence: 4, connections: [bo]}
  - {id: landlords, name: Harbor Landlords Council, type: organization, stance: -2, influence: 3}
  - {id: summit-llc, name: Summit LLC, type: organization, stance: 0, influence: 2}
goals:
  - {id: jobs, title: "Ana Ruiz and Mayor Kim Lee open 400 jobs (write to jobs@harbor.org)", owner: ymca}
actions:
  - {id: ask, title: Ask Summit LLC to stop, owner: ana-ruiz, stakeholder: summit-llc}
opposition:
  - {id: summit, name: Summit Partners, stakeholder: summit-llc, owner: bo, power: 3, tactics: [delaying]}
reviews:
  - {date: 2026-06-01, notes: "Bo Li was late; call +1 (555) 201-4477"}
`

func parse(t *testing.T, src string) *plan.Plan {
	t.Helper()
	f := plan.Parse("harbor.yaml", []byte(src), plan.ReadOptions{Explicit: true})
	if f == nil || f.Plan == nil {
		t.Fatalf("the plan does not load")
	}
	return f.Plan
}

// TestPlan checks the public form of a plan field by field.
func TestPlan(t *testing.T) {
	p := parse(t, harbor)
	pub := New().Plan(p)
	for _, tc := range []struct {
		name, got, want string
	}{
		{"the chair, by role and structure", pub.People.Items[0].Name.V, "the chair of the steering committee"},
		{"the chair's id", string(pub.People.Items[0].ID.V), "person-1"},
		{"no email", string(pub.People.Items[0].Email.V), ""},
		{"two staff: a staff member", pub.People.Items[1].Name.V, "a staff member"},
		{"the first role in the vocabulary's order", pub.People.Items[2].Name.V, "a staff member"},
		{"no role: a member of the organization", pub.People.Items[3].Name.V, "a member of Harbor YMCA"},
		{"no role, no organization", pub.People.Items[4].Name.V, "a coordinator"},
		{"an owner by neutral id", string(pub.Members.Items[0].Owner.V), "person-1"},
		{"an organization's id is kept", string(pub.Members.Items[0].ID.V), "ymca"},
		{"a person's name inside an organization's is withheld", pub.Members.Items[1].Name.V, "the chair of the steering committee Bakery Supplies"},
		{"a decision-maker by type", pub.Stakeholders.Items[0].Name.V, "a decision-maker"},
		{"its id", string(pub.Stakeholders.Items[0].ID.V), "stakeholder-1"},
		{"its connections", string(pub.Stakeholders.Items[0].Connections.Items[0].V) + " " + string(pub.Stakeholders.Items[0].Connections.Items[1].V), "person-1 ymca"},
		{"an organization keeps its name", pub.Stakeholders.Items[1].Name.V, "Harbor City Council"},
		{"the free text", pub.Goals.Items[0].Title.V, "the chair of the steering committee and a decision-maker open 400 jobs (write to [email withheld])"},
		{"the action's stakeholder, an opponent's, dropped", string(pub.Actions.Items[0].Stakeholder.V), ""},
		{"the action's title", pub.Actions.Items[0].Title.V, "Ask [name withheld] to stop"},
		{"review notes dropped", pub.Reviews.Items[0].Notes.V, ""},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if s := pub.Stakeholders.Items[0]; s.Stance.Set || s.Influence.Set || s.Notes.Set {
		t.Errorf("an individual keeps stance %v, influence %v or notes %q", s.Stance, s.Influence, s.Notes.V)
	}
	if s := pub.Stakeholders.Items[1]; !s.Stance.Set || s.Stance.V != 1 || !s.Influence.Set {
		t.Errorf("an organization loses its stance or influence: %+v", s)
	}
	if n := len(pub.Stakeholders.Items); n != 2 {
		t.Errorf("%d stakeholders, want 2: the opposed one and the opponent's are left out", n)
	}
	if len(pub.Opposition.Items) != 0 || pub.Opposition.Set {
		t.Errorf("the opposition is kept: %+v", pub.Opposition)
	}
	if pub.Stakeholders.Items[0].Target.V != true {
		t.Error("the target flag is lost")
	}
	// The plan itself is left as it was.
	if p.People.Items[0].Name.V != "Ana Ruiz" || p.Stakeholders.Items[0].Stance.V != 1 || len(p.Opposition.Items) != 1 ||
		p.Members.Items[0].Owner.V != "ana-ruiz" || p.Reviews.Items[0].Notes.V == "" || len(p.Stakeholders.Items) != 4 {
		t.Error("Plan changed the plan it was given")
	}
}

// TestText checks what Text withholds in free text, and what it keeps.
func TestText(t *testing.T) {
	r := New()
	r.Plan(parse(t, harbor))
	for _, tc := range []struct {
		name, in, want string
	}{
		{"a name", "Ask Ana Ruiz first", "Ask the chair of the steering committee first"},
		{"a name in any case", "ANA RUIZ said", "the chair of the steering committee said"},
		{"a name inside a longer word is not one", "Ana Ruizova said", "Ana Ruizova said"},
		{"the longest name first", "Mayor Kim Lee and Kim", "a decision-maker and Kim"},
		{"an opponent's name", "Summit Partners sued", "[name withheld] sued"},
		{"an opposed stakeholder's name", "the Harbor Landlords Council", "the [name withheld]"},
		{"a person's id, as written", `owner "ana-ruiz" is not a member`, `owner "person-1" is not a member`},
		{"an id inside a longer id is not one", `"ana-ruiz-2"`, `"ana-ruiz-2"`},
		{"an opponent's id that is one word is prose in free text", `meet at the summit`, `meet at the summit`},
		{"an individual's id with a hyphen", `see mayor-lee`, `see stakeholder-1`},
		{"an email address", "write to a.b+c@mail.example.org.", "write to [email withheld]."},
		{"a phone number", "call 555-201-4477 today", "call [phone withheld] today"},
		{"a phone number with a country code", "call +44 20 7946 0958", "call [phone withheld]"},
		{"a phone number with an area code", "call (555) 201-4477", "call [phone withheld]"},
		{"a phone number with dots", "call 555.201.4477", "call [phone withheld]"},
		{"a date is not a phone number", "due 2026-11-23", "due 2026-11-23"},
		{"years are not a phone number", "from 2026-2027 to 2028", "from 2026-2027 to 2028"},
		{"an amount is not a phone number", "48,000.00 USD and 1 250 000", "48,000.00 USD and 1 250 000"},
		{"a count is not a phone number", "1234567 youth", "1234567 youth"},
		{"nothing to withhold", "Open the hall", "Open the hall"},
	} {
		if got := r.Text(tc.in); got != tc.want {
			t.Errorf("%s: Text(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestVersions checks that the versions of one plan given to one Redactor
// name each person alike, so that they compare as the plans do, and that
// a person only in the older version is withheld too.
func TestVersions(t *testing.T) {
	r := New()
	now := r.Plan(parse(t, harbor))
	older := r.Plan(parse(t, strings.Replace(harbor, "  - {id: eve, name: Eve Stone}\n", "  - {id: eve, name: Eve Stone}\n  - {id: fay, name: Fay Wu, roles: [treasurer]}\n", 1)))
	if now.People.Items[0].ID.V != older.People.Items[0].ID.V || now.People.Items[0].Name.V != older.People.Items[0].Name.V {
		t.Errorf("the chair is %s %q now and %s %q before", now.People.Items[0].ID.V, now.People.Items[0].Name.V, older.People.Items[0].ID.V, older.People.Items[0].Name.V)
	}
	if got := older.People.Items[5]; got.ID.V != "person-6" || got.Name.V != "the treasurer" {
		t.Errorf("the person only in the older version: %s %q, want person-6, the treasurer", got.ID.V, got.Name.V)
	}
	if got := r.Text("Fay Wu left"); got != "the treasurer left" {
		t.Errorf("Text after both versions: %q", got)
	}
}

// TestNeutralIDsAreFree checks that a neutral id is never one the plan
// uses already.
func TestNeutralIDsAreFree(t *testing.T) {
	src := strings.Replace(harbor, "  - {id: ymca,", "  - {id: person-1, name: Person One Inc, owner: bo}\n  - {id: ymca,", 1)
	pub := New().Plan(parse(t, src))
	if id := pub.People.Items[0].ID.V; id != "person-2" {
		t.Errorf("the chair's neutral id is %s, want person-2 (person-1 is a member's)", id)
	}
	if id := pub.Members.Items[0].ID.V; id != "person-1" {
		t.Errorf("the member person-1 is now %s", id)
	}
}

// TestCardAndDiagnostics checks that the texts about a plan are withheld
// as its own are, in copies.
func TestCardAndDiagnostics(t *testing.T) {
	r := New()
	r.Plan(parse(t, harbor))
	c := &score.Card{Notes: []string{"Ana Ruiz owns too much"}, Dimensions: []score.Result{{Name: "opposition",
		Items: []score.Item{{Label: "opponent summit", Detail: "Summit Partners: no counter planned"}}}}}
	pc := r.Card(c)
	if pc.Notes[0] != "the chair of the steering committee owns too much" || pc.Dimensions[0].Items[0].Label != "opponent [name withheld]" ||
		pc.Dimensions[0].Items[0].Detail != "[name withheld]: no counter planned" {
		t.Errorf("card: %q, %+v", pc.Notes, pc.Dimensions[0].Items)
	}
	if c.Notes[0] != "Ana Ruiz owns too much" || c.Dimensions[0].Items[0].Label != "opponent summit" {
		t.Error("Card changed the card it was given")
	}
	ds := []lint.Diagnostic{{Rule: "dangling-ref", Message: `owner "ana-ruis" is not a person`, Hint: `did you mean "ana-ruiz"?`}}
	pd := r.Diagnostics(ds)
	if pd[0].Message != `owner "ana-ruis" is not a person` || pd[0].Hint != `did you mean "person-1"?` || ds[0].Hint != `did you mean "ana-ruiz"?` {
		t.Errorf("diagnostics: %+v (given %+v)", pd, ds)
	}
}

// TestOppositionWithheld checks that the items of the score and the
// findings of check written in the opposition section (lines 22 and 23
// of harbor) are withheld, and the points they cost kept.
func TestOppositionWithheld(t *testing.T) {
	r := New()
	r.Plan(parse(t, harbor))
	c := &score.Card{Dimensions: []score.Result{
		{Name: "opposition", Items: []score.Item{
			{Label: "opponent summit: known", Detail: "no loses", Points: 1, Max: 4, Pos: plan.Pos{Line: 23, Col: 5}},
			{Label: "opponent summit: counter", Detail: "no counter planned", Points: 0, Max: 4, Pos: plan.Pos{Line: 23, Col: 5}},
		}},
		{Name: "soundness", Items: []score.Item{
			{Label: "plan", Detail: "read and checked", Points: 1, Max: 1, Pos: plan.Pos{Line: 1, Col: 1}},
			{Label: "warning [opposition-unanswered]", Detail: "opponent summit has power 3", Points: -0.05, Pos: plan.Pos{Line: 23, Col: 5}},
			{Label: "warning [goal-not-measurable]", Detail: "goal jobs has no indicator", Points: -0.05, Pos: plan.Pos{Line: 19, Col: 5}},
		}},
	}}
	pc := r.Card(c)
	if got := pc.Dimensions[0].Items; len(got) != 1 || got[0].Message() != "opposition: "+WithheldItem || got[0].Points != 1 || got[0].Max != 8 {
		t.Errorf("the opposition's items: %+v, want one withheld, 1 of 8 points", got)
	}
	if got := pc.Dimensions[1].Items; len(got) != 3 || got[1].Message() != "opposition: "+WithheldItem || got[1].Points != -0.05 || got[2].Label != "warning [goal-not-measurable]" {
		t.Errorf("the soundness items: %+v", got)
	}
	ds := []lint.Diagnostic{
		{Rule: "goal-not-measurable", Pos: plan.Pos{Line: 19, Col: 5}, Message: "goal jobs has no indicator"},
		{Rule: "opposition-unanswered", Pos: plan.Pos{Line: 23, Col: 5}, Message: "opponent summit has power 3"},
		{Rule: "review-overdue", Pos: plan.Pos{Line: 24, Col: 1}, Message: "the next review is overdue"},
	}
	if pd := r.Diagnostics(ds); len(pd) != 2 || pd[0].Rule != "goal-not-measurable" || pd[1].Rule != "review-overdue" {
		t.Errorf("diagnostics: %+v, want those of lines 19 and 24", pd)
	}
}

// TestIndividual checks which stakeholders count as individuals.
func TestIndividual(t *testing.T) {
	for typ, want := range map[plan.StakeholderType]bool{"individual": true, "decision-maker": true, "": true, "organization": false} {
		if got := Individual(&plan.Stakeholder{Type: plan.Value[plan.StakeholderType]{V: typ}}); got != want {
			t.Errorf("Individual(type %q) = %v, want %v", typ, got, want)
		}
	}
}
