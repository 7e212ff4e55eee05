package output_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/lint/rules"
	"github.com/coalition-tools/coalition/pkg/output"
	"github.com/coalition-tools/coalition/pkg/plan"
)

// hostile is a file name that would start a GitHub workflow command on a
// line of its own, and clear the screen of a terminal.
const hostile = "x\n::error file=a,line=1::pwned\x1b[2J.yaml"

// writeNames writes, in format, an unreadable path and a finding in each
// of the named files, with the options o.
func writeNames(t *testing.T, format string, o output.Options, unreadable string, names ...string) string {
	t.Helper()
	var b bytes.Buffer
	o.Rules = rules.All()
	w, err := output.New(format, &b, o)
	if err != nil {
		t.Fatal(err)
	}
	sum := output.Summary{FailOn: lint.SeverityError}
	if unreadable != "" {
		if err := w.Error(unreadable, errors.New("no such file or directory")); err != nil {
			t.Fatal(err)
		}
		sum.Unreadable++
	}
	for _, name := range names {
		diags := []lint.Diagnostic{{File: name, Pos: plan.Pos{Line: 3, Col: 5}, Rule: "invalid-value", Severity: lint.SeverityError, Message: "bad value"}}
		sum.Plans++
		sum.Count(diags)
		if err := w.File(name, diags); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(sum); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestNamesAreEscaped writes a finding in a file whose name holds a newline,
// a workflow command and a terminal escape, and the same name as an
// unreadable path, in every format: no format lets the name start a line
// of its own or reach a terminal raw, and JSON keeps it exactly.
func TestNamesAreEscaped(t *testing.T) {
	t.Chdir(t.TempDir())
	const shown = `x\x0a::error file=a,line=1::pwned\x1b[2J.yaml`
	cases := []struct {
		format string
		want   []string // lines, or parts of the output for the XML and JSON formats
	}{
		{"text", []string{
			shown + ": error: no such file or directory",
			shown + ":3:5: error: bad value [invalid-value]",
			"checked 1 plan: 1 error, 0 warnings, 0 infos, 1 unreadable path",
		}},
		{"github", []string{
			`::error file=x%0A%3A%3Aerror file=a%2Cline=1%3A%3Apwned\x1b[2J.yaml,title=unreadable::no such file or directory`,
			`::error file=x%0A%3A%3Aerror file=a%2Cline=1%3A%3Apwned\x1b[2J.yaml,line=3,col=5,title=invalid-value::bad value`,
			"checked 1 plan: 1 error, 0 warnings, 0 infos, 1 unreadable path",
		}},
		{"markdown", []string{
			`- x\\x0a::error file=a,line=1::pwned\\x1b\[2J.yaml: no such file or directory`,
			`| x\\x0a::error file=a,line=1::pwned\\x1b\[2J.yaml:3:5 | ❌ error | bad value |`,
		}},
		{"junit", []string{
			`<testsuite name="` + shown + `" tests="1" failures="0" errors="1">`,
			`<testcase name="` + shown + `" classname="coalition.check">`,
			`<testsuite name="` + shown + `" tests="1" failures="1" errors="0">`,
			`<failure message="bad value" type="error">` + shown + `:3:5: error: bad value [invalid-value]</failure>`,
		}},
		{"sarif", []string{
			`"uri": "x%0A%3A%3Aerror%20file=a%2Cline=1%3A%3Apwned%1B%5B2J.yaml",`,
		}},
		{"json", []string{
			`"file": "x\n::error file=a,line=1::pwned\u001b[2J.yaml",`,
		}},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			out := writeNames(t, c.format, output.Options{}, hostile, hostile)
			if strings.ContainsAny(out, "\x1b\r") {
				t.Errorf("a control character reached the output:\n%q", out)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			for _, line := range lines {
				if strings.HasPrefix(strings.TrimSpace(line), "::") && !strings.HasPrefix(line, "::error file=x%0A") {
					t.Errorf("a line starts a workflow command: %q", line)
				}
			}
			switch c.format {
			case "text", "github":
				if got := strings.Join(lines, "\n"); got != strings.Join(c.want, "\n") {
					t.Errorf("got\n%s\nwant\n%s", got, strings.Join(c.want, "\n"))
				}
			default:
				for _, want := range c.want {
					if !strings.Contains(out, want) {
						t.Errorf("output lacks\n%s\nin\n%s", want, out)
					}
				}
			}
		})
	}
}

// TestGitHubAndSARIFPathsFromRoot runs a check from plans/ under the root
// of a repository: the github and sarif formats name the files from the
// root, as GitHub needs to attach an annotation, and the other formats as
// they were given.
func TestGitHubAndSARIFPathsFromRoot(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "plans"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(root, "plans"))
	o := output.Options{Root: root}

	gh := writeNames(t, "github", o, "../missing.yaml", "harbor.yaml")
	for _, want := range []string{
		"::error file=missing.yaml,title=unreadable::no such file or directory\n",
		"::error file=plans/harbor.yaml,line=3,col=5,title=invalid-value::bad value\n",
	} {
		if !strings.Contains(gh, want) {
			t.Errorf("github output lacks %q:\n%s", want, gh)
		}
	}
	for _, format := range []string{"text", "json", "junit", "markdown"} {
		if out := writeNames(t, format, o, "", "harbor.yaml"); strings.Contains(out, "plans/harbor.yaml") {
			t.Errorf("%s names the file from the root, not as given:\n%s", format, out)
		}
	}

	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	// A path through a symbolic link into the root is inside it.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	names := []string{"harbor.yaml", "a:b.yaml", "dir:x/a b.yaml", "100%.yaml", "a#b?.yaml", "../up.yaml",
		filepath.Join(root, "plans", "abs.yaml"), filepath.Join(link, "plans", "via-link.yaml")}
	out := writeNames(t, "sarif", o, "", names...)
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(root)+"/"; got != want {
		t.Errorf("originalUriBaseIds[%%SRCROOT%%] = %q, want %q", got, want)
	}
	wantURIs := []string{"plans/harbor.yaml", "plans/a%3Ab.yaml", "plans/dir%3Ax/a%20b.yaml", "plans/100%25.yaml", "plans/a%23b%3F.yaml", "up.yaml", "plans/abs.yaml", "plans/via-link.yaml"}
	for i, want := range wantURIs {
		loc := run.Results[i].Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URI != want || loc.URIBaseID != "%SRCROOT%" {
			t.Errorf("%q: artifactLocation {uri %q, uriBaseId %q}, want {%q, %%SRCROOT%%}", names[i], loc.URI, loc.URIBaseID, want)
		}
	}
}

// TestJUnitNamesAreXML checks that the JUnit report of a hostile name is
// well-formed XML that gives the name escaped.
func TestJUnitNamesAreXML(t *testing.T) {
	out := writeNames(t, "junit", output.Options{}, "", hostile)
	var doc struct {
		Suites []struct {
			Name string `xml:"name,attr"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Suites[0].Name, `x\x0a::error file=a,line=1::pwned\x1b[2J.yaml`; got != want {
		t.Errorf("suite name %q, want %q", got, want)
	}
}
