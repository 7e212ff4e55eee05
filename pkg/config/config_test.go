package config

import (
	"fmt"
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/format"
)

var names = Names{Rules: []string{"dangling-ref", "sector-gap"}, Dimensions: []string{"engagement", "fit"},
	Formats: format.NewRegistry[int]().Register(format.JSON, "", 0).Register(format.Text, "", 0).Alias("table", format.Text)}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string
	}{
		{"empty", "", nil},
		{"only comments", "# nothing yet\n", nil},
		{"every key", `paths: [plans, "other/*.yaml"]
exclude: ["plans/archive/**"]
rules: {sector-gap: off, dangling-ref: warning}
fail_on: warning
today: 2026-11-23
format: json
min_score: 70
score:
  weights: {engagement: 20, fit: 0}
  bands: {strong: 80, developing: 60}
`, nil},
		{"unknown keys", "fail-on: error\nscore: {weight: {}}\n", []string{
			`1:1: unknown key "fail-on" (did you mean "fail_on"?); known keys: paths, exclude, rules, fail_on, today, format, min_score, score, stale_after_days, max_relationships_per_owner, prospects, history, brief, report`,
			`2:9: unknown key "score.weight" (did you mean "weights"?); known keys: weights, bands, gates`}},
		{"duplicate key", "today: 2026-01-01\ntoday: 2026-01-02\n", []string{`2:1: duplicate key "today"`}},
		{"wrong kinds", "paths: plans\nmin_score: seventy\ntoday: 2026-02-30\nexclude: ['[']\n", []string{
			"1:8: paths: want a list of paths",
			`2:12: min_score: want a whole number from 0 to 100, got "seventy"`,
			`3:8: today: invalid date "2026-02-30": day 30 is out of range: February 2026 has 28 days`,
			`4:11: exclude: invalid glob "["`}},
		{"dates", "today: 2026-13-01\n---\n", []string{`1:8: today: invalid date "2026-13-01": month 13 is out of range`}},
		{"date shape", "today: 23/11/2026\n", []string{`1:8: today: invalid date "23/11/2026": want YYYY-MM-DD`}},
		{"date not a scalar", "today: [2026-11-23]\n", []string{`1:8: today: want a date YYYY-MM-DD`}},
		{"octal", "min_score: 070\nscore: {weights: {fit: -05, engagement: 00}, bands: {strong: 090}}\n", []string{
			`1:12: min_score: write 70: a leading zero reads as octal`,
			`2:24: score.weights.fit: write -5: a leading zero reads as octal`,
			`2:41: score.weights.engagement: write 0: a leading zero reads as octal`,
			`2:62: score.bands.strong: write 90: a leading zero reads as octal`}},
		{"quoted leading zero is decimal", "min_score: \"070\"\nscore: {weights: {fit: '05'}}\n", nil},
		{"numbers YAML reads otherwise", "min_score: 1e2\nscore: {weights: {fit: 0x10, engagement: 1_000}, bands: {strong: 0o17, developing: +5}}\n", []string{
			`1:12: min_score: want a whole number from 0 to 100, got "1e2"`,
			`2:24: score.weights.fit: want a whole number of 0 or more, got "0x10"`,
			`2:42: score.weights.engagement: want a whole number of 0 or more, got "1_000"`,
			`2:66: score.bands.strong: want a score from 0 to 100, got "0o17"`,
			`2:84: score.bands.developing: want a score from 0 to 100, got "+5"`}},
		{"out of range", "min_score: 101\nscore: {bands: {strong: -1, developing: 100}}\n", []string{
			`1:12: min_score: want a whole number from 0 to 100, got "101"`,
			`2:25: score.bands.strong: want a score from 0 to 100, got "-1"`}},
		{"open maps", "rules: {sectorgap: off, dangling-ref: fatal}\nscore: {weights: {fitt: 1, engagement: -2}, bands: {strong: high}}\n", []string{
			`1:9: rules: unknown rule "sectorgap" (did you mean "sector-gap"?)`,
			`1:39: rules.dangling-ref: want error, warning, info or off, got "fatal"`,
			`2:19: score.weights: unknown dimension "fitt" (did you mean "fit"?)`,
			`2:40: score.weights.engagement: want a whole number of 0 or more, got "-2"`,
			`2:61: score.bands.strong: want a score from 0 to 100, got "high"`}},
		{"history meetings", "history:\n  meetings: board/**\n", nil},
		{"history meetings bad", "history: {meetings: 'board/[', meeting: x}\n---\n", []string{
			`1:21: history.meetings: invalid glob "board/[": want one such as "board/*"`,
			`1:32: unknown key "history.meeting" (did you mean "meetings"?); known keys: meetings`}},
		{"history meetings not a word", "history: {meetings: [board]}\n", []string{`1:21: history.meetings: want a glob of names, such as "board/*"`}},
		{"history not a mapping", "history: board/*\n", []string{`1:10: history must be a mapping with meetings`}},
		{"public", "brief: {public: true}\nreport:\n  public: False\n", nil},
		{"public not true or false", "brief: {public: yes, publik: true}\nreport: {public: 'true'}\n", []string{
			`1:17: brief.public: want true or false, got "yes"`,
			`1:22: unknown key "brief.publik" (did you mean "public"?); known keys: public`,
			`2:18: report.public: want true or false, got "true"`}},
		{"public not a mapping", "report: true\n", []string{`1:9: report must be a mapping with public`}},
		{"format", "format: xml\n", []string{`1:9: format: unknown format "xml": want one of text, json`}},
		{"format near miss", "format: jsn\n", []string{`1:9: format: unknown format "jsn" (did you mean "json"?): want one of text, json`}},
		{"format old name", "format: table\n", nil},
		{"format not a word", "format: [json]\n", []string{`1:9: format: want one of text, json`}},
		{"not a mapping", "- a\n- b\n", []string{"1:1: the configuration must be a mapping of keys"}},
		{"broken YAML", "paths: [\n", []string{"1:1: invalid YAML: line 1: did not find expected node content"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range Validate([]byte(tc.src), names) {
				got = append(got, fmt.Sprintf("%d:%d: %s", p.Pos.Line, p.Pos.Col, p.Message))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got:\n%q\nwant:\n%q", got, tc.want)
			}
		})
	}
}

// TestValidatePartnerSettings checks the settings of the partnerships:
// stale_after_days, max_relationships_per_owner and prospects.weights.
func TestValidatePartnerSettings(t *testing.T) {
	names := Names{Criteria: []string{"mission_alignment", "geography"}}
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"stale_after_days: 60\nmax_relationships_per_owner: 5\nprospects:\n  weights: {mission_alignment: 3, geography: 0}\n", nil},
		{"stale_after_days: 0\n", []string{`1:19: stale_after_days: want a whole number of days from 1 to 3650, got "0"`}},
		{"max_relationships_per_owner: 1001\n", []string{`1:30: max_relationships_per_owner: want a whole number from 1 to 1000, got "1001"`}},
		{"prospects:\n  weights: {geografy: 2}\n", []string{`2:13: prospects.weights: unknown criterion "geografy" (did you mean "geography"?)`}},
		{"prospects:\n  weight: {geography: 2}\n", []string{`2:3: unknown key "prospects.weight" (did you mean "weights"?); known keys: weights`}},
	} {
		var got []string
		for _, p := range Validate([]byte(c.src), names) {
			got = append(got, fmt.Sprintf("%d:%d: %s", p.Pos.Line, p.Pos.Col, p.Message))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
