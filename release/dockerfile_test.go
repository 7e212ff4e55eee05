package release

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The Dockerfile is read by a parser of its own rather than BuildKit's
// (github.com/moby/buildkit/frontend/dockerfile/parser): that one would add
// five modules to go.mod, protobuf among them, and raise four modules the
// program itself links (viper's). This one knows what the checks need:
// parser directives, comments, continuation lines, instructions, and stages.

// instruction is one instruction of a Dockerfile: its keyword upper-cased,
// its arguments with continuation lines joined, and the line it starts on.
type instruction struct {
	Line int
	Cmd  string
	Args string
}

// stage is what one FROM starts: its index (as COPY --from=N names it), its
// name (after AS, else empty), its base image with the global ARGs
// expanded, and its instructions after the FROM.
type stage struct {
	Index int
	Name  string
	Base  string
	Line  int
	Body  []instruction
}

// String names the stage as the checks' messages do.
func (s stage) String() string {
	if s.Name != "" {
		return strconv.Quote(s.Name)
	}
	return strconv.Itoa(s.Index)
}

// dockerfile is a parsed Dockerfile.
type dockerfile struct {
	// Directives are the parser directives at the top, such as syntax.
	Directives map[string]string
	// Args are the ARG instructions before the first FROM.
	Args   []instruction
	Stages []stage
}

var (
	directiveRe = regexp.MustCompile(`^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$`)
	// A heredoc (RUN <<EOF) would need a parser that reads its body.
	heredocRe = regexp.MustCompile(`<<-?["']?[A-Za-z_]`)
	keywordRe = regexp.MustCompile(`^[A-Za-z]+$`)
	mountRe   = regexp.MustCompile(`--mount=\S*\bfrom=([^,\s]+)`)
)

// parseDockerfile parses src as Docker's frontend does: parser directives
// (# syntax=..., # escape=...) before anything else, a whole-line comment
// where the first character that is not white space is #, an escape
// character (\ or the escape directive's `) at the end of a line to
// continue the instruction on the next, where comment and empty lines are
// skipped.
func parseDockerfile(src string) (*dockerfile, error) {
	df := &dockerfile{Directives: map[string]string{}}
	escape := `\`
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	var ins []instruction
	directives := true
	var cur *instruction // the instruction a continuation line continues
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimRight(raw, " \t")
		trimmed := strings.TrimLeft(line, " \t")
		if directives {
			if m := directiveRe.FindStringSubmatch(trimmed); m != nil {
				key := strings.ToLower(m[1])
				if _, dup := df.Directives[key]; dup {
					return nil, fmt.Errorf("line %d: parser directive %q given twice: want it once", n, key)
				}
				df.Directives[key] = m[2]
				if key == "escape" {
					if m[2] != `\` && m[2] != "`" {
						return nil, fmt.Errorf("line %d: invalid escape directive %q: want \\ or `", n, m[2])
					}
					escape = m[2]
				}
				continue
			}
			directives = false
		}
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		text := line
		if cur == nil {
			text = trimmed
		}
		cont := strings.HasSuffix(text, escape)
		text = strings.TrimSuffix(text, escape)
		if cur == nil {
			cmd, args, _ := strings.Cut(text, " ")
			if !keywordRe.MatchString(cmd) {
				return nil, fmt.Errorf("line %d: %q is not an instruction: want a keyword such as FROM or RUN", n, cmd)
			}
			ins = append(ins, instruction{Line: n, Cmd: strings.ToUpper(cmd), Args: args})
			cur = &ins[len(ins)-1]
		} else {
			cur.Args += text
		}
		if !cont {
			cur.Args = strings.TrimSpace(cur.Args)
			if heredocRe.MatchString(cur.Args) {
				return nil, fmt.Errorf("line %d: %s with a heredoc: this parser does not read heredocs", cur.Line, cur.Cmd)
			}
			cur = nil
		}
	}
	if cur != nil {
		cur.Args = strings.TrimSpace(cur.Args)
	}

	args := map[string]string{}
	for _, in := range ins {
		if in.Cmd == "FROM" {
			st, err := parseFrom(in, len(df.Stages), args)
			if err != nil {
				return nil, err
			}
			df.Stages = append(df.Stages, st)
			continue
		}
		if len(df.Stages) == 0 {
			if in.Cmd != "ARG" {
				return nil, fmt.Errorf("line %d: %s before the first FROM: want only ARG there", in.Line, in.Cmd)
			}
			df.Args = append(df.Args, in)
			name, value, _ := strings.Cut(in.Args, "=")
			args[name] = value
			continue
		}
		s := &df.Stages[len(df.Stages)-1]
		s.Body = append(s.Body, in)
	}
	return df, nil
}

