package plan

import (
	"reflect"
	"strconv"
	"strings"
)

var textType = reflect.TypeOf(Value[string]{})

// EachText calls fn with every free-text value of p that was written (a
// Value[string] with Set), in the order of the format, and a function that
// returns its path, such as "goals[0].title" (built only when asked: most
// values never need it). fn may change the value: the placeholder rule
// reads them, the score unsets those left from the starter in a copy.
func EachText(p *Plan, fn func(path func() string, v *Value[string])) {
	if p == nil {
		return
	}
	w := textWalk{fn: fn}
	w.walk(reflect.ValueOf(p).Elem())
}

// textWalk walks the model, keeping the keys and indexes down to the
// current value.
type textWalk struct {
	fn   func(func() string, *Value[string])
	path []string
}

// pathString joins the path: keys with dots, indexes in brackets.
func (w *textWalk) pathString() string {
	var b strings.Builder
	for _, seg := range w.path {
		if b.Len() > 0 && seg[0] != '[' {
			b.WriteByte('.')
		}
		b.WriteString(seg)
	}
	return b.String()
}

func (w *textWalk) walk(v reflect.Value) {
	t := v.Type()
	if t == textType {
		if tv := v.Addr().Interface().(*Value[string]); tv.Set {
			w.fn(w.pathString, tv)
		}
		return
	}
	if _, ok := ListOf(t); ok {
		items := v.FieldByName("Items")
		for i := range items.Len() {
			w.path = append(w.path, "["+strconv.Itoa(i)+"]")
			w.walk(items.Index(i))
			w.path = w.path[:len(w.path)-1]
		}
		return
	}
	if _, ok := ValueOf(t); ok || t.Kind() != reflect.Struct {
		return
	}
	for _, f := range infoOf(t).fields {
		w.path = append(w.path, f.key)
		w.walk(v.Field(f.index))
		w.path = w.path[:len(w.path)-1]
	}
}

// CopyTexts returns a copy of p in which fn has been applied to every
// written free-text value; p itself is left as it is. Lists are copied, so
// that the copy shares no item with p.
func CopyTexts(p *Plan, fn func(path func() string, v *Value[string])) *Plan {
	if p == nil {
		return nil
	}
	c := *p
	copyLists(reflect.ValueOf(&c).Elem())
	EachText(&c, fn)
	return &c
}

// copyLists gives every list under v its own Items.
func copyLists(v reflect.Value) {
	t := v.Type()
	if _, ok := ListOf(t); ok {
		items := v.FieldByName("Items")
		if items.Len() == 0 {
			return
		}
		dup := reflect.MakeSlice(items.Type(), items.Len(), items.Len())
		reflect.Copy(dup, items)
		items.Set(dup)
		for i := range dup.Len() {
			copyLists(dup.Index(i))
		}
		return
	}
	if _, ok := ValueOf(t); ok || t.Kind() != reflect.Struct {
		return
	}
	for _, f := range infoOf(t).fields {
		copyLists(v.Field(f.index))
	}
}
