package plan

import "slices"

// Vocabulary is the closed list of words a field of the plan accepts.
type Vocabulary struct {
	// Name is what one word of the vocabulary is called in messages ("sector").
	Name string
	// Values are the accepted words, in the order the docs list them.
	Values []string
}

// Has reports whether s is one of the words of v.
func (v *Vocabulary) Has(s string) bool { return slices.Contains(v.Values, s) }

// enum is implemented by the string types whose values form a vocabulary.
type enum interface {
	Vocabulary() *Vocabulary
}

// The vocabularies of the v1 format, from the guides the format rests on.
var (
	VocabWhyCoalition = &Vocabulary{"reason", []string{"single-org-cannot", "complex-problem", "duplicated-efforts", "community-level-change"}}
	VocabRelationship = &Vocabulary{"relationship", []string{"networking", "coordination", "cooperation", "collaboration", "multisector-collaboration"}}
	VocabStructure    = &Vocabulary{"structure", []string{"steering-committee", "coordinating-council", "advisory-committee", "board-of-directors", "task-force"}}
	VocabPersonRole   = &Vocabulary{"role", []string{"chair", "vice-chair", "secretary", "treasurer", "director", "staff", "volunteer", "spokesperson"}}
	VocabMemberStatus = &Vocabulary{"member status", []string{"active", "prospect", "former"}}
	VocabSector       = &Vocabulary{"sector", []string{"community", "nonprofit", "government", "school", "business", "faith", "health", "youth", "elders", "labor", "media", "philanthropy", "academic", "other"}}
	VocabPartnership  = &Vocabulary{"partnership type", []string{"advisory", "in-name-only", "network", "task-force"}}
	VocabMemberRole   = &Vocabulary{"member role", []string{"lead", "member", "advisor", "funder", "fiscal-sponsor", "backbone"}}
	VocabAsset        = &Vocabulary{"asset category", []string{"relationships", "individuals", "expertise", "reach", "physical", "financial"}}
	VocabStakeholder  = &Vocabulary{"stakeholder type", []string{"decision-maker", "organization", "individual"}}
	VocabGoalStatus   = &Vocabulary{"goal status", []string{"not-started", "on-track", "at-risk", "off-track", "done"}}
	VocabBarrier      = &Vocabulary{"barrier type", []string{"turf", "bad-history", "professional-dominance", "poor-community-links", "minimal-capacity", "funding", "leadership", "costs-outweigh-benefits", "other"}}
	VocabSeverity     = &Vocabulary{"severity", []string{"low", "medium", "high"}}
	VocabBarrierState = &Vocabulary{"barrier status", []string{"open", "mitigating", "resolved"}}
	VocabExpense      = &Vocabulary{"expense category", []string{"personnel", "office", "rent", "utilities", "equipment", "program", "travel", "evaluation", "other"}}
	VocabIncomeStatus = &Vocabulary{"income status", []string{"committed", "pending", "projected"}}
	VocabPractice     = &Vocabulary{"practice status", []string{"in-place", "planned", "missing"}}
	VocabDecision     = &Vocabulary{"decision rule", []string{"consensus", "majority-vote", "supermajority", "lead-decides", "other"}}
	VocabTactic       = &Vocabulary{"tactic", []string{"deflecting", "delaying", "denying", "discounting", "deceiving", "dividing", "dulcifying", "discrediting", "destroying", "dealing", "surrender"}}
	VocabReviewer     = &Vocabulary{"reviewer", []string{"internal", "external"}}
	// VocabLevel is a partner's own place on the continuum of working
	// together [004]; the coalition's relationship adds multisector
	// collaboration, which a partner's level reads as collaboration.
	VocabLevel        = &Vocabulary{"level", []string{"networking", "coordination", "cooperation", "collaboration"}}
	VocabActionStatus = &Vocabulary{"action status", []string{"planned", "doing", "done", "blocked", "dropped"}}
)

