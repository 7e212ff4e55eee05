package suggest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/agnivade/levenshtein"
)

func TestClosest(t *testing.T) {
	keys := []string{"id", "name", "status", "sector", "role", "owner", "roles"}
	cases := []struct {
		name, word string
		cands      []string
		want       string
		ok         bool
	}{
		{"exact", "name", keys, "name", true},
		{"case differs", "Name", keys, "name", true},
		{"one edit", "stauts", keys, "status", true},
		{"truncated", "sect", keys, "sector", true},
		{"extended", "owners", keys, "owner", true},
		{"tie goes to the first", "rolex", keys, "role", true},
		{"too far", "budget", keys, "", false},
		{"empty word", "", keys, "", false},
		{"no candidates", "name", nil, "", false},
		{"short word, one edit at most", "ib", keys, "id", true},
		{"long word, no candidate of its length", strings.Repeat("status", 1000), keys, "status", true},
		{"long word unlike any", strings.Repeat("x", 100000), keys, "", false},
		{"multibyte", "ñame", keys, "name", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Closest(tc.word, tc.cands)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Closest(%.20q) = %q, %v; want %q, %v", tc.word, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestDidYouMean(t *testing.T) {
	for word, want := range map[string]string{
		"stauts": ` (did you mean "status"?)`,
		"status": "",
		"budget": "",
	} {
		if got := DidYouMean(word, []string{"status", "sector"}); got != want {
			t.Errorf("DidYouMean(%q) = %q, want %q", word, got, want)
		}
	}
}

// randomWord returns a word of up to n letters from a small alphabet, so
// that random words are often close to each other.
func randomWord(r *rand.Rand, n int) string {
	const letters = "abcdé-"
	runes := []rune(letters)
	var b strings.Builder
	for range r.IntN(n + 1) {
		b.WriteRune(runes[r.IntN(len(runes))])
	}
	return b.String()
}

// TestDistance compares the banded distance with the full one.
func TestDistance(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		a, b := randomWord(r, 12), randomWord(r, 12)
		k := r.IntN(6)
		full := levenshtein.ComputeDistance(a, b)
		want := min(full, k+1)
		if got := Distance([]rune(a), []rune(b), k); got != want {
			t.Fatalf("Distance(%q, %q, %d) = %d, want %d (full distance %d)", a, b, k, got, want, full)
		}
	}
}

// closestByLevenshtein is Closest as it was written before the length
// filter and the banded distance: every candidate compared in full.
func closestByLevenshtein(word string, candidates []string) (string, bool) {
	if word == "" {
		return "", false
	}
	lw := strings.ToLower(word)
	best, bestDist := "", -1
	for _, c := range candidates {
		lc := strings.ToLower(c)
		if lc == lw {
			return c, true
		}
		d := levenshtein.ComputeDistance(lw, lc)
		if prefixes(lw, lc) {
			d = min(d, 1)
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > threshold(word) {
		return "", false
	}
	return best, true
}

// TestIndexAgreesWithClosest checks that within its limits an Index gives
// the answer of Closest, and Closest that of a full comparison.
func TestIndexAgreesWithClosest(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for set := range 200 {
		cands := make([]string, r.IntN(60))
		for i := range cands {
			cands[i] = randomWord(r, 10)
		}
		x := NewIndex(cands, nil)
		for range 50 {
			w := randomWord(r, 11)
			if set%2 == 0 && len(cands) > 0 {
				w = cands[r.IntN(len(cands))] + randomWord(r, 2) // near a candidate
				if r.IntN(4) == 0 {
					w = strings.ToUpper(w)
				}
			}
			want, wantOK := closestByLevenshtein(w, cands)
			if got, ok := Closest(w, cands); got != want || ok != wantOK {
				t.Fatalf("Closest(%q, %q) = %q, %v; want %q, %v", w, cands, got, ok, want, wantOK)
			}
			for range 2 { // the second time from the memo
				if got, ok := x.Closest(w); got != want || ok != wantOK {
					t.Fatalf("Index(%q).Closest(%q) = %q, %v; want %q, %v", cands, w, got, ok, want, wantOK)
				}
			}
		}
	}
}

// manyIDs returns n ids of one length, as a generated plan declares them.
func manyIDs(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("person-%05d", i)
	}
	return ids
}

// TestIndexBounded checks the limits: a word is compared with at most
// PerWord candidates, the words of a file with at most the budget, and a
// search cut short suggests only a candidate one edit away.
func TestIndexBounded(t *testing.T) {
	ids := manyIDs(20000)
	budget := NewBudget(PerFile)
	x := NewIndex(ids, budget)
	cases := []struct {
		word, want string
	}{
		{"persn-00007", "person-00007"},   // one edit, among the first candidates compared
		{"person-00007", "person-00007"},  // exact
		{"PERSON-19999", "person-19999"},  // exact but for case
		{"persn-19999", ""},               // one edit, beyond PerWord candidates
		{"prson-0000", "person-00000"},    // two edits; the others are farther by length alone
		{"person-0001", "person-00001"},   // one edit, and the first candidate it starts is later
		{"person-000071", "person-00001"}, // one edit, and before the candidate it extends
		{"prsn-000199", ""},               // two edits, but the search was cut short
		{"zzzzzz-zzzzz", ""},              // nothing near
		{strings.Repeat("q", 1<<20), ""},  // a long word costs its length
	}
	for _, tc := range cases {
		got, _ := x.Closest(tc.word)
		if got != tc.want {
			t.Errorf("Closest(%.20q) = %q, want %q", tc.word, got, tc.want)
		}
	}
	// Thousands of distinct misspellings: the budget runs out, the work
	// stays bounded, and one-edit slips are still found when cheap.
	start := PerFile - budget.left
	for i := range 20000 {
		x.Closest(fmt.Sprintf("persn-%05d", i))
	}
	if budget.left < 0 || PerFile-budget.left < start {
		t.Fatalf("budget left %d after %d comparisons", budget.left, PerFile-budget.left)
	}
	if budget.left != 0 {
		t.Errorf("20,000 distinct misspellings left %d comparisons of the budget, want it spent", budget.left)
	}
	if got, _ := x.Closest("person-000172"); got != "person-00017" {
		t.Errorf("with the budget spent, a lookup by prefix still works: got %q", got)
	}
}

// TestIndexTimeIsLinear checks that 20,000 misspellings against 20,000 ids
// cost far less than comparing them all, which took minutes.
func TestIndexTimeIsLinear(t *testing.T) {
	ids := manyIDs(20000)
	start := time.Now()
	x := NewIndex(ids, nil)
	for i := range 20000 {
		x.DidYouMean(fmt.Sprintf("persn-%05d", i))
	}
	// Not a timing test: a guard against the quadratic search, which
	// takes minutes; the bounded one takes tens of milliseconds.
	if d := time.Since(start); d > 20*time.Second {
		t.Fatalf("20,000 lookups took %v", d)
	}
}
