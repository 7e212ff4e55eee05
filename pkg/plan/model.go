package plan

// The model of a v1 plan. Every struct embeds Loc and every scalar is a
// Value, so each key and value keeps the line and column it was written at.
//
// Struct tags: `yaml:"key"` names the key; `doc:"..."` describes it (the JSON
// Schema and editors show it); `plan:"required"` marks a key that
// must be present; `plan:"min=N,max=M"` bounds a number.

// APIVersion is the only apiVersion this version of the tool reads.
const APIVersion = "coalition/v1"

// Kind is the kind of a plan document.
const Kind = "Plan"

// Plan is one coalition plan: the whole content of one file.
type Plan struct {
	Loc
	// APIVersion and Kind are checked by the plan-header rule.
	APIVersion   Value[string]     `yaml:"apiVersion" doc:"The format version: coalition/v1."`
	Kind         Value[string]     `yaml:"kind" doc:"The kind of document: Plan."`
	Coalition    Coalition         `yaml:"coalition" plan:"required" doc:"Who the coalition is and why it exists."`
	People       List[Person]      `yaml:"people" doc:"Individuals: relationship owners, officers, staff."`
	Members      List[Member]      `yaml:"members" plan:"required" doc:"Member and prospective member organizations."`
	Stakeholders List[Stakeholder] `yaml:"stakeholders" doc:"Targets, allies and opponents outside the coalition: the power map."`
	Goals        List[Goal]        `yaml:"goals" plan:"required" doc:"Objectives, each with a community-level indicator."`
	Barriers     List[Barrier]     `yaml:"barriers" doc:"Obstacles to working together and how each is handled."`
	Actions      List[Action]      `yaml:"actions" doc:"The work that moves goals, barriers and relationships: who does what by when."`
	Budget       Budget            `yaml:"budget" doc:"Projected expenses, income and in-kind support."`
	SixRs        SixRs             `yaml:"six_rs" doc:"How the coalition assures the 6 R's of engagement."`
	Governance   Governance        `yaml:"governance" doc:"Decision making, operating rules, the distribution of work and ground rules."`
	Opposition   List[Opponent]    `yaml:"opposition" doc:"Those who lose if the coalition wins, and their tactics."`
	Reviews      List[Review]      `yaml:"reviews" doc:"Periodic evaluations of the coalition."`
}

// List is a YAML sequence of the model, with where it was written.
type List[T any] struct {
	Loc
	Items []T
	// Dropped counts the items that were written but are not what the
	// list holds (an empty item, a word where a mapping belongs). They are
	// reported by the loader and left out of Items, so a rule that needs
	// the whole list, such as a total, knows it does not have it.
	Dropped int
}

// Complete reports whether the list was read whole: written validly, with
// no item left out.
func (l *List[T]) Complete() bool { return !l.Invalid && l.Dropped == 0 }

func (l *List[T]) items() any { return &l.Items }

// Coalition is the identity and purpose of the coalition.
type Coalition struct {
	Loc
	Name         Value[string]             `yaml:"name" plan:"required" doc:"The coalition's name."`
	Problem      Value[string]             `yaml:"problem" plan:"required" doc:"The problem or goal that brought the organizations together."`
	WhyCoalition List[Value[WhyCoalition]] `yaml:"why_coalition" doc:"Why a coalition is needed rather than one organization."`
	Vision       Value[string]             `yaml:"vision" doc:"The coalition's dream for the future, easy to communicate."`
	Mission      Value[string]             `yaml:"mission" doc:"What the coalition does, and how."`
	Relationship Value[Relationship]       `yaml:"relationship" doc:"The level of working together; each asks more trust, time and resources than the one before."`
	Structure    Value[Structure]          `yaml:"structure" doc:"The organizational structure."`
	Start        Value[Date]               `yaml:"start" doc:"The date the coalition started, YYYY-MM-DD."`
	End          Value[Date]               `yaml:"end" doc:"The date it ends, YYYY-MM-DD; absent means ongoing."`
	Currency     Value[Currency]           `yaml:"currency" doc:"ISO 4217 code of the budget's currency; USD when absent."`
	Scope        Value[string]             `yaml:"scope" doc:"The scope: where, for whom, for how long."`
}

// CurrencyCode returns the plan's currency, USD when none is set.
func (c *Coalition) CurrencyCode() string {
	return string(c.Currency.Or("USD"))
}

