package plan

import (
	"encoding/binary"
	"fmt"
	"os"
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
