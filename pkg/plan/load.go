package plan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/suggest"
)

// MaxFileSize is the default limit on the size of a plan file. A real plan is
// a few hundred kilobytes at most; the limit keeps a stray data dump from
// costing minutes and gigabytes.
const MaxFileSize = 10 << 20

// File is one file read as a plan: the model when it could be decoded, and
// the problems found while reading it.
type File struct {
	// Path is the file's path as given or found by the walk.
	Path string
	// Plan is the decoded model, nil when the file could not be decoded.
	Plan *Plan
	// Problems are the mistakes found while reading, in file order.
	Problems []Problem
	// Suppressions are the `# coalition:ignore` comments of the file.
	Suppressions []Suppression
}

// ReadOptions tune how a file is read.
type ReadOptions struct {
	// Explicit is true for a file named on the command line: it is read as
	// a plan whatever its content. A file found by walking a directory is
	// a plan only when its apiVersion says so, and is skipped otherwise.
	Explicit bool
	// MaxSize is the size limit in bytes; 0 means MaxFileSize.
	MaxSize int64
}

// Read reads the file at path. It returns nil, nil for a walked file that is
// not a plan, and an error only when the file cannot be read at all.
func Read(path string, opts ReadOptions) (*File, error) {
	f, _, err := ReadText(path, opts)
	return f, err
}

// ReadText is Read that also returns the text read, for a command that
// rewrites the file (coalition fmt) and must work on the very bytes that
// were checked. The text is nil when the file is over the size limit.
func ReadText(path string, opts ReadOptions) (*File, []byte, error) {
	limit := opts.MaxSize
	if limit <= 0 {
		limit = MaxFileSize
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		size := int64(len(data))
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		return ReadBytes(path, data, size, opts), nil, nil
	}
	return Parse(path, data, opts), data, nil
}

