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
	RuleMissingField = "missing-field"
	RuleInvalidType  = "invalid-type"
	RuleInvalidValue = "invalid-value"
	RuleInvalidDate  = "invalid-date"
)