// Person is an individual: a relationship owner, an officer, staff.
type Person struct {
	Loc
	ID     Value[ID]               `yaml:"id" plan:"required" doc:"Id of the person: lowercase letters, digits and hyphens."`
	Name   Value[string]           `yaml:"name" plan:"required" doc:"The person's name."`
	Member Value[ID]               `yaml:"member" doc:"Id of the member organization the person belongs to."`
	Roles  List[Value[PersonRole]] `yaml:"roles" doc:"The person's roles in the coalition."`
	Email  Value[Email]            `yaml:"email" doc:"The person's email address."`
}

// Member is a member or prospective member organization.
type Member struct {
	Loc
	ID           Value[ID]           `yaml:"id" plan:"required" doc:"Id of the member: lowercase letters, digits and hyphens."`
	Name         Value[string]       `yaml:"name" plan:"required" doc:"The organization's name."`
	Status       Value[MemberStatus] `yaml:"status" doc:"active (the default), prospect or former."`
	Sector       Value[Sector]       `yaml:"sector" doc:"The sector of the community the member comes from."`
	Represents   Value[string]       `yaml:"represents" doc:"Who the member represents."`
	MostAffected Value[bool]         `yaml:"most_affected" doc:"True when the member speaks for those most affected by the issue."`
	Partnership  Value[Partnership]  `yaml:"partnership" doc:"The type of partnership."`
	Role         Value[MemberRole]   `yaml:"role" doc:"The member's role in the coalition."`
	Owner        Value[ID]           `yaml:"owner" doc:"Id of the one person who owns the relationship with this member."`
	Joined       Value[Date]         `yaml:"joined" doc:"The date the member joined, YYYY-MM-DD."`
	Left         Value[Date]         `yaml:"left" doc:"The date the member left, YYYY-MM-DD."`
	Niche        Value[string]       `yaml:"niche" doc:"What this member brings that no other does."`
	Assets       List[Asset]         `yaml:"assets" doc:"Assets the member brings, from asset mapping."`
	Commitment   Commitment          `yaml:"commitment" doc:"What the member commits: hours and funds."`
	Criteria     Criteria            `yaml:"criteria" doc:"Selection criteria of a prospect, each 0 to 5."`
	Level        Value[Level]        `yaml:"level" doc:"This partner's own place on the continuum of working together; the coalition's relationship when absent."`
	Interests    Value[string]       `yaml:"interests" doc:"What this partner wants from working together: its self-interest."`
	Constraints  Value[string]       `yaml:"constraints" doc:"What limits this partner: capacity, mandate, funders."`
	LastContact  Value[Date]         `yaml:"last_contact" doc:"The date of the owner's last one-to-one with this partner, YYYY-MM-DD."`
	NextStep     Value[string]       `yaml:"next_step" doc:"What the owner will do next with this partner."`
}

// StatusOrDefault returns the member's status, active when none is written.
func (m *Member) StatusOrDefault() MemberStatus { return m.Status.Or(MemberActive) }

// LevelOrDefault returns the member's level: its own, else the
// coalition's relationship read as a level, else "".
func (m *Member) LevelOrDefault(c *Coalition) Level {
	if m.Level.Set {
		return m.Level.V
	}
	return LevelOf(c.Relationship.V)
}

// Asset is one asset a member brings, from asset mapping.
type Asset struct {
	Loc
	Category    Value[AssetCategory] `yaml:"category" plan:"required" doc:"The kind of asset."`
	Description Value[string]        `yaml:"description" doc:"What the asset is."`
}

// Commitment is what a member commits to the coalition.
type Commitment struct {
	Loc
	HoursPerMonth Value[float64] `yaml:"hours_per_month" plan:"min=0" doc:"Hours the member commits each month."`
	Funds         Value[Money]   `yaml:"funds" doc:"Funds the member commits, in the plan's currency."`
}

