package corpus

import (
	"fmt"
	"strings"
)

// The hostile plans: files no coalition writes, but that a checker used as a
// CI gate must read in bounded time and memory and answer with bounded
// output. Each has the shape of a defect once found; tests and benchmarks
// generate them, and none is committed.

// AliasAmplification returns a plan of about size + 40 × count bytes in
// which count aliases name one word of size bytes, as the status of as many
// members: a word the plan rejects, and quotes. With a 1 MiB word and 2,000
// aliases (1.1 MB), checking once took 112 s and 5.8 GB and printed 2.1 GB.
func AliasAmplification(size, count int) []byte {
	var b strings.Builder
	b.WriteString("apiVersion: coalition/v1\nkind: Plan\ncoalition:\n  name: Harbor\n  problem: &big ")
	b.WriteString(strings.Repeat("jobs", size/4))
	b.WriteString("\nmembers:\n")
	for i := range count {
		fmt.Fprintf(&b, "  - {id: m-%d, name: M, status: *big}\n", i)
	}
	b.WriteString("goals: []\n")
	return []byte(b.String())
}

// LongKeyAliases returns a plan of about size + 30 × count bytes in which
// count aliases use one word of size bytes as a key of as many members: an
// unknown key, quoted, with a suggestion sought for it. With a 1 MiB key
// and 3,000 aliases, checking took more than 10 minutes.
func LongKeyAliases(size, count int) []byte {
	var b strings.Builder
	b.WriteString("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Harbor, problem: P}\nnotes: &k ")
	b.WriteString(strings.Repeat("jobs", size/4))
	b.WriteString("\nmembers:\n")
	for i := range count {
		fmt.Fprintf(&b, "  - {id: m-%d, name: M, *k : 1}\n", i)
	}
	b.WriteString("goals: []\n")
	return []byte(b.String())
}

// DanglingRefs returns a plan of about 90 × n bytes that declares n people
// and n members whose owners are all misspelt, each differently
// ("persn-00042" for "person-00042"). With n = 20,000 (2 MB), checking took
// 102 s: each finding sought its suggestion among all the ids.
func DanglingRefs(n int) []byte {
	var b strings.Builder
	b.WriteString("apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Harbor, problem: P}\npeople:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - {id: person-%05d, name: P}\n", i)
	}
	b.WriteString("members:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - {id: member-%05d, name: M, owner: persn-%05d}\n", i, i)
	}
	b.WriteString("goals: []\n")
	return []byte(b.String())
}
