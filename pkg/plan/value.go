package plan

import "fmt"

// Pos is a 1-based line and column in a plan file. Columns count characters,
// not bytes. The zero Pos means "no position".
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"column"`
}

// IsValid reports whether p points somewhere in a file.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as "line:col".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p comes before q in the file.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || (p.Line == q.Line && p.Col < q.Col)
}

// Loc records where a value of the model was written: the position of its key
// (for a list item, of the item itself), the position of the value, and
// whether it was written at all.
type Loc struct {
	// KeyPos is the position of the mapping key that holds the value.
	KeyPos Pos
	// Pos is the position of the value itself.
	Pos Pos
	// Set is true when the value was present in the file and valid.
	Set bool
	// Invalid is true when a value was written but rejected; the problem
	// that rejected it is reported, so rules treat the key as written.
	Invalid bool
}

// Written reports whether the key was written with a value, valid or not.
// Rules that complain about a missing key use it, so that an invalid value
// is reported once, as invalid, and not again as missing.
func (l *Loc) Written() bool { return l.Set || l.Invalid }

// Located returns l; it lets rules take any located model value.
func (l *Loc) Located() *Loc { return l }

func (l *Loc) setLoc(key, val Pos) { l.KeyPos, l.Pos, l.Set = key, val, true }

func (l *Loc) setInvalid(key, val Pos) { l.KeyPos, l.Pos, l.Invalid = key, val, true }

// Value is a scalar of the model together with where it was written.
type Value[T any] struct {
	Loc
	V T
}

func (v *Value[T]) target() any { return &v.V }

// Get returns the value, or the zero value of T when it was not written.
func (v Value[T]) Get() T { return v.V }

// Or returns the value, or def when it was not written.
func (v Value[T]) Or(def T) T {
	if !v.Set {
		return def
	}
	return v.V
}

// scalar is implemented by every *Value[T].
type scalar interface {
	locator
	target() any
}

// locator is implemented by every struct, List and Value of the model.
type locator interface {
	Located() *Loc
}

// locOf returns the Loc of a pointer to a struct, List or Value of the model.
func locOf(ptr any) *Loc { return ptr.(locator).Located() }