// ReadBytes is Read for a file whose content is at hand, such as the
// version of a file staged in git: data is the content, or at least its
// first MaxSize+1 bytes when size, its whole size, is over the limit. Such
// a file is reported as too large when it is named (Explicit) or mentions
// a plan, and skipped (nil) otherwise; a file within the limit is parsed.
func ReadBytes(path string, data []byte, size int64, opts ReadOptions) *File {
	limit := opts.MaxSize
	if limit <= 0 {
		limit = MaxFileSize
	}
	if size <= limit && int64(len(data)) <= limit {
		return Parse(path, data, opts)
	}
	if !opts.Explicit && !MentionsPlan(data) {
		if text, ok := utf16Text(data); !ok || !MentionsPlan(text) {
			return nil
		}
	}
	return &File{Path: path, Problems: []Problem{{Rule: RuleYAMLSyntax, Pos: Pos{1, 1},
		Message: fmt.Sprintf("file is too large (%s): plan files are limited to %s", humanSize(max(size, int64(len(data)))), humanSize(limit)),
		Hint:    "split the file, or remove data that is not part of the plan"}}}
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// MentionsPlan reports whether raw text looks like it was meant as a plan:
// whether it has a line `apiVersion: coalition/...`, the key and the value
// optionally quoted, as matched by the regular expression
//
//	(?m)^\s*["']?apiVersion["']?\s*:\s*["']?coalition/
//
// A walked file that cannot be parsed is reported only then, and no output
// is ever written over such a file. It scans all of data, however long a
// comment header comes first, in time linear in its size: text without
// "coalition/" is rejected by a plain search, and the pattern is then
// matched by hand around each occurrence of the key.
func MentionsPlan(data []byte) bool {
	if !bytes.Contains(data, []byte("coalition/")) {
		return false
	}
	// space is \s of the pattern; a line starts after '\n'.
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	quote := func(c byte) bool { return c == '"' || c == '\'' }
	key := []byte("apiVersion")
	for off := 0; ; {
		i := bytes.Index(data[off:], key)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(key)
		// Before the key: ^\s*["']?, a line start, blanks, a quote.
		j := i
		if j > 0 && quote(data[j-1]) {
			j--
		}
		for j > 0 && data[j-1] != '\n' && space(data[j-1]) {
			j--
		}
		if j > 0 && data[j-1] != '\n' {
			continue
		}
		// After it: ["']?\s*:\s*["']?coalition/. No choice is ambiguous:
		// a quote is never a blank, nor a colon, nor a "c".
		k := off
		if k < len(data) && quote(data[k]) {
			k++
		}
		for k < len(data) && space(data[k]) {
			k++
		}
		if k == len(data) || data[k] != ':' {
			continue
		}
		k++
		for k < len(data) && space(data[k]) {
			k++
		}
		if k < len(data) && quote(data[k]) {
			k++
		}
		if bytes.HasPrefix(data[k:], []byte("coalition/")) {
			return true
		}
	}
}

// Parse reads data as the plan file at path. It returns nil for a walked
// file that is not a plan (see ReadOptions.Explicit). It never panics, and
// its work is bounded by the size of data.
func Parse(path string, data []byte, opts ReadOptions) *File {
	file := &File{Path: path}
	fail := func(p Problem) *File {
		if !opts.Explicit && !MentionsPlan(data) {
			return nil
		}
		file.Problems = append(file.Problems, p)
		return file
	}
	if text, ok := utf16Text(data); ok {
		// Read as UTF-8 it is noise; decoded, it tells whether it is a plan.
		if !opts.Explicit && !MentionsPlan(text) {
			return nil
		}
		file.Problems = append(file.Problems, Problem{Rule: RuleYAMLSyntax, Pos: Pos{1, 1},
			Message: "the file is UTF-16: save it as UTF-8",
			Hint:    "plans are UTF-8 text files: in the editor, save the file again with the encoding UTF-8"})
		return file
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.Contains(data, []byte("\r\n")) {
		// Read CRLF line endings as LF: YAML reads line breaks in values as
		// \n either way, and the parser attaches some comments differently
		// (it drops a comment more indented than the next line), so that a
		// `# coalition:ignore` would count in one file and not in its LF
		// twin. Lines and columns do not change.
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(Problem{Rule: RuleYAMLSyntax, Pos: offsetPos(data, i),
			Message: "file is binary, not YAML text (it contains a NUL byte)",
			Hint:    "plans are UTF-8 text files; UTF-16 is not supported"})
	}
	if !utf8.Valid(data) {
		i := firstInvalidUTF8(data)
		return fail(Problem{Rule: RuleYAMLSyntax, Pos: offsetPos(data, i),
			Message: fmt.Sprintf("invalid UTF-8 (byte 0x%02x)", data[i]),
			Hint:    "save the file as UTF-8"})
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return fail(Problem{Rule: RulePlanHeader, Pos: Pos{1, 1}, Message: "file is empty",
				Hint: "a plan starts with `apiVersion: " + APIVersion + "` and `kind: " + Kind + "`"})
		}
		return fail(syntaxProblem(data, err))
	}
	root := &doc
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	if isNull(root) && root.Value == "" { // only comments or `---`
		return fail(Problem{Rule: RulePlanHeader, Pos: Pos{1, 1}, Message: "file is empty",
			Hint: "a plan starts with `apiVersion: " + APIVersion + "` and `kind: " + Kind + "`"})
	}
	if root.Kind != yaml.MappingNode {
		return fail(Problem{Rule: RulePlanHeader, Pos: posOf(root),
			Message: fmt.Sprintf("a plan must be a mapping of keys, got %s", describe(root)),
			Hint:    "a plan starts with `apiVersion: " + APIVersion + "` and `kind: " + Kind + "`"})
	}
	version := lookup(root, "apiVersion")
	if !opts.Explicit && !looksLikePlan(root, version) {
		return laterPlan(file, dec, data)
	}
	var more yaml.Node
	switch err := dec.Decode(&more); {
	case errors.Is(err, io.EOF):
	case err != nil:
		file.Problems = append(file.Problems, syntaxProblem(data, err))
	case len(more.Content) > 0 && !isNull(more.Content[0]):
		file.Problems = append(file.Problems, Problem{Rule: RuleYAMLSyntax, Pos: Pos{Line: max(1, more.Line), Col: 1},
			Message: "a second YAML document starts here: a plan file holds exactly one plan",
			Hint:    "move the second plan into a file of its own"})
	}
	if !checkHeader(file, root, version) {
		return file
	}
	file.Suppressions = findSuppressions(data, &doc)
	d := newDecoder(data)
	file.Plan = &Plan{}
	d.decodeStruct(root, reflectValue(file.Plan), posOf(root), "plan")
	misspelt := misspeltVersionKey(root)
	for _, p := range d.problems {
		// apiVersion written in another case is reported once, by
		// plan-header (checkHeader), not again as an unknown key.
		if version == nil && misspelt != nil && p.Rule == RuleUnknownKey && p.Pos == posOf(misspelt) {
			continue
		}
		file.Problems = append(file.Problems, p)
	}
	return file
}

// isPlanVersion reports whether the value of apiVersion marks a plan.
func isPlanVersion(version *yaml.Node) bool {
	return version != nil && version.Kind == yaml.ScalarNode && strings.HasPrefix(version.Value, "coalition/")
}

// looksLikePlan reports whether a walked YAML document whose root is the
// mapping root, with version the value of its apiVersion (nil when
// absent), is meant as a plan, and so is read as one: its apiVersion
// starts with coalition/ or is a near miss of it (nearPlanVersion), a key
// is apiVersion written in another case (apiversion:), or its kind is
// Plan, unless its apiVersion names the API group of another tool, such as
// upgrade.cattle.io/v1 (a Kubernetes resource of kind Plan). A misspelt
// header then gets its finding from plan-header, instead of the plan being
// skipped without a word. Other YAML, Kubernetes manifests and CI
// workflows among it, does not look like a plan.
func looksLikePlan(root, version *yaml.Node) bool {
	switch {
	case isPlanVersion(version):
		return true
	case version != nil && version.Kind == yaml.ScalarNode && nearPlanVersion(version.Value):
		return true
	case version == nil && misspeltVersionKey(root) != nil:
		return true
	}
	kind := lookup(root, "kind")
	return kind != nil && kind.Kind == yaml.ScalarNode && kind.Value == Kind && !otherAPIGroup(version)
}

// planGroup is the start of the apiVersion of every plan.
const planGroup = "coalition/"

// nearPlanVersion reports whether the apiVersion v is a near miss of a
// plan's: its group, up to and with the first slash (all of v when it has
// none), is within two edits of "coalition/" in any case, as in
// Coalition/v1, coaltion/v1 or coalition-v1.
func nearPlanVersion(v string) bool {
	group := v
	if i := strings.IndexByte(v, '/'); i >= 0 {
		group = v[:i+1]
	}
	if len(group) > 2*len(planGroup) {
		return false
	}
	const k = 2
	return suggest.Distance([]rune(strings.ToLower(group)), []rune(planGroup), k) <= k
}

// otherAPIGroup reports whether the apiVersion version names the API group
// of another tool: a group with a dot before the slash, in the Kubernetes
// way (upgrade.cattle.io/v1).
func otherAPIGroup(version *yaml.Node) bool {
	if version == nil || version.Kind != yaml.ScalarNode {
		return false
	}
	group, _, ok := strings.Cut(version.Value, "/")
	return ok && strings.Contains(group, ".")
}

// misspeltVersionKey returns the key of mapping m that is apiVersion
// written in another case (apiversion, APIVersion), or nil.
func misspeltVersionKey(m *yaml.Node) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value != "apiVersion" && strings.EqualFold(k.Value, "apiVersion") {
			return k
		}
	}
	return nil
}

