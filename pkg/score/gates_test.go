package score_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/score"
)

// hits lists the gates a card met as "id band line".
func hits(c *score.Card) []string {
	var out []string
	for _, h := range c.Gates {
		out = append(out, fmt.Sprintf("%s %s %d", h.ID, h.Band, h.Pos.Line))
	}
	return out
}

// TestGates: each gate fires on the mistake it names, at its line, and
// holds the plan to its band whatever the mean; the base plan meets none.
func TestGates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edits []string
		opts  score.Options
		want  []string
		band  string
		note  string
	}{
		{name: "the base plan meets no gate", band: score.BandStrong},
		{name: "no goal can be measured: at risk",
			edits: []string{"    indicator: Teens 16-19 employed in July\n", ""},
			want:  []string{"no-measurable-goal at-risk 43"}, band: score.BandAtRisk,
			note: "capped at 49 from "},
		{name: "most goals behind: out of strong",
			edits: []string{"current: 400", "current: 250"},
			want:  []string{"goals-behind developing 44"}, band: score.BandDeveloping,
			note: "most goals are behind pace or overdue: 1 of 1 open goal at risk or overdue (goals-behind gate, line 44)"},
		{name: "no committed income at a collaboration: at risk",
			edits: []string{"status: committed, from: city", "status: pending, from: city"},
			want:  []string{"no-committed-income at-risk 64", "income-under-half developing 64"}, band: score.BandAtRisk},
		{name: "income under half: out of strong",
			edits: []string{"amount: 48000, status: committed", "amount: 20000, status: committed"},
			want:  []string{"income-under-half developing 64"}, band: score.BandDeveloping,
			note: "committed income covers less than half of the expenses: 41% (20000.00 of 48000.00 USD)"},
		{name: "a networking group needs no money",
			edits: []string{"relationship: multisector-collaboration", "relationship: networking", "status: committed, from: city", "status: pending, from: city"},
			band:  score.BandStrong},
		{name: "those most affected absent: out of strong",
			edits: []string{"    most_affected: true\n", ""},
			want:  []string{"most-affected-absent developing 13"}, band: score.BandDeveloping},
		{name: "placeholder text: out of strong",
			edits: []string{"rules: Bylaws adopted in 2024.", "rules: TBD"},
			want:  []string{"placeholders developing 76"}, band: score.BandDeveloping},
		{name: "most goals behind and two past due: at risk",
			edits: []string{"goals:\n", "goals:\n  - {id: fair, title: Job fair, indicator: Employers, baseline: 0, target: 40, current: 5, due: 2026-06-30, owner: city}\n  - {id: pledge, title: Pledges, indicator: Pledges, baseline: 0, target: 10, current: 2, due: 2026-09-30, owner: city}\n"},
			want:  []string{"goals-failing at-risk 44", "goals-behind developing 44"}, band: score.BandAtRisk},
		{name: "a high-severity barrier with no strategy: out of strong",
			edits: []string{"    strategy: Rotate the chair every year.\n", ""},
			want:  []string{"barrier-unanswered developing 54"}, band: score.BandDeveloping},
		{name: "a collaboration weeks old: out of strong",
			edits: []string{"start: 2024-01-15", "start: 2026-09-15"},
			want:  []string{"level-unbacked developing 8"}, band: score.BandDeveloping},
		{name: "a review cycle missed: out of strong",
			edits: []string{"  - date: 2026-06-10", "  - date: 2024-06-10"},
			want:  []string{"review-lapsed developing 95"}, band: score.BandDeveloping},
		{name: "a gate set off in the configuration",
			edits: []string{"rules: Bylaws adopted in 2024.", "rules: TBD"},
			opts:  score.Options{Gates: map[string]string{"placeholders": score.GateOff}},
			band:  score.BandStrong},
		{name: "a gate set to at-risk in the configuration",
			edits: []string{"current: 400", "current: 250"},
			opts:  score.Options{Gates: map[string]string{"goals-behind": score.BandAtRisk}},
			want:  []string{"goals-behind at-risk 44"}, band: score.BandAtRisk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := scoreOf(t, edit(t, base, tc.edits...), tc.opts)
			if got := hits(c); !slices.Equal(got, tc.want) {
				t.Errorf("gates %q, want %q", got, tc.want)
			}
			if c.Band != tc.band {
				t.Errorf("band %s (score %d, mean %d), want %s", c.Band, c.Score, c.Uncapped, tc.band)
			}
			if tc.note != "" && !strings.Contains(strings.Join(c.Notes, "\n"), tc.note) {
				t.Errorf("notes %q lack %q", c.Notes, tc.note)
			}
		})
	}
}

