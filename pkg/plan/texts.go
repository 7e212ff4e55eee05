package plan

import (
	"reflect"
	"strconv"
)

var textType = reflect.TypeOf(Value[string]{})

// EachText calls fn with every free-text value of p that was written (a
// Value[string] with Set), in the order of the format, and its path, such
// as "goals[0].title". fn may change the value: the placeholder rule reads
// them, the score unsets those left from the starter in a copy.
func EachText(p *Plan, fn func(path string, v *Value[string])) {
	if p == nil {
		return
	}
	eachText(reflect.ValueOf(p).Elem(), "", fn)
}

func eachText(v reflect.Value, path string, fn func(string, *Value[string])) {
	t := v.Type()
	if t == textType {
		if tv := v.Addr().Interface().(*Value[string]); tv.Set {
			fn(path, tv)
		}
		return
	}
	if _, ok := ListOf(t); ok {
		items := v.FieldByName("Items")
		for i := range items.Len() {
			eachText(items.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
		return
	}
	if _, ok := ValueOf(t); ok || t.Kind() != reflect.Struct {
		return
	}
	si := infoOf(t)
	for _, f := range si.fields {
		p := f.key
		if path != "" {
			p = path + "." + f.key
		}
		eachText(v.Field(f.index), p, fn)
	}
}

// CopyTexts returns a copy of p in which fn has been applied to every
// written free-text value; p itself is left as it is. Lists are copied, so
// that the copy shares no item with p.
func CopyTexts(p *Plan, fn func(path string, v *Value[string])) *Plan {
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
