package plan

// Problem is a mistake found while reading a plan, before any rule runs on
// the model: broken YAML, a duplicate or unknown key, a value of the wrong
// type or outside its vocabulary. Each names the rule it belongs to, so the
// lint registry documents and reports it like any other finding.
type Problem struct {
	Rule    string
	Pos     Pos
	Message string
	Hint    string
}

// Rule ids of the problems the loader finds. The rules of the same ids in
// package rules document and report them.
const (
	RuleYAMLSyntax   = "yaml-syntax"
	RulePlanHeader   = "plan-header"
	RuleDuplicateKey = "duplicate-key"
	RuleUnknownKey   = "unknown-key"
	// RuleCommaTrap is a value cut short by a comma in a one-line {…}
	// mapping; the value is left unread. Commands that must not act on a
	// misread plan (fmt) tell it by this id.
	RuleCommaTrap    = "comma-trap"
	RuleMissingField = "missing-field"
	RuleInvalidType  = "invalid-type"
	RuleInvalidValue = "invalid-value"
	RuleInvalidDate  = "invalid-date"
)
