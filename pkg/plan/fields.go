package plan

import "reflect"

// Field describes one key of a struct of the model, as the decoder reads
// it: the schema generator and the formatter walk the model with it, so
// that all three agree on keys, their order and their bounds.
type Field struct {
	// Key is the YAML key.
	Key string
	// Doc describes the key (the `doc` struct tag).
	Doc string
	// Type is the Go type of the field: a struct, a List or a Value.
	Type reflect.Type
	// Required is true for a key that must be written.
	Required bool
	// Min and Max bound a number, when not nil.
	Min, Max *float64
}

// Fields returns the keys of the model struct type t, in the order the
// format lists them.
func Fields(t reflect.Type) []Field {
	si := infoOf(t)
	out := make([]Field, len(si.fields))
	for i, f := range si.fields {
		sf := t.Field(f.index)
		out[i] = Field{Key: f.key, Doc: sf.Tag.Get("doc"), Type: sf.Type, Required: f.required, Min: f.min, Max: f.max}
	}
	return out
}

var (
	listType   = reflect.TypeOf((*interface{ items() any })(nil)).Elem()
	scalarType = reflect.TypeOf((*scalar)(nil)).Elem()
)

// ListOf returns the element type of a List type of the model.
func ListOf(t reflect.Type) (reflect.Type, bool) {
	if t.Kind() != reflect.Struct || !reflect.PointerTo(t).Implements(listType) {
		return nil, false
	}
	items, _ := t.FieldByName("Items")
	return items.Type.Elem(), true
}

// ValueOf returns the scalar type held by a Value type of the model.
func ValueOf(t reflect.Type) (reflect.Type, bool) {
	if t.Kind() != reflect.Struct || !reflect.PointerTo(t).Implements(scalarType) {
		return nil, false
	}
	v, _ := t.FieldByName("V")
	return v.Type, true
}
