package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// InvalidValue reports values outside their vocabulary, range or format.
var InvalidValue = &lint.Rule{
	ID:       plan.RuleInvalidValue,
	Title:    "A value is not one the format allows",
	Severity: lint.SeverityError,
	Doc: `Many keys take a word from a fixed vocabulary drawn from the guides
(sectors, barrier types, the continuum of relationships, opposition tactics…);
a misspelt word is reported with the closest valid one and the full list.
Numbers with a range are checked (stance −2 to 2, influence and power 1 to 5,
criteria 0 to 5, review ratings 1 to 5). Ids must be slugs (lowercase letters,
digits and hyphens). Money must be a plain amount with at most two decimals:
` + "`\"12,500.00\"`" + ` is rejected with the fix ` + "`12500.00`" + `, and so are
currency symbols and negative amounts. Currencies are ISO 4217 codes and email
addresses must look like one.`,
	Example: header + `members:
  - id: city-hall
    name: Harbor City Hall
    sector: goverment
goals: []
budget:
  expenses:
    - item: Coordinator salary
      amount: "12,500.00"
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
