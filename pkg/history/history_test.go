package history

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// harbor is a plan with two active members and a prospect, four goals
// (one due 2026-03-31), three actions (one due 2026-04-30 and open, one
// done, one dropped) and a committed gap of 8,000.00 EUR.
const harbor = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Harbor, problem: Too few jobs, start: 2026-01-01, currency: EUR}
people:
  - {id: ana, name: Ana Ruiz}
members:
  - {id: city, name: City of Harbor, owner: ana, sector: government}
  - {id: ymca, name: Harbor YMCA, owner: ana, status: active}
  - {id: bank, name: Harbor Bank, owner: ana, status: prospect}
goals:
  - {id: jobs, title: Summer jobs, baseline: 100, target: 400, current: 250, due: 2026-12-31}
  - {id: hall, title: Open the hall, status: done}
  - {id: park, title: Clean the park, status: at-risk}
  - {id: map, title: Map employers, due: 2026-03-31, status: on-track}
actions:
  - {id: recruit, title: Recruit employers, goal: jobs, owner: ana, due: 2026-04-30}
  - {id: flyer, title: Print flyers, goal: jobs, owner: ana, due: 2026-02-01, status: done, done: 2026-01-30}
  - {id: old, title: Old idea, goal: jobs, owner: ana, due: 2026-02-01, status: dropped}
budget:
  expenses:
    - {item: Coordinator, amount: 48000}
  income:
    - {source: City grant, amount: 40000, status: committed}
    - {source: State grant, amount: 10000, status: pending}
