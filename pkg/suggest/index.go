package suggest

import (
	"slices"
	"strings"
)

// The limits of the work of an Index. A plan declares at most a few hundred
// ids, so they are far above what a real plan needs; they bound what a
// hostile one costs.
const (
	// PerWord is how many candidates an Index compares one word with.
	PerWord = 1000
	// PerFile is the budget of comparisons of the indexes of one file,
	// all words together (see NewBudget).
	PerFile = 100000
)

// Budget is how many comparisons the indexes that share it may still make.
type Budget struct{ left int }

// NewBudget returns a budget of n comparisons.
func NewBudget(n int) *Budget { return &Budget{left: n} }

// spend takes one comparison from b, and reports false when none is left.
func (b *Budget) spend() bool {
	if b.left <= 0 {
		return false
	}
	b.left--
	return true
}

// Index finds, for many words, the closest of one set of candidates, such as
// the ids a plan declares: Closest over a set built once, with work bounded
// whatever the size of the set and the number of words.
//
// A word is looked up as is (ignoring case) and as the truncation or
// extension of a candidate, then compared by edit distance with the
// candidates of about its length only, nearest lengths first, at most
// PerWord of them, within the budget shared by the indexes of a file. The
// answer for a word is kept, so a misspelling repeated a thousand times is
// searched once. When the comparisons end before the candidates do, only a
// candidate one edit away is suggested: a farther one found in part of the
// set could be a poorer guess than one in the rest. Within the limits, the
// answer is that of Closest.
type Index struct {
	cands  []string
	lower  []string
	runes  [][]rune
	first  map[string]int // lowercase text -> its first candidate
	byLen  map[int][]int  // length in runes -> candidates, in order
	sorted []int          // candidates in the order of their lowercase text
	maxLen int            // bytes of the longest lowercase candidate
	budget *Budget
	memo   map[string]int // word -> candidate, -1 for none
	rows   []int          // scratch for distance
}

// NewIndex indexes candidates. The indexes of one file share budget, so that
// the work of the file is bounded; nil gives the index a budget of PerFile
// of its own.
func NewIndex(candidates []string, budget *Budget) *Index {
	if budget == nil {
		budget = NewBudget(PerFile)
	}
	x := &Index{
		cands: candidates, lower: make([]string, len(candidates)), runes: make([][]rune, len(candidates)),
		first: make(map[string]int, len(candidates)), byLen: map[int][]int{},
		sorted: make([]int, len(candidates)), budget: budget, memo: map[string]int{},
	}
	for i, c := range candidates {
		lc := strings.ToLower(c)
		x.lower[i], x.runes[i], x.sorted[i] = lc, []rune(lc), i
		if _, ok := x.first[lc]; !ok {
			x.first[lc] = i
		}
		x.byLen[len(x.runes[i])] = append(x.byLen[len(x.runes[i])], i)
		x.maxLen = max(x.maxLen, len(lc))
	}
	slices.SortStableFunc(x.sorted, func(a, b int) int { return strings.Compare(x.lower[a], x.lower[b]) })
	return x
}

// Closest returns the candidate closest to word, as Closest does, within the
// limits of the index.
func (x *Index) Closest(word string) (string, bool) {
	i, seen := x.memo[word]
	if !seen {
		i = x.search(word)
		x.memo[word] = i
	}
	if i < 0 {
		return "", false
	}
	return x.cands[i], true
}

// DidYouMean formats the suggestion for word as ` (did you mean "x"?)`, or
// returns "" when there is none.
func (x *Index) DidYouMean(word string) string {
	s, ok := x.Closest(word)
	return didYouMean(word, s, ok)
}

// search returns the candidate closest to word, -1 for none.
func (x *Index) search(word string) int {
	if word == "" {
		return -1
	}
	lw := strings.ToLower(word)
	if i, ok := x.first[lw]; ok {
		return i
	}
	limit := threshold(word)
	best, bestDist := -1, limit+1
	consider := func(i, d int) {
		if d < bestDist || d == bestDist && i < best {
			best, bestDist = i, d
		}
	}
	spent, cut := 0, false
	spend := func() bool {
		if spent == PerWord || !x.budget.spend() {
			cut = true
			return false
		}
		spent++
		return true
	}
	if len(lw) >= 3 {
		// The candidates the word extends: a lookup per prefix.
		for end := 3; end < len(lw) && end <= x.maxLen; end++ {
			if i, ok := x.first[lw[:end]]; ok {
				consider(i, 1)
			}
		}
		// The candidates that extend it: a range of the sorted ones.
		k, _ := slices.BinarySearchFunc(x.sorted, lw, func(i int, w string) int { return strings.Compare(x.lower[i], w) })
		for ; k < len(x.sorted) && strings.HasPrefix(x.lower[x.sorted[k]], lw) && spend(); k++ {
			consider(x.sorted[k], 1)
		}
	}
	var rw []rune
	n := 0
	if !cut {
		rw = []rune(lw)
		n = len(rw)
	}
	// Then by edit distance, nearest lengths first: the difference of
	// lengths is the least the distance can be.
search:
	for delta := 0; !cut && delta <= min(limit, bestDist); delta++ {
		for _, length := range []int{n - delta, n + delta}[:min(delta+1, 2)] {
			for _, i := range x.byLen[length] {
				// A candidate before the best may tie with it; one
				// after it must do better.
				k := bestDist
				if best >= 0 && i > best {
					k--
				}
				if k < max(delta, 1) {
					// No other candidate is at distance 0, none at
					// less than delta, and those after this one
					// are after the best too.
					break
				}
				if !spend() {
					break search
				}
				if d := distance(rw, x.runes[i], k, &x.rows); d <= k {
					consider(i, d)
				}
			}
		}
	}
	if best < 0 || cut && bestDist > 1 {
		return -1
	}
	return best
}
