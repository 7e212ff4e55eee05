package plan

import "slices"

// Index maps the ids declared in a plan to where they are declared. When an
// id is declared twice, the first declaration wins.
type Index struct {
	People       map[ID]*Person
	Members      map[ID]*Member
	Stakeholders map[ID]*Stakeholder
	Goals        map[ID]*Goal
	Barriers     map[ID]*Barrier
}

// NewIndex indexes the ids of p. A nil plan gives an empty index. An id
// written invalidly (`Harbor-YMCA`) is indexed under the id it should be
// (`harbor-ymca`): it is reported once, as invalid, and references to the
// fixed id are not reported again as dangling.
func NewIndex(p *Plan) *Index {
	x := &Index{People: map[ID]*Person{}, Members: map[ID]*Member{}, Stakeholders: map[ID]*Stakeholder{},
		Goals: map[ID]*Goal{}, Barriers: map[ID]*Barrier{}}
	if p == nil {
		return x
	}
	index(x.People, p.People.Items, func(it *Person) *Value[ID] { return &it.ID })
	index(x.Members, p.Members.Items, func(it *Member) *Value[ID] { return &it.ID })
	index(x.Stakeholders, p.Stakeholders.Items, func(it *Stakeholder) *Value[ID] { return &it.ID })
	index(x.Goals, p.Goals.Items, func(it *Goal) *Value[ID] { return &it.ID })
	index(x.Barriers, p.Barriers.Items, func(it *Barrier) *Value[ID] { return &it.ID })
	return x
}

func index[T any](m map[ID]*T, items []T, id func(*T) *Value[ID]) {
	for i := range items {
		it := &items[i]
		v := id(it)
		key := v.V
		switch {
		case v.Invalid:
			key = ID(Slug(string(v.V)))
		case !v.Set:
			continue
		}
		if _, ok := m[key]; !ok {
			m[key] = it
		}
	}
}

// IDs returns the sorted ids of the given maps together.
func IDs[V any](maps ...map[ID]V) []string {
	var out []string
	for _, m := range maps {
		for id := range m {
			out = append(out, string(id))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
