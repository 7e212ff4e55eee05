// Package suggest finds the closest match for a misspelt word, for the
// "did you mean" part of a diagnostic.
package suggest

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// Closest returns the candidate closest to word by edit distance, and false
// when no candidate is close enough to be a plausible typo. Ties are broken by
// the order of candidates, so the result is deterministic.
func Closest(word string, candidates []string) (string, bool) {
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
		if len(lw) >= 3 && len(lc) >= 3 && (strings.HasPrefix(lc, lw) || strings.HasPrefix(lw, lc)) {
			// A truncated or extended word ("rol", "governments") is a
			// likely slip even when the distance is large.
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

// threshold is the largest edit distance still taken for a typo: about a
// third of the word, at least one and at most four edits.
func threshold(word string) int {
	return max(1, min(4, (len([]rune(word))+1)/3))
}

// DidYouMean formats the suggestion for word among candidates as
// ` (did you mean "x"?)`, or returns "" when there is none.
func DidYouMean(word string, candidates []string) string {
	if s, ok := Closest(word, candidates); ok && s != word {
		return ` (did you mean "` + s + `"?)`
	}
	return ""
}
