package score

import (
	"fmt"
	"strings"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// maxNamed is how many overdue milestones the pace of a goal names.
const maxNamed = 2

// measurableByMilestones is the measurable input of a goal measured by
// its milestones: they stand in for the indicator, baseline and target,
// each worth its share of 15 when it has a due date.
func measurableByMilestones(in *Input, fg figures.Goal, name string) Item {
	g, m := fg.Goal, fg.Milestones
	it := Item{Label: name + ": measurable", Max: measurableMax, Pos: g.KeyPos,
		Points: 15 * float64(m.Dated) / float64(m.Total)}
	var missing []string
	if undated := m.Total - m.Dated; undated > 0 {
		missing = append(missing, fmt.Sprintf("no due date on %d of %d milestones", undated, m.Total))
	}
	if g.Due.Set {
		it.Points += 5
	} else {
		missing = append(missing, "no due date")
	}
	if g.Owner.Set && in.Index.Members[g.Owner.V] != nil {
		it.Points += 5
	} else {
		missing = append(missing, "no owner")
	}
	if len(missing) == 0 {
		it.Detail = fmt.Sprintf("%s with due dates, due date and owner", count(m.Total, "milestone"))
	} else {
		it.Detail = strings.Join(missing, ", ")
	}
	return it
}

// paceByMilestones fills in the pace input it of a goal measured by its
// milestones, not done: the share done against the share due by today. It
// points at the first milestone overdue, and names those overdue.
func paceByMilestones(fg figures.Goal, it Item) Item {
	g, m := fg.Goal, fg.Milestones
	if g.Milestones.KeyPos.IsValid() {
		it.Pos = g.Milestones.KeyPos
	}
	done := fmt.Sprintf("%d of %s done", m.Done, count(m.Total, "milestone"))
	if len(m.DoneLater) > 0 {
		done += fmt.Sprintf(" (%d marked done after today, not counted)", len(m.DoneLater))
	}
	if !fg.HasTime {
		it.Points = paceMax * fg.Progress
		it.Detail = done + " (pace unknown: no milestone has a due date)"
		return it
	}
	it.Points = paceMax * paceShare(fg)
	switch m.Due {
	case 0:
		it.Detail = done + ", none due yet"
	default:
		it.Detail = fmt.Sprintf("%s with %d due by today", done, m.Due)
	}
	if len(m.Overdue) > 0 {
		it.Pos = at(&m.Overdue[0].Due.Loc, it.Pos)
		var named []string
		for i, ms := range m.Overdue {
			if i == maxNamed {
				named = append(named, fmt.Sprintf("and %d more", len(m.Overdue)-maxNamed))
				break
			}
			named = append(named, fmt.Sprintf("%s (due %s)", milestoneTitle(ms), ms.Due.V))
		}
		it.Detail += "; overdue: " + strings.Join(named, ", ")
	}
	return it
}

// milestoneTitle is the title of a milestone, quoted, or its line.
func milestoneTitle(m *plan.Milestone) string {
	if m.Title.Set && m.Title.V != "" {
		return plan.Quote(m.Title.V)
	}
	return fmt.Sprintf("the milestone at line %d", m.KeyPos.Line)
}
