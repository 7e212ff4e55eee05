// Package public makes the public form of a plan: the plan as a coalition
// may publish it, in a brief or a report put on its website or handed to
// a funder or the press (brief --public, report --public).
//
// The public form is a redacted copy of the plan, made once, from which
// the brief and the report are built as from any plan, so that every
// section and every format shows the same: people are named by their role
// ("the chair of the steering committee", "the treasurer", "a member of
// Harbor YMCA", "a coordinator"), never by name; email addresses and
// phone numbers are withheld; stakeholders who are individuals (see
// Individual) are named by their type and lose their stance and
// influence; the opposition, and the stakeholders joined to an opponent or
// opposed (see Withheld), are left out; and free-text notes are dropped.
// The texts that are not the plan's own but speak of it (the findings of
// check, the items of the score) go through the same Redactor.
package public

import (
	"cmp"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// The words that stand in the public form for what it withholds.
const (
	// WithheldName stands for the name or id of an opponent or of a
	// stakeholder left out of the power map.
	WithheldName = "[name withheld]"
	// WithheldEmail and WithheldPhone stand for an email address and a
	// phone number written in free text.
	WithheldEmail = "[email withheld]"
	WithheldPhone = "[phone withheld]"
)

// Note says, at the top of a brief or a report in its public form, what
// it leaves out.
const Note = "Public edition: people are named by their role; contact details, notes, the opposition and where individual stakeholders stand are left out."

// Organization is the one type of stakeholder that does not count as an
// individual.
const Organization plan.StakeholderType = "organization"

// Individual reports whether a stakeholder counts as an individual in the
// public form: every stakeholder not typed organization. A stakeholder
// typed individual is a person; a decision-maker may be a person (a mayor,
// a commissioner) or a body (a city council), and the plan does not say
// which; a stakeholder with no type may be anyone. Their names, stances and influence are
// withheld: type a public body organization to publish its place on the
// power map.
func Individual(s *plan.Stakeholder) bool { return s.Type.V != Organization }

// Withheld reports whether a stakeholder of p is left out of the public
// form altogether: it is the same actor as an opponent
// (opposition[].stakeholder names it), or it is opposed (a stance below
// 0). The public form names no opponent, on any list.
func Withheld(p *plan.Plan, s *plan.Stakeholder) bool {
	if s.Stance.Set && s.Stance.V < 0 {
		return true
	}
	for i := range p.Opposition.Items {
		if o := &p.Opposition.Items[i]; o.Stakeholder.Set && s.ID.Set && o.Stakeholder.V == s.ID.V {
			return true
		}
	}
	return false
}

// Redactor makes the public form of the versions of one plan. It gives
// each person and each individual stakeholder a neutral id (person-1,
// stakeholder-1) and a label, the same in every version it is given, so
// that two versions in their public form compare as the plans do. Call
// Plan on every version before Text, Card or Diagnostics: the names to
// withhold are those of the versions seen, and Card and Diagnostics speak
// of the version last given to Plan.
//
// A Redactor is not safe for concurrent use.
type Redactor struct {
	// ids maps the id of a person or an individual stakeholder to its
	// neutral id, and the id of an opponent or a withheld stakeholder to
	// "" (the reference is dropped).
	ids map[plan.ID]plan.ID
	// labels maps the original id of a person or individual stakeholder
	// to its label.
	labels  map[plan.ID]string
	people  int
	holders int
	// names maps the lower-cased names to withhold to what stands for
	// them; words maps the ids written in text to what stands for them.
	names map[string]string
	words map[string]string
	// re matches any of names (ignoring case) or words; nil when there is
	// none, rebuilt when one is added.
	re    *regexp.Regexp
	stale bool
	// first and last are the lines of the opposition section of the
	// version last given to Plan, the one Card and Diagnostics speak of;
	// 0 when it has none.
	first, last int
}

// New returns a Redactor that has seen no plan yet.
func New() *Redactor {
	return &Redactor{ids: map[plan.ID]plan.ID{}, labels: map[plan.ID]string{}, names: map[string]string{}, words: map[string]string{}}
}

// Plan returns the public form of p: a copy, p itself is left as it is.
// A nil p gives nil.
func (r *Redactor) Plan(p *plan.Plan) *plan.Plan {
	if p == nil {
		return nil
	}
	r.learn(p)
	cp := *p
	r.walk(reflect.ValueOf(&cp).Elem(), "")
	// The people: their role for their name, no contact details.
	counts := roleCounts(p)
	member := memberNames(p)
	for i := range cp.People.Items {
		orig := &p.People.Items[i]
		label := personLabel(orig, counts, member, p.Coalition.Structure.V)
		if orig.ID.Set {
			label = cmp.Or(r.labels[orig.ID.V], label)
		}
		cp.People.Items[i].Name.V = label
	}
	// The stakeholders: the withheld ones left out, the individuals by
	// their type, without stance or influence.
	kept := cp.Stakeholders.Items[:0:0]
	for i := range cp.Stakeholders.Items {
		orig := &p.Stakeholders.Items[i]
		if Withheld(p, orig) {
			continue
		}
		s := cp.Stakeholders.Items[i]
		if Individual(orig) {
			s.Name.V = cmp.Or(r.labels[orig.ID.V], typeLabel(orig))
			s.Stance, s.Influence = plan.Value[int]{}, plan.Value[int]{}
		}
		kept = append(kept, s)
	}
	cp.Stakeholders.Items = kept
	cp.Opposition = plan.List[plan.Opponent]{}
	return &cp
}

// learn gives the people, the individual stakeholders, the opponents and
// the withheld stakeholders of p their neutral ids and labels, when an
// earlier version has not, and adds their names to those withheld in
// text.
func (r *Redactor) learn(p *plan.Plan) {
	r.first, r.last = span(p)
	counts := roleCounts(p)
	member := memberNames(p)
	taken := declared(p)
	// neutral gives id the next neutral id of its kind that the plan does
	// not use, and label; an id that is also a member's is an
	// organization's, and kept.
	neutral := func(id plan.Value[plan.ID], kind string, n *int, label string) string {
		if !id.Set || member[id.V] != "" {
			return label
		}
		if _, ok := r.ids[id.V]; !ok {
			for {
				*n++
				if to := plan.ID(fmt.Sprintf("%s-%d", kind, *n)); !taken[to] {
					r.ids[id.V], r.labels[id.V] = to, label
					r.word(string(id.V), string(to))
					break
				}
			}
		}
		return cmp.Or(r.labels[id.V], label)
	}
	for i := range p.People.Items {
		pr := &p.People.Items[i]
		label := personLabel(pr, counts, member, p.Coalition.Structure.V)
		r.name(pr.Name.V, neutral(pr.ID, "person", &r.people, label))
	}
	for i := range p.Stakeholders.Items {
		s := &p.Stakeholders.Items[i]
		switch {
		case Withheld(p, s):
			r.withhold(s.ID, s.Name.V)
		case Individual(s):
			r.name(s.Name.V, neutral(s.ID, "stakeholder", &r.holders, typeLabel(s)))
		}
	}
	for i := range p.Opposition.Items {
		o := &p.Opposition.Items[i]
		r.withhold(o.ID, o.Name.V)
	}
}

// declared are the ids p declares, of every kind: the neutral ids must
// not be one of them.
func declared(p *plan.Plan) map[plan.ID]bool {
	out := map[plan.ID]bool{}
	add := func(v plan.Value[plan.ID]) {
		if v.Set {
			out[v.V] = true
		}
	}
	for i := range p.People.Items {
		add(p.People.Items[i].ID)
	}
	for i := range p.Members.Items {
		add(p.Members.Items[i].ID)
	}
	for i := range p.Stakeholders.Items {
		add(p.Stakeholders.Items[i].ID)
	}
	for i := range p.Goals.Items {
		add(p.Goals.Items[i].ID)
	}
	for i := range p.Barriers.Items {
		add(p.Barriers.Items[i].ID)
	}
	for i := range p.Actions.Items {
		add(p.Actions.Items[i].ID)
	}
	for i := range p.Opposition.Items {
		add(p.Opposition.Items[i].ID)
	}
	return out
}

// withhold drops every reference to id and withholds name in text.
func (r *Redactor) withhold(id plan.Value[plan.ID], name string) {
	if id.Set {
		if _, ok := r.ids[id.V]; !ok {
			r.ids[id.V] = ""
			r.word(string(id.V), WithheldName)
		}
	}
	r.name(name, WithheldName)
}

// name withholds the name s in text, written in any case, putting with in
// its place. The first label given a name wins.
func (r *Redactor) name(s, with string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	key := strings.ToLower(s)
	if _, ok := r.names[key]; !ok {
		r.names[key], r.stale = with, true
	}
}

// word withholds the id s in text, written exactly so.
func (r *Redactor) word(s, with string) {
	if _, ok := r.words[s]; !ok && s != "" {
		r.words[s], r.stale = with, true
	}
}

var (
	valueString = reflect.TypeOf(plan.Value[string]{})
	valueID     = reflect.TypeOf(plan.Value[plan.ID]{})
)

// dropped are the keys whose values the public form leaves out wherever
// they are: free-text notes and contact details.
var dropped = []string{"notes", "email", "phone"}

// walk redacts v, a value of the model in the copy being made, in place:
// it copies every list before it changes it (the copy shares them with
// the plan), drops the keys of dropped, maps the ids and withholds the
// names, email addresses and phone numbers in free text. key is v's YAML
// key.
func (r *Redactor) walk(v reflect.Value, key string) {
	t := v.Type()
	switch {
	case slices.Contains(dropped, key):
		if _, ok := plan.ValueOf(t); ok {
			v.SetZero()
			return
		}
	case t == valueString:
		if s := v.FieldByName("V"); s.String() != "" {
			s.SetString(r.Text(s.String()))
		}
		return
	case t == valueID:
		id := plan.ID(v.FieldByName("V").String())
		if to, ok := r.ids[id]; ok {
			if to == "" {
				v.SetZero()
			} else {
				v.FieldByName("V").SetString(string(to))
			}
		}
		return
	}
	if _, ok := plan.ValueOf(t); ok {
		return // numbers, dates and words of a vocabulary say nothing of anyone
	}
	if t.Kind() != reflect.Struct {
		return
	}
	if _, ok := plan.ListOf(t); ok {
		items := v.FieldByName("Items")
		if items.Len() == 0 {
			return
		}
		cp := reflect.MakeSlice(items.Type(), items.Len(), items.Len())
		reflect.Copy(cp, items)
		items.Set(cp)
		for i := range cp.Len() {
			r.walk(cp.Index(i), key)
		}
		return
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Anonymous {
			continue
		}
		k, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		r.walk(v.Field(i), k)
	}
}

// Text is s, free text of the plan, with what the public form withholds
// replaced: email addresses, phone numbers, and the names and ids of the
// people, the individual stakeholders, the opponents and the withheld
// stakeholders of the versions seen. A name matches whole and in any case
// ("Ana Ruiz", "ANA RUIZ", not "Ana Ruizova"); an id matches whole, as
// written, when it has a hyphen or a digit: an id that is one plain word
// ("mayor") cannot be told from the word in prose ("ask the mayor").
func (r *Redactor) Text(s string) string { return r.redact(s, false) }

// redact is Text; allIDs replaces the ids that are plain words too, as in
// the texts the tool writes about a plan ("opponent summit: no counter").
func (r *Redactor) redact(s string, allIDs bool) string {
	s = emailRE.ReplaceAllString(s, WithheldEmail)
	s = phones(s)
	if r.stale {
		r.compile()
	}
	if r.re == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for at := 0; at < len(s); {
		loc := r.re.FindStringIndex(s[at:])
		if loc == nil {
			break
		}
		start, end := at+loc[0], at+loc[1]
		match := s[start:end]
		with, isName := r.names[strings.ToLower(match)]
		if !isName {
			with = r.words[match]
			if !allIDs && !strings.ContainsAny(match, "-_0123456789") {
				with = ""
			}
		}
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if start == 0 {
			before = ' '
		}
		if end == len(s) {
			after = ' '
		}
		bounded := !wordRune(before, !isName) && !wordRune(after, !isName)
		if with == "" || !bounded {
			_, size := utf8.DecodeRuneInString(s[start:])
			at = start + max(size, 1)
			continue
		}
		b.WriteString(s[last:start])
		b.WriteString(with)
		last, at = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// wordRune reports whether c continues a name (a letter or a digit) or,
// for an id, an id (a letter, a digit, a hyphen or an underscore).
func wordRune(c rune, id bool) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || id && (c == '-' || c == '_')
}

// compile builds the pattern of the names and ids withheld, the longest
// first, so that "Ana Ruiz" is replaced whole rather than "Ana".
func (r *Redactor) compile() {
	r.stale = false
	var names, words []string
	for n := range r.names {
		names = append(names, n)
	}
	for w := range r.words {
		words = append(words, w)
	}
	longestFirst := func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	}
	slices.SortFunc(names, longestFirst)
	slices.SortFunc(words, longestFirst)
	var alts []string
	if len(names) > 0 {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = regexp.QuoteMeta(n)
		}
		alts = append(alts, "(?i:"+strings.Join(quoted, "|")+")")
	}
	if len(words) > 0 {
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = regexp.QuoteMeta(w)
		}
		alts = append(alts, strings.Join(quoted, "|"))
	}
	r.re = nil
	if len(alts) > 0 {
		r.re = regexp.MustCompile(strings.Join(alts, "|"))
	}
}