// parseFrom parses FROM [--flag=...] IMAGE [AS NAME], expanding the global
// ARGs in IMAGE.
func parseFrom(in instruction, index int, args map[string]string) (stage, error) {
	f := strings.Fields(in.Args)
	for len(f) > 0 && strings.HasPrefix(f[0], "--") {
		f = f[1:]
	}
	st := stage{Index: index, Line: in.Line}
	switch {
	case len(f) == 1:
	case len(f) == 3 && strings.EqualFold(f[1], "AS"):
		st.Name = strings.ToLower(f[2])
	default:
		return st, fmt.Errorf("line %d: FROM %s: want FROM [--platform=...] IMAGE [AS NAME]", in.Line, in.Args)
	}
	st.Base = os.Expand(f[0], func(k string) string { return args[k] })
	return st, nil
}

// stageRef returns the stage that ref (a name or an index, as in COPY
// --from=ref) names, or nil for an image.
func (df *dockerfile) stageRef(ref string) *stage {
	for i, s := range df.Stages {
		if strings.EqualFold(s.Name, ref) && s.Name != "" || strconv.Itoa(i) == ref {
			return &df.Stages[i]
		}
	}
	return nil
}

// flagValue returns the value of --name=value among the leading flags of
// args, and the rest of args.
func flagValue(args []string, name string) (value string, rest []string) {
	for len(args) > 0 && strings.HasPrefix(args[0], "--") {
		if v, ok := strings.CutPrefix(args[0], "--"+name+"="); ok {
			value = v
		}
		args = args[1:]
	}
	return value, args
}

// finals returns the stages that are images of their own: the last one,
// and every other stage that no stage builds on or copies from (a --target
// such as shell).
func (df *dockerfile) finals() []stage {
	used := map[int]bool{}
	for _, s := range df.Stages {
		if b := df.stageRef(s.Base); b != nil {
			used[b.Index] = true
		}
		for _, in := range s.Body {
			var from string
			switch in.Cmd {
			case "COPY":
				from, _ = flagValue(strings.Fields(in.Args), "from")
			case "RUN":
				for _, m := range mountRe.FindAllStringSubmatch(in.Args, -1) {
					if b := df.stageRef(m[1]); b != nil {
						used[b.Index] = true
					}
				}
			}
			if b := df.stageRef(from); from != "" && b != nil {
				used[b.Index] = true
			}
		}
	}
	var out []stage
	for i, s := range df.Stages {
		if !used[i] || i == len(df.Stages)-1 {
			out = append(out, s)
		}
	}
	return out
}

var (
	// distrolessStaticRe matches the bases a final stage may have: the
	// static distroless images (any tag or digest) and scratch.
	distrolessStaticRe = regexp.MustCompile(`^(scratch|gcr\.io/distroless/static(-debian\d+)?([:@].*)?)$`)
	packageManagerRe   = regexp.MustCompile(`(^|[\s;&|(/])(apt-get|apt|aptitude|apk|yum|dnf|microdnf|zypper)(\s|$)`)
	goBuildRe          = regexp.MustCompile(`(^|[\s;&|(])go\s+build(\s|$)`)
	cgoOffRe           = regexp.MustCompile(`(^|\s)CGO_ENABLED[= ]0(\s|$)`)
)

