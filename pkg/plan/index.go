package plan

import "slices"

// Index maps the ids declared in a plan to where they are declared. When an
// id is declared twice, the first declaration wins.
type Index struct {
	People       map[ID]*Person
	Members      map[ID]*Member
	Stakeholders map[ID]*Stakeholder
}

// NewIndex indexes the ids of p. A nil plan gives an empty index.
func NewIndex(p *Plan) *Index {
	x := &Index{People: map[ID]*Person{}, Members: map[ID]*Member{}, Stakeholders: map[ID]*Stakeholder{}}
	if p == nil {
		return x
	}
	for i := range p.People.Items {
		it := &p.People.Items[i]
		if _, ok := x.People[it.ID.V]; it.ID.Set && !ok {
			x.People[it.ID.V] = it
		}
	}
	for i := range p.Members.Items {
		it := &p.Members.Items[i]
		if _, ok := x.Members[it.ID.V]; it.ID.Set && !ok {
			x.Members[it.ID.V] = it
		}
	}
	for i := range p.Stakeholders.Items {
		it := &p.Stakeholders.Items[i]
		if _, ok := x.Stakeholders[it.ID.V]; it.ID.Set && !ok {
			x.Stakeholders[it.ID.V] = it
		}
	}
	return x
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
