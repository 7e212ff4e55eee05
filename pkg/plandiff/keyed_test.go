package plandiff

import (
	"fmt"
	"slices"
	"testing"
)

// TestKeyedOrder checks how keyed pairs two lists: in the order of the new
// list, then the items only in the old one in their order; an empty key
// is skipped, and of a key given twice only the first item counts.
func TestKeyedOrder(t *testing.T) {
	type item struct{ key, text string }
	before := []item{{"a", "a1"}, {"b", "b1"}, {"", "x"}, {"c", "c1"}, {"b", "b2"}, {"d", "d1"}}
	after := []item{{"d", "d2"}, {"e", "e2"}, {"a", "a2"}, {"", "y"}, {"e", "e3"}, {"f", "f2"}}
	text := func(it *item) string {
		if it == nil {
			return "-"
		}
		return it.text
	}
	var got []string
	keyed(before, after, func(it *item) string { return it.key }, func(k string, a, b *item) {
		got = append(got, fmt.Sprintf("%s %s→%s", k, text(a), text(b)))
	})
	want := []string{"d d1→d2", "e -→e2", "a a1→a2", "f -→f2", "b b1→-", "c c1→-"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
