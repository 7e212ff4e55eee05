package placeholder_test

import (
	"testing"

	"github.com/coalition-tools/coalition/pkg/placeholder"
)

func TestOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want placeholder.Kind
	}{
		{"TBD", placeholder.StandIn},
		{" tbd. ", placeholder.StandIn},
		{"TBC", placeholder.StandIn},
		{"todo", placeholder.StandIn},
		{"To do", placeholder.StandIn},
		{"FIXME", placeholder.StandIn},
		{"xx", placeholder.StandIn},
		{"XXXX", placeholder.StandIn},
		{"n/a", placeholder.StandIn},
		{"NA", placeholder.StandIn},
		{"Lorem ipsum dolor sit amet, consectetur", placeholder.StandIn},
		{"...", placeholder.StandIn},
		{"…", placeholder.StandIn},
		{"??", placeholder.StandIn},
		{"Say what is in the way.", placeholder.FromStarter},
		{"Your Name", placeholder.FromStarter},
		{"", placeholder.None},
		{"x", placeholder.None},
		{"Nation", placeholder.None},
		{"TBD by the board in May", placeholder.None},
		{"Say what is in the way, and who owns it.", placeholder.None},
		{"Lorem ipsumx", placeholder.None},
		{"Today we do", placeholder.None},
	} {
		if got := placeholder.Of(c.text); got != c.want {
			t.Errorf("Of(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestStarterTexts: every starter text is recognised, and Text returns it
// by name; an unknown name panics, so a typo in the starter's template
// fails its test.
func TestStarterTexts(t *testing.T) {
	texts := placeholder.Starter()
	if len(texts) < 20 {
		t.Fatalf("%d starter texts, want the starter's placeholders", len(texts))
	}
	for _, s := range texts {
		if placeholder.Of(s) != placeholder.FromStarter {
			t.Errorf("%q is not recognised as the starter's", s)
		}
	}
	if placeholder.Text("goals.title") != "Say what will be different in the community." {
		t.Errorf("Text(goals.title) = %q", placeholder.Text("goals.title"))
	}
	defer func() {
		if recover() == nil {
			t.Error("Text of an unknown name did not panic")
		}
	}()
	placeholder.Text("no.such.name")
}
