package output

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// SARIF writes one SARIF 2.1.0 log: the tool with every rule (id, title,
// documentation, default level, link to its docs), one result per finding
// with its file, line and column, and the paths that could not be read as
// tool notifications. GitHub code scanning and most CI dashboards read it.
//
// Files are relative URI references (percent-encoded segments, forward
// slashes) from the root of the repository, which the log declares as
// %SRCROOT% with its absolute file URI.
type SARIF struct {
	w       io.Writer
	rules   []*lint.Rule
	index   map[string]int
	version string
	root    string
	results []sarifResult
	notes   []sarifNotification
}

// NewSARIF returns a SARIF writer that describes rules, names the tool
// version and gives files relative to the directory root (empty: the
// current directory).
func NewSARIF(w io.Writer, rules []*lint.Rule, version, root string) *SARIF {
	s := &SARIF{w: w, rules: rules, index: map[string]int{}, version: version, root: absRoot(root), results: []sarifResult{}}
	for i, r := range rules {
		s.index[r.ID] = i
	}
	return s
}

// RulesURL is where the rules are documented; each rule is an anchor.
const RulesURL = "https://github.com/coalition-tools/coalition/blob/main/docs/rules.md"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                `json:"tool"`
	Invocations        []sarifInvocation        `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds"`
	Results            []sarifResult            `json:"results"`
	ColumnKind         string                   `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifText   `json:"help"`
	HelpURI              string      `json:"helpUri"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex *int            `json:"ruleIndex,omitempty"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// srcRoot names the root of the repository in a SARIF log.
const srcRoot = "%SRCROOT%"

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

var sarifLevel = map[lint.Severity]string{lint.SeverityError: "error", lint.SeverityWarning: "warning", lint.SeverityInfo: "note"}

// artifact locates the file at path: a relative URI reference from the
// root, with forward slashes and escaped segments, as SARIF asks.
func (s *SARIF) artifact(path string) sarifArtifact {
	return sarifArtifact{URI: relativeURI(fromRoot(s.root, path)), URIBaseID: srcRoot}
}

// relativeURI turns a slash path into a relative URI reference: each
// segment percent-encoded, ":" included, so that a name such as a:b.yaml
// cannot read as a URI scheme.
func relativeURI(path string) string {
	parts := strings.Split(path, "/")
	for i, p := range parts {
		parts[i] = strings.ReplaceAll(url.PathEscape(p), ":", "%3A")
	}
	return strings.Join(parts, "/")
}

// dirURI is the absolute file URI of the directory dir, ending in a slash
// as SARIF requires of a base URI.
func dirURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// File implements Writer.
func (s *SARIF) File(path string, diags []lint.Diagnostic) error {
	for _, d := range diags {
		msg := d.Message
		if d.Hint != "" {
			msg += "\nHint: " + d.Hint
		}
		r := sarifResult{RuleID: d.Rule, Level: sarifLevel[d.Severity], Message: sarifText{Text: msg},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: s.artifact(d.File),
				Region:           &sarifRegion{StartLine: max(1, d.Pos.Line), StartColumn: d.Pos.Col},
			}}}}
		if i, ok := s.index[d.Rule]; ok {
			r.RuleIndex = &i
		}
		s.results = append(s.results, r)
	}
	return nil
}

// Error implements Writer.
func (s *SARIF) Error(path string, err error) error {
	n := sarifNotification{Level: "error", Message: sarifText{Text: err.Error()}}
	if path != "" {
		n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: s.artifact(path)}}}
	}
	s.notes = append(s.notes, n)
	return nil
}

// Flush implements Writer.
func (s *SARIF) Flush(sum Summary) error {
	driver := sarifDriver{Name: "coalition", InformationURI: "https://github.com/coalition-tools/coalition",
		Version: s.version, Rules: []sarifRule{}}
	for _, r := range s.rules {
		doc := strings.TrimSpace(r.Doc)
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.ID, Name: ruleName(r.ID),
			ShortDescription:     sarifText{Text: r.Title},
			FullDescription:      sarifText{Text: plainDoc(doc)},
			Help:                 sarifText{Text: plainDoc(doc), Markdown: doc},
			HelpURI:              RulesURL + "#" + r.ID,
			DefaultConfiguration: sarifConfig{Level: sarifLevel[r.Severity]},
		})
	}
	notes := s.notes
	if notes == nil {
		notes = []sarifNotification{}
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:               sarifTool{Driver: driver},
			Invocations:        []sarifInvocation{{ExecutionSuccessful: sum.Unreadable == 0, Notifications: notes}},
			OriginalURIBaseIDs: map[string]sarifArtifact{srcRoot: {URI: dirURI(s.root)}},
			Results:            s.results,
			ColumnKind:         "unicodeCodePoints",
		}},
	}
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// ruleName is the rule id in PascalCase, as SARIF viewers show rule names.
func ruleName(id string) string {
	var b strings.Builder
	for _, w := range strings.Split(id, "-") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// plainDoc folds a rule's Markdown doc into plain paragraphs.
func plainDoc(doc string) string {
	paras := strings.Split(doc, "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(strings.ReplaceAll(p, "`", "")), " ")
	}
	return strings.Join(paras, "\n\n")
}