// Criteria are the prospect selection criteria, each 0 to 5.
type Criteria struct {
	Loc
	MissionAlignment   Value[int] `yaml:"mission_alignment" plan:"min=0,max=5" doc:"How well the mission aligns, 0 to 5."`
	Geography          Value[int] `yaml:"geography" plan:"min=0,max=5" doc:"How well the geography fits, 0 to 5."`
	Size               Value[int] `yaml:"size" plan:"min=0,max=5" doc:"How well the size fits, 0 to 5."`
	Expertise          Value[int] `yaml:"expertise" plan:"min=0,max=5" doc:"How much needed expertise it brings, 0 to 5."`
	Culture            Value[int] `yaml:"culture" plan:"min=0,max=5" doc:"How well the culture fits, 0 to 5."`
	PriorCollaboration Value[int] `yaml:"prior_collaboration" plan:"min=0,max=5" doc:"How well past work together went, 0 to 5."`
}

// Criterion is one selection criterion with its rating.
type Criterion struct {
	Name   string
	Rating *Value[int]
}

// All returns the criteria in their canonical order [002].
func (c *Criteria) All() []Criterion {
	return []Criterion{
		{"mission_alignment", &c.MissionAlignment}, {"geography", &c.Geography}, {"size", &c.Size},
		{"expertise", &c.Expertise}, {"culture", &c.Culture}, {"prior_collaboration", &c.PriorCollaboration},
	}
}

// Stakeholder is a target, ally or opponent outside the coalition: one point
// of the power map.
type Stakeholder struct {
	Loc
	ID          Value[ID]              `yaml:"id" plan:"required" doc:"Id of the stakeholder: lowercase letters, digits and hyphens."`
	Name        Value[string]          `yaml:"name" plan:"required" doc:"The stakeholder's name."`
	Type        Value[StakeholderType] `yaml:"type" doc:"The kind of stakeholder."`
	Target      Value[bool]            `yaml:"target" doc:"True for the decision-maker the coalition seeks to move."`
	Stance      Value[int]             `yaml:"stance" plan:"min=-2,max=2" doc:"Support for the coalition's goal, from -2 (strongly opposed) to 2 (strongly supportive)."`
	Influence   Value[int]             `yaml:"influence" plan:"min=1,max=5" doc:"Influence over the target, from 1 to 5."`
	Connections List[Value[ID]]        `yaml:"connections" doc:"Ids of members or people who have a relationship with this stakeholder."`
	Notes       Value[string]          `yaml:"notes" doc:"Notes."`
}

// Goal is an objective with a community-level indicator.
type Goal struct {
	Loc
	ID         Value[ID]         `yaml:"id" plan:"required" doc:"Id of the goal: lowercase letters, digits and hyphens."`
	Title      Value[string]     `yaml:"title" plan:"required" doc:"What will be different: who will have what done by when."`
	Indicator  Value[string]     `yaml:"indicator" doc:"The community-level indicator that measures the goal."`
	Baseline   Value[float64]    `yaml:"baseline" doc:"The indicator's value at the start."`
	Target     Value[float64]    `yaml:"target" doc:"The indicator's value to reach."`
	Current    Value[float64]    `yaml:"current" doc:"The indicator's latest value."`
	Unit       Value[string]     `yaml:"unit" doc:"The unit of the indicator."`
	Due        Value[Date]       `yaml:"due" doc:"The date the target is due, YYYY-MM-DD."`
	Owner      Value[ID]         `yaml:"owner" doc:"Id of the member organization that owns the goal."`
	Status     Value[GoalStatus] `yaml:"status" doc:"Where the goal stands."`
	Milestones List[Milestone]   `yaml:"milestones" doc:"Steps of a goal whose indicator is an event (an ordinance passed, a centre opened): progress is milestones done against milestones due."`
}

// Milestone is one step of a goal measured by events.
type Milestone struct {
	Loc
	Title Value[string] `yaml:"title" plan:"required" doc:"What will have happened."`
	Due   Value[Date]   `yaml:"due" doc:"The date it is due, YYYY-MM-DD."`
	Done  Value[Date]   `yaml:"done" doc:"The date it happened, YYYY-MM-DD; absent while it has not."`
}

// Action is a piece of the work that moves a goal, a barrier or a
// relationship: who does what by when.
type Action struct {
	Loc
	ID          Value[ID]           `yaml:"id" plan:"required" doc:"Id of the action: lowercase letters, digits and hyphens."`
	Title       Value[string]       `yaml:"title" plan:"required" doc:"What will be done."`
	Goal        Value[ID]           `yaml:"goal" doc:"Id of the goal it serves."`
	Barrier     Value[ID]           `yaml:"barrier" doc:"Id of the barrier it works on."`
	Stakeholder Value[ID]           `yaml:"stakeholder" doc:"Id of the stakeholder it reaches."`
	Owner       Value[ID]           `yaml:"owner" doc:"Id of the person or member who does it."`
	Due         Value[Date]         `yaml:"due" doc:"The date it is due, YYYY-MM-DD."`
	Status      Value[ActionStatus] `yaml:"status" doc:"planned (the default), doing, done, blocked or dropped."`
	Done        Value[Date]         `yaml:"done" doc:"The date it was finished, YYYY-MM-DD."`
}