// checkDockerfile returns what is wrong with the Dockerfile src, one
// message a problem, each starting with Dockerfile:LINE:. The promises:
// a build stage and a final stage; every final stage on distroless static
// or scratch, as a non-root USER, with no package manager, its ENTRYPOINT
// the coalition binary it copies from the build stage; and the build
// static (CGO_ENABLED=0) and -trimpath.
func checkDockerfile(src string) []string {
	df, err := parseDockerfile(src)
	if err != nil {
		return []string{"Dockerfile: " + err.Error()}
	}
	var problems []string
	report := func(line int, format string, a ...any) {
		problems = append(problems, fmt.Sprintf("Dockerfile:%d: ", line)+fmt.Sprintf(format, a...))
	}
	if len(df.Stages) < 2 {
		line := 1
		if len(df.Stages) == 1 {
			line = df.Stages[0].Line
		}
		report(line, "%d stage(s): want a build stage and a final stage that copies the binary from it", len(df.Stages))
		return problems
	}
	builds := map[int]bool{}
	for _, s := range df.finals() {
		if !distrolessStaticRe.MatchString(s.Base) {
			report(s.Line, "stage %s is based on %q: want gcr.io/distroless/static or scratch", s, s.Base)
		}
		var user *instruction
		var entrypoint *instruction
		copies := map[string]*stage{} // destination path -> the stage it is copied from
		for i, in := range s.Body {
			switch in.Cmd {
			case "USER":
				user = &s.Body[i]
			case "ENTRYPOINT":
				entrypoint = &s.Body[i]
			case "RUN":
				if m := packageManagerRe.FindStringSubmatch(in.Args); m != nil {
					report(in.Line, "stage %s runs the package manager %q: want the binary alone in a final stage", s, m[2])
				}
			case "COPY":
				from, f := flagValue(strings.Fields(in.Args), "from")
				if from == "" || len(f) < 2 {
					continue
				}
				b := df.stageRef(from)
				if b == nil {
					continue
				}
				dst := f[len(f)-1]
				for _, src := range f[:len(f)-1] {
					if strings.HasSuffix(dst, "/") || len(f) > 2 {
						copies[path.Join(dst, path.Base(src))] = b
					} else {
						copies[dst] = b
					}
				}
			}
		}
		if user == nil {
			report(s.Line, "stage %s sets no USER: want a non-root user, such as USER 65532:65532", s)
		} else if name, _, _ := strings.Cut(user.Args, ":"); name == "0" || name == "root" || name == "" {
			report(user.Line, "stage %s runs as USER %q, which is root: want a non-root user, such as 65532:65532", s, user.Args)
		}
		if entrypoint == nil {
			report(s.Line, "stage %s has no ENTRYPOINT: want [\"/usr/local/bin/coalition\"]", s)
			continue
		}
		var argv []string
		if err := json.Unmarshal([]byte(entrypoint.Args), &argv); err != nil || len(argv) == 0 {
			report(entrypoint.Line, "stage %s: ENTRYPOINT %s is not in exec form: want a JSON array, such as [\"/usr/local/bin/coalition\"], as there is no shell", s, entrypoint.Args)
			continue
		}
		b, ok := copies[argv[0]]
		if path.Base(argv[0]) != "coalition" || !ok {
			report(entrypoint.Line, "stage %s: ENTRYPOINT runs %q: want the coalition binary the stage copies from its build stage", s, argv[0])
			continue
		}
		builds[b.Index] = true
	}
	for _, s := range df.Stages {
		if !builds[s.Index] {
			continue
		}
		cgoOff := false
		var build *instruction
		for i, in := range s.Body {
			if in.Cmd == "ENV" && cgoOffRe.MatchString(in.Args) {
				cgoOff = true
			}
			if in.Cmd == "RUN" && goBuildRe.MatchString(in.Args) {
				build = &s.Body[i]
			}
		}
		if build == nil {
			report(s.Line, "build stage %s runs no go build: want the binary built from source", s)
			continue
		}
		f := strings.Fields(build.Args)
		if !cgoOff && !slices.Contains(f, "CGO_ENABLED=0") {
			report(build.Line, "the go build of stage %s does not set CGO_ENABLED=0: want a static binary for a base without libc", s)
		}
		if !slices.Contains(f, "-trimpath") {
			report(build.Line, "the go build of stage %s has no -trimpath: want it, as the release archives are built", s)
		}
	}
	return problems
}

