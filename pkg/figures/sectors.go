package figures

import "github.com/coalition-tools/coalition/pkg/plan"

// OftenMissing are the sectors the toolkit names as often missing from a
// coalition's membership: local government, schools, businesses, youth
// organizations and elders.
var OftenMissing = []plan.Sector{"government", "school", "business", "youth", "elders"}

// Sectors are the sectors at the table. It is the one place they are
// counted: the sector-gap rule and the score read them here.
type Sectors struct {
	// Active holds the sectors of the active members (see Active).
	Active map[plan.Sector]bool
	// Maybe holds the sectors of the members whose status could not be
	// read: they may be active.
	Maybe map[plan.Sector]bool
	// Unknown is true when a member that is or may be active has a sector
	// that could not be read.
	Unknown bool
}

// SectorsOf finds the sectors of p's members.
func SectorsOf(p *plan.Plan) Sectors {
	s := Sectors{Active: map[plan.Sector]bool{}, Maybe: map[plan.Sector]bool{}}
	for i := range p.Members.Items {
		m := &p.Members.Items[i]
		var to map[plan.Sector]bool
		switch {
		case Active(m):
			to = s.Active
		case m.Status.Invalid:
			to = s.Maybe
		default:
			continue
		}
		switch {
		case m.Sector.Invalid:
			s.Unknown = true
		case m.Sector.Set:
			to[m.Sector.V] = true
		}
	}
	return s
}

// Gaps are the sectors of OftenMissing that no member that is or may be
// active comes from, in the order of OftenMissing.
func (s *Sectors) Gaps() []plan.Sector {
	var out []plan.Sector
	for _, sec := range OftenMissing {
		if !s.Active[sec] && !s.Maybe[sec] {
			out = append(out, sec)
		}
	}
	return out
}
