package plan

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/suggest"
)

// decoder fills the model from a yaml.Node tree. It never stops at the first
// mistake: every problem is recorded with its position and decoding goes on
// with the rest of the file.
type decoder struct {
	problems []Problem
	// src is the document as written, read only to tell what separates
	// two values on a line (see commaTraps); text, lineStart and cols are
	// made from it on first use.
	src       []byte
	text      string
	lineStart []int
	cols      map[int][]int
	// traps caches commaTraps by mapping and model type, for mappings
	// reached again through aliases.
	traps map[trapsKey]map[*yaml.Node]*commaTrap
	// budget is how many more nodes the decoder may visit, and textBudget
	// how many more bytes of keys and values it may read. Aliases make a
	// small document expand into a huge one, in nodes or in text (one
	// long value named by a thousand aliases); the budgets bound the work.
	budget     int
	limit      int
	textBudget int
	textLimit  int
	exhausted  bool
	// merging holds the mappings whose merge keys are being expanded, to
	// refuse a mapping that merges itself.
	merging map[*yaml.Node]bool
}

// aliasAllowance is how many nodes alias expansion may add beyond the
// document's own, and textAllowance how many bytes of text.
const (
	aliasAllowance = 10000
	textAllowance  = 1 << 20
)

// newDecoder returns a decoder for the document src. Every node of a YAML
// document takes at least one byte of it, and the text of a key or value
// is at most one and a half times as long as written (the escape \L, two
// bytes, reads as three), so without aliases no walk of the document can
// spend either budget.
func newDecoder(src []byte) *decoder {
	limit := 2*len(src) + aliasAllowance
	textLimit := 2*len(src) + textAllowance
	return &decoder{src: src, budget: limit, limit: limit, textBudget: textLimit, textLimit: textLimit}
}

func (d *decoder) report(rule string, n *yaml.Node, hint, format string, args ...any) {
	d.problems = append(d.problems, Problem{Rule: rule, Pos: posOf(n), Message: fmt.Sprintf(format, args...), Hint: hint})
}

func posOf(n *yaml.Node) Pos { return Pos{Line: n.Line, Col: n.Column} }

// resolve follows aliases and charges the visit, and the text of a scalar,
// to the budgets. It returns nil when a budget is spent.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n == nil || !d.charge(1, n) || !d.chargeText(len(n.Value), n) {
		return nil
	}
	return n
}

// charge takes cost visits from the budget and reports excessive aliasing,
// once, when it runs out.
func (d *decoder) charge(cost int, at *yaml.Node) bool {
	if d.exhausted {
		return false
	}
	d.budget -= cost
	if d.budget < 0 {
		d.exhausted = true
		d.report(RuleYAMLSyntax, at, "use fewer aliases, or write the repeated values out",
			"excessive aliasing: the aliases of this file expand it to more than %d values, far beyond its own size", d.limit)
		return false
	}
	return true
}

// chargeText takes size bytes from the text budget and reports excessive
// aliasing, once, when it runs out.
func (d *decoder) chargeText(size int, at *yaml.Node) bool {
	if d.exhausted {
		return false
	}
	d.textBudget -= size
	if d.textBudget < 0 {
		d.exhausted = true
		d.report(RuleYAMLSyntax, at, "name long values and keys with fewer aliases, or shorten them",
			"excessive aliasing: the aliases of this file expand its text to more than %s, far beyond its own size", humanSize(int64(d.textLimit)))
		return false
	}
	return true
}

// field describes one key of a model struct.
type field struct {
	key      string
	index    int
	required bool
	min, max *float64
}

type structInfo struct {
	fields []field
	keys   []string
	byKey  map[string]int
}

var structCache sync.Map // reflect.Type -> *structInfo

func infoOf(t reflect.Type) *structInfo {
	if si, ok := structCache.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{byKey: map[string]int{}}
	for i := range t.NumField() {
		f := t.Field(i)
		key := f.Tag.Get("yaml")
		if key == "" || f.Anonymous {
			continue
		}
		fi := field{key: key, index: i}
		for opt := range strings.SplitSeq(f.Tag.Get("plan"), ",") {
			name, val, _ := strings.Cut(opt, "=")
			switch name {
			case "required":
				fi.required = true
			case "min", "max":
				v, err := strconv.ParseFloat(val, 64)
				if err != nil {
					panic(fmt.Sprintf("plan: bad tag on %s.%s: %v", t.Name(), f.Name, err))
				}
				if name == "min" {
					fi.min = &v
				} else {
					fi.max = &v
				}
			}
		}
		si.byKey[key] = len(si.fields)
		si.fields = append(si.fields, fi)
		si.keys = append(si.keys, key)
	}
	structCache.Store(t, si)
	return si
}

