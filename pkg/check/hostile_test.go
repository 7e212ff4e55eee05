package check

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coalition-tools/coalition/pkg/corpus"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

const goodPlan = `apiVersion: coalition/v1
kind: Plan
coalition: {name: Good, problem: P}
members: []
goals: []
`

// hostile is a repository of hostile and broken files beside one good
// plan. want says what each file must give: a finding of a rule at a line,
// an error reading it, or a silent skip.
type hostile struct {
	name  string
	write func(t *testing.T, path string)
	want  string // "rule@line", "error: text", "skip"
}

func text(s string) func(*testing.T, string) {
	return func(t *testing.T, p string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func hostileFiles() []hostile {
	// Merge keys nested ten levels deep, each merging ten copies: 10^10
	// keys if expanded naively.
	bomb := "apiVersion: coalition/v1\nkind: Plan\nl0: &l0 {name: Harbor, problem: Jobs}\n"
	for i := 1; i <= 10; i++ {
		prev := "*l" + itoa(i-1)
		bomb += "l" + itoa(i) + ": &l" + itoa(i) + " {<<: [" + strings.TrimSuffix(strings.Repeat(prev+", ", 10), ", ") + "]}\n"
	}
	bomb += "coalition: *l10\nmembers: []\ngoals: []\n"
	deep := "apiVersion: coalition/v1\nkind: Plan\ncoalition: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n"
	return []hostile{
		{"alias-bomb.yaml", text(bomb), "yaml-syntax@"},
		{"deep-nesting.yaml", text(deep), "invalid-type@3"},
		{"huge.yaml", func(t *testing.T, p string) {
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			// 100 MB, sparse: the size alone must stop it, before reading.
			if err := f.Truncate(100 << 20); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}, "skip"},
		{"huge-plan.yaml", func(t *testing.T, p string) {
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString("apiVersion: coalition/v1\nkind: Plan\n")
			if err := f.Truncate(100 << 20); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}, "yaml-syntax@1"},
		{"binary.yaml", text("\x00\x01\x02PNG\x00binary"), "skip"},
		{"binary-plan.yaml", text("apiVersion: coalition/v1\nkind: Plan\n\x00\x01"), "yaml-syntax@3"},
		{"latin1.yaml", text("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Caf\xe9, problem: P}\nmembers: []\ngoals: []\n"), "yaml-syntax@3"},
		{"bom.yaml", text("\xef\xbb\xbf" + goodPlan), "clean"},
		{"crlf.yaml", text(strings.ReplaceAll(goodPlan, "\n", "\r\n")), "clean"},
		{"tabs.yaml", text("apiVersion: coalition/v1\nkind: Plan\ncoalition:\n\tname: T\n"), "yaml-syntax@4"},
		{"scalar.yaml", text("apiVersion: coalition/v1\n---\njust a sentence\n"), "yaml-syntax@2"},
		{"list-plan.yaml", text("- apiVersion: coalition/v1\n- kind: Plan\n"), "skip"},
		{"control-chars.yaml", text("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: \"\\e[2J\\e]0;pwned\\a\", problem: P}\nmembers: []\ngoals: []\nbogus\\e: 1\n"), "clean-ish"},
		{"good.yaml", text(goodPlan), "clean"},
		// 1.1 MB whose 2,000 aliases name a 1 MiB string: each was
		// quoted whole, 2.1 GB of output in 112 s.
		{"alias-amplification.yaml", text(string(corpus.AliasAmplification(1<<20, 2000))), "yaml-syntax@5"},
		// A 1 MB key used by 3,000 aliases: more than 10 minutes.
		{"long-key-aliases.yaml", text(string(corpus.LongKeyAliases(1<<20, 3000))), "yaml-syntax@9"},
		// 20,000 misspelt owners in a 2 MB plan: 102 s.
		{"dangling-refs.yaml", text(string(corpus.DanglingRefs(20000))), "dangling-ref@20006"},
	}
}

// The bounds of the hostile suite, far above what it takes (see
// docs/performance.md) and far below what the files cost unbounded.
const (
	maxOutput    = 128 << 10 // bytes of text output per file
	maxAllocated = 1 << 30   // bytes allocated by the whole check
)

// TestHostileInput checks a directory of hostile files: each gives a clear,
// located finding or a silent skip, within bounded time, and the good plan
// beside them is still checked.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	cases := hostileFiles()
	for _, c := range cases {
		c.write(t, filepath.Join(dir, c.name))
	}
	// A symbolic link loop in a walked directory, and a dangling link.
	sub := filepath.Join(dir, "loop")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(sub, "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere.yaml"), filepath.Join(dir, "dangling.yaml")); err != nil {
		t.Fatal(err)
	}
	// An unreadable file and directory (only meaningful when not root).
	root := os.Geteuid() == 0
	locked := filepath.Join(dir, "locked.yaml")
	text(goodPlan)(t, locked)
	lockedDir := filepath.Join(dir, "locked-dir")
	os.Mkdir(lockedDir, 0o755)
	text(goodPlan)(t, filepath.Join(lockedDir, "inside.yaml"))
	if !root {
		os.Chmod(locked, 0)
		os.Chmod(lockedDir, 0)
		defer os.Chmod(lockedDir, 0o755)
	}

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	done := make(chan struct{})
	results := map[string]Result{}
	var walkErrs []error
	go func() {
		defer close(done)
		targets, errs := workspace.Find([]string{dir})
		walkErrs = errs
		opts := Options{Lint: lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)}}
		_ = Run(targets, opts, func(r Result) error {
			results[filepath.Base(r.Path)] = r
			return nil
		})
	}()
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("checking the hostile files did not end within a minute")
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 200<<20 {
		t.Errorf("the heap grew by %d MB checking a few small files", grown>>20)
	}
	// All the work together allocates a bounded amount: the alias
	// amplification alone allocated 5.8 GB.
	if total := after.TotalAlloc - before.TotalAlloc; total > maxAllocated {
		t.Errorf("checking the hostile files allocated %d MB, want at most %d MB", total>>20, maxAllocated>>20)
	} else {
		t.Logf("checking the hostile files allocated %d MB", total>>20)
	}

	for _, c := range cases {
		r, seen := results[c.name]
		rulesAt := map[string]bool{}
		for _, d := range r.Diagnostics {
			rulesAt[d.Rule+"@"] = true
			rulesAt[d.Rule+"@"+itoa(d.Pos.Line)] = true
			if d.Pos.Line < 1 || d.Pos.Col < 1 {
				t.Errorf("%s: finding without a position: %+v", c.name, d)
			}
		}
		switch {
		case !seen:
			t.Errorf("%s was not reported at all", c.name)
		case c.want == "skip":
			if !r.Skipped {
				t.Errorf("%s: want a silent skip, got %v %v", c.name, r.Err, r.Diagnostics)
			}
		case c.want == "clean", c.want == "clean-ish":
			if r.File == nil || r.File.Plan == nil {
				t.Errorf("%s: want a plan that loads, got %v %v", c.name, r.Err, r.Diagnostics)
			}
		default:
			if !rulesAt[c.want] {
				t.Errorf("%s: want %s, got %v (err %v)", c.name, c.want, r.Diagnostics, r.Err)
			}
		}
	}
	// The good plan is checked, with nothing to report but information.
	if r := results["good.yaml"]; r.File == nil || len(r.Diagnostics) == 0 && r.Err != nil {
		t.Error("the good plan beside the hostile files was not checked")
	}
	// The link loop is not followed and the dangling link is reported.
	for name := range results {
		if strings.Contains(name, "up") {
			t.Errorf("the walk followed the link loop: %s", name)
		}
	}
	if r, ok := results["dangling.yaml"]; ok && r.Err == nil && !r.Skipped {
		t.Errorf("dangling link: %+v", r)
	}
	if !root {
		if r := results["locked.yaml"]; r.Err == nil || !errors.Is(r.Err, syscall.EACCES) && !strings.Contains(r.Err.Error(), "permission") {
			t.Errorf("unreadable file: want a permission error, got %+v", r)
		}
		found := false
		for _, e := range walkErrs {
			found = found || strings.Contains(e.Error(), "locked-dir")
		}
		if !found {
			t.Error("the unreadable directory is not reported")
		}
	}

	// However hostile a file, its findings are few and short: at most
	// lint.MaxPerRule of a rule and one that counts the rest, each quoting
	// no more than an excerpt of the plan.
	for _, c := range cases {
		var out bytes.Buffer
		_ = output.NewText(&out, false).File(c.name, results[c.name].Diagnostics)
		if out.Len() > maxOutput {
			t.Errorf("%s: %d bytes of output, want at most %d", c.name, out.Len(), maxOutput)
		}
		t.Logf("%s: %d findings, %d bytes of output", c.name, len(results[c.name].Diagnostics), out.Len())
		perRule := map[string]int{}
		for _, d := range results[c.name].Diagnostics {
			perRule[d.Rule]++
		}
		for rule, n := range perRule {
			if n > lint.MaxPerRule+1 {
				t.Errorf("%s: %d findings of %s, want at most %d", c.name, n, rule, lint.MaxPerRule+1)
			}
		}
	}

	// No escape sequence from a plan reaches the terminal.
	var b bytes.Buffer
	w := output.NewText(&b, false)
	for _, c := range cases {
		_ = w.File(c.name, results[c.name].Diagnostics)
	}
	if bytes.ContainsRune(b.Bytes(), 0x1b) || bytes.ContainsRune(b.Bytes(), 0x07) {
		t.Error("a control character from a plan reached the text output")
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
