package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/iostreams"
)

// runIn runs the program in dir with args and returns its exit code and
// output.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	ios, out, errOut := iostreams.Test()
	code := Main(args, ios)
	return code, out.String(), errOut.String()
}

// warnPlan has one warning (goal-not-measurable) and nothing else.
const warnPlan = `apiVersion: coalition/v1
kind: Plan
coalition: {name: W, problem: P}
people: [{id: p, name: Pat}]
members: [{id: a, name: A, owner: p, role: lead, most_affected: true, sector: government}]
goals: [{id: g, title: Something, owner: a}]
six_rs:
  recognition: {practice: x, owner: p, status: in-place}
  respect: {practice: x, owner: p, status: in-place}
  role: {practice: x, owner: p, status: in-place}
  relationships: {practice: x, owner: p, status: in-place}
  reward: {practice: x, owner: p, status: in-place}
  results: {practice: x, owner: p, status: in-place}
`

// TestConfigPrecedence checks flag > environment > file > default for the
// settings that shape a check and a score.
func TestConfigPrecedence(t *testing.T) {
	for _, tc := range []struct {
		name string
		file string // .coalition.yaml, none when empty
		env  map[string]string
		args []string
		code int    // exit status of the command
		want string // a line coalition config prints, when not empty
	}{
		{name: "default fail_on is error", args: []string{"check", "plan.yaml"}, code: 0,
			want: "fail_on\terror\tdefault"},
		{name: "file", file: "fail_on: warning\n", args: []string{"check", "plan.yaml"}, code: 1,
			want: "fail_on\twarning\tfile"},
		{name: "env beats file", file: "fail_on: warning\n", env: map[string]string{"COALITION_FAIL_ON": "error"},
			args: []string{"check", "plan.yaml"}, code: 0, want: "fail_on\terror\tenv COALITION_FAIL_ON"},
		{name: "flag beats env", file: "fail_on: error\n", env: map[string]string{"COALITION_FAIL_ON": "error"},
			args: []string{"check", "--fail-on", "warning", "plan.yaml"}, code: 1},
		{name: "rule off in the file", file: "fail_on: warning\nrules: {goal-not-measurable: off}\n",
			args: []string{"check", "plan.yaml"}, code: 0, want: "rules.goal-not-measurable\toff\tfile"},
		{name: "rule raised by the environment", env: map[string]string{"COALITION_RULES_GOAL_NOT_MEASURABLE": "error"},
			args: []string{"check", "plan.yaml"}, code: 1, want: "rules.goal-not-measurable\terror\tenv COALITION_RULES_GOAL_NOT_MEASURABLE"},
		{name: "min_score in the file", file: "min_score: 99\n", args: []string{"score", "plan.yaml"}, code: 1,
			want: "min_score\t99\tfile"},
		{name: "min_score flag beats the file", file: "min_score: 99\n", args: []string{"score", "--min-score", "1", "plan.yaml"}, code: 0},
		{name: "today in the file, unquoted", file: "today: 2026-11-23\n", args: []string{"check", "plan.yaml"}, code: 0,
			want: "today\t2026-11-23\tfile"},
		{name: "weights from env", env: map[string]string{"COALITION_SCORE_WEIGHTS_FIT": "0"}, args: []string{"score", "plan.yaml"}, code: 0,
			want: "score.weights.fit\t0\tenv COALITION_SCORE_WEIGHTS_FIT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte(warnPlan), 0o644); err != nil {
				t.Fatal(err)
			}
			if tc.file != "" {
				if err := os.WriteFile(filepath.Join(dir, ".coalition.yaml"), []byte(tc.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for _, k := range []string{"COALITION_FAIL_ON", "COALITION_RULES_GOAL_NOT_MEASURABLE", "COALITION_SCORE_WEIGHTS_FIT", "COALITION_MIN_SCORE", "COALITION_TODAY", "COALITION_FORMAT"} {
				t.Setenv(k, tc.env[k])
			}
			code, out, errOut := runIn(t, dir, tc.args...)
			if code != tc.code {
				t.Errorf("%v: exit %d, want %d\n%s%s", tc.args, code, tc.code, out, errOut)
			}
			if tc.want != "" {
				_, cfg, _ := runIn(t, dir, "config")
				if !strings.Contains(cfg, "\n"+tc.want+"\n") {
					t.Errorf("coalition config lacks %q:\n%s", tc.want, cfg)
				}
			}
		})
	}
}

func TestConfigMistakesAreLocated(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".coalition.yaml"), []byte("fail_on: warnig\nexclud: [x]\nrules:\n  dangling-ref: fatal\n"), 0o644)
	code, _, errOut := runIn(t, dir, "check")
	if code != ExitUsage {
		t.Fatalf("exit %d, want %d", code, ExitUsage)
	}
	for _, want := range []string{
		`.coalition.yaml:1:10: fail_on: want error, warning or info, got "warnig"`,
		`.coalition.yaml:2:1: unknown key "exclud" (did you mean "exclude"?)`,
		`.coalition.yaml:4:17: rules.dangling-ref: want error, warning, info or off, got "fatal"`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}