// laterPlan decides on a walked file whose first YAML document is not a
// plan. It is skipped (nil), unless its text mentions a plan
// (MentionsPlan) and a later document is one, or cannot be parsed: a plan
// that cannot be read is reported, not skipped. dec has read the first
// document of data.
func laterPlan(file *File, dec *yaml.Decoder, data []byte) *File {
	if !MentionsPlan(data) {
		return nil
	}
	for n := 2; ; n++ {
		var doc yaml.Node
		err := dec.Decode(&doc)
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case err != nil:
			file.Problems = append(file.Problems, syntaxProblem(data, err))
			return file
		}
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		if root.Kind == yaml.MappingNode && looksLikePlan(root, lookup(root, "apiVersion")) {
			file.Problems = append(file.Problems, Problem{Rule: RuleYAMLSyntax, Pos: posOf(root),
				Message: fmt.Sprintf("a plan starts here, in YAML document %d: a plan file holds one plan, as its only document", n),
				Hint:    "move the plan into a file of its own, or remove the documents before it"})
			return file
		}
	}
}

// utf16Text returns data decoded from UTF-16 when it is UTF-16 text: when
// it starts with a byte-order mark (FF FE or FE FF), or holds "apiVersion"
// in UTF-16, little- or big-endian (the letters at even or odd offsets,
// with NUL bytes between them). It costs a search for a NUL byte in text
// that is not UTF-16.
func utf16Text(data []byte) ([]byte, bool) {
	var bigEndian bool
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		data = data[2:]
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		data, bigEndian = data[2:], true
	case bytes.IndexByte(data, 0) < 0:
		return nil, false
	default:
		// In both byte orders the letters of the key are NUL-separated;
		// they sit at even offsets in little-endian, odd in big-endian.
		i := bytes.Index(data, []byte("a\x00p\x00i\x00V\x00e\x00r\x00s\x00i\x00o\x00n"))
		if i < 0 {
			return nil, false
		}
		bigEndian = i%2 == 1
	}
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	text := make([]byte, 0, len(data))
	for i := 0; i+1 < len(data); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) && i+3 < len(data) {
			if pair := utf16.DecodeRune(r, unit(i+2)); pair != utf8.RuneError {
				r = pair
				i += 2
			}
		}
		text = utf8.AppendRune(text, r)
	}
	return text, true
}