// lineOf returns the line of src on which the n-th (1-based) line equal
// to text, after trimming, is.
func lineOf(t *testing.T, src, text string, n int) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.TrimSpace(l) == text {
			if n--; n == 0 {
				return i + 1
			}
		}
	}
	t.Fatalf("the Dockerfile has no line %q (number %d)", text, n)
	return 0
}

// TestDockerfile checks the Dockerfile, and that each of its promises is
// checked: each mutation breaks one, and the check reports exactly that.
func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	df, err := parseDockerfile(src)
	if err != nil {
		t.Fatalf("Dockerfile:%v", err)
	}
	if got := df.Directives["syntax"]; got != "docker/dockerfile:1" {
		t.Errorf("# syntax= directive %q, want docker/dockerfile:1 (RUN --mount needs it)", got)
	}
	var finals []string
	for _, s := range df.finals() {
		finals = append(finals, s.String())
	}
	if want := []string{`"shell"`, "2"}; !slices.Equal(finals, want) {
		t.Errorf("final stages %q, want %q", finals, want)
	}

	const (
		final   = "FROM gcr.io/distroless/static-debian12:nonroot"
		shell   = "FROM gcr.io/distroless/static-debian12:debug-nonroot AS shell"
		user    = "USER 65532:65532"
		entry   = `ENTRYPOINT ["/usr/local/bin/coalition"]`
		goBuild = "CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -buildvcs=false \\"
	)
	// buildLine is the line the RUN of go build starts on.
	buildLine := lineOf(t, src, goBuild, 1) - 1
	// last replaces the last occurrence of old in s.
	last := func(s, old, new string) string {
		i := strings.LastIndex(s, old)
		return s[:i] + new + s[i+len(old):]
	}
	tests := []struct {
		name   string
		mutate func(string) string
		want   []string
	}{
		{
			name:   "as it is",
			mutate: func(s string) string { return s },
		},
		{
			name:   "scratch is a base as good as distroless",
			mutate: func(s string) string { return strings.Replace(s, final, "FROM scratch", 1) },
		},
		{
			name:   "a final stage on debian",
			mutate: func(s string) string { return strings.Replace(s, final, "FROM debian:12-slim", 1) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2 is based on "debian:12-slim": want gcr.io/distroless/static or scratch`,
				lineOf(t, src, final, 1))},
		},
		{
			name: "the shell stage on distroless base, with glibc",
			mutate: func(s string) string {
				return strings.Replace(s, "static-debian12:debug-nonroot", "base-debian12:debug-nonroot", 1)
			},
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage "shell" is based on "gcr.io/distroless/base-debian12:debug-nonroot": want gcr.io/distroless/static or scratch`,
				lineOf(t, src, shell, 1))},
		},
		{
			name:   "no USER",
			mutate: func(s string) string { return strings.ReplaceAll(s, user+"\n", "") },
			want: []string{
				fmt.Sprintf(`Dockerfile:%d: stage "shell" sets no USER: want a non-root user, such as USER 65532:65532`, lineOf(t, src, shell, 1)),
				// One line up: the shell stage's USER is gone.
				fmt.Sprintf(`Dockerfile:%d: stage 2 sets no USER: want a non-root user, such as USER 65532:65532`, lineOf(t, src, final, 1)-1),
			},
		},
		{
			name:   "USER root",
			mutate: func(s string) string { return last(s, user, "USER root") },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2 runs as USER "root", which is root: want a non-root user, such as 65532:65532`,
				lineOf(t, src, user, 2))},
		},
		{
			name:   "USER 0:0 in the shell stage",
			mutate: func(s string) string { return strings.Replace(s, user, "USER 0:0", 1) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage "shell" runs as USER "0:0", which is root: want a non-root user, such as 65532:65532`,
				lineOf(t, src, user, 1))},
		},
		{
			name: "apt-get in the final stage",
			mutate: func(s string) string {
				return last(s, user, "RUN apt-get update && apt-get install -y ca-certificates\n"+user)
			},
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2 runs the package manager "apt-get": want the binary alone in a final stage`,
				lineOf(t, src, user, 2))},
		},
		{
			name:   "apk in the shell stage",
			mutate: func(s string) string { return strings.Replace(s, user, "RUN /sbin/apk add --no-cache git\n"+user, 1) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage "shell" runs the package manager "apk": want the binary alone in a final stage`,
				lineOf(t, src, user, 1))},
		},
		{
			name:   "an ENTRYPOINT that is not coalition",
			mutate: func(s string) string { return last(s, entry, `ENTRYPOINT ["/busybox/sh"]`) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2: ENTRYPOINT runs "/busybox/sh": want the coalition binary the stage copies from its build stage`,
				lineOf(t, src, entry, 2))},
		},
		{
			name:   "ENTRYPOINT in shell form",
			mutate: func(s string) string { return last(s, entry, `ENTRYPOINT /usr/local/bin/coalition`) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2: ENTRYPOINT /usr/local/bin/coalition is not in exec form: want a JSON array, such as ["/usr/local/bin/coalition"], as there is no shell`,
				lineOf(t, src, entry, 2))},
		},
		{
			name:   "no ENTRYPOINT",
			mutate: func(s string) string { return last(s, entry+"\n", "") },
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2 has no ENTRYPOINT: want ["/usr/local/bin/coalition"]`,
				lineOf(t, src, final, 1))},
		},
		{
			name: "the binary from an image, not the build stage",
			mutate: func(s string) string {
				return last(s, "COPY --from=build ", "COPY --from=ghcr.io/someone/coalition:latest ")
			},
			want: []string{fmt.Sprintf(`Dockerfile:%d: stage 2: ENTRYPOINT runs "/usr/local/bin/coalition": want the coalition binary the stage copies from its build stage`,
				lineOf(t, src, entry, 2))},
		},
		{
			name:   "cgo on",
			mutate: func(s string) string { return strings.Replace(s, "CGO_ENABLED=0 ", "CGO_ENABLED=1 ", 1) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: the go build of stage "build" does not set CGO_ENABLED=0: want a static binary for a base without libc`,
				buildLine)},
		},
		{
			name:   "no CGO_ENABLED",
			mutate: func(s string) string { return strings.Replace(s, "CGO_ENABLED=0 ", "", 1) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: the go build of stage "build" does not set CGO_ENABLED=0: want a static binary for a base without libc`,
				buildLine)},
		},
		{
			name: "cgo off by ENV in the build stage",
			mutate: func(s string) string {
				return strings.Replace(strings.Replace(s, "CGO_ENABLED=0 ", "", 1), "WORKDIR /src\n", "WORKDIR /src\nENV CGO_ENABLED=0\n", 1)
			},
		},
		{
			name:   "no -trimpath",
			mutate: func(s string) string { return strings.Replace(s, " -trimpath", "", 1) },
			want: []string{fmt.Sprintf(`Dockerfile:%d: the go build of stage "build" has no -trimpath: want it, as the release archives are built`,
				buildLine)},
		},
		{
			name: "one stage",
			mutate: func(s string) string {
				return "FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -o /usr/local/bin/coalition ./cmd/coalition\nUSER 65532\nENTRYPOINT [\"/usr/local/bin/coalition\"]\n"
			},
			want: []string{`Dockerfile:1: 1 stage(s): want a build stage and a final stage that copies the binary from it`},
		},
		{
			name:   "a stage named in lower case is found from COPY --from in upper case",
			mutate: func(s string) string { return strings.ReplaceAll(s, "COPY --from=build ", "COPY --from=BUILD ") },
		},
		{
			name: "a heredoc",
			mutate: func(s string) string {
				return strings.Replace(s, "WORKDIR /src\n", "WORKDIR /src\nRUN <<EOF\necho hi\nEOF\n", 1)
			},
			want: []string{fmt.Sprintf(`Dockerfile: line %d: RUN with a heredoc: this parser does not read heredocs`,
				lineOf(t, src, "WORKDIR /src", 1)+1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mutated := tt.mutate(src)
			if tt.name != "as it is" && mutated == src {
				t.Fatal("the mutation changes nothing: the Dockerfile changed, update the test")
			}
			got := checkDockerfile(mutated)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestParseDockerfile checks the parser on what Docker's accepts: parser
// directives, comments inside continued instructions, the escape
// directive, and FROM ... AS in any case.
func TestParseDockerfile(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    *dockerfile
		wantErr string
	}{
		{
			name: "directives, a comment and an empty line inside a continued RUN",
			src:  "# syntax=docker/dockerfile:1\n# escape=\\\n\n# a comment\nARG GO=1.26\nfrom golang:${GO} as Build\nRUN a \\\n# inside\n\n    && b\nFROM scratch\nCOPY --from=build /x /x\n",
			want: &dockerfile{
				Directives: map[string]string{"syntax": "docker/dockerfile:1", "escape": `\`},
				Args:       []instruction{{Line: 5, Cmd: "ARG", Args: "GO=1.26"}},
				Stages: []stage{
					{Index: 0, Name: "build", Base: "golang:1.26", Line: 6, Body: []instruction{{Line: 7, Cmd: "RUN", Args: "a     && b"}}},
					{Index: 1, Base: "scratch", Line: 11, Body: []instruction{{Line: 12, Cmd: "COPY", Args: "--from=build /x /x"}}},
				},
			},
		},
		{
			name: "a directive after a comment is a comment",
			src:  "# the image\n# syntax=docker/dockerfile:1\nFROM scratch\n",
			want: &dockerfile{Directives: map[string]string{}, Stages: []stage{{Base: "scratch", Line: 3}}},
		},
		{
			name: "the escape directive makes ` the continuation character",
			src:  "# escape=`\nFROM scratch\nCOPY a `\n  C:\\dir\\\n",
			want: &dockerfile{
				Directives: map[string]string{"escape": "`"},
				Stages:     []stage{{Base: "scratch", Line: 2, Body: []instruction{{Line: 3, Cmd: "COPY", Args: `a   C:\dir\`}}}},
			},
		},
		{
			name: "CRLF line ends",
			src:  "FROM scratch AS a\r\nUSER 1\r\n",
			want: &dockerfile{Directives: map[string]string{}, Stages: []stage{{Name: "a", Base: "scratch", Line: 1, Body: []instruction{{Line: 2, Cmd: "USER", Args: "1"}}}}},
		},
		{name: "an invalid escape", src: "# escape=/\nFROM scratch\n", wantErr: `line 1: invalid escape directive "/": want \ or ` + "`"},
		{name: "a directive twice", src: "# syntax=a\n# syntax=b\nFROM scratch\n", wantErr: `line 2: parser directive "syntax" given twice: want it once`},
		{name: "RUN before FROM", src: "ARG X\nRUN x\nFROM scratch\n", wantErr: "line 2: RUN before the first FROM: want only ARG there"},
		{name: "FROM with two names", src: "FROM a AS b c\n", wantErr: "line 1: FROM a AS b c: want FROM [--platform=...] IMAGE [AS NAME]"},
		{name: "not an instruction", src: "FROM a\n--flag\n", wantErr: `line 2: "--flag" is not an instruction: want a keyword such as FROM or RUN`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDockerfile(tt.src)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
