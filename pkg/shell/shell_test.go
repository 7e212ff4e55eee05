package shell

import (
	"os/exec"
	"strings"
	"testing"
)

func TestQuote(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain path", "plans/harbor.yaml", "plans/harbor.yaml"},
		{"empty", "", "''"},
		{"space", "My Plan.yaml", "'My Plan.yaml'"},
		{"single quote", "it's.yaml", `'it'\''s.yaml'`},
		{"double quote", `a"b.yaml`, `'a"b.yaml'`},
		{"dollar", "$HOME.yaml", "'$HOME.yaml'"},
		{"glob", "plans/*.yaml", "'plans/*.yaml'"},
		{"backslash", `a\b`, `'a\b'`},
		{"semicolon", "a;rm", "'a;rm'"},
		{"revision range", "HEAD~2..HEAD~1", "HEAD~2..HEAD~1"},
		{"leading tilde", "~/plan.yaml", "'~/plan.yaml'"},
		{"caret", "HEAD^", "'HEAD^'"},
		{"accented letters", "plans/María.yaml", "plans/María.yaml"},
		{"newline", "a\nb", "'a\nb'"},
		{"flag-like", "--format=json", "--format=json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Quote(tc.in); got != tc.want {
				t.Errorf("Quote(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestCommand(t *testing.T) {
	got := Command("coalition", "check", "My Plan.yaml")
	if want := "coalition check 'My Plan.yaml'"; got != want {
		t.Errorf("Command = %s, want %s", got, want)
	}
}

// TestQuoteRoundTrip has sh read each quoted word back.
func TestQuoteRoundTrip(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	words := []string{"My Plan.yaml", "it's", `a"b`, "$HOME", "*", `a\b`, "a;b", "~x", "x~y", "HEAD^", "", "tab\there", "new\nline", "'", "''"}
	out, err := exec.Command(sh, "-c", `for w in `+Command(words...)+`; do printf '%s\0' "$w"; done`).Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	if strings.Join(got, "|") != strings.Join(words, "|") {
		t.Errorf("sh read back %q, want %q", got, words)
	}
}