// checkHeader checks apiVersion and kind. It returns false when the file is
// of a version this tool cannot read. A value that is not a single word is
// left to the invalid-type rule.
func checkHeader(file *File, root, version *yaml.Node) bool {
	hint := "a plan starts with `apiVersion: " + APIVersion + "` and `kind: " + Kind + "`"
	kind := lookup(root, "kind")
	misspelt := misspeltVersionKey(root)
	switch {
	case version == nil && misspelt != nil:
		file.Problems = append(file.Problems, Problem{Rule: RulePlanHeader, Pos: posOf(misspelt),
			Message: fmt.Sprintf("missing apiVersion: the key is written %s, and keys are case-sensitive", Quote(misspelt.Value)),
			Hint:    "write `apiVersion: " + APIVersion + "`"})
	case version == nil && (kind == nil || kind.Value != Kind):
		// Nothing says this is a plan: checking it as one would only
		// bury the one finding that matters under noise.
		file.Problems = append(file.Problems, Problem{Rule: RulePlanHeader, Pos: posOf(root),
			Message: "not a plan: the file has no `apiVersion: " + APIVersion + "` and no `kind: " + Kind + "`", Hint: hint})
		return false
	case version == nil:
		file.Problems = append(file.Problems, Problem{Rule: RulePlanHeader, Pos: posOf(root),
			Message: "missing apiVersion: this file is not marked as a plan", Hint: hint})
	case version.Kind == yaml.ScalarNode && version.Value != APIVersion:
		file.Problems = append(file.Problems, Problem{Rule: RulePlanHeader, Pos: posOf(version),
			Message: fmt.Sprintf("unsupported apiVersion %s: want %q", Quote(version.Value), APIVersion),
			Hint:    "this version of coalition reads " + APIVersion + " plans"})
		return !strings.HasPrefix(version.Value, "coalition/")
	}
	switch {
	case kind == nil:
		file.Problems = append(file.Problems, Problem{Rule: RulePlanHeader, Pos: posOf(root),
			Message: "missing kind: want " + strconv.Quote(Kind), Hint: hint})
	case kind.Kind == yaml.ScalarNode && kind.Value != Kind:
		file.Problems = append(file.Problems, Problem{Rule: RulePlanHeader, Pos: posOf(kind),
			Message: fmt.Sprintf("unsupported kind %s: want %q", Quote(kind.Value), Kind), Hint: "write `kind: " + Kind + "`"})
	}
	return true
}

// lookup returns the value of key in mapping m, nil when the key is absent
// or has no value.
func lookup(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			v := m.Content[i+1]
			if v.Kind == yaml.AliasNode {
				v = v.Alias
			}
			if v == nil || isNull(v) {
				return nil
			}
			return v
		}
	}
	return nil
}

