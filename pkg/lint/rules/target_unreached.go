package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/network"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// TargetUnreached reports the stakeholders the coalition must move that
// nobody at the table reaches.
var TargetUnreached = &lint.Rule{
	ID:       "target-unreached",
	Title:    "A target on the power map has no route through an active member",
	Severity: lint.SeverityWarning,
	Doc: `Asset mapping lists who the members know; power mapping lists who
decides. Joining the two maps shows where the coalition has access to the
decision-maker it must move, and where it has none. Every target
(` + "`target: true`" + `), and every undecided stakeholder of high influence
(` + "`stance: 0`" + `, ` + "`influence`" + ` 4 or 5), needs a route through someone at the
table: an active member in its ` + "`connections`" + `, or a person of the coalition
who belongs to an active member.

A connection through a prospect, a former member or a person who belongs to
no active member is not a route: nobody at the table holds it, and the
finding says so. The hint names the active members whose assets (ties to
organizations or to notable individuals) or sector make them the likeliest
bridge, and the prospects that would bring a route if they joined.`,
	Example: header + `members:
  - id: harbor-ymca
    name: Harbor YMCA
    assets:
      - category: individuals
        description: "Board chair sits on the mayor's youth council"
  - id: bay-college
    name: Bay College
    status: prospect
stakeholders:
  - id: city-council
    name: City Council
    type: decision-maker
    target: true
    connections: [bay-college]
goals: []
`,
	Run: func(p *lint.Pass) {
		if p.Plan == nil {
			return
		}
		m := network.Of(p.Plan)
		for _, r := range m.Unreached() {
			s := r.Stakeholder
			at := s.KeyPos
			if s.ID.Set {
				at = s.ID.Pos
			}
			what := label("", "target", &s.ID, &s.Loc)
			if !(s.Target.Set && s.Target.V) {
				what = fmt.Sprintf("%s (undecided, influence %d)", label("", "stakeholder", &s.ID, &s.Loc), s.Influence.V)
			}
			p.Reportf(at, unreachedHint(m, r), "%s has no route through an active member: %s",
				what, deadConnections(r))
		}
	},
}

// deadConnections says why the connections of r are no route.
func deadConnections(r *network.Reach) string {
	if len(r.Dead) == 0 {
		return "nobody at the table is in its connections"
	}
	var parts []string
	for _, d := range r.Dead {
		switch {
		case d.Why == "person of no member":
			parts = append(parts, string(d.ID)+" (who belongs to no member)")
		case strings.HasPrefix(d.Why, "person of "):
			parts = append(parts, string(d.ID)+" (a "+d.Why+")")
		default:
			parts = append(parts, d.Why+" "+string(d.ID))
		}
	}
	return "its connections run only through " + andList(parts) + "; none of them is at the table"
}

// unreachedHint names who could open a route.
func unreachedHint(m *network.Map, r *network.Reach) string {
	var prospects []string
	for _, d := range r.Dead {
		if d.Prospect != "" && !slices.Contains(prospects, string(d.Prospect)) {
			prospects = append(prospects, string(d.Prospect))
		}
	}
	var hints []string
	if bridges := m.Bridges(r.Stakeholder, plan.MemberActive); len(bridges) > 0 {
		hints = append(hints, fmt.Sprintf("ask %s, whose ties make them the likeliest bridge, to open a route, then list them in connections", orList(firstIDs(bridges, 3))))
	}
	if len(prospects) > 0 {
		hints = append(hints, fmt.Sprintf("invite prospect %s, who knows them", orList(prospects)))
	} else if bridges := m.Bridges(r.Stakeholder, plan.MemberProspect); len(bridges) > 0 {
		hints = append(hints, fmt.Sprintf("prospect %s could bring one", orList(firstIDs(bridges, 3))))
	}
	if len(hints) == 0 {
		return "map who at the table knows them (asset mapping) and list them in connections, or recruit a partner who does"
	}
	return strings.Join(hints, "; or ")
}

// firstIDs writes the first n ids of in, and how many others there are.
func firstIDs(in []plan.ID, n int) []string {
	var out []string
	for i, id := range in {
		if i == n {
			if more := len(in) - n; more == 1 {
				out = append(out, "1 other")
			} else {
				out = append(out, fmt.Sprintf("%d others", more))
			}
			break
		}
		out = append(out, string(id))
	}
	return out
}