// WithheldItem is the item of a score's dimension that stands for the
// items about the opposition, which the public form leaves out.
const WithheldItem = "withheld from the public edition"

// Card returns a copy of c, the card of the version last given to Plan,
// with what
// the public form withholds replaced in its notes and in the labels and
// details of its items, as Text does, every id included. The items about
// the opposition (written in its section) are withheld, their points
// kept: in each dimension, one item "opposition: withheld from the public
// edition" stands for them. A nil c gives nil.
func (r *Redactor) Card(c *score.Card) *score.Card {
	if c == nil {
		return nil
	}
	cp := *c
	cp.Notes = make([]string, len(c.Notes))
	for i, n := range c.Notes {
		cp.Notes[i] = r.redact(n, true)
	}
	cp.Dimensions = make([]score.Result, len(c.Dimensions))
	for i, d := range c.Dimensions {
		items := make([]score.Item, 0, len(d.Items))
		hidden := -1 // the index of the item that stands for those withheld
		for _, it := range d.Items {
			if r.about(it.Pos) {
				if hidden < 0 {
					hidden = len(items)
					items = append(items, score.Item{Label: "opposition", Detail: WithheldItem})
				}
				items[hidden].Points += it.Points
				items[hidden].Max += it.Max
				continue
			}
			it.Label, it.Detail = r.redact(it.Label, true), r.redact(it.Detail, true)
			items = append(items, it)
		}
		d.Items = items
		cp.Dimensions[i] = d
	}
	return &cp
}

