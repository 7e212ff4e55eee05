package figures

import "github.com/coalition-tools/coalition/pkg/plan"

// Milestones are where the milestones of a goal stand as of today. A goal
// whose indicator is an event (an ordinance passed, a centre opened) is
// measured by them: its progress is the share of its milestones done, and
// its pace is that share against the share of its milestones already due.
type Milestones struct {
	// Total counts the milestones of the goal.
	Total int
	// Done counts the milestones done: with a done date on or before
	// today (any valid done date when there is no today). A done date
	// after today has not happened yet: see DoneLater.
	Done int
	// Due counts the milestones due on or before today; Dated those with
	// a due date at all.
	Due, Dated int
	// Overdue are the milestones past due (see PastDue) that have no done
	// date, in the order of the plan.
	Overdue []*plan.Milestone
	// DoneLater are the milestones marked done on a date after today, in
	// the order of the plan: a mistake, since what is done has happened.
	DoneLater []*plan.Milestone
	// States are where each milestone stands, in the order of the plan.
	States []MilestoneState
}

// MilestoneState is where one milestone stands, as a board reads it.
type MilestoneState string

// Milestone states.
const (
	MilestoneDone      MilestoneState = "done"
	MilestoneOverdue   MilestoneState = "overdue"
	MilestoneDoneLater MilestoneState = "done after today"
	MilestoneDue       MilestoneState = "due"
	MilestoneToDo      MilestoneState = "to do"
)

// Progress is the share of the milestones done, within 0 and 1.
func (m *Milestones) Progress() float64 {
	if m.Total == 0 {
		return 0
	}
	return float64(m.Done) / float64(m.Total)
}

// Expected is the share of the milestones due by today, within 0 and 1:
// the progress the goal should have made.
func (m *Milestones) Expected() float64 {
	if m.Total == 0 {
		return 0
	}
	return float64(m.Due) / float64(m.Total)
}

// MilestonesOf computes the milestones of g as of today; nil when g has
// none, and is then measured by its indicator. With a zero today, a
// milestone counts as done when it has a valid done date, and none is due.
// No milestone of a goal marked done is overdue: the goal was met.
func MilestonesOf(g *plan.Goal, today plan.Date) *Milestones {
	if len(g.Milestones.Items) == 0 {
		return nil
	}
	met := g.Status.Set && g.Status.V == plan.GoalDone
	m := &Milestones{Total: len(g.Milestones.Items)}
	for i := range g.Milestones.Items {
		ms := &g.Milestones.Items[i]
		due := ms.Due.Set && !today.IsZero() && !ms.Due.V.After(today)
		state := MilestoneToDo
		switch {
		case ms.Done.Set && !today.IsZero() && ms.Done.V.After(today):
			m.DoneLater = append(m.DoneLater, ms)
			state = MilestoneDoneLater
		case ms.Done.Set:
			m.Done++
			state = MilestoneDone
		case PastDue(ms.Due, today) && !ms.Done.Written() && !met:
			// An invalid done date is reported as such; the milestone
			// may well be done.
			m.Overdue = append(m.Overdue, ms)
			state = MilestoneOverdue
		case due && !met:
			state = MilestoneDue
		}
		m.States = append(m.States, state)
		if ms.Due.Set {
			m.Dated++
			if due {
				m.Due++
			}
		}
	}
	return m
}