// StatusOrDefault returns the action's status, planned when none is written.
func (a *Action) StatusOrDefault() ActionStatus { return a.Status.Or(ActionPlanned) }

// Barrier is an obstacle to working together and how it is handled.
type Barrier struct {
	Loc
	ID          Value[ID]            `yaml:"id" plan:"required" doc:"Id of the barrier: lowercase letters, digits and hyphens."`
	Type        Value[BarrierType]   `yaml:"type" plan:"required" doc:"Which of the eight common barriers this is, or other."`
	Description Value[string]        `yaml:"description" doc:"What the barrier is, here."`
	Severity    Value[Severity]      `yaml:"severity" doc:"How much it stands in the way."`
	Strategy    Value[string]        `yaml:"strategy" doc:"How the coalition overcomes it."`
	Owner       Value[ID]            `yaml:"owner" doc:"Id of the member or person who owns the strategy."`
	Status      Value[BarrierStatus] `yaml:"status" doc:"open (the default), mitigating or resolved."`
}

// Budget is the coalition's budget: expenses, income and in-kind support.
type Budget struct {
	Loc
	Period   Period        `yaml:"period" doc:"The period the budget covers."`
	Expenses List[Expense] `yaml:"expenses" doc:"All projected expenses."`
	Income   List[Income]  `yaml:"income" doc:"All projected income, committed or not."`
	InKind   List[InKind]  `yaml:"in_kind" doc:"Support given in goods or services rather than money."`
	Totals   BudgetTotals  `yaml:"totals" doc:"Totals as written elsewhere; checked against the lines to the cent."`
}

// Period is a span of dates.
type Period struct {
	Loc
	Start Value[Date] `yaml:"start" doc:"The first day, YYYY-MM-DD."`
	End   Value[Date] `yaml:"end" doc:"The last day, YYYY-MM-DD."`
}

// Expense is one projected expense.
type Expense struct {
	Loc
	Item     Value[string]          `yaml:"item" plan:"required" doc:"What the money is for."`
	Category Value[ExpenseCategory] `yaml:"category" doc:"The kind of expense."`
	Amount   Value[Money]           `yaml:"amount" plan:"required" doc:"The amount, a number with at most two decimals."`
}

// Income is one source of income.
type Income struct {
	Loc
	Source Value[string]       `yaml:"source" plan:"required" doc:"Where the money comes from."`
	Amount Value[Money]        `yaml:"amount" plan:"required" doc:"The amount, a number with at most two decimals."`
	Status Value[IncomeStatus] `yaml:"status" doc:"committed, pending or projected; only committed income closes the committed gap."`
	From   Value[ID]           `yaml:"from" doc:"Id of the member, stakeholder or person the income comes from."`
}

// InKind is support given in goods or services rather than money.
type InKind struct {
	Loc
	Item  Value[string] `yaml:"item" plan:"required" doc:"What is given."`
	From  Value[ID]     `yaml:"from" doc:"Id of the member, stakeholder or person who gives it."`
	Value Value[Money]  `yaml:"value" plan:"required" doc:"Its value, a number with at most two decimals."`
}

// BudgetTotals are totals declared in the plan, checked against the sums.
type BudgetTotals struct {
	Loc
	Expenses Value[Money] `yaml:"expenses" doc:"The total of the expenses."`
	Income   Value[Money] `yaml:"income" doc:"The total of the income."`
	InKind   Value[Money] `yaml:"in_kind" doc:"The total of the in-kind support."`
}

