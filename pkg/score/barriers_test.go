package score_test

import (
	"strings"
	"testing"
)

func TestBarriers(t *testing.T) {
	runDim(t, "barriers", []dimCase{
		{name: "open, not yet mitigated", score: 80,
			edits: []string{"status: mitigating", "status: open"},
			lost:  []string{"54:5: barrier old-turf: high severity, open: not yet being mitigated"}},
		{name: "no strategy and no owner", score: 20,
			edits: []string{"    strategy: Rotate the chair every year.\n    owner: ana\n", ""},
			lost:  []string{"54:5: barrier old-turf: high severity, mitigating: no strategy, no owner"}},
		{name: "a low-severity barrier weighs less", score: 95, // (3 + 0.8) / (3 + 1); the same lack on old-turf gives 80
			edits: []string{"    status: mitigating\n", "    status: mitigating\n  - id: jargon\n    type: professional-dominance\n    severity: low\n    strategy: Plain words.\n    owner: ben\n    status: open\n"},
			lost:  []string{"60:5: barrier jargon: low severity, open: not yet being mitigated"}},
		{name: "resolved barriers are done", score: 100,
			edits: []string{"status: mitigating", "status: resolved"},
			lost:  nil},
		{name: "no barrier named", score: 50,
			edits: []string{base[strings.Index(base, "barriers:\n"):strings.Index(base, "budget:\n")], "barriers: []\n"},
			lost:  []string{"53:11: barriers: no barrier named: the toolkit lists eight that most coalitions meet"}},
	})
}
