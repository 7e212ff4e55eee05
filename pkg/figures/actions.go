package figures

import "github.com/coalition-tools/coalition/pkg/plan"

// Horizon is how many days ahead an open action counts as due soon, unless
// a command is told otherwise (brief --horizon): about the time between two
// board meetings.
const Horizon = 45

// ActionState is where an action stands, as a board reads it.
type ActionState string

// Action states.
const (
	ActionDone    ActionState = "done"
	ActionDropped ActionState = "dropped"
	ActionOverdue ActionState = "overdue"
	ActionDueSoon ActionState = "due soon"
	ActionOnTime  ActionState = "on time"
	ActionNoDue   ActionState = "no due date"
	// ActionUnknown is the state of an action whose status could not be
	// read: it may be done.
	ActionUnknown ActionState = "unknown"
)

// Action is one action with where it stands.
type Action struct {
	Action *plan.Action
	// Status is the action's status, planned when none is written.
	Status plan.ActionStatus
	// Open is true when the action is still to be done: its status is
	// neither done nor dropped, and could be read.
	Open bool
	// DaysLeft is the number of days from today to the due date, negative
	// when it has passed; meaningful only when Timed.
	DaysLeft int
	// Timed is true when the action has a due date and there is a today
	// to count the days from.
	Timed bool
	// State is done, dropped, overdue (open and past due, see PastDue), due
	// soon (open and due within the horizon), on time (open and due later),
	// no due date (open without one), or unknown (the status could not be
	// read).
	State ActionState
}

// Overdue reports whether the action is open and past its due date.
func (a *Action) Overdue() bool { return a.State == ActionOverdue }

// DueWithin reports whether the action is open, not overdue, and due within
// days days of today (today included).
func (a *Action) DueWithin(days int) bool {
	return a.Open && a.Timed && a.DaysLeft >= 0 && a.DaysLeft <= days
}

// ActionsOf computes where every action of p stands as of today, in the
// order of the plan. An open action due within horizon days is due soon.
func ActionsOf(p *plan.Plan, today plan.Date, horizon int) []Action {
	out := make([]Action, 0, len(p.Actions.Items))
	for i := range p.Actions.Items {
		out = append(out, actionOf(&p.Actions.Items[i], today, horizon))
	}
	return out
}

func actionOf(a *plan.Action, today plan.Date, horizon int) Action {
	fa := Action{Action: a, Status: a.StatusOrDefault()}
	fa.Open = !a.Status.Invalid && fa.Status.Open()
	if a.Due.Set && !today.IsZero() {
		fa.DaysLeft, fa.Timed = today.DaysUntil(a.Due.V), true
	}
	switch {
	case a.Status.Invalid:
		fa.State = ActionUnknown
	case fa.Status == plan.ActionDone:
		fa.State = ActionDone
	case fa.Status == plan.ActionDropped:
		fa.State = ActionDropped
	case !a.Due.Set:
		fa.State = ActionNoDue
	case PastDue(a.Due, today):
		fa.State = ActionOverdue
	case fa.Timed && fa.DaysLeft <= horizon:
		fa.State = ActionDueSoon
	default:
		fa.State = ActionOnTime
	}
	return fa
}

// AtRisk reports whether a goal not done needs attention: marked at-risk or
// off-track, or behind pace (see Goal.Behind). It is what makes a goal with
// no action a warning rather than a note, and what costs it points.
func (g *Goal) AtRisk() bool {
	if g.State == GoalDone {
		return false
	}
	s := g.Goal.Status
	return s.Set && (s.V == plan.GoalAtRisk || s.V == plan.GoalOffTrack) || g.Behind()
}

// HasActions reports whether p has an actions section, empty or not
// (`actions: []`); like any key, `actions:` with no value is no section. A
// plan without one does not track its actions.
func HasActions(p *plan.Plan) bool { return p.Actions.Written() }

// Unserved returns the goals of goals (as GoalsOf computes them for p)
// that are open, not done, and that no open action of p serves, in the
// order of the plan. It returns nil when p has no actions section (a plan
// that does not track actions is not asked for them), and when the section
// could not be read whole (an item left out might serve any goal). A goal
// whose status could not be read is left out (it may be done), and so is a
// goal served by an action whose status could not be read.
func Unserved(p *plan.Plan, goals []Goal) []Goal {
	if !HasActions(p) || !p.Actions.Complete() {
		return nil
	}
	served := map[plan.ID]bool{}
	for i := range p.Actions.Items {
		a := &p.Actions.Items[i]
		if a.Goal.Set && (a.Status.Invalid || a.StatusOrDefault().Open()) {
			served[a.Goal.V] = true
		}
	}
	var out []Goal
	for _, g := range goals {
		if g.State == GoalDone || g.Goal.Status.Invalid || (g.Goal.ID.Set && served[g.Goal.ID.V]) {
			continue
		}
		out = append(out, g)
	}
	return out
}
