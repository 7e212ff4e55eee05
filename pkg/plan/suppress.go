package plan

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Suppression is a `# coalition:ignore RULE[,RULE...] -- reason` comment.
// On a line of its own it silences the rules on the next line that holds
// YAML; after a value it silences them on its own line.
type Suppression struct {
	// Pos is where the comment starts (its #).
	Pos Pos
	// Line is the line whose findings it silences.
	Line int
	// Rules are the rule ids it names, in order.
	Rules []string
	// Reason is the text after "--", trimmed; empty when there is none.
	Reason string
}

// IgnoreDirective is the word that starts a suppression comment.
const IgnoreDirective = "coalition:ignore"

var ignoreComment = regexp.MustCompile(`^#\s*` + regexp.QuoteMeta(IgnoreDirective) + `(?:\s|$)`)

// findSuppressions finds the suppression comments of data. A # counts only
// when the YAML parser read it as a comment, so the text of a block scalar
// or a quoted string that happens to say "coalition:ignore" is not one.
func findSuppressions(data []byte, doc *yaml.Node) []Suppression {
	if !bytes.Contains(data, []byte(IgnoreDirective)) {
		return nil
	}
	comments := map[string]bool{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for _, line := range strings.Split(c, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					comments[line] = true
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(doc)
	lines := bytes.Split(data, []byte("\n"))
	var out []Suppression
	for i, raw := range lines {
		line := string(bytes.TrimRight(raw, "\r"))
		at := commentStart(line)
		if at < 0 {
			continue
		}
		text := strings.TrimSpace(line[at:])
		if !ignoreComment.MatchString(text) || !comments[text] {
			continue
		}
		s := Suppression{Pos: Pos{Line: i + 1, Col: utf8.RuneCountInString(line[:at]) + 1}, Line: i + 1}
		body := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text[1:]), IgnoreDirective))
		names, reason, _ := strings.Cut(body, "--")
		s.Reason = strings.TrimSpace(reason)
		s.Rules = append(s.Rules, strings.FieldsFunc(names, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })...)
		if strings.TrimSpace(line[:at]) == "" { // a comment line: it speaks of the next line of YAML
			s.Line = 0
			for j := i + 1; j < len(lines); j++ {
				next := strings.TrimSpace(string(lines[j]))
				if next != "" && !strings.HasPrefix(next, "#") {
					s.Line = j + 1
					break
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// commentStart returns the byte index of the # that starts a comment on
// line, or -1. A # starts a comment at the start of the line or after a
// space or tab, outside a quoted string.
func commentStart(line string) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote == '\'' && c == '\'':
			if i+1 < len(line) && line[i+1] == '\'' {
				i++ // '' is an escaped quote
				continue
			}
			quote = 0
		case quote == '"' && c == '\\':
			i++
		case quote == '"' && c == '"':
			quote = 0
		case quote != 0:
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		case (c == '"' || c == '\'') && (i == 0 || strings.ContainsRune(" \t:,[{-", rune(line[i-1]))):
			quote = c
		}
	}
	return -1
}
