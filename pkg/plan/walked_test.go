package plan

import (
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// encodeUTF16 encodes s as UTF-16 in the byte order given, after a
// byte-order mark when bom is set.
func encodeUTF16(s string, big, bom bool) []byte {
	var order binary.AppendByteOrder = binary.LittleEndian
	if big {
		order = binary.BigEndian
	}
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestParseWalkedLooksLikePlan checks that a walked file that looks like a
// plan and cannot be read is reported, at its place, and that other YAML
// is skipped (nil).
func TestParseWalkedLooksLikePlan(t *testing.T) {
	const planText = "apiVersion: coalition/v1\nkind: Plan\ncoalition: {name: Harbor, problem: Few jobs}\n"
	const utf16Msg = "the file is UTF-16: save it as UTF-8"
	for _, tc := range []struct {
		name     string
		data     []byte
		explicit bool
		// want is "line:col: message" of the first problem, "" for a skip.
		want string
	}{
		{"UTF-16LE with a BOM", encodeUTF16(planText, false, true), false, "1:1: " + utf16Msg},
		{"UTF-16BE with a BOM", encodeUTF16(planText, true, true), false, "1:1: " + utf16Msg},
		{"UTF-16LE without a BOM", encodeUTF16(planText, false, false), false, "1:1: " + utf16Msg},
		{"UTF-16BE without a BOM", encodeUTF16(planText, true, false), false, "1:1: " + utf16Msg},
		{"UTF-16LE after a comment, without a BOM", encodeUTF16("# plan\n"+planText, false, false), false, "1:1: " + utf16Msg},
		{"UTF-16BE after a comment with an odd length, without a BOM", encodeUTF16("# plans\n"+planText, true, false), false, "1:1: " + utf16Msg},
		{"UTF-16 with a surrogate pair", encodeUTF16("# 🤝\n"+planText, false, true), false, "1:1: " + utf16Msg},
		{"UTF-16 YAML that is no plan, walked", encodeUTF16("on: push\n", false, true), false, ""},
		{"UTF-16 YAML that is no plan, named", encodeUTF16("on: push\n", false, true), true, "1:1: " + utf16Msg},
		{"NUL bytes that are not UTF-16", []byte("apiVersion: coalition/v1\nkind: Plan\x00\n"), false,
			"2:11: file is binary, not YAML text (it contains a NUL byte)"},
		{"broken YAML that mentions a plan", []byte(planText + "members:\n  - {id: a\n"), false,
			"5:3: invalid YAML: did not find expected ',' or '}'"},
		{"broken YAML that mentions no plan", []byte("on: push\njobs: {a\n"), false, ""},
		{"a plan in the second document", []byte("exported: 2026-11-01\n---\n" + planText), false,
			"3:1: a plan starts here, in YAML document 2: a plan file holds one plan, as its only document"},
		{"a plan in the third document", []byte("a: 1\n---\nb: 2\n---\n" + planText), false,
			"5:1: a plan starts here, in YAML document 3: a plan file holds one plan, as its only document"},
		{"a broken second document after a mention", []byte("a: 1\n---\napiVersion: coalition/v1\nkind: Plan\ncoalition: {name: \"Harbor\n"), false,
			"5:1: invalid YAML: found unexpected end of stream"},
		{"a plan shown in a block of text", []byte("title: How to\nexample: |\n  apiVersion: coalition/v1\n  kind: Plan\n"), false, ""},
		{"documents that show a plan in a block of text", []byte("kind: ConfigMap\n---\ndata: |\n  apiVersion: coalition/v1\n---\nkind: Secret\n"), false, ""},
		{"a second document of other YAML", []byte("a: 1\n---\nb: 2\n"), false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Parse("x.yaml", tc.data, ReadOptions{Explicit: tc.explicit})
			switch {
			case tc.want == "" && f != nil:
				t.Fatalf("want a skip, got %+v", f.Problems)
			case tc.want == "":
				return
			case f == nil:
				t.Fatalf("want %q, got a skip", tc.want)
			case len(f.Problems) == 0:
				t.Fatalf("want %q, got no problem", tc.want)
			}
			p := f.Problems[0]
			if got := fmt.Sprintf("%d:%d: %s", p.Pos.Line, p.Pos.Col, p.Message); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if p.Rule != RuleYAMLSyntax {
				t.Errorf("rule %q, want %q", p.Rule, RuleYAMLSyntax)
			}
		})
	}
}

// TestReadTextUTF16OverLimit checks that a walked UTF-16 plan over the size
// limit is reported as too large, not skipped.
func TestReadTextUTF16OverLimit(t *testing.T) {
	path := t.TempDir() + "/big.yaml"
	text := "apiVersion: coalition/v1\nkind: Plan\n# " + strings.Repeat("x", 200) + "\n"
	if err := os.WriteFile(path, encodeUTF16(text, false, true), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _, err := ReadText(path, ReadOptions{MaxSize: 100})
	if err != nil || f == nil || len(f.Problems) != 1 || !strings.HasPrefix(f.Problems[0].Message, "file is too large") {
		t.Fatalf("want a too-large problem, got %+v, %v", f, err)
	}
}

// TestParseWalkedMisspeltHeader checks which walked files look like a plan
// though their header is misspelt, and are read as one so that plan-header
// reports the mistake with its position; and that other YAML, Kubernetes
// manifests and workflows, is still skipped.
func TestParseWalkedMisspeltHeader(t *testing.T) {
	const body = "coalition: {name: Harbor, problem: Few jobs}\nmembers: []\ngoals: []\n"
	for _, tc := range []struct {
		name string
		src  string
		// want is "line:col rule: message" of the first problem, "" for a
		// skip.
		want string
	}{
		{"the version in capitals", "apiVersion: Coalition/v1\nkind: Plan\n" + body,
			`1:13 plan-header: unsupported apiVersion "Coalition/v1": want "coalition/v1"`},
		{"the version misspelt", "apiVersion: coaltion/v1\nkind: Plan\n" + body,
			`1:13 plan-header: unsupported apiVersion "coaltion/v1": want "coalition/v1"`},
		{"the version misspelt, without kind", "apiVersion: colaition/v1\n" + body,
			`1:13 plan-header: unsupported apiVersion "colaition/v1": want "coalition/v1"`},
		{"the version misspelt and quoted", "apiVersion: \"Coalitoin/v1\"\n" + body,
			`1:13 plan-header: unsupported apiVersion "Coalitoin/v1": want "coalition/v1"`},
		{"the key in lower case", "apiversion: coalition/v1\nkind: Plan\n" + body,
			`1:1 plan-header: missing apiVersion: the key is written "apiversion", and keys are case-sensitive`},
		{"the key in capitals, without kind", "APIVERSION: coalition/v1\n" + body,
			`1:1 plan-header: missing apiVersion: the key is written "APIVERSION", and keys are case-sensitive`},
		{"kind Plan without apiVersion", "kind: Plan\n" + body,
			`1:1 plan-header: missing apiVersion: this file is not marked as a plan`},
		{"kind Plan with another apiVersion", "apiVersion: v1\nkind: Plan\n" + body,
			`1:13 plan-header: unsupported apiVersion "v1": want "coalition/v1"`},
		{"a Kubernetes manifest", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n", ""},
		{"a Kubernetes core manifest", "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n", ""},
		{"a Kubernetes custom resource called Plan", "apiVersion: upgrade.cattle.io/v1\nkind: Plan\nmetadata: {name: server}\n", ""},
		{"a near group of another API", "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\n", ""},
		{"a GitHub workflow", "name: ci\non: push\njobs: {test: {runs-on: ubuntu-latest}}\n", ""},
		{"a compose file", "services: {web: {image: nginx}}\n", ""},
		{"kind in lower case only", "kind: plan\nname: x\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Parse("x.yaml", []byte(tc.src), ReadOptions{})
			switch {
			case tc.want == "" && f != nil:
				t.Fatalf("want a skip, got %q", problems(f))
			case tc.want == "":
				return
			case f == nil:
				t.Fatalf("want %q, got a skip", tc.want)
			case len(f.Problems) == 0:
				t.Fatalf("want %q, got no problem", tc.want)
			}
			if got := problems(f)[0]; got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if f.Plan == nil {
				t.Errorf("the plan was not decoded: its other mistakes would go unreported")
			}
		})
	}
}

// TestMisspeltVersionKeyOnce checks that apiVersion written in another
// case is one finding, at the key, and not also an unknown key; and that
// kind is still checked.
func TestMisspeltVersionKeyOnce(t *testing.T) {
	f := Parse("x.yaml", []byte("ApiVersion: coalition/v1\ncoalition: {name: Harbor, problem: Few jobs}\nmembers: []\ngoals: []\n"), ReadOptions{})
	want := []string{
		`1:1 plan-header: missing apiVersion: the key is written "ApiVersion", and keys are case-sensitive`,
		`1:1 plan-header: missing kind: want "Plan"`,
	}
	if got := problems(f); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestReadBytes checks that content read otherwise than from a file (a
// version staged in git) is judged as Read judges a file: over the size
// limit it is too large, with its whole size, when it is named or mentions
// a plan, and skipped otherwise; within it, it is parsed.
func TestReadBytes(t *testing.T) {
	planText := []byte("apiVersion: coalition/v1\nkind: Plan\n# " + strings.Repeat("x", 200) + "\n")
	other := []byte("on: push\n# " + strings.Repeat("x", 200) + "\n")
	opts := ReadOptions{MaxSize: 100}
	if f := ReadBytes("a.yaml", planText[:101], 5<<20, opts); f == nil || len(f.Problems) != 1 ||
		f.Problems[0].Message != "file is too large (5.0 MiB): plan files are limited to 100 bytes" {
		t.Errorf("a plan over the limit: %+v", f)
	}
	if f := ReadBytes("a.yaml", other[:101], int64(len(other)), opts); f != nil {
		t.Errorf("other YAML over the limit, walked: %+v, want a skip", f)
	}
	if f := ReadBytes("a.yaml", other[:101], int64(len(other)), ReadOptions{MaxSize: 100, Explicit: true}); f == nil || len(f.Problems) != 1 {
		t.Errorf("other YAML over the limit, named: %+v, want too large", f)
	}
	if f := ReadBytes("a.yaml", []byte(minimal), int64(len(minimal)), ReadOptions{}); f == nil || f.Plan == nil || len(f.Problems) != 0 {
		t.Errorf("a plan within the limit: %+v", f)
	}
	if f := ReadBytes("a.yaml", other, int64(len(other)), ReadOptions{}); f != nil {
		t.Errorf("other YAML within the limit, walked: %+v, want a skip", f)
	}
}