// decode fills the model value at ptr (a pointer to a struct, a List or a
// Value) from n. keyPos is the position of the key that holds n; path names
// it in messages.
func (d *decoder) decode(n *yaml.Node, ptr any, keyPos Pos, path string, f *field) {
	n = d.resolve(n)
	if n == nil || isNull(n) {
		return
	}
	switch v := ptr.(type) {
	case scalar:
		d.decodeScalar(n, v, keyPos, path, f)
	case interface{ items() any }:
		d.decodeList(n, v, keyPos, path)
	default:
		d.decodeStruct(n, reflect.ValueOf(ptr).Elem(), keyPos, path)
	}
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func (d *decoder) decodeList(n *yaml.Node, l interface{ items() any }, keyPos Pos, path string) {
	if n.Kind != yaml.SequenceNode {
		d.report(RuleInvalidType, n, "write the items as a YAML list, one `- ` per item", "%s must be a list, got %s", path, describe(n))
		locOf(l).setInvalid(keyPos, posOf(n))
		return
	}
	locOf(l).setLoc(keyPos, posOf(n))
	items := reflect.ValueOf(l.items()).Elem()
	items.Set(reflect.MakeSlice(items.Type(), len(n.Content), len(n.Content)))
	kept, dropped := 0, 0
	for i, item := range n.Content {
		if isNull(item) {
			dropped++
			at := posOf(item)
			if item.Value == "" && at.Col > 1 {
				at.Col-- // an implicit null sits just after the dash: point at the dash
			}
			d.problems = append(d.problems, Problem{Rule: RuleInvalidType, Pos: at,
				Message: fmt.Sprintf("%s[%d] is an empty list item", path, i),
				Hint:    "remove the empty `-` line, or write the item after it"})
			continue
		}
		dst := items.Index(kept)
		d.decode(item, dst.Addr().Interface(), posOf(item), fmt.Sprintf("%s[%d]", path, i), nil)
		// An item that is not what the list holds has been reported; the
		// rules see only the items that decoded.
		if locOf(dst.Addr().Interface()).Set {
			kept++
		} else {
			dst.SetZero()
			dropped++
		}
	}
	items.SetLen(kept)
	reflect.ValueOf(l).Elem().FieldByName("Dropped").SetInt(int64(dropped))
}

// pairs returns the keys and values written in mapping n, and apart from
// them those brought in with YAML merge keys (`<<: *anchor`), which apply only
// where the mapping does not set the key itself.
func (d *decoder) pairs(n *yaml.Node) (explicit, merged [][2]*yaml.Node) {
	// The keys are read, compared and quoted: their text is charged,
	// whether written here or named by an alias.
	size := 0
	for i := 0; i < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		size += len(k.Value)
	}
	if !d.charge(len(n.Content)/2, n) || !d.chargeText(size, n) {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			merged = append(merged, d.mergePairs(v)...)
			continue
		}
		explicit = append(explicit, [2]*yaml.Node{k, v})
	}
	return explicit, merged
}

func (d *decoder) mergePairs(v *yaml.Node) [][2]*yaml.Node {
	v = d.resolve(v)
	if v == nil {
		return nil
	}
	srcs := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		srcs = v.Content
	}
	var out [][2]*yaml.Node
	for _, s := range srcs {
		if s = d.resolve(s); s == nil {
			return out
		}
		if s.Kind != yaml.MappingNode {
			d.report(RuleInvalidType, s, "merge a mapping with `<<: *anchor`", "<< must merge a mapping, got %s", describe(s))
			continue
		}
		if d.merging[s] {
			d.report(RuleInvalidType, v, "merge a mapping other than the one that contains the merge key", "<< merges a mapping into itself")
			continue
		}
		if d.merging == nil {
			d.merging = map[*yaml.Node]bool{}
		}
		d.merging[s] = true
		explicit, merged := d.pairs(s)
		delete(d.merging, s)
		// Copying the merged pairs is work too: charge it, so that merges
		// of merges cannot grow without bound.
		if !d.charge(len(explicit)+len(merged), s) {
			return out
		}
		out = append(append(out, explicit...), merged...)
	}
	return out
}

