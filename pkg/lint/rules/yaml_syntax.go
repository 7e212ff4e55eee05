package rules

import (
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// YAMLSyntax reports files that cannot be read as YAML.
var YAMLSyntax = &lint.Rule{
	ID:       plan.RuleYAMLSyntax,
	Title:    "The file is not valid YAML",
	Severity: lint.SeverityError,
	Doc: `A plan must be well-formed YAML in UTF-8. This rule reports syntax errors
(bad indentation, tabs used for indentation, an unclosed quote), files that are
binary or not UTF-8, files over the size limit (10 MiB), a second YAML
document (` + "`---`" + `) in the same file, and aliases that expand into an
unreasonably large document (an "alias bomb").

The parser reports only a line, and for many errors the line where the
enclosing block starts; coalition finds the line again as the first one at
which the file, cut there, fails the same way. The column points at the
offending tab, at the colon of a misplaced ` + "`key: value`" + `, at an unknown
alias, or else at the first character of the line. The rest of the file cannot
be checked until the syntax error is fixed, but the other files are.`,
	Example: header + `members:
  - id: harbor-ymca
     name: Harbor YMCA
goals: []
`,
	Run: func(p *lint.Pass) { p.ReportProblems() },
}
