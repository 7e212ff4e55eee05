// Package suggest finds the closest match for a misspelt word, for the
// "did you mean" part of a diagnostic.
//
// Closest and DidYouMean look through a small fixed set of words, such as
// the keys of a mapping or the words of a vocabulary. An Index looks
// through a large set that a plan declares, such as its ids, for many
// words, with bounded work.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// Closest returns the candidate closest to word by edit distance, and false
// when no candidate is close enough to be a plausible typo. Ties are broken by
// the order of candidates, so the result is deterministic. A candidate whose
// length differs from the word's by more than a typo's worth is not
// compared, so a long word costs time in proportion to its length only.
func Closest(word string, candidates []string) (string, bool) {
	if word == "" {
		return "", false
	}
	lw := strings.ToLower(word)
	n := utf8.RuneCountInString(lw)
	var rw []rune // lw, made when a candidate is of about its length
	limit := threshold(word)
	best, bestDist := -1, limit+1
	for i, c := range candidates {
		lc := strings.ToLower(c)
		if lc == lw {
			return c, true
		}
		d := 1 // the least a candidate other than the word can be
		if !prefixes(lw, lc) {
			// Only a better candidate, or an equal one before the best,
			// counts: compare up to the best distance so far, which
			// the difference of lengths alone may exceed.
			k, m := bestDist-1, utf8.RuneCountInString(lc)
			if n-m > k || m-n > k {
				continue
			}
			if rw == nil {
				rw = []rune(lw)
			}
			d = Distance(rw, []rune(lc), k)
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return "", false
	}
	return candidates[best], true
}

// prefixes reports whether one of two different words, both of at least
// three bytes, starts with the other: a truncated or extended word ("rol",
// "governments") is a likely slip even when the distance is large.
func prefixes(lw, lc string) bool {
	return len(lw) >= 3 && len(lc) >= 3 && (strings.HasPrefix(lc, lw) || strings.HasPrefix(lw, lc))
}

// threshold is the largest edit distance still taken for a typo: about a
// third of the word, at least one and at most four edits.
func threshold(word string) int {
	return max(1, min(4, (utf8.RuneCountInString(word)+1)/3))
}

// DidYouMean formats the suggestion for word among candidates as
// ` (did you mean "x"?)`, or returns "" when there is none.
func DidYouMean(word string, candidates []string) string {
	s, ok := Closest(word, candidates)
	return didYouMean(word, s, ok)
}

func didYouMean(word, s string, ok bool) string {
	if ok && s != word {
		return ` (did you mean "` + s + `"?)`
	}
	return ""
}

// Distance returns the edit distance (Levenshtein, by runes) between a and
// b when it is at most k, and k+1 when it is more. Only the cells of the
// distance table within k of its diagonal are computed, so its work is
// about len(a) × (2k+1), whatever the length of the words.
func Distance(a, b []rune, k int) int { return distance(a, b, k, nil) }

// distance is Distance with a scratch buffer, grown as needed and returned
// for the next call.
func distance(a, b []rune, k int, buf *[]int) int {
	if k < 0 {
		return 0
	}
	n, m := len(a), len(b)
	if n-m > k || m-n > k {
		return k + 1
	}
	far := k + 1 // stands for every distance beyond k
	var rows []int
	if buf != nil {
		rows = *buf
	}
	if cap(rows) < 2*(m+1) {
		rows = make([]int, 2*(m+1))
		if buf != nil {
			*buf = rows
		}
	}
	prev, cur := rows[:m+1], rows[m+1:2*(m+1)]
	for j := range prev {
		prev[j] = min(j, far)
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-k), min(m, i+k)
		cur[0] = min(i, far)
		if lo > 1 {
			cur[lo-1] = far
		}
		least := cur[0]
		if lo > 1 {
			least = far
		}
		for j := lo; j <= hi; j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			d = min(d, prev[j]+1, cur[j-1]+1, far)
			cur[j] = d
			least = min(least, d)
		}
		if hi < m {
			cur[hi+1] = far // read by the next row, whose band is one wider
		}
		if least > k {
			return far // every path crosses this row
		}
		prev, cur = cur, prev
	}
	return prev[m]
}