func (d *decoder) decodeStruct(n *yaml.Node, sv reflect.Value, keyPos Pos, path string) {
	if n.Kind != yaml.MappingNode {
		d.report(RuleInvalidType, n, "write keys and values under it, one `key: value` per line", "%s must be a mapping, got %s", path, describe(n))
		locOf(sv.Addr().Interface()).setInvalid(keyPos, posOf(n))
		return
	}
	si := infoOf(sv.Type())
	locOf(sv.Addr().Interface()).setLoc(keyPos, posOf(n))
	explicit, merged := d.pairs(n)
	// The first node of each key, to report a duplicate: by field for the
	// keys of the model (no map to allocate), by name for unknown ones.
	firstOf := make([]*yaml.Node, len(si.fields))
	var unknown map[string]*yaml.Node
	type typo struct {
		key, val *yaml.Node
		field    int
	}
	var typos []typo
	traps := d.commaTraps(n, si)
	seen := func(key string) *yaml.Node {
		if i, ok := si.byKey[key]; ok {
			return firstOf[i]
		}
		return unknown[key]
	}
	mark := func(key string, n *yaml.Node) {
		if i, ok := si.byKey[key]; ok {
			firstOf[i] = n
			return
		}
		if unknown == nil {
			unknown = map[string]*yaml.Node{}
		}
		unknown[key] = n
	}
	for _, p := range explicit {
		k := p[0]
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			d.report(RuleInvalidType, p[0], "keys are plain words such as `name`", "a key in %s must be a plain word, got %s", path, describe(k))
			continue
		}
		if t := traps[p[0]]; t != nil {
			// The rest of a value cut by a comma is no key at all: it is
			// reported once, as the value it belongs to.
			if t.first == p[0] && !d.exhausted {
				d.reportCommaTrap(t, sv, si, path)
			}
			continue
		}
		if first := seen(k.Value); first != nil {
			d.report(RuleDuplicateKey, p[0], "remove one of the two: YAML keeps only one value per key",
				"duplicate key %s in %s: first defined at line %d, column %d", Quote(k.Value), path, first.Line, first.Column)
			continue
		}
		mark(k.Value, p[0])
		if _, known := si.byKey[k.Value]; !known {
			if near, ok := suggest.Closest(k.Value, si.keys); ok {
				typos = append(typos, typo{key: p[0], val: p[1], field: si.byKey[near]})
			}
		}
		d.field(sv, si, p[0], k.Value, p[1], path)
	}
	// A misspelt key ("rewards" for "reward") is the key the writer meant,
	// written wrongly: unless the right key is written too, that field
	// counts as written but rejected, so rules that look for it report the
	// mistake once, as the unknown key, and not again as missing.
	for _, t := range typos {
		loc := locOf(sv.Field(si.fields[t.field].index).Addr().Interface())
		if !loc.Written() {
			loc.setInvalid(posOf(t.key), posOf(t.val))
		}
	}
	for _, p := range merged {
		if k := p[0]; k.Kind == yaml.ScalarNode && seen(k.Value) == nil {
			mark(k.Value, k)
			d.field(sv, si, k, k.Value, p[1], path)
		}
	}
	for i := range si.fields {
		fi := &si.fields[i]
		if !fi.required || d.exhausted {
			continue
		}
		// A key written with a value that was rejected is not missing: its
		// own problem says what is wrong with it. A key written with no
		// value (`name:`) is.
		field := sv.Field(fi.index).Addr().Interface()
		if text, ok := field.(*Value[string]); ok && text.Set && strings.TrimSpace(text.V) == "" {
			text.Set = false // blank text says nothing: as good as missing
		}
		if !locOf(field).Written() {
			d.problems = append(d.problems, Problem{Rule: RuleMissingField, Pos: keyPos,
				Message: fmt.Sprintf("missing required key %q in %s", fi.key, path),
				Hint:    fmt.Sprintf("add `%s: ...` to %s", fi.key, path)})
		}
	}
}

// commaTrap is a value cut short by a comma in a flow mapping: in
// `{amount: 28,000}` the comma ends the value, so amount is 28 and "000" a
// key with no value. A value can be cut into several pieces, as in
// `{description: Food, shelter, and care}`.
type commaTrap struct {
	// comma is the position of the first comma of the value.
	comma Pos
	// key and value are the key whose value was cut and the value as read.
	key, value *yaml.Node
	// first is the first piece read as a key; text is the value as
	// written, from its start to the end of its last piece.
	first *yaml.Node
	text  string
	// quoted is text quoted, and number the number it writes with
	// thousands separators, without them ("" when it is no such number);
	// both are cut to MaxQuoted characters.
	quoted, number string
}