// SixRs says how the coalition assures the 6 R's of engagement.
type SixRs struct {
	Loc
	Recognition   Practice `yaml:"recognition" doc:"People want to be recognized for their contributions."`
	Respect       Practice `yaml:"respect" doc:"People want their values, culture, ideas and time respected."`
	Role          Practice `yaml:"role" doc:"People want a clearly defined role in which they can contribute."`
	Relationships Practice `yaml:"relationships" doc:"People want to build networks, professionally and personally."`
	Reward        Practice `yaml:"reward" doc:"People expect the rewards of taking part to outweigh the costs."`
	Results       Practice `yaml:"results" doc:"People respond to visible results they can link to their part."`
}

// R is one of the 6 R's with its name.
type R struct {
	Name     string
	Practice *Practice
}

// All returns the 6 R's in their canonical order.
func (s *SixRs) All() []R {
	return []R{
		{"recognition", &s.Recognition}, {"respect", &s.Respect}, {"role", &s.Role},
		{"relationships", &s.Relationships}, {"reward", &s.Reward}, {"results", &s.Results},
	}
}

// Practice is how one of the 6 R's is assured.
type Practice struct {
	Loc
	Practice Value[string]         `yaml:"practice" doc:"What the coalition does to assure it."`
	Owner    Value[ID]             `yaml:"owner" doc:"Id of the person or member who owns the practice."`
	Status   Value[PracticeStatus] `yaml:"status" doc:"in-place, planned or missing; an R left out counts as missing."`
	Evidence Value[string]         `yaml:"evidence" doc:"What shows that the practice works."`
}

// Governance is the structure, decision rules and ground rules.
type Governance struct {
	Loc
	DecisionMaking     Value[DecisionRule] `yaml:"decision_making" doc:"How decisions are made."`
	Rules              Value[string]       `yaml:"rules" doc:"The rules by which the coalition operates."`
	WorkDistribution   List[WorkUnit]      `yaml:"work_distribution" doc:"The planned distribution of work: committees, their leads and members."`
	Spokesperson       Value[ID]           `yaml:"spokesperson" doc:"Id of the person who speaks to the media."`
	Confidentiality    Value[string]       `yaml:"confidentiality" doc:"What is considered confidential."`
	InformationSharing Value[string]       `yaml:"information_sharing" doc:"How information is distributed."`
	Representatives    Value[string]       `yaml:"representatives" doc:"The role of representatives."`
	Meetings           Meetings            `yaml:"meetings" doc:"How often the coalition meets and whether meetings are accessible."`
	ReviewEveryMonths  Value[int]          `yaml:"review_every_months" plan:"min=1,max=120" doc:"How often the coalition reviews itself, in months (12 when absent)."`
}

// ReviewEvery is the number of months between reviews: as written, else 12.
func (g *Governance) ReviewEvery() int { return g.ReviewEveryMonths.Or(12) }

// WorkUnit is a committee or work group and who leads and serves on it.
type WorkUnit struct {
	Loc
	Committee Value[string]   `yaml:"committee" plan:"required" doc:"The committee or work group."`
	Lead      Value[ID]       `yaml:"lead" doc:"Id of the person who leads it."`
	Members   List[Value[ID]] `yaml:"members" doc:"Ids of the members or people who serve on it."`
}

// Meetings says how often the coalition meets and whether it is accessible.
type Meetings struct {
	Loc
	Cadence    Value[string] `yaml:"cadence" doc:"How often the coalition meets, such as monthly."`
	Accessible Value[bool]   `yaml:"accessible" doc:"True when hours and venues are reachable for those who work or use public transport."`
}

// Opponent is someone who loses if the coalition wins.
type Opponent struct {
	Loc
	ID          Value[ID]           `yaml:"id" plan:"required" doc:"Id of the opponent: lowercase letters, digits and hyphens."`
	Name        Value[string]       `yaml:"name" plan:"required" doc:"The opponent's name."`
	Loses       Value[string]       `yaml:"loses" doc:"What the opponent loses if the coalition wins."`
	Power       Value[int]          `yaml:"power" plan:"min=1,max=5" doc:"The opponent's power in the community, from 1 to 5."`
	Tactics     List[Value[Tactic]] `yaml:"tactics" doc:"The tactics the opponent uses."`
	Response    Value[string]       `yaml:"response" doc:"The coalition's general counter."`
	Stakeholder Value[ID]           `yaml:"stakeholder" doc:"Id of the same actor on the power map."`
	Owner       Value[ID]           `yaml:"owner" doc:"Id of the person who watches this opponent."`
	Responses   Responses           `yaml:"responses" doc:"The planned counter to each tactic listed in tactics."`
}

