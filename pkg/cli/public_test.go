package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/coalition-tools/coalition/pkg/brief"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// secret is a text the public form of a plan must not show, and why.
type secret struct {
	text, what string
	// id is true for an id, which ends where an id does (a hyphen
	// continues it); a name ends where a word does.
	id bool
}

// secretsOf lists what the public form of the plan at path withholds:
// the names and email addresses of its people, the names of its
// stakeholders who are individuals (any not typed organization), and the
// names and ids of its opponents and of the stakeholders joined to one.
func secretsOf(t *testing.T, path string) []secret {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := plan.Parse(path, data, plan.ReadOptions{})
	if f == nil || f.Plan == nil {
		return nil // not a plan (testdata/calibration/expected.yaml)
	}
	p := f.Plan
	var out []secret
	add := func(text, what string, id bool) {
		if text = strings.TrimSpace(text); text != "" {
			out = append(out, secret{text, what, id})
		}
	}
	for _, pr := range p.People.Items {
		add(pr.Name.V, "the name of a person", false)
		add(string(pr.Email.V), "an email address", false)
	}
	joined := map[plan.ID]bool{}
	for _, o := range p.Opposition.Items {
		add(o.Name.V, "the name of an opponent", false)
		add(string(o.ID.V), "the id of an opponent", true)
		joined[o.Stakeholder.V] = o.Stakeholder.Set
	}
	for _, s := range p.Stakeholders.Items {
		switch {
		case joined[s.ID.V]:
			add(s.Name.V, "the name of a stakeholder joined to an opponent", false)
			add(string(s.ID.V), "the id of a stakeholder joined to an opponent", true)
		case s.Type.V != "organization":
			add(s.Name.V, "the name of an individual stakeholder", false)
		}
	}
	return out
}

var anyEmail = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// leaks returns what of secrets appears in out, whole (case ignored), and
// every email address in it.
func leaks(out string, secrets []secret) []string {
	var found []string
	lower := strings.ToLower(out)
	for _, s := range secrets {
		needle := strings.ToLower(s.text)
		for at := 0; ; {
			i := strings.Index(lower[at:], needle)
			if i < 0 {
				break
			}
			start, end := at+i, at+i+len(needle)
			before, _ := utf8.DecodeLastRuneInString(lower[:start])
			after, _ := utf8.DecodeRuneInString(lower[end:])
			if !continues(before, s.id) && !continues(after, s.id) {
				found = append(found, s.what+" "+quoteLine(out, start))
				break
			}
			at = start + 1
		}
	}
	for _, e := range anyEmail.FindAllString(out, -1) {
		found = append(found, "an email address: "+e)
	}
	return found
}

// continues reports whether c, beside a match, makes it part of a longer
// word (or id).
func continues(c rune, id bool) bool {
	if c == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || id && (c == '-' || c == '_')
}

// quoteLine is the line of out at byte offset i, for a message.
func quoteLine(out string, i int) string {
	start := strings.LastIndex(out[:i], "\n") + 1
	end := strings.Index(out[i:], "\n")
	if end < 0 {
		end = len(out) - i
	}
	line := out[start : i+end]
	if len(line) > 160 {
		line = line[:160] + "…"
	}
	return "in " + strings.TrimSpace(line)
}

// publicPlans are the plans the leak test renders: every example, the
// broken ones, and every plan under testdata/calibration.
func publicPlans(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("../../examples/*.yaml")
	broken, _ := filepath.Glob("../../examples/broken/*.yaml")
	paths = append(paths, broken...)
	_ = filepath.WalkDir("../../testdata/calibration", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
			paths = append(paths, path)
		}
		return nil
	})
	if len(paths) < 4 {
		t.Fatalf("only %d plans found: the examples are missing", len(paths))
	}
	return paths
}

// TestPublicLeaks renders every example and calibration plan with --public
// in every format of brief and report, and fails if any email address, any
// person's name, any individual stakeholder's name, or any opponent's name
// or id appears in it.
func TestPublicLeaks(t *testing.T) {
	var runs [][]string
	for _, f := range brief.Formats() {
		runs = append(runs, []string{"brief", "--trend", "0", "--format", f})
	}
	for _, f := range reportFormats.Names() {
		runs = append(runs, []string{"report", "--format", f})
	}
	for _, path := range publicPlans(t) {
		secrets := secretsOf(t, path)
		if secrets == nil {
			continue
		}
		for _, run := range runs {
			t.Run(filepath.Base(path)+"/"+run[0]+"/"+run[len(run)-1], func(t *testing.T) {
				ios, out, errOut := iostreams.Test()
				args := append(slices.Clone(run), "--public", "--today", "2026-11-23", path)
				if code := Main(args, ios); code != 0 {
					t.Fatalf("coalition %s: exit status %d\n%s", strings.Join(args, " "), code, errOut)
				}
				for _, l := range leaks(out.String(), secrets) {
					t.Errorf("%s", l)
				}
			})
		}
	}
}

// TestPublicLeaksCanFail checks that the leak test sees a leak: the brief
// and the report of an example written without --public name its people,
// its individual stakeholders and its opponents.
func TestPublicLeaksCanFail(t *testing.T) {
	path := "../../examples/youth-jobs-collaborative.yaml"
	secrets := secretsOf(t, path)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"brief", "--trend", "0"}, []string{"the name of a person", "the name of an individual stakeholder", "the name of an opponent"}},
		{[]string{"report"}, []string{"the name of a person", "an email address", "the name of an individual stakeholder", "the name of an opponent", "the id of an opponent"}},
	} {
		args := tc.args
		ios, out, _ := iostreams.Test()
		Main(append(args, "--today", "2026-11-23", path), ios)
		found := strings.Join(leaks(out.String(), secrets), "\n")
		for _, want := range tc.want {
			if !strings.Contains(found, want) {
				t.Errorf("%s without --public: the leak test finds no %s; it found:\n%s", args[0], want, found)
			}
		}
	}
}