type trapsKey struct {
	n  *yaml.Node
	si *structInfo
}

// commaTraps finds the values of flow mapping n cut short by a comma: a key
// unknown to si, plain, with no value and no colon, that follows a value
// (or another such piece) on the same line with nothing but a comma and
// spaces between them. It returns them by the key nodes of the pieces, nil
// when there is none; its work is linear in the mapping.
func (d *decoder) commaTraps(n *yaml.Node, si *structInfo) map[*yaml.Node]*commaTrap {
	if n.Style&yaml.FlowStyle == 0 || d.src == nil {
		return nil
	}
	if traps, ok := d.traps[trapsKey{n, si}]; ok {
		return traps
	}
	var traps map[*yaml.Node]*commaTrap
	var cur *commaTrap // the trap the previous key is a piece of
	start := 0         // the byte offset in its line where cur's value starts
	looked := false
	for i := 2; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		before := n.Content[i-1] // the value of the key before
		if cur != nil {
			before = n.Content[i-2] // the piece before
		}
		if _, known := si.byKey[k.Value]; known || !isPiece(k, v) || implicitNull(before) {
			cur = nil
			continue
		}
		looked = true
		line, from, comma, end, ok := d.commaBetween(before, k)
		if !ok {
			cur = nil
			continue
		}
		if cur == nil {
			cur = &commaTrap{comma: comma, key: n.Content[i-2], value: before, first: k}
			start = from
		}
		cur.text = line[start:end]
		if traps == nil {
			traps = map[*yaml.Node]*commaTrap{}
		}
		traps[k] = cur
	}
	for _, t := range traps {
		if t.quoted == "" {
			t.quoted = Quote(t.text)
			if thousands.MatchString(t.text) {
				t.number = Excerpt(strings.ReplaceAll(t.text, ",", ""))
			}
		}
	}
	if looked {
		if d.traps == nil {
			d.traps = map[trapsKey]map[*yaml.Node]*commaTrap{}
		}
		d.traps[trapsKey{n, si}] = traps
	}
	return traps
}

// isPiece reports whether key k with value v could be the rest of a value
// cut by a comma: a plain scalar written with no value.
func isPiece(k, v *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Style == 0 && k.Value != "" && implicitNull(v)
}

// implicitNull reports whether n is the null of a key written with no value.
func implicitNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Style == 0 && n.Tag == "!!null" && n.Value == ""
}

// commaBetween reports whether plain scalar a and key k are written on one
// line with nothing but a comma and spaces between them, and k with no
// colon after it. It returns that line, the byte offsets in it where a
// starts and k ends, and the position of the comma.
func (d *decoder) commaBetween(a, k *yaml.Node) (line string, from int, comma Pos, end int, ok bool) {
	if a.Kind != yaml.ScalarNode || a.Style != 0 || a.Value == "" || a.Line != k.Line {
		return "", 0, Pos{}, 0, false
	}
	line, ok = d.line(k.Line)
	if !ok {
		return "", 0, Pos{}, 0, false
	}
	from, okA := d.byteCol(k.Line, line, a.Column)
	at, okK := d.byteCol(k.Line, line, k.Column)
	// Each scalar must be written as read, on this one line.
	if !okA || !okK || !strings.HasPrefix(line[from:], a.Value) || !strings.HasPrefix(line[at:], k.Value) || from+len(a.Value) > at {
		return "", 0, Pos{}, 0, false
	}
	between := line[from+len(a.Value) : at]
	if strings.Trim(between, " \t") != "," || strings.HasPrefix(strings.TrimLeft(line[at+len(k.Value):], " \t"), ":") {
		return "", 0, Pos{}, 0, false
	}
	// What follows the comma is ASCII: one byte, one column.
	after := len(between) - strings.IndexByte(between, ',')
	return line, from, Pos{Line: k.Line, Col: k.Column - after}, at + len(k.Value), true
}

// line returns line l (1-based) of the document, without its line break.
func (d *decoder) line(l int) (string, bool) {
	if d.lineStart == nil {
		d.text = string(d.src)
		d.lineStart = []int{0}
		for i := range len(d.text) {
			if d.text[i] == '\n' {
				d.lineStart = append(d.lineStart, i+1)
			}
		}
	}
	if l < 1 || l > len(d.lineStart) {
		return "", false
	}
	end := len(d.text)
	if l < len(d.lineStart) {
		end = d.lineStart[l] - 1
	}
	return strings.TrimSuffix(d.text[d.lineStart[l-1]:end], "\r"), true
}

