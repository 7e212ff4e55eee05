package schema_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/schema"
)

var update = flag.Bool("update", false, "rewrite docs/schema/coalition-v1.schema.json")

const published = "../../docs/schema/coalition-v1.schema.json"

// TestPublishedSchemaUpToDate keeps the committed schema, which plans point
// at, the one the model generates. Run `make docs` to fix.
func TestPublishedSchemaUpToDate(t *testing.T) {
	got := schema.JSON()
	if *update {
		if err := os.WriteFile(published, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(published)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("docs/schema/coalition-v1.schema.json is out of date: run `make docs`")
	}
}

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schema.URL, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schema.URL)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return s
}

// instance reads a YAML plan as the JSON value an editor validates. It
// walks the nodes rather than decoding, so that a duplicate key (the
// broken example has one) keeps its last value instead of failing.
func instance(t *testing.T, path string) any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return value(doc.Content[0])
}

func value(n *yaml.Node) any {
	switch n.Kind {
	case yaml.AliasNode:
		return value(n.Alias)
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = value(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			l = append(l, value(c))
		}
		return l
	}
	switch n.Tag {
	case "!!int", "!!float":
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil {
			return n.Value
		}
		return f
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value // strings, and dates as written
}

func TestExamplesValidate(t *testing.T) {
	s := compile(t)
	paths, _ := filepath.Glob("../../examples/*.yaml")
	if len(paths) == 0 {
		t.Fatal("no examples")
	}
	for _, p := range paths {
		if err := s.Validate(instance(t, p)); err != nil {
			t.Errorf("%s does not validate against the schema:\n%v", p, err)
		}
	}
}

func TestBrokenExampleFails(t *testing.T) {
	err := compile(t).Validate(instance(t, "../../examples/broken/broken-plan.yaml"))
	if err == nil {
		t.Fatal("the broken example validates against the schema")
	}
	// The schema catches the mistakes of shape: a misspelt key, a word
	// outside a vocabulary, a number out of range, an id in capitals.
	for _, want := range []string{"misson", "/members/4/sector", "Harbor_Org", "/stakeholders/0/stance", "/goals/3/due", "12,500.00"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the schema does not report %q:\n%v", want, err)
		}
	}
}