// TestGatesOfStrategy: a target nobody at the table reaches, an opponent
// of power 4 with no counter, and relationships gone cold each keep a plan
// out of strong.
func TestGatesOfStrategy(t *testing.T) {
	strategy := base + `stakeholders:
  - {id: mayor, name: Mayor Okafor, type: decision-maker, target: true, stance: 0, influence: 5}
opposition:
  - {id: agencies, name: Staffing agencies, loses: Fees, power: 4, tactics: [delaying], owner: ana}
`
	strategy = strings.Replace(strategy, "opposition:\n  - id: landlords", "old_opposition:\n  - id: landlords", 1)
	strategy = strategy[:strings.Index(strategy, "old_opposition:")] + strategy[strings.Index(strategy, "reviews:"):]
	c := scoreOf(t, strategy, score.Options{})
	var got []string
	for _, h := range c.Gates {
		got = append(got, h.ID+": "+h.Detail)
	}
	want := []string{
		"strategy-blocked: no route to Mayor Okafor; no counter to Staffing agencies (power 4)",
		"target-unreached: Mayor Okafor",
		"opponent-unanswered: Staffing agencies (power 4)",
	}
	if !slices.Equal(got, want) || c.Band != score.BandAtRisk {
		t.Errorf("gates %q, band %s; want %q, at risk", got, c.Band, want)
	}
	// Either alone keeps the plan out of strong.
	alone := strings.Replace(strategy, "tactics: [delaying], owner: ana}", "tactics: [delaying], response: Publish the placement figures., owner: ana}", 1)
	if got := hits(scoreOf(t, alone, score.Options{})); !slices.Equal(got, []string{"target-unreached developing 89"}) {
		t.Errorf("the target alone: gates %q", got)
	}

	cold := strings.Replace(base, "    owner: ben\n    commitment: {hours_per_month: 8}\n", "    owner: ben\n    commitment: {hours_per_month: 8}\n    last_contact: 2026-01-10\n", 1)
	cold = strings.Replace(cold, "    role: lead\n    owner: ana\n", "    role: lead\n    owner: ana\n    last_contact: 2026-02-01\n", 1)
	cold = strings.Replace(cold, "    role: funder\n    owner: ana\n", "    role: funder\n    owner: ana\n    last_contact: 2026-11-01\n", 1)
	c = scoreOf(t, cold, score.Options{})
	if got := hits(c); !slices.Equal(got, []string{"relationships-lapsed at-risk 18", "relationships-cold developing 18"}) {
		t.Errorf("cold, no next step: gates %q", got)
	}
	warming := strings.Replace(cold, "    last_contact: 2026-01-10\n", "    last_contact: 2026-01-10\n    next_step: Lunch with the union's new director in December.\n", 1)
	if got := hits(scoreOf(t, warming, score.Options{})); !slices.Equal(got, []string{"relationships-cold developing 18"}) {
		t.Errorf("cold, with a next step: gates %q", got)
	}
}

// TestLevels: what a level does not expect is left out of the total, not
// counted as missing.
func TestLevels(t *testing.T) {
	networking := edit(t, base, "relationship: multisector-collaboration", "relationship: networking")
	noBudget := networking[:strings.Index(networking, "budget:")] + networking[strings.Index(networking, "six_rs:"):]
	c := scoreOf(t, noBudget, score.Options{})
	if d := dimension(t, c, "budget"); d.Skipped == "" || d.Weight != 0 {
		t.Errorf("a networking group without a budget: budget %d (weight %d), want left out", d.Score, d.Weight)
	} else if want := "no budget, and none is expected of a networking group (a budget is expected from cooperation on)"; d.Skipped != want {
		t.Errorf("skipped %q, want %q", d.Skipped, want)
	}
	collab := edit(t, base, "relationship: multisector-collaboration", "relationship: collaboration")
	noBudget = collab[:strings.Index(collab, "budget:")] + collab[strings.Index(collab, "six_rs:"):]
	if d := dimension(t, scoreOf(t, noBudget, score.Options{}), "budget"); d.Skipped != "" || d.Score != 0 {
		t.Errorf("a collaboration without a budget: budget %d, skipped %q; want 0, counted", d.Score, d.Skipped)
	}
	// An R in place without an owner: full at networking, 0.75 from
	// cooperation on.
	unowned := func(level string) int {
		src := edit(t, base, "relationship: multisector-collaboration", "relationship: "+level,
			"recognition: {practice: Thank-you notes, owner: ana, status: in-place}", "recognition: {practice: Thank-you notes, status: in-place}")
		return dimension(t, scoreOf(t, src, score.Options{}), "engagement").Score
	}
	if n, c := unowned("networking"), unowned("cooperation"); n != 100 || c != 96 {
		t.Errorf("engagement with an unowned R: networking %d, cooperation %d; want 100 and 96", n, c)
	}
}

// TestPlaceholdersCountAsMissing: a placeholder is scored as if the key
// were not written, and the note says so.
func TestPlaceholdersCountAsMissing(t *testing.T) {
	c := scoreOf(t, edit(t, base, "indicator: Teens 16-19 employed in July", "indicator: TBD"), score.Options{})
	if got := lost(dimension(t, c, "goals")); !slices.Equal(got, []string{"44:5: goal jobs: measurable: no indicator"}) {
		t.Errorf("goals lost %q", got)
	}
	if !strings.Contains(strings.Join(c.Notes, "\n"), "1 text of the plan is placeholder text, counted as missing (placeholder-text, first at line 46)") {
		t.Errorf("notes %q", c.Notes)
	}
}

// TestPaceInProportion: six goals a third of the way behind with three
// quarters of the time gone are not 85 of 100, and a goal slightly behind
// early on costs little.
func TestPaceInProportion(t *testing.T) {
	// The base plan started 2024-01-15 and its goal is due 2027-06-30: on
	// 2026-11-23, 82% of the time is gone.
	far := edit(t, base, "current: 400", "current: 250") // 50% with 82% gone
	if d := dimension(t, scoreOf(t, far, score.Options{}), "goals"); d.Score > 50 {
		t.Errorf("a goal a third behind late: goals %d, want at most 50", d.Score)
	}
	near := edit(t, base, "current: 400", "current: 330") // 77% with 82% gone
	if d := dimension(t, scoreOf(t, near, score.Options{}), "goals"); d.Score < 85 || d.Score == 100 {
		t.Errorf("a goal 5 points behind: goals %d, want from 85 to 99", d.Score)
	}
}