// byteCol returns the byte offset in line l, whose text is line, of column
// col (counted in characters). The offsets of the characters of a line
// that is not ASCII are computed once.
func (d *decoder) byteCol(l int, line string, col int) (int, bool) {
	if d.cols == nil {
		d.cols = map[int][]int{}
	}
	offs, done := d.cols[l]
	if !done {
		for i := range len(line) {
			if line[i] >= utf8.RuneSelf {
				for j := range line {
					offs = append(offs, j)
				}
				break
			}
		}
		d.cols[l] = offs
	}
	switch i := col - 1; {
	case i < 0:
		return 0, false
	case offs == nil:
		return i, i <= len(line)
	case i < len(offs):
		return offs[i], true
	default:
		return len(line), i == len(offs)
	}
}

// thousands matches a number written with thousands separators.
var thousands = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$`)

// reportCommaTrap reports the value cut short by t under the rule
// comma-trap, at the comma, and says how to write the value whole. The
// value is left unread (written but rejected, its zero in the model), so
// that what reads the model (figures, views, diffs) never takes the part
// before the comma for the value, whatever the configuration of the rule.
func (d *decoder) reportCommaTrap(t *commaTrap, sv reflect.Value, si *structInfo, path string) {
	name := t.key.Value
	numeric := false
	if i, ok := si.byKey[name]; ok {
		fv := sv.Field(si.fields[i].index)
		if s, ok := fv.Addr().Interface().(scalar); ok {
			switch s.target().(type) {
			case *Money, *int, *float64:
				numeric = true
			}
		}
		// Only the value this key gave: a duplicate key keeps the first.
		if loc := locOf(fv.Addr().Interface()); loc.Pos == posOf(t.value) {
			fv.SetZero()
			locOf(fv.Addr().Interface()).setInvalid(posOf(t.key), posOf(t.value))
		}
	}
	read := Excerpt(t.value.Value)
	if !numeric {
		read = Quote(t.value.Value)
	}
	var hint string
	switch {
	case numeric && t.number != "":
		hint = fmt.Sprintf("write %s: %s, without the comma", name, t.number)
	case numeric:
		hint = fmt.Sprintf("write %s as one number, without commas", name)
	case t.number != "":
		hint = fmt.Sprintf("quote it (%s: %s) or write %s: %s", name, t.quoted, name, t.number)
	default:
		hint = fmt.Sprintf("quote the text: %s: %s", name, t.quoted)
	}
	d.problems = append(d.problems, Problem{Rule: RuleCommaTrap, Pos: t.comma,
		Message: fmt.Sprintf("a comma inside {…} cuts %s short: it would read as %s, and %s as a key; it is left unread", childPath(path, name), read, Quote(t.first.Value)),
		Hint:    hint})
}

func childPath(path, key string) string {
	if path == "" || path == "plan" {
		return key
	}
	return path + "." + key
}

// field decodes the value of one key of a struct.
func (d *decoder) field(sv reflect.Value, si *structInfo, key *yaml.Node, name string, val *yaml.Node, path string) {
	if d.exhausted {
		return
	}
	idx, ok := si.byKey[name]
	if !ok {
		d.report(RuleUnknownKey, key, "allowed keys in "+path+": "+strings.Join(si.keys, ", "),
			"unknown key %s in %s%s", Quote(name), path, suggest.DidYouMean(name, si.keys))
		return
	}
	fi := &si.fields[idx]
	d.decode(val, sv.Field(fi.index).Addr().Interface(), posOf(key), childPath(path, fi.key), fi)
}

func (d *decoder) decodeScalar(n *yaml.Node, sv scalar, keyPos Pos, path string, f *field) {
	if d.scalarValue(n, sv, path, f) {
		sv.Located().setLoc(keyPos, posOf(n))
	} else {
		sv.Located().setInvalid(keyPos, posOf(n))
	}
}

// scalarValue decodes n into sv and reports whether it was valid.
func (d *decoder) scalarValue(n *yaml.Node, sv scalar, path string, f *field) bool {
	if n.Kind != yaml.ScalarNode {
		d.report(RuleInvalidType, n, "write a single value here", "%s must be %s, got %s", path, expected(sv.target()), describe(n))
		return false
	}
	switch t := sv.target().(type) {
	case *string:
		*t = n.Value
	case *bool:
		if n.Tag != "!!bool" {
			d.report(RuleInvalidType, n, "write true or false", "%s must be true or false, got %s", path, Quote(n.Value))
			return false
		}
		*t = n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
	case *int:
		i, err := strconv.Atoi(n.Value) // the common case; YAML's other forms below
		if err != nil && n.Tag == "!!int" {
			err = n.Decode(&i)
		}
		if n.Tag != "!!int" || err != nil {
			d.report(RuleInvalidType, n, "write a whole number such as 3", "%s must be a whole number, got %s", path, Quote(n.Value))
			return false
		}
		if !d.inRange(n, path, float64(i), f) {
			return false
		}
		*t = i
	case *float64:
		x, err := strconv.ParseFloat(n.Value, 64) // the common case; YAML's other forms below
		if err != nil && (n.Tag == "!!int" || n.Tag == "!!float") {
			err = n.Decode(&x)
		}
		if (n.Tag != "!!int" && n.Tag != "!!float") || err != nil {
			d.report(RuleInvalidType, n, "write a number such as 42 or 12.5", "%s must be a number, got %s", path, Quote(n.Value))
			return false
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			d.report(RuleInvalidValue, n, "write a finite number", "%s must be a finite number, got %s", path, Quote(n.Value))
			return false
		}
		if !d.inRange(n, path, x, f) {
			return false
		}
		*t = x
	default:
		return d.decodeText(n, sv.target(), path)
	}
	return true
}

// stringParser is implemented by the scalar types of the model: their
// UnmarshalText, without the copy of the text to bytes.
type stringParser interface{ parseString(string) error }

func (d *decoder) decodeText(n *yaml.Node, target any, path string) bool {
	// The pointer to an enum type has the Vocabulary method too, so no
	// reflection is needed to find out.
	if e, ok := target.(enum); ok {
		voc := e.Vocabulary()
		if !voc.Has(n.Value) {
			d.report(RuleInvalidValue, n, "want one of: "+strings.Join(voc.Values, ", "),
				"unknown %s %s%s", voc.Name, Quote(n.Value), suggest.DidYouMean(n.Value, voc.Values))
			return false
		}
		reflect.ValueOf(target).Elem().SetString(n.Value)
		return true
	}
	var err error
	switch t := target.(type) {
	case stringParser:
		err = t.parseString(n.Value)
	case encoding.TextUnmarshaler:
		err = t.UnmarshalText([]byte(n.Value))
	default:
		panic(fmt.Sprintf("plan: no decoder for %T", target))
	}
	if err != nil {
		ve, ok := err.(*valueError)
		if !ok {
			ve = &valueError{rule: RuleInvalidValue, msg: err.Error()}
		}
		d.problems = append(d.problems, Problem{Rule: ve.rule, Pos: posOf(n), Message: path + ": " + ve.msg, Hint: ve.hint})
		return false
	}
	return true
}

func (d *decoder) inRange(n *yaml.Node, path string, x float64, f *field) bool {
	if f == nil || (f.min == nil || x >= *f.min) && (f.max == nil || x <= *f.max) {
		return true
	}
	var want string
	switch {
	case f.min != nil && f.max != nil:
		want = fmt.Sprintf("from %g to %g", *f.min, *f.max)
	case f.min != nil:
		want = fmt.Sprintf("at least %g", *f.min)
	default:
		want = fmt.Sprintf("at most %g", *f.max)
	}
	d.report(RuleInvalidValue, n, "write a value "+want, "%s %s is out of range: want %s", path, Excerpt(n.Value), want)
	return false
}

// describe names the YAML type of n for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "the number " + Excerpt(n.Value)
	case "!!bool":
		return "the boolean " + Excerpt(n.Value)
	case "!!null":
		return "nothing"
	}
	return Quote(n.Value)
}

// expected names what a model value accepts, for messages.
func expected(target any) string {
	switch target.(type) {
	case *string:
		return "text"
	case *bool:
		return "true or false"
	case *int:
		return "a whole number"
	case *float64:
		return "a number"
	case *Money:
		return "an amount"
	case *Date:
		return "a date (YYYY-MM-DD)"
	case *ID:
		return "an id"
	}
	if e, ok := reflect.ValueOf(target).Elem().Interface().(enum); ok {
		return "one " + e.Vocabulary().Name
	}
	return "a single value"
}

func reflectValue(p *Plan) reflect.Value { return reflect.ValueOf(p).Elem() }