// Diagnostics returns a copy of ds, the findings of check on the version
// last given to Plan, less those about the opposition (written in its section),
// with what the public form withholds replaced in their messages and
// hints, as Text does, every id included.
func (r *Redactor) Diagnostics(ds []lint.Diagnostic) []lint.Diagnostic {
	out := make([]lint.Diagnostic, 0, len(ds))
	for _, d := range ds {
		if r.about(d.Pos) {
			continue
		}
		d.Message, d.Hint = r.redact(d.Message, true), r.redact(d.Hint, true)
		out = append(out, d)
	}
	return out
}

// about reports whether pos is in the opposition section of the version
// last given to Plan.
func (r *Redactor) about(pos plan.Pos) bool {
	return r.first > 0 && pos.Line >= r.first && pos.Line <= r.last
}

// span is the first and last lines of the opposition section of p: from
// its key to the last value written in it; 0, 0 when it has none.
func span(p *plan.Plan) (first, last int) {
	o := &p.Opposition
	if !o.Written() || !o.KeyPos.IsValid() {
		return 0, 0
	}
	first, last = o.KeyPos.Line, max(o.KeyPos.Line, o.Pos.Line)
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch {
		case v.Type() == reflect.TypeOf(plan.Loc{}):
			l := v.Interface().(plan.Loc)
			last = max(last, l.KeyPos.Line, l.Pos.Line)
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case v.Kind() == reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(o.Items))
	return first, last
}