// Responses are the planned counters of an opponent's tactics, by tactic.
type Responses struct {
	Loc
	Deflecting   Value[string] `yaml:"deflecting" doc:"The counter to deflecting."`
	Delaying     Value[string] `yaml:"delaying" doc:"The counter to delaying."`
	Denying      Value[string] `yaml:"denying" doc:"The counter to denying."`
	Discounting  Value[string] `yaml:"discounting" doc:"The counter to discounting."`
	Deceiving    Value[string] `yaml:"deceiving" doc:"The counter to deceiving."`
	Dividing     Value[string] `yaml:"dividing" doc:"The counter to dividing."`
	Dulcifying   Value[string] `yaml:"dulcifying" doc:"The counter to dulcifying."`
	Discrediting Value[string] `yaml:"discrediting" doc:"The counter to discrediting."`
	Destroying   Value[string] `yaml:"destroying" doc:"The counter to destroying."`
	Dealing      Value[string] `yaml:"dealing" doc:"The counter to dealing."`
	Surrender    Value[string] `yaml:"surrender" doc:"The counter to surrender."`
}

// TacticResponse is the counter planned for one tactic.
type TacticResponse struct {
	Tactic   Tactic
	Response *Value[string]
}

// All returns the counters by tactic, in the order of the vocabulary.
func (r *Responses) All() []TacticResponse {
	return []TacticResponse{
		{"deflecting", &r.Deflecting}, {"delaying", &r.Delaying}, {"denying", &r.Denying},
		{"discounting", &r.Discounting}, {"deceiving", &r.Deceiving}, {"dividing", &r.Dividing},
		{"dulcifying", &r.Dulcifying}, {"discrediting", &r.Discrediting}, {"destroying", &r.Destroying},
		{"dealing", &r.Dealing}, {"surrender", &r.Surrender},
	}
}

// For returns the counter planned for tactic t, nil when there is none.
func (r *Responses) For(t Tactic) *Value[string] {
	for _, tr := range r.All() {
		if tr.Tactic == t {
			if tr.Response.Set && tr.Response.V != "" {
				return tr.Response
			}
			return nil
		}
	}
	return nil
}

// Review is a periodic evaluation of the coalition.
type Review struct {
	Loc
	Date    Value[Date]     `yaml:"date" plan:"required" doc:"The date of the review, YYYY-MM-DD."`
	By      Value[Reviewer] `yaml:"by" doc:"Who reviewed: internal or external."`
	Ratings Ratings         `yaml:"ratings" doc:"Ratings of the aspects of the coalition, each 1 to 5."`
	Notes   Value[string]   `yaml:"notes" doc:"Notes of the review."`
}

// Ratings rate the aspects of a coalition review, each 1 to 5.
type Ratings struct {
	Loc
	Leadership      Value[int] `yaml:"leadership" plan:"min=1,max=5" doc:"Leadership, 1 to 5."`
	Governance      Value[int] `yaml:"governance" plan:"min=1,max=5" doc:"Operating rules and governance, 1 to 5."`
	DivisionOfLabor Value[int] `yaml:"division_of_labor" plan:"min=1,max=5" doc:"Division of labor, 1 to 5."`
	Plans           Value[int] `yaml:"plans" plan:"min=1,max=5" doc:"Plans, short- and long-term, 1 to 5."`
	Actions         Value[int] `yaml:"actions" plan:"min=1,max=5" doc:"Actions, 1 to 5."`
	Funding         Value[int] `yaml:"funding" plan:"min=1,max=5" doc:"Funding, current and planned, 1 to 5."`
	Visibility      Value[int] `yaml:"visibility" plan:"min=1,max=5" doc:"Visibility and public support, 1 to 5."`
}

// Rating is the rating of one aspect of a review.
type Rating struct {
	// Aspect is the aspect's key, such as "division_of_labor".
	Aspect string
	Rating *Value[int]
}

// All returns the ratings in the order of the aspects of evaluation [003].
func (r *Ratings) All() []Rating {
	return []Rating{
		{"leadership", &r.Leadership}, {"governance", &r.Governance}, {"division_of_labor", &r.DivisionOfLabor},
		{"plans", &r.Plans}, {"actions", &r.Actions}, {"funding", &r.Funding}, {"visibility", &r.Visibility},
	}
}
