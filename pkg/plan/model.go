package plan

// The model of a v1 plan. Every struct embeds Loc and every scalar is a
// Value, so each key and value keeps the line and column it was written at.
//
// Struct tags: `yaml:"key"` names the key; `plan:"required"` marks a key that
// must be present; `plan:"min=N,max=M"` bounds a number.

// APIVersion is the only apiVersion this version of the tool reads.
const APIVersion = "coalition/v1"

// Kind is the kind of a plan document.
const Kind = "Plan"

// Plan is one coalition plan: the whole content of one file.
type Plan struct {
	Loc
	// APIVersion and Kind are checked by the plan-header rule.
	APIVersion   Value[string]     `yaml:"apiVersion"`
	Kind         Value[string]     `yaml:"kind"`
	Coalition    Coalition         `yaml:"coalition" plan:"required"`
	People       List[Person]      `yaml:"people"`
	Members      List[Member]      `yaml:"members" plan:"required"`
	Stakeholders List[Stakeholder] `yaml:"stakeholders"`
	Goals        List[Goal]        `yaml:"goals" plan:"required"`
	Barriers     List[Barrier]     `yaml:"barriers"`
	Budget       Budget            `yaml:"budget"`
	SixRs        SixRs             `yaml:"six_rs"`
	Governance   Governance        `yaml:"governance"`
	Opposition   List[Opponent]    `yaml:"opposition"`
	Reviews      List[Review]      `yaml:"reviews"`
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
	Name         Value[string]             `yaml:"name" plan:"required"`
	Problem      Value[string]             `yaml:"problem" plan:"required"`
	WhyCoalition List[Value[WhyCoalition]] `yaml:"why_coalition"`
	Vision       Value[string]             `yaml:"vision"`
	Mission      Value[string]             `yaml:"mission"`
	Relationship Value[Relationship]       `yaml:"relationship"`
	Structure    Value[Structure]          `yaml:"structure"`
	Start        Value[Date]               `yaml:"start"`
	End          Value[Date]               `yaml:"end"`
	Currency     Value[Currency]           `yaml:"currency"`
	Scope        Value[string]             `yaml:"scope"`
}

// CurrencyCode returns the plan's currency, USD when none is set.
func (c *Coalition) CurrencyCode() string {
	return string(c.Currency.Or("USD"))
}

// Person is an individual: a relationship owner, an officer, staff.
type Person struct {
	Loc
	ID     Value[ID]               `yaml:"id" plan:"required"`
	Name   Value[string]           `yaml:"name" plan:"required"`
	Member Value[ID]               `yaml:"member"`
	Roles  List[Value[PersonRole]] `yaml:"roles"`
	Email  Value[Email]            `yaml:"email"`
}

// Member is a member or prospective member organization.
type Member struct {
	Loc
	ID           Value[ID]           `yaml:"id" plan:"required"`
	Name         Value[string]       `yaml:"name" plan:"required"`
	Status       Value[MemberStatus] `yaml:"status"`
	Sector       Value[Sector]       `yaml:"sector"`
	Represents   Value[string]       `yaml:"represents"`
	MostAffected Value[bool]         `yaml:"most_affected"`
	Partnership  Value[Partnership]  `yaml:"partnership"`
	Role         Value[MemberRole]   `yaml:"role"`
	Owner        Value[ID]           `yaml:"owner"`
	Joined       Value[Date]         `yaml:"joined"`
	Left         Value[Date]         `yaml:"left"`
	Niche        Value[string]       `yaml:"niche"`
	Assets       List[Asset]         `yaml:"assets"`
	Commitment   Commitment          `yaml:"commitment"`
	Criteria     Criteria            `yaml:"criteria"`
}

// StatusOrDefault returns the member's status, active when none is written.
func (m *Member) StatusOrDefault() MemberStatus { return m.Status.Or(MemberActive) }