// memberNames are the names of the members of p by id.
func memberNames(p *plan.Plan) map[plan.ID]string {
	out := map[plan.ID]string{}
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		if _, ok := out[m.ID.V]; m.ID.Set && !ok {
			out[m.ID.V] = cmp.Or(m.Name.V, string(m.ID.V))
		}
	}
	return out
}

// roleCounts counts the people of p by their first role (see
// personLabel).
func roleCounts(p *plan.Plan) map[plan.PersonRole]int {
	n := map[plan.PersonRole]int{}
	for i := range p.People.Items {
		if role, ok := firstRole(&p.People.Items[i]); ok {
			n[role]++
		}
	}
	return n
}

// firstRole is the role a person is named by: the first of their roles in
// the order of the vocabulary (chair, vice-chair, secretary, treasurer,
// director, staff, volunteer, spokesperson).
func firstRole(pr *plan.Person) (plan.PersonRole, bool) {
	for _, w := range plan.VocabPersonRole.Values {
		for _, r := range pr.Roles.Items {
			if r.Set && string(r.V) == w {
				return r.V, true
			}
		}
	}
	return "", false
}

// personLabel is how the public form names a person: by their role, "the
// chair of the steering committee", "the treasurer", "a staff member" ("a"
// when several people share the role: "a co-chair"); without one, "a
// member of" their organization; else "a coordinator".
func personLabel(pr *plan.Person, counts map[plan.PersonRole]int, member map[plan.ID]string, structure plan.Structure) string {
	role, ok := firstRole(pr)
	if !ok {
		if org := member[pr.Member.V]; pr.Member.Set && org != "" {
			return "a member of " + org
		}
		return "a coordinator"
	}
	one := counts[role] == 1
	the := func(what string) string {
		if one {
			return "the " + what
		}
		return "a " + what
	}
	of := ""
	if structure != "" {
		of = " of the " + strings.ReplaceAll(string(structure), "-", " ")
	}
	switch role {
	case "chair":
		if one {
			return "the chair" + of
		}
		return "a co-chair" + of
	case "vice-chair":
		return the("vice-chair") + of
	case "staff":
		return "a staff member"
	case "volunteer":
		return "a volunteer"
	}
	return the(string(role))
}