// Enumerated string types. The zero value "" is not a valid word of any of
// them; a field left out keeps it.
type (
	WhyCoalition    string
	Relationship    string
	Structure       string
	PersonRole      string
	MemberStatus    string
	Sector          string
	Partnership     string
	MemberRole      string
	AssetCategory   string
	StakeholderType string
	GoalStatus      string
	BarrierType     string
	Severity        string
	BarrierStatus   string
	ExpenseCategory string
	IncomeStatus    string
	PracticeStatus  string
	DecisionRule    string
	Tactic          string
	Reviewer        string
	Level           string
	ActionStatus    string
)

func (WhyCoalition) Vocabulary() *Vocabulary    { return VocabWhyCoalition }
func (Relationship) Vocabulary() *Vocabulary    { return VocabRelationship }
func (Structure) Vocabulary() *Vocabulary       { return VocabStructure }
func (PersonRole) Vocabulary() *Vocabulary      { return VocabPersonRole }
func (MemberStatus) Vocabulary() *Vocabulary    { return VocabMemberStatus }
func (Sector) Vocabulary() *Vocabulary          { return VocabSector }
func (Partnership) Vocabulary() *Vocabulary     { return VocabPartnership }
func (MemberRole) Vocabulary() *Vocabulary      { return VocabMemberRole }
func (AssetCategory) Vocabulary() *Vocabulary   { return VocabAsset }
func (StakeholderType) Vocabulary() *Vocabulary { return VocabStakeholder }
func (GoalStatus) Vocabulary() *Vocabulary      { return VocabGoalStatus }
func (BarrierType) Vocabulary() *Vocabulary     { return VocabBarrier }
func (Severity) Vocabulary() *Vocabulary        { return VocabSeverity }
func (BarrierStatus) Vocabulary() *Vocabulary   { return VocabBarrierState }
func (ExpenseCategory) Vocabulary() *Vocabulary { return VocabExpense }
func (IncomeStatus) Vocabulary() *Vocabulary    { return VocabIncomeStatus }
func (PracticeStatus) Vocabulary() *Vocabulary  { return VocabPractice }
func (DecisionRule) Vocabulary() *Vocabulary    { return VocabDecision }
func (Tactic) Vocabulary() *Vocabulary          { return VocabTactic }
func (Reviewer) Vocabulary() *Vocabulary        { return VocabReviewer }
func (Level) Vocabulary() *Vocabulary           { return VocabLevel }
func (ActionStatus) Vocabulary() *Vocabulary    { return VocabActionStatus }

// Well-known words used by the rules.
const (
	MemberActive    MemberStatus   = "active"
	MemberProspect  MemberStatus   = "prospect"
	MemberFormer    MemberStatus   = "former"
	GoalNotStarted  GoalStatus     = "not-started"
	GoalOnTrack     GoalStatus     = "on-track"
	GoalAtRisk      GoalStatus     = "at-risk"
	GoalOffTrack    GoalStatus     = "off-track"
	GoalDone        GoalStatus     = "done"
	BarrierResolved BarrierStatus  = "resolved"
	PracticeInPlace PracticeStatus = "in-place"
	PracticePlanned PracticeStatus = "planned"
	PracticeMissing PracticeStatus = "missing"
	SeverityHigh    Severity       = "high"
	IncomeCommitted IncomeStatus   = "committed"

	LevelNetworking    Level = "networking"
	LevelCoordination  Level = "coordination"
	LevelCooperation   Level = "cooperation"
	LevelCollaboration Level = "collaboration"

	ActionPlanned ActionStatus = "planned"
	ActionDoing   ActionStatus = "doing"
	ActionDone    ActionStatus = "done"
	ActionBlocked ActionStatus = "blocked"
	ActionDropped ActionStatus = "dropped"
)

// Rank is the place of a level on the continuum, 1 (networking) to 4
// (collaboration); 0 for a word that is not a level.
func (l Level) Rank() int {
	for i, w := range VocabLevel.Values {
		if string(l) == w {
			return i + 1
		}
	}
	return 0
}

// LevelOf reads a coalition's relationship as a level: multisector
// collaboration is collaboration; "" when none is written.
func LevelOf(r Relationship) Level {
	if r == "multisector-collaboration" {
		return LevelCollaboration
	}
	return Level(r)
}

// Open reports whether an action is still to be done: not done and not
// dropped.
func (s ActionStatus) Open() bool { return s != ActionDone && s != ActionDropped }
