package score

import (
	"fmt"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// Deductions of the soundness dimension, per finding of check.
const (
	errorCost   = 25
	warningCost = 5
)

// Soundness scores the plan as coalition check sees it.
var Soundness = &Dimension{
	Name:   "soundness",
	Title:  "The plan passes coalition check",
	Weight: 5,
	Formula: `100, less 25 for each error and 5 for each warning that coalition check
reports on the plan, and never below 0. Information findings cost nothing.
Besides, a plan with any error cannot be in the strong band: its total is
capped one point below it.`,
	Source: `The plan is the coalition's shared record: figures that do not add up,
dangling names and unreadable dates make every other number less reliable.`,
	Measure: func(in *Input) []Item {
		items := []Item{{Label: "plan", Detail: "read and checked", Points: 1, Max: 1, Pos: in.Plan.Pos}}
		for _, d := range in.Diagnostics {
			cost := 0
			switch d.Severity {
			case lint.SeverityError:
				cost = errorCost
			case lint.SeverityWarning:
				cost = warningCost
			default:
				continue
			}
			items = append(items, Item{
				Label:  fmt.Sprintf("%s [%s]", d.Severity, d.Rule),
				Detail: d.Message,
				Points: -float64(cost) / 100,
				Pos:    d.Pos,
			})
		}
		return items
	},
}
