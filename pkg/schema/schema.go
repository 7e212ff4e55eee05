// Package schema generates the JSON Schema (draft-07, which
// yaml-language-server reads) of the v1 plan format from the model in
// package plan, so that the schema cannot drift from what check reads:
// every key with its description, required keys, ranges, patterns and the
// words of every vocabulary.
package schema

import (
	"bytes"
	"encoding/json"
	"reflect"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// URL is where the schema of the current format is published; plans point
// at it with a `# yaml-language-server: $schema=` comment.
const URL = "https://raw.githubusercontent.com/coalition-tools/coalition/main/docs/schema/coalition-v1.schema.json"

// Modeline is the comment that makes editors with the YAML language server
// use the schema for a plan.
const Modeline = "# yaml-language-server: $schema=" + URL

// JSON returns the schema as indented JSON.
func JSON() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(Generate())
	return b.Bytes()
}

// Generate returns the schema as a JSON value.
func Generate() map[string]any {
	s := object(reflect.TypeOf(plan.Plan{}))
	s["$schema"] = "http://json-schema.org/draft-07/schema#"
	s["$id"] = URL
	s["title"] = "Coalition plan (" + plan.APIVersion + ")"
	s["description"] = "A coalition plan: members and relationship owners, goals and indicators, barriers, budget, the 6 R's of engagement, governance, the power map and the opposition. Checked by coalition check."
	props := s["properties"].(map[string]any)
	props["apiVersion"] = map[string]any{"const": plan.APIVersion, "description": "The format version: " + plan.APIVersion + "."}
	props["kind"] = map[string]any{"const": plan.Kind, "description": "The kind of document: " + plan.Kind + "."}
	s["required"] = append([]string{"apiVersion", "kind"}, s["required"].([]string)...)
	return s
}

var (
	dateType  = reflect.TypeOf(plan.Date{})
	moneyType = reflect.TypeOf(plan.Money(0))
	idType    = reflect.TypeOf(plan.ID(""))
	emailType = reflect.TypeOf(plan.Email(""))
	currType  = reflect.TypeOf(plan.Currency(""))
	vocabType = reflect.TypeOf((*interface{ Vocabulary() *plan.Vocabulary })(nil)).Elem()
)

// object is the schema of a struct of the model.
func object(t reflect.Type) map[string]any {
	props := map[string]any{}
	required := []string{}
	for _, f := range plan.Fields(t) {
		s := of(f.Type)
		if f.Min != nil {
			s["minimum"] = *f.Min
		}
		if f.Max != nil {
			s["maximum"] = *f.Max
		}
		if f.Doc != "" {
			s["description"] = f.Doc
		}
		props[f.Key] = s
		if f.Required {
			required = append(required, f.Key)
		}
	}
	return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// of is the schema of a field's type.
func of(t reflect.Type) map[string]any {
	if elem, ok := plan.ListOf(t); ok {
		return map[string]any{"type": "array", "items": of(elem)}
	}
	if v, ok := plan.ValueOf(t); ok {
		return scalar(v)
	}
	if t.Kind() == reflect.Struct {
		return object(t)
	}
	return scalar(t)
}

// scalar is the schema of a scalar type of the model.
func scalar(t reflect.Type) map[string]any {
	var s map[string]any
	switch {
	case t == dateType:
		s = map[string]any{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`, "format": "date"}
	case t == moneyType:
		s = map[string]any{"type": []string{"number", "string"}, "minimum": 0, "pattern": `^[0-9]+(\.[0-9]{1,2})?$`}
	case t == idType:
		s = map[string]any{"type": "string", "pattern": `^[a-z0-9][a-z0-9-]{0,62}$`}
	case t == emailType:
		s = map[string]any{"type": "string", "format": "email"}
	case t == currType:
		s = map[string]any{"type": "string", "pattern": `^[A-Z]{3}$`}
	case t.Implements(vocabType):
		v := reflect.Zero(t).Interface().(interface{ Vocabulary() *plan.Vocabulary }).Vocabulary()
		s = map[string]any{"type": "string", "enum": v.Values}
	case t.Kind() == reflect.String:
		s = map[string]any{"type": "string", "minLength": 1}
	case t.Kind() == reflect.Bool:
		s = map[string]any{"type": "boolean"}
	case t.Kind() == reflect.Int:
		s = map[string]any{"type": "integer"}
	case t.Kind() == reflect.Float64:
		s = map[string]any{"type": "number"}
	default:
		s = map[string]any{}
	}
	return s
}