// Asset is one asset a member brings, from asset mapping.
type Asset struct {
	Loc
	Category    Value[AssetCategory] `yaml:"category" plan:"required"`
	Description Value[string]        `yaml:"description"`
}

// Commitment is what a member commits to the coalition.
type Commitment struct {
	Loc
	HoursPerMonth Value[float64] `yaml:"hours_per_month" plan:"min=0"`
	Funds         Value[Money]   `yaml:"funds"`
}

// Criteria are the prospect selection criteria, each 0 to 5.
type Criteria struct {
	Loc
	MissionAlignment   Value[int] `yaml:"mission_alignment" plan:"min=0,max=5"`
	Geography          Value[int] `yaml:"geography" plan:"min=0,max=5"`
	Size               Value[int] `yaml:"size" plan:"min=0,max=5"`
	Expertise          Value[int] `yaml:"expertise" plan:"min=0,max=5"`
	Culture            Value[int] `yaml:"culture" plan:"min=0,max=5"`
	PriorCollaboration Value[int] `yaml:"prior_collaboration" plan:"min=0,max=5"`
}

// Stakeholder is a target, ally or opponent outside the coalition: one point
// of the power map.
type Stakeholder struct {
	Loc
	ID          Value[ID]              `yaml:"id" plan:"required"`
	Name        Value[string]          `yaml:"name" plan:"required"`
	Type        Value[StakeholderType] `yaml:"type"`
	Target      Value[bool]            `yaml:"target"`
	Stance      Value[int]             `yaml:"stance" plan:"min=-2,max=2"`
	Influence   Value[int]             `yaml:"influence" plan:"min=1,max=5"`
	Connections List[Value[ID]]        `yaml:"connections"`
	Notes       Value[string]          `yaml:"notes"`
}

// Goal is an objective with a community-level indicator.
type Goal struct {
	Loc
	ID        Value[ID]         `yaml:"id" plan:"required"`
	Title     Value[string]     `yaml:"title" plan:"required"`
	Indicator Value[string]     `yaml:"indicator"`
	Baseline  Value[float64]    `yaml:"baseline"`
	Target    Value[float64]    `yaml:"target"`
	Current   Value[float64]    `yaml:"current"`
	Unit      Value[string]     `yaml:"unit"`
	Due       Value[Date]       `yaml:"due"`
	Owner     Value[ID]         `yaml:"owner"`
	Status    Value[GoalStatus] `yaml:"status"`
}

// Barrier is an obstacle to working together and how it is handled.
type Barrier struct {
	Loc
	ID          Value[ID]            `yaml:"id" plan:"required"`
	Type        Value[BarrierType]   `yaml:"type" plan:"required"`
	Description Value[string]        `yaml:"description"`
	Severity    Value[Severity]      `yaml:"severity"`
	Strategy    Value[string]        `yaml:"strategy"`
	Owner       Value[ID]            `yaml:"owner"`
	Status      Value[BarrierStatus] `yaml:"status"`
}

// Budget is the coalition's budget: expenses, income and in-kind support.
type Budget struct {
	Loc
	Period   Period        `yaml:"period"`
	Expenses List[Expense] `yaml:"expenses"`
	Income   List[Income]  `yaml:"income"`
	InKind   List[InKind]  `yaml:"in_kind"`
	Totals   BudgetTotals  `yaml:"totals"`
}

// Period is a span of dates.
type Period struct {
	Loc
	Start Value[Date] `yaml:"start"`
	End   Value[Date] `yaml:"end"`
}

// Expense is one projected expense.
type Expense struct {
	Loc
	Item     Value[string]          `yaml:"item" plan:"required"`
	Category Value[ExpenseCategory] `yaml:"category"`
	Amount   Value[Money]           `yaml:"amount" plan:"required"`
}

// Income is one source of income.
type Income struct {
	Loc
	Source Value[string]       `yaml:"source" plan:"required"`
	Amount Value[Money]        `yaml:"amount" plan:"required"`
	Status Value[IncomeStatus] `yaml:"status"`
	From   Value[ID]           `yaml:"from"`
}

