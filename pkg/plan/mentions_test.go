package plan

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// planMentionRef is the definition of MentionsPlan, as its doc comment
// gives it.
var planMentionRef = regexp.MustCompile(`(?m)^\s*["']?apiVersion["']?\s*:\s*["']?coalition/`)

func TestMentionsPlan(t *testing.T) {
	header := strings.Repeat("# "+strings.Repeat("x", 78)+"\n", 70<<10/80)
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"first line", "apiVersion: coalition/v1\n", true},
		{"quoted", "\"apiVersion\": 'coalition/v2'\n", true},
		{"indented after a comment", "# plan\n  apiVersion: coalition/v1\n", true},
		{"value on the next line", "apiVersion:\n  coalition/v1\n", true},
		{"after 64 KiB of comments", header + "apiVersion: coalition/v1\nkind: Plan\n", true},
		{"at the very end", header + "apiVersion: coalition/", true},
		{"after another apiVersion", header + "apiVersion: apps/v1\n---\napiVersion: coalition/v1\n", true},
		{"another apiVersion", header + "apiVersion: apps/v1\n", false},
		{"coalition/ elsewhere", header + "apiVersion: v1\nsee: coalition/v1\n", false},
		{"not at the start of a line", "# apiVersion: coalition/v1\n", false},
		{"in a flow mapping", "{apiVersion: coalition/v1}\n", false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MentionsPlan([]byte(tc.text)); got != tc.want {
				t.Errorf("MentionsPlan = %v, want %v", got, tc.want)
			}
			if ref := planMentionRef.MatchString(tc.text); ref != tc.want {
				t.Errorf("the reference expression says %v, want %v", ref, tc.want)
			}
		})
	}
}

// TestMentionsPlanAgreesWithExpression checks MentionsPlan against the
// regular expression that defines it, on texts made of the pieces that
// matter.
func TestMentionsPlanAgreesWithExpression(t *testing.T) {
	pieces := []string{"apiVersion", "coalition/", "coalition", ":", " ", "\t", "\n", "\r", "\f", "\v", "\"", "'", "#", "x", "api", "Version", "-"}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 200000 {
		b.Reset()
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		if got, want := MentionsPlan([]byte(text)), planMentionRef.MatchString(text); got != want {
			t.Fatalf("MentionsPlan(%q) = %v, the expression says %v", text, got, want)
		}
	}
}

func FuzzMentionsPlan(f *testing.F) {
	f.Add([]byte("apiVersion: coalition/v1\n"))
	f.Add([]byte(" 'apiVersion\"\n:\n\t\"coalition/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := MentionsPlan(data), planMentionRef.Match(data); got != want {
			t.Fatalf("MentionsPlan(%q) = %v, the expression says %v", data, got, want)
		}
	})
}

func BenchmarkMentionsPlan(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"10MiB-without", strings.Repeat("rows:\n  - {a: 1, b: two}\n", 10<<20/26)},
		{"10MiB-mention-late", strings.Repeat("rows:\n  - {a: 1, b: coalition/x}\n", 10<<20/36) + "apiVersion: coalition/v1\n"},
		{"10MiB-many-keys", strings.Repeat("apiVersion: apps/v1\n", 10<<20/20) + "# coalition/\n"},
		{"10MiB-many-keys-spaced", strings.Repeat("apiVersion"+strings.Repeat(" ", 100)+"\n", 10<<20/111) + "# coalition/\n"},
	} {
		data := []byte(bc.text)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				MentionsPlan(data)
			}
		})
	}
}
