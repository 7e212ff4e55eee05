package config

import (
	"fmt"
	"slices"
	"testing"
)

var names = Names{Rules: []string{"dangling-ref", "sector-gap"}, Dimensions: []string{"engagement", "fit"}}

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
			`1:1: unknown key "fail-on" (did you mean "fail_on"?); known keys: paths, exclude, rules, fail_on, today, format, min_score, score`,
			`2:9: unknown key "score.weight" (did you mean "weights"?); known keys: weights, bands`}},
		{"duplicate key", "today: 2026-01-01\ntoday: 2026-01-02\n", []string{`2:1: duplicate key "today"`}},
		{"wrong kinds", "paths: plans\nmin_score: seventy\ntoday: 2026-02-30\nexclude: ['[']\n", []string{
			"1:8: paths: want a list of paths",
			`2:12: min_score: want a whole number, got "seventy"`,
			`3:8: today: want a date YYYY-MM-DD, got "2026-02-30"`,
			`4:11: exclude: invalid glob "["`}},
		{"open maps", "rules: {sectorgap: off, dangling-ref: fatal}\nscore: {weights: {fitt: 1, engagement: -2}, bands: {strong: high}}\n", []string{
			`1:9: rules: unknown rule "sectorgap" (did you mean "sector-gap"?)`,
			`1:39: rules.dangling-ref: want error, warning, info or off, got "fatal"`,
			`2:19: score.weights: unknown dimension "fitt" (did you mean "fit"?)`,
			`2:40: score.weights.engagement: want a whole number of 0 or more, got "-2"`,
			`2:61: score.bands.strong: want a score from 0 to 100, got "high"`}},
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