// typeLabel is how the public form names an individual stakeholder: by
// its type, "a decision-maker", "an individual", or "a stakeholder".
func typeLabel(s *plan.Stakeholder) string {
	switch s.Type.V {
	case "decision-maker":
		return "a decision-maker"
	case "individual":
		return "an individual"
	}
	return "a stakeholder"
}

// emailRE matches an email address.
var emailRE = regexp.MustCompile(`[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// phoneRE matches what may be a phone number: groups of digits separated
// by a space, a dot or a hyphen, perhaps with a country code (+44) and an
// area code in brackets. phones keeps the matches that are one.
var phoneRE = regexp.MustCompile(`(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}`)

// phones is s with its phone numbers withheld: 7 to 15 digits in groups,
// either after a country code or an area code in brackets, or ending
// with a group of 4 or more digits after one of 3 or more ("555-0142",
// "555.201.4477"), and not a date (2026-11-23) or years (2026-2027).
func phones(s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range phoneRE.FindAllStringIndex(s, -1) {
		i, j := loc[0], loc[1]
		// The match must stand alone: not inside a longer number or word.
		if i > 0 {
			c, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '.' || c == ',' || c == '/' {
				continue
			}
		}
		if j < len(s) {
			c, _ := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '/' || (c == '.' || c == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
				continue
			}
		}
		if !isPhone(s[i:j]) {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(WithheldPhone)
		last = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isPhone reports whether m, a match of phoneRE, is a phone number.
func isPhone(m string) bool {
	digits := 0
	for _, c := range m {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if digits < 7 || digits > 15 {
		return false
	}
	if strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(") {
		return true
	}
	groups := strings.FieldsFunc(m, func(c rune) bool { return c == ' ' || c == '.' || c == '-' })
	years := true
	for _, g := range groups {
		years = years && len(g) == 4 && (strings.HasPrefix(g, "19") || strings.HasPrefix(g, "20"))
	}
	if years || len(groups[0]) < 3 || len(groups[len(groups)-1]) < 4 {
		return false
	}
	return true
}
