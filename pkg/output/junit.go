package output

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/coalition-tools/coalition/pkg/lint"
)

// JUnit writes a JUnit XML report, which most CI systems show as test
// results: one test suite per plan file, one test case per finding (a
// failure when it is at or above --fail-on), and one passing test case for
// a plan with no finding. A path that could not be read is a suite with an
// error.
type JUnit struct {
	w      io.Writer
	suites []junitSuite
}

// NewJUnit returns a JUnit writer.
func NewJUnit(w io.Writer) *JUnit { return &JUnit{w: w} }

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
	diags    []lint.Diagnostic
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// File implements Writer. Names, like all text from plans, are escaped as
// for a terminal: CI systems print them in logs.
func (j *JUnit) File(path string, diags []lint.Diagnostic) error {
	j.suites = append(j.suites, junitSuite{Name: Sanitize(path), diags: diags})
	return nil
}

// Error implements Writer.
func (j *JUnit) Error(path string, err error) error {
	j.suites = append(j.suites, junitSuite{Name: Sanitize(path), Tests: 1, Errors: 1, Cases: []junitCase{{
		Name: Sanitize(path), Classname: "coalition.check",
		Error: &junitProblem{Message: Sanitize(err.Error()), Type: "unreadable", Text: Sanitize(err.Error())},
	}}})
	return nil
}

// Flush implements Writer.
func (j *JUnit) Flush(s Summary) error {
	doc := junitSuites{Name: "coalition check", Suites: []junitSuite{}}
	for _, suite := range j.suites {
		if suite.diags == nil && suite.Errors > 0 {
			doc.Suites = append(doc.Suites, suite)
			doc.Tests += suite.Tests
			doc.Errors += suite.Errors
			continue
		}
		for _, d := range suite.diags {
			c := junitCase{Name: fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Rule), Classname: "coalition.check." + d.Rule}
			text := Sanitize(fmt.Sprintf("%s:%d:%d: %s: %s [%s]", d.File, d.Pos.Line, d.Pos.Col, d.Severity, d.Message, d.Rule))
			if d.Hint != "" {
				text += "\nhint: " + Sanitize(d.Hint)
			}
			if d.Severity >= s.FailOn {
				c.Failure = &junitProblem{Message: Sanitize(d.Message), Type: d.Severity.String(), Text: text}
				suite.Failures++
			} else {
				c.SystemOut = text
			}
			suite.Cases = append(suite.Cases, c)
		}
		if len(suite.Cases) == 0 {
			suite.Cases = []junitCase{{Name: "no findings", Classname: "coalition.check"}}
		}
		suite.Tests = len(suite.Cases)
		doc.Tests += suite.Tests
		doc.Failures += suite.Failures
		doc.Suites = append(doc.Suites, suite)
	}
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, "\n")
	return err
}
