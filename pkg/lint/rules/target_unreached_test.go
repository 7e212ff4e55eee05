package rules

import "testing"

// powerMap declares the people and members of the cases, lines 6 to 21.
const powerMap = base + `people:
  - {id: ana, name: Ana, member: ymca}
  - {id: bo, name: Bo, member: college}
  - {id: cy, name: Cy}
members:
  - id: ymca
    name: Harbor YMCA
    assets: [{category: individuals}]
  - {id: city, name: City Office, sector: government}
  - {id: parents, name: Parents, sector: community}
  - id: college
    name: Bay College
    status: prospect
    assets: [{category: relationships}]
  - {id: union, name: Union, status: former}
goals: []
stakeholders:
`

func TestTargetUnreached(t *testing.T) {
	runCases(t, TargetUnreached, []ruleCase{
		{
			name:  "the documented example",
			src:   TargetUnreached.Example,
			want:  []string{`16:9: target city-council has no route through an active member: its connections run only through prospect bay-college; none of them is at the table`},
			hints: []string{`ask harbor-ymca, whose ties make them the likeliest bridge, to open a route, then list them in connections; or invite prospect bay-college, who knows them`},
		},
		{
			name: "a target with no connection at all",
			src:  powerMap + "  - {id: council, name: Council, type: decision-maker, target: true}\n",
			want: []string{`23:10: target council has no route through an active member: nobody at the table is in its connections`},
			hints: []string{`ask ymca or city, whose ties make them the likeliest bridge, to open a route, then list them in connections; ` +
				`or prospect college could bring one`},
		},
		{
			name: "undecided and influential, reached only through dead ends",
			src:  powerMap + "  - {id: mayor, name: Mayor, stance: 0, influence: 4, connections: [bo, union, cy]}\n",
			want: []string{`23:10: stakeholder mayor (undecided, influence 4) has no route through an active member: ` +
				`its connections run only through bo (a person of prospect college), former member union and cy (who belongs to no member); none of them is at the table`},
			hints: []string{`ask ymca, whose ties make them the likeliest bridge, to open a route, then list them in connections; or invite prospect college, who knows them`},
		},
		{
			name: "reached through a person of an active member",
			src:  powerMap + "  - {id: council, name: Council, target: true, connections: [ana]}\n",
		},
		{
			name: "reached directly by an active member",
			src:  powerMap + "  - {id: council, name: Council, target: true, connections: [union, parents]}\n",
		},
		{
			name: "not needed: influence 3, a supporter, a target set false",
			src: powerMap + "  - {id: a, name: A, stance: 0, influence: 3}\n" +
				"  - {id: b, name: B, stance: 2, influence: 5}\n" +
				"  - {id: c, name: C, target: false}\n",
		},
		{
			name:  "nobody to suggest",
			src:   base + "members: []\ngoals: []\nstakeholders:\n  - {id: council, name: Council, target: true}\n",
			want:  []string{`9:10: target council has no route through an active member: nobody at the table is in its connections`},
			hints: []string{`map who at the table knows them (asset mapping) and list them in connections, or recruit a partner who does`},
		},
	})
}
