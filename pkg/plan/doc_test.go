package plan

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// modelKeys returns every key of the model, as "parent.key" paths.
func modelKeys(t reflect.Type, prefix string, out map[string]bool) {
	for _, f := range infoOf(t).fields {
		ft := t.Field(f.index).Type
		path := prefix + f.key
		out[path] = true
		if ft.Kind() == reflect.Struct {
			if items, ok := ft.FieldByName("Items"); ok && items.Type.Kind() == reflect.Slice {
				ft = items.Type.Elem()
				path += "[]"
			}
		}
		if ft.Kind() == reflect.Struct && ft.Name() != "" && !strings.HasPrefix(ft.Name(), "Value[") {
			if _, isLoc := ft.FieldByName("Loc"); isLoc {
				modelKeys(ft, path+".", out)
			}
		}
	}
}

// TestFormatDocCoversModel fails when docs/plan-format.md does not mention a
// key of the model, so the format doc cannot fall behind the code.
func TestFormatDocCoversModel(t *testing.T) {
	doc, err := os.ReadFile("../../docs/plan-format.md")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	modelKeys(reflect.TypeFor[Plan](), "", keys)
	if len(keys) < 100 {
		t.Fatalf("found only %d keys in the model", len(keys))
	}
	for path := range keys {
		leaf := path[strings.LastIndex(path, ".")+1:]
		if !strings.Contains(string(doc), "`"+leaf+"`") && !strings.Contains(string(doc), "."+leaf+"`") && !strings.Contains(string(doc), "`"+leaf+".") {
			t.Errorf("docs/plan-format.md does not document %s", path)
		}
	}
}