var (
	syntaxLine   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	unknownAlias = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
)

// syntaxProblem turns a yaml.v3 parse error into a located problem.
//
// The parser reports only a line, and often not the right one: for many
// errors it is the line where the enclosing block starts, or the line above.
// The line is therefore found again as the first line at which the document,
// cut there, fails with the same message. The column is then the offending
// tab, the colon of a misplaced `key: value`, or the first character of the
// line.
func syntaxProblem(data []byte, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := syntaxLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	p := Problem{Rule: RuleYAMLSyntax, Pos: Pos{1, 1}, Message: "invalid YAML: " + msg, Hint: syntaxHint(msg)}
	if strings.Contains(msg, "control characters") {
		if i := strings.IndexFunc(string(data), isControl); i >= 0 {
			p.Pos = offsetPos(data, i)
		}
		return p
	}
	if m := unknownAlias.FindStringSubmatch(msg); m != nil {
		if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
			p.Pos = offsetPos(data, i)
		}
		p.Message = "invalid YAML: unknown anchor '" + Excerpt(m[1]) + "' referenced"
		return p
	}
	lines := bytes.Split(data, []byte("\n"))
	if len(data) <= maxBisect {
		if l := failingLine(lines, msg); l > 0 {
			line = l
		}
	}
	if line < 1 || line > len(lines) {
		return p
	}
	text := string(bytes.TrimRight(lines[line-1], "\r"))
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	col := 1
	switch colon := strings.Index(text, ": "); {
	case strings.Contains(text[:indent], "\t") && (strings.Contains(msg, "tab") || strings.Contains(msg, "cannot start any token")):
		col = strings.IndexByte(text, '\t') + 1
	case strings.Contains(msg, "mapping values are not allowed") && colon >= 0:
		// In `key: a: b` the second colon is the culprit; in a line that
		// continues the value above, such as `   problem: b`, the first.
		if second := strings.Index(text[colon+2:], ": "); second >= 0 {
			colon += 2 + second
		}
		col = utf8.RuneCountInString(text[:colon]) + 1
	case indent < len(text):
		col = utf8.RuneCountInString(text[:indent]) + 1
	}
	p.Pos = Pos{Line: line, Col: col}
	return p
}

// maxBisect is the largest file whose syntax errors are located by
// bisection; larger ones keep the parser's own line, so that a huge broken
// file costs one parse and not twenty.
const maxBisect = 1 << 20

// failingLine returns the first line n such that the document cut after line
// n fails to parse with message msg, or 0 when none does. It bisects, so it
// parses the document about log2(lines) times, and only for a broken file.
func failingLine(lines [][]byte, msg string) int {
	fails := func(n int) bool {
		err := parseAll(bytes.Join(lines[:n], []byte("\n")))
		return err != nil && strings.HasSuffix(err.Error(), msg)
	}
	lo, hi := 1, len(lines)
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// parseAll parses every document of data and returns the first error.
func parseAll(data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var n yaml.Node
		if err := dec.Decode(&n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// isControl reports whether r is a control character YAML does not allow.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r >= 0x80 && r <= 0x9f && r != 0x85
}

func syntaxHint(msg string) string {
	switch {
	case strings.Contains(msg, "tab"), strings.Contains(msg, "cannot start any token"):
		return "indent with spaces: YAML does not allow tabs for indentation"
	case strings.Contains(msg, "mapping values are not allowed"):
		return "quote a value that contains \": \", or fix the indentation of this line"
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "block mapping"):
		return "check the indentation of this line against the lines above it"
	case strings.Contains(msg, "found unexpected end of stream"), strings.Contains(msg, "quoted scalar"):
		return "close the quote that starts on this line"
	case strings.Contains(msg, "excessive aliasing"), strings.Contains(msg, "max depth"):
		return "simplify the document: it nests or repeats too deeply to be a plan"
	}
	return "fix the YAML syntax at this line"
}

// offsetPos returns the line and column (in characters) of byte offset i.
func offsetPos(data []byte, i int) Pos {
	before := data[:i]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return Pos{Line: line, Col: utf8.RuneCount(before[start:]) + 1}
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}
