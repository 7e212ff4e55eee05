package plan

import "strconv"

// MaxQuoted is how many characters of plan text a message quotes at most:
// every valid id, at most 63 characters, is quoted whole.
const MaxQuoted = 64

// Excerpt returns s, or its first MaxQuoted characters followed by "…" when
// it is longer. Every message that shows text of a plan shows it through
// Excerpt or Quote: aliases can repeat one long value thousands of times,
// and no finding may carry it whole.
func Excerpt(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// Quote returns Excerpt(s) quoted as Go quotes a string, as %q does.
func Quote(s string) string { return strconv.Quote(Excerpt(s)) }