`

func options() (lint.Options, score.Options) {
	return lint.Options{Rules: rules.All()}, score.Options{Dimensions: score.All(), Bands: score.DefaultBands}
}

// TestMeasure checks the figures of a version as of the day of its
// commit: goals and actions fall overdue as the dates pass.
func TestMeasure(t *testing.T) {
	lopts, sopts := options()
	for _, tc := range []struct {
		name  string
		src   string
		date  plan.Date
		goals Goals
		acts  int
		gap   string
		note  string
	}{
		{"before every due date", harbor, plan.NewDate(2026, 3, 1), Goals{OnTrack: 2, AtRisk: 1, Done: 1}, 0, "8000.00", ""},
		{"the goal overdue", harbor, plan.NewDate(2026, 4, 1), Goals{OnTrack: 1, AtRisk: 1, Overdue: 1, Done: 1}, 0, "8000.00", ""},
		{"the action overdue too", harbor, plan.NewDate(2026, 5, 1), Goals{OnTrack: 1, AtRisk: 1, Overdue: 1, Done: 1}, 1, "8000.00", ""},
		{"not a plan", "- a list\n", plan.NewDate(2026, 5, 1), Goals{}, 0, "", "not scored: the file could not be read as a plan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &Revision{Date: tc.date, Path: "p.yaml"}
			Measure(r, plan.Parse("p.yaml", []byte(tc.src), plan.ReadOptions{Explicit: true}), lopts, sopts)
			if tc.note != "" {
				if r.Scored || !strings.HasPrefix(r.Note, tc.note) || r.Band != score.BandNone || r.Gap != nil {
					t.Errorf("scored %v, band %q, note %q, gap %v; want not scored, a note starting %q", r.Scored, r.Band, r.Note, r.Gap, tc.note)
				}
				return
			}
			if !r.Scored || r.Note != "" {
				t.Fatalf("not scored: %s", r.Note)
			}
			if r.Goals != tc.goals || r.OverdueActions != tc.acts || r.Active != 2 || r.Currency != "EUR" {
				t.Errorf("goals %+v, overdue actions %d, active %d, currency %s; want %+v, %d, 2, EUR", r.Goals, r.OverdueActions, r.Active, r.Currency, tc.goals, tc.acts)
			}
			if r.Gap == nil || r.Gap.String() != tc.gap {
				t.Errorf("gap %v, want %s", r.Gap, tc.gap)
			}
			c := score.Score(plan.Parse("p.yaml", []byte(tc.src), plan.ReadOptions{Explicit: true}), nil, scoreAt(sopts, tc.date))
			if r.Score == 0 || r.Band != score.DefaultBands.Of(r.Score) {
				t.Errorf("score %d, band %s (score alone: %d)", r.Score, r.Band, c.Score)
			}
		})
	}
}

func scoreAt(o score.Options, d plan.Date) score.Options {
	o.Today = d
	return o
}

// TestMeasureAgreesWithScore checks that a version's score is the one the
// score command gives the same file as of the same day.
func TestMeasureAgreesWithScore(t *testing.T) {
	lopts, sopts := options()
	for _, d := range []plan.Date{plan.NewDate(2026, 1, 2), plan.NewDate(2026, 4, 1), plan.NewDate(2027, 6, 1)} {
		f := plan.Parse("p.yaml", []byte(harbor), plan.ReadOptions{Explicit: true})
		lo := lopts
		lo.Today = d
		want := score.Score(f, lint.Run(f, lo).Diagnostics, scoreAt(sopts, d))
		r := &Revision{Date: d}
		Measure(r, plan.Parse("p.yaml", []byte(harbor), plan.ReadOptions{Explicit: true}), lopts, sopts)
		if r.Score != want.Score || r.Band != want.Band || r.Errors != want.Errors {
			t.Errorf("%s: score %d %s (%d errors), want %d %s (%d errors)", d, r.Score, r.Band, r.Errors, want.Score, want.Band, want.Errors)
		}
	}
}

func money(m plan.Money) *plan.Money { return &m }

func rev(date plan.Date, commit string, score int, subject string) *Revision {
	return &Revision{Commit: commit, Date: date, Subject: subject, Path: "plans/harbor.yaml", Meetings: []string{},
		Scored: true, Score: score, Band: "developing", Currency: "USD", Gap: money(800000)}
}

// TestHeadline checks the line that sums a history up.
func TestHeadline(t *testing.T) {
	jan, mar := plan.NewDate(2026, 1, 15), plan.NewDate(2026, 3, 10)
	for _, tc := range []struct {
		name string
		h    History
		want string
	}{
		{"two versions", History{Plan: "p.yaml", Changes: 2, Revisions: []*Revision{rev(mar, "b", 68, "b"), rev(jan, "a", 61, "a")}},
			"p.yaml: 2 versions, from 2026-01-15 to 2026-03-10; score 61 → 68 (+7)"},
		{"one of several", History{Plan: "p.yaml", Changes: 5, Since: "v1", Revisions: []*Revision{rev(mar, "b", 68, "b")}},
			"p.yaml: 1 version (of 5 changes) since v1, on 2026-03-10; score 68"},
		{"meetings", History{Plan: "p.yaml", Changes: 5, OnlyMeetings: true, Revisions: []*Revision{rev(mar, "b", 60, "b"), rev(jan, "a", 61, "a")}},
			"p.yaml: 2 board meetings (of 5 changes), from 2026-01-15 to 2026-03-10; score 61 → 60 (-1)"},
		{"none scored", History{Plan: "p.yaml", Changes: 1, Revisions: []*Revision{{Date: jan, Band: score.BandNone}}},
			"p.yaml: 1 version, on 2026-01-15"},
		{"no meeting", History{Plan: "p.yaml", Meetings: "board/*", OnlyMeetings: true, Changes: 3},
			"p.yaml: no board meeting holds a version of it (tags matching board/*)"},
		{"no meeting since", History{Plan: "p.yaml", Meetings: "board/*", OnlyMeetings: true, Since: "v1"},
			"p.yaml: no board meeting since v1 holds a version of it (tags matching board/*)"},
		{"no change since", History{Plan: "p.yaml", Since: "v1"}, "p.yaml: no change since v1"},
	} {
		if got := tc.h.Headline(); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestRenderEscapes checks that what comes from git (subjects, tag names)
// and from the plan reaches each format escaped for it.
func TestRenderEscapes(t *testing.T) {
	r := rev(plan.NewDate(2026, 3, 10), "0123456789abcdef0123456789abcdef01234567", 68, "=HYPERLINK(\"x\") | *bold* \x1b[31mred")
	r.Meetings = []string{"board/<b>"}
	h := &History{Plan: "p|q.yaml", Changes: 1, Meetings: "board/*", Revisions: []*Revision{r}}
	for _, tc := range []struct {
		format string
		want   []string
		not    []string
	}{
		{"text", []string{`\x1b[31mred`, "0123456  ", "8,000.00 USD"}, []string{"\x1b"}},
		{"markdown", []string{`\| \*bold\* \\x1b\[31mred`, "board/&lt;b&gt;", "`0123456`", `## History of p\|q.yaml`}, []string{"\x1b", "<b>"}},
		{"csv", []string{`'=HYPERLINK(""x"")`, ",8000.00,USD,"}, nil},
		{"json", []string{`"subject": "=HYPERLINK(\"x\") | *bold* \u001b[31mred"`, `"committed_gap": "8000.00"`}, nil},
	} {
		var b bytes.Buffer
		if err := Render(&b, tc.format, h, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: no %q in\n%s", tc.format, w, b.String())
			}
		}
		for _, n := range tc.not {
			if strings.Contains(b.String(), n) {
				t.Errorf("%s: %q in\n%s", tc.format, n, b.String())
			}
		}
	}
	var doc struct {
		Revisions []map[string]any `json:"revisions"`
	}
	var b bytes.Buffer
	if err := Render(&b, "json", &History{Plan: "p.yaml"}, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil || doc.Revisions == nil {
		t.Errorf("JSON of no revision: %v, revisions %v; want an empty list", err, doc.Revisions)
	}
}

// TestValidPattern checks the patterns of meeting tags.
func TestValidPattern(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		ok      bool
	}{{"board/*", true}, {"board/**", true}, {"meeting-*", true}, {"", false}, {"board/[", false}} {
		if err := ValidPattern(tc.pattern); (err == nil) != tc.ok {
			t.Errorf("ValidPattern(%q) = %v, want ok %v", tc.pattern, err, tc.ok)
		}
	}
}
