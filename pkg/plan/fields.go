package plan

import (
	"reflect"
	"sync"
)

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

// kinds caches what ListOf and ValueOf find of each type: the walkers of
// the model (the placeholder rule, the score, the public form) ask it of
// every value of every plan, and reflect.Type.Implements is slow.
var kinds sync.Map // reflect.Type -> typeKind

// typeKind is what a type of the model is: a List of elem, a Value of
// elem, or neither.
type typeKind struct {
	list, value bool
	elem        reflect.Type
}

func kindOf(t reflect.Type) typeKind {
	if k, ok := kinds.Load(t); ok {
		return k.(typeKind)
	}
	var k typeKind
	switch {
	case t.Kind() != reflect.Struct:
	case reflect.PointerTo(t).Implements(listType):
		items, _ := t.FieldByName("Items")
		k = typeKind{list: true, elem: items.Type.Elem()}
	case reflect.PointerTo(t).Implements(scalarType):
		v, _ := t.FieldByName("V")
		k = typeKind{value: true, elem: v.Type}
	}
	kinds.Store(t, k)
	return k
}

// ListOf returns the element type of a List type of the model.
func ListOf(t reflect.Type) (reflect.Type, bool) {
	if k := kindOf(t); k.list {
		return k.elem, true
	}
	return nil, false
}

// ValueOf returns the scalar type held by a Value type of the model.
func ValueOf(t reflect.Type) (reflect.Type, bool) {
	if k := kindOf(t); k.value {
		return k.elem, true
	}
	return nil, false
}