// InKind is support given in goods or services rather than money.
type InKind struct {
	Loc
	Item  Value[string] `yaml:"item" plan:"required"`
	From  Value[ID]     `yaml:"from"`
	Value Value[Money]  `yaml:"value" plan:"required"`
}

// BudgetTotals are totals declared in the plan, checked against the sums.
type BudgetTotals struct {
	Loc
	Expenses Value[Money] `yaml:"expenses"`
	Income   Value[Money] `yaml:"income"`
	InKind   Value[Money] `yaml:"in_kind"`
}

// SixRs says how the coalition assures the 6 R's of engagement.
type SixRs struct {
	Loc
	Recognition   Practice `yaml:"recognition"`
	Respect       Practice `yaml:"respect"`
	Role          Practice `yaml:"role"`
	Relationships Practice `yaml:"relationships"`
	Reward        Practice `yaml:"reward"`
	Results       Practice `yaml:"results"`
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
	Practice Value[string]         `yaml:"practice"`
	Owner    Value[ID]             `yaml:"owner"`
	Status   Value[PracticeStatus] `yaml:"status"`
	Evidence Value[string]         `yaml:"evidence"`
}

// Governance is the structure, decision rules and ground rules.
type Governance struct {
	Loc
	DecisionMaking     Value[DecisionRule] `yaml:"decision_making"`
	Rules              Value[string]       `yaml:"rules"`
	WorkDistribution   List[WorkUnit]      `yaml:"work_distribution"`
	Spokesperson       Value[ID]           `yaml:"spokesperson"`
	Confidentiality    Value[string]       `yaml:"confidentiality"`
	InformationSharing Value[string]       `yaml:"information_sharing"`
	Representatives    Value[string]       `yaml:"representatives"`
	Meetings           Meetings            `yaml:"meetings"`
}

// WorkUnit is a committee or work group and who leads and serves on it.
type WorkUnit struct {
	Loc
	Committee Value[string]   `yaml:"committee" plan:"required"`
	Lead      Value[ID]       `yaml:"lead"`
	Members   List[Value[ID]] `yaml:"members"`
}

// Meetings says how often the coalition meets and whether it is accessible.
type Meetings struct {
	Loc
	Cadence    Value[string] `yaml:"cadence"`
	Accessible Value[bool]   `yaml:"accessible"`
}

// Opponent is someone who loses if the coalition wins.
type Opponent struct {
	Loc
	ID       Value[ID]           `yaml:"id" plan:"required"`
	Name     Value[string]       `yaml:"name" plan:"required"`
	Loses    Value[string]       `yaml:"loses"`
	Power    Value[int]          `yaml:"power" plan:"min=1,max=5"`
	Tactics  List[Value[Tactic]] `yaml:"tactics"`
	Response Value[string]       `yaml:"response"`
}

// Review is a periodic evaluation of the coalition.
type Review struct {
	Loc
	Date    Value[Date]     `yaml:"date" plan:"required"`
	By      Value[Reviewer] `yaml:"by"`
	Ratings Ratings         `yaml:"ratings"`
	Notes   Value[string]   `yaml:"notes"`
}

// Ratings rate the aspects of a coalition review, each 1 to 5.
type Ratings struct {
	Loc
	Leadership      Value[int] `yaml:"leadership" plan:"min=1,max=5"`
	Governance      Value[int] `yaml:"governance" plan:"min=1,max=5"`
	DivisionOfLabor Value[int] `yaml:"division_of_labor" plan:"min=1,max=5"`
	Plans           Value[int] `yaml:"plans" plan:"min=1,max=5"`
	Actions         Value[int] `yaml:"actions" plan:"min=1,max=5"`
	Funding         Value[int] `yaml:"funding" plan:"min=1,max=5"`
	Visibility      Value[int] `yaml:"visibility" plan:"min=1,max=5"`
}
