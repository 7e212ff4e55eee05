package starter_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/placeholder"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/planfmt"
	"github.com/coalition-tools/coalition/pkg/schema"
	"github.com/coalition-tools/coalition/pkg/starter"
)

var today = plan.NewDate(2026, 11, 23)

// TestStarterPassesCheck writes the starter for every level of working
// together and checks it as coalition check does: no error, and no warning
// but its placeholders, each recognised by placeholder-text.
func TestStarterPassesCheck(t *testing.T) {
	for _, level := range plan.VocabRelationship.Values {
		t.Run(level, func(t *testing.T) {
			data, err := starter.Write(starter.Options{Name: `Bob's "Best": Coalition # 1`, Relationship: level, Today: today})
			if err != nil {
				t.Fatal(err)
			}
			f := plan.Parse("starter.yaml", data, plan.ReadOptions{Explicit: true})
			if f.Plan == nil {
				t.Fatalf("the starter does not load: %v", f.Problems)
			}
			// The only warnings are the placeholders left to replace, one
			// per placeholder the starter writes.
			placeholders := 0
			for _, d := range lint.Check(f, lint.Options{Rules: rules.All(), Today: today}) {
				if d.Rule == rules.PlaceholderText.ID {
					placeholders++
					continue
				}
				if d.Severity >= lint.SeverityWarning {
					t.Errorf("%d:%d: %s: %s [%s]", d.Pos.Line, d.Pos.Col, d.Severity, d.Message, d.Rule)
				}
			}
			written := 0
			for _, text := range placeholder.Starter() {
				written += bytes.Count(data, []byte(text))
			}
			if written == 0 || placeholders != written {
				t.Errorf("placeholder-text reports %d placeholders, the starter writes %d", placeholders, written)
			}
			if got := f.Plan.Coalition.Name.V; got != `Bob's "Best": Coalition # 1` {
				t.Errorf("name %q", got)
			}
			if got := string(f.Plan.Coalition.Relationship.V); got != level {
				t.Errorf("relationship %q, want %q", got, level)
			}
			if !bytes.HasPrefix(data, []byte(schema.Modeline+"\n")) {
				t.Error("the starter does not point editors at the schema on its first line")
			}
			for _, comment := range []string{"# Barriers:", "# The 6 R's", "# Governance:", "# The power map:", "# Opposition:", "# The budget:"} {
				if !bytes.Contains(data, []byte(comment)) {
					t.Errorf("the starter lacks the comment %q", comment)
				}
			}
			validate(t, data)
			if out, err := planfmt.Format(data); err != nil || !bytes.Equal(out, data) {
				t.Errorf("the starter is not in the form coalition fmt writes (err %v)", err)
			}
		})
	}
}

// TestLevelsAreTailored checks that a higher level asks for more.
func TestLevelsAreTailored(t *testing.T) {
	write := func(level string) string {
		data, err := starter.Write(starter.Options{Name: "X", Relationship: level, Today: today})
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if n := write("networking"); strings.Contains(n, "in_kind:") || strings.Contains(n, "sector: government") {
		t.Error("the networking starter asks for in-kind support or a government member")
	}
	if c := write("cooperation"); !strings.Contains(c, "in_kind:") || !strings.Contains(c, "hours_per_month") {
		t.Error("the cooperation starter does not ask for shared resources and time")
	}
	if m := write("multisector-collaboration"); !strings.Contains(m, "sector: government") || !strings.Contains(m, "sector: business") {
		t.Error("the multisector starter lacks government and business members")
	}
	if _, err := starter.Write(starter.Options{Relationship: "partnership", Today: today}); err == nil {
		t.Error("an unknown relationship is accepted")
	}
}

func validate(t *testing.T, data []byte) {
	t.Helper()
	doc, _ := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON()))
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schema.URL, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schema.URL)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(jsonValue(v)); err != nil {
		t.Errorf("the starter does not validate against the schema: %v", err)
	}
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = jsonValue(e)
		}
	case []any:
		for i, e := range x {
			x[i] = jsonValue(e)
		}
	case int:
		return float64(x)
	case interface{ Format(string) string }:
		return x.Format("2006-01-02")
	}
	return v
}

// TestListItemsAreBlocks keeps the starter away from the comma trap: a
// list item with several fields, such as a budget line or an asset, is
// written one field per line, where `amount: 28,000` is refused for its
// separator instead of read as 28 with a comma ending the value.
func TestListItemsAreBlocks(t *testing.T) {
	for _, level := range plan.VocabRelationship.Values {
		t.Run(level, func(t *testing.T) {
			data, err := starter.Write(starter.Options{Name: "X", Relationship: level, Today: today})
			if err != nil {
				t.Fatal(err)
			}
			var doc yaml.Node
			if err := yaml.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			var walk func(n *yaml.Node)
			walk = func(n *yaml.Node) {
				for _, c := range n.Content {
					if n.Kind == yaml.SequenceNode && c.Kind == yaml.MappingNode && c.Style&yaml.FlowStyle != 0 && len(c.Content) > 2 {
						t.Errorf("line %d: a list item with several fields is a one-line {…} mapping", c.Line)
					}
					walk(c)
				}
			}
			walk(&doc)
		})
	}
}
