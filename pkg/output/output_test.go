package output_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/coalition-tools/coalition/pkg/check"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// write runs a whole check of the broken example, a clean example and a
// missing path through the writer of format, as coalition check does.
func write(t *testing.T, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := output.New(format, &b, output.Options{Rules: rules.All(), Version: "v0.0.0-test"})
	if err != nil {
		t.Fatal(err)
	}
	sum := output.Summary{FailOn: lint.SeverityError}
	if err := w.Error("missing.yaml", errors.New("no such file or directory")); err != nil {
		t.Fatal(err)
	}
	sum.Unreadable++
	opts := check.Options{Lint: lint.Options{Rules: rules.All(), Today: plan.NewDate(2026, 11, 23)}}
	for _, p := range []string{"../../examples/broken/broken-plan.yaml", "../../examples/teen-evening-counseling.yaml"} {
		r := check.One(workspace.Target{Path: p, Explicit: true}, opts)
		sum.Plans++
		sum.Count(r.Diagnostics)
		if err := w.File(r.Path, r.Diagnostics); err != nil {
			t.Fatal(err)
		}
	}
	sum.Failed = true
	if err := w.Flush(sum); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSARIFValidatesAgainstTheSchema validates the SARIF output against the
// official SARIF 2.1.0 schema (testdata/README.md says where it is from).
func TestSARIFValidatesAgainstTheSchema(t *testing.T) {
	f, err := os.Open("testdata/sarif-2.1.0-rtm.5.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	out := write(t, "sarif")
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate:\n%v", err)
	}
	// A document the schema must reject, so that the test cannot pass on a
	// schema that accepts anything.
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version": "2.1.0", "runs": [{"results": [{"level": "fatal"}]}]}`))
	if schema.Validate(bad) == nil {
		t.Fatal("the schema accepts an invalid log")
	}
	s := string(out)
	for _, want := range []string{`"ruleId": "dangling-ref"`, `"startLine": 55`, `"helpUri": "https://github.com/coalition-tools/coalition/blob/main/docs/rules.md#dangling-ref"`,
		`"uri": "../../examples/broken/broken-plan.yaml"`, `"columnKind": "unicodeCodePoints"`, `"executionSuccessful": false`} {
		if !strings.Contains(s, want) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
}

func TestGitHubCommands(t *testing.T) {
	out := string(write(t, "github"))
	want := "::error file=../../examples/broken/broken-plan.yaml,line=55,col=12,title=dangling-ref::owner \"mara-lopes\" is not a person of this plan (did you mean \"maria-lopez\"?)%0Ahint: "
	if !strings.Contains(out, want) {
		t.Errorf("no dangling-ref annotation like\n%s\nin\n%s", want, out)
	}
	if !strings.Contains(out, "::notice file=") || !strings.Contains(out, "::warning file=") {
		t.Error("infos should be notices and warnings warnings")
	}
	if !strings.Contains(out, "::error file=missing.yaml,title=unreadable::no such file or directory") {
		t.Error("an unreadable path is not an error annotation")
	}
	// Commas, colons, percent signs and newlines cannot break a command.
	var b bytes.Buffer
	g := output.NewGitHub(&b, "")
	_ = g.File("a,b:c%d.yaml", []lint.Diagnostic{{File: "a,b:c%d.yaml", Pos: plan.Pos{Line: 1, Col: 2}, Rule: "x", Severity: lint.SeverityError, Message: "50% done\nsecond"}})
	if got, want := b.String(), "::error file=a%2Cb%3Ac%25d.yaml,line=1,col=2,title=x::50%25 done\\x0asecond\n"; got != want {
		t.Errorf("escaping:\ngot  %q\nwant %q", got, want)
	}
}

func TestJUnit(t *testing.T) {
	out := write(t, "junit")
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Type string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("JUnit output is not XML: %v\n%s", err, out)
	}
	if len(doc.Suites) != 3 || doc.Errors != 1 {
		t.Fatalf("%d suites, %d errors; want 3 suites (missing, broken, clean) and 1 error", len(doc.Suites), doc.Errors)
	}
	broken := doc.Suites[1]
	if broken.Failures != 17 || doc.Failures != 17 {
		t.Errorf("broken plan: %d failures (total %d), want the 17 errors", broken.Failures, doc.Failures)
	}
	clean := doc.Suites[2]
	for _, c := range clean.Cases {
		if c.Failure != nil {
			t.Errorf("the clean example has a failing case %q", c.Name)
		}
	}
}

func TestMarkdownSummary(t *testing.T) {
	out := string(write(t, "markdown"))
	for _, want := range []string{"## coalition check", "❌ checked 2 plans: 17 errors", "| ../../examples/broken/broken-plan.yaml:55:12 | ❌ error |", "- missing.yaml: no such file or directory"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

// TestJSONLists reads the JSON of a check as a script does: the version,
// each plan checked with its counts (in the order checked), every finding,
// the paths that could not be read and the summary, the convention of the
// JSON of score and diff too.
func TestJSONLists(t *testing.T) {
	var doc struct {
		Version *int `json:"version"`
		Plans   []struct {
			File     string `json:"file"`
			Errors   *int   `json:"errors"`
			Warnings *int   `json:"warnings"`
			Infos    *int   `json:"infos"`
		} `json:"plans"`
		Diagnostics []struct {
			File string `json:"file"`
		} `json:"diagnostics"`
		Errors  []struct{ File string } `json:"errors"`
		Summary output.Summary          `json:"summary"`
	}
	if err := json.Unmarshal(write(t, "json"), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version == nil || *doc.Version != 1 {
		t.Errorf("version %v, want 1", doc.Version)
	}
	files := []string{"../../examples/broken/broken-plan.yaml", "../../examples/teen-evening-counseling.yaml"}
	if len(doc.Plans) != len(files) {
		t.Fatalf("%d plans, want %d", len(doc.Plans), len(files))
	}
	var errs, warns, infos int
	for i, p := range doc.Plans {
		if p.File != files[i] || p.Errors == nil || p.Warnings == nil || p.Infos == nil {
			t.Errorf("plans[%d] = %+v, want file %q with errors, warnings and infos", i, p, files[i])
			continue
		}
		n := 0
		for _, d := range doc.Diagnostics {
			if d.File == p.File {
				n++
			}
		}
		if *p.Errors+*p.Warnings+*p.Infos != n {
			t.Errorf("%s: %d errors, %d warnings, %d infos; %d diagnostics", p.File, *p.Errors, *p.Warnings, *p.Infos, n)
		}
		errs, warns, infos = errs+*p.Errors, warns+*p.Warnings, infos+*p.Infos
	}
	if errs != doc.Summary.Errors || warns != doc.Summary.Warnings || infos != doc.Summary.Infos || *doc.Plans[0].Errors != 17 {
		t.Errorf("the plans' counts do not add up to the summary %+v", doc.Summary)
	}
	if len(doc.Errors) != 1 || doc.Errors[0].File != "missing.yaml" {
		t.Errorf("errors %+v, want missing.yaml", doc.Errors)
	}
}
