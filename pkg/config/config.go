// Package config defines the keys of .coalition.yaml, the configuration
// file at the root of a plan repository, and checks a file against them
// with the positions of its mistakes, as check does for plans. Reading the
// values and their precedence (flags, environment, file, defaults) is left
// to the command line, which uses viper.
package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/suggest"
)

// FileName is the name of the configuration file.
const FileName = ".coalition.yaml"

// Key is one setting of the file.
type Key struct {
	// Name is the dotted key, such as "score.weights".
	Name string
	// Doc says what it does.
	Doc string
	// Kind is the value's kind: "string", "format" (a name of Names.Formats),
	// "date", "score" (a whole number
	// from 0 to 100), "severity", "paths" (a list of paths or globs), "glob"
	// (one glob of names),
	// "bool" (true or false), "rules" (rule id to severity or off), "gates" (gate id to band or
	// off), "weights" (dimension to whole
	// number), "bands" (strong and developing to a score), "days" (a whole
	// number of days), "count" (a whole number from 1), "criteria"
	// (selection criterion to whole number).
	Kind string
}

// Keys are the settings of .coalition.yaml, in the order the docs list them.
var Keys = []Key{
	{"paths", "files and directories, or globs of them (`plans/*.yaml`, `**` for any number of directories), that check and score read when no path is given, relative to the file; a glob that matches nothing is a path with no plan (default: the current directory)", "paths"},
	{"exclude", "globs of files the walk skips, relative to the directory of the file; `**` matches any number of directories", "paths"},
	{"rules", "severity of a rule by id: error, warning, info, or off", "rules"},
	{"fail_on", "least severity that makes check fail: error, warning or info", "severity"},
	{"today", "date the date rules, progress and due dates use, YYYY-MM-DD", "date"},
	{"format", "output format of check (text, markdown, json, github, sarif, junit) and score (text, markdown, json); a command that does not have the format named writes its default (text), with a note on stderr", "format"},
	{"min_score", "least score that passes coalition score, 0 to 100", "score"},
	{"score.weights", "weight of each score dimension, a whole number of 0 or more", "weights"},
	{"score.bands", "lowest score of the strong and developing bands", "bands"},
	{"score.gates", "band a gate holds a plan to, by gate id: developing (out of strong), at-risk, or off (docs/scoring.md lists the gates)", "gates"},
	{"stale_after_days", "days after an owner's last one-to-one (members[].last_contact) when a relationship counts as gone cold (default 90)", "days"},
	{"max_relationships_per_owner", "most active members and prospects one person can own (default 8)", "count"},
	{"prospects.weights", "weight of each selection criterion when prospects are ranked, a whole number of 0 or more (default 1 each)", "criteria"},
	{"history.meetings", "glob of the names of the tags that mark board meetings in coalition history and the trend of coalition brief: `*` matches within one level of a name, `**` any number (default `board/*`)", "glob"},
	{"brief.public", "write every brief in its public form, as `--public` does: people by their role, no contact details, notes, opponents, or stances of individuals (default false)", "bool"},
	{"report.public", "write every report in its public form, as `--public` does (default false)", "bool"},
}

// Problem is a mistake in the configuration file.
type Problem struct {
	Pos     plan.Pos
	Message string
}

// Names are the names a file may use for rule ids, score dimensions and
// output formats.
type Names struct {
	Rules      []string
	Dimensions []string
	// Criteria are the prospect selection criteria prospects.weights names.
	Criteria []string
	// Gates are the score's gates score.gates names.
	Gates []string
	// Formats are the formats the commands that read the key format take
	// (see format.Union); nil takes any word.
	Formats format.Set
}

// Validate checks the YAML text of a configuration file and returns its
// mistakes in file order: syntax, unknown keys (with a did-you-mean), and
// values of the wrong kind or out of range. A whole number written with a
// leading zero is a mistake too: YAML reads 070 as octal 56.
func Validate(data []byte, names Names) []Problem {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return []Problem{{Pos: plan.Pos{Line: 1, Col: 1}, Message: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	if len(doc.Content) == 0 {
		return nil // an empty file sets nothing
	}
	v := &validator{names: names}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		if root.Tag == "!!null" {
			return nil
		}
		return []Problem{v.at(root, "the configuration must be a mapping of keys")}
	}
	v.mapping(root, "", func(key string, k, val *yaml.Node) {
		switch key {
		case "score":
			if val.Kind != yaml.MappingNode {
				v.problems = append(v.problems, v.at(val, "score must be a mapping with weights and bands"))
				return
			}
			v.mapping(val, "score.", func(sub string, k, val *yaml.Node) { v.value("score."+sub, val) })
		case "prospects":
			if val.Kind != yaml.MappingNode {
				v.problems = append(v.problems, v.at(val, "prospects must be a mapping with weights"))
				return
			}
			v.mapping(val, "prospects.", func(sub string, k, val *yaml.Node) { v.value("prospects."+sub, val) })
		case "history":
			if val.Kind != yaml.MappingNode {
				v.problems = append(v.problems, v.at(val, "history must be a mapping with meetings"))
				return
			}
			v.mapping(val, "history.", func(sub string, k, val *yaml.Node) { v.value("history."+sub, val) })
		case "brief", "report":
			if val.Kind != yaml.MappingNode {
				v.problems = append(v.problems, v.at(val, "%s must be a mapping with public", key))
				return
			}
			v.mapping(val, key+".", func(sub string, k, val *yaml.Node) { v.value(key+"."+sub, val) })
		default:
			v.value(key, val)
		}
	})
	return v.problems
}

type validator struct {
	names    Names
	problems []Problem
}

func (v *validator) at(n *yaml.Node, format string, args ...any) Problem {
	return Problem{Pos: plan.Pos{Line: n.Line, Col: n.Column}, Message: fmt.Sprintf(format, args...)}
}

// mapping calls fn for each key of m that is a known key under prefix, and
// reports unknown and duplicate keys.
func (v *validator) mapping(m *yaml.Node, prefix string, fn func(key string, k, val *yaml.Node)) {
	var known []string
	for _, k := range Keys {
		if rest, ok := strings.CutPrefix(k.Name, prefix); ok {
			head, _, _ := strings.Cut(rest, ".")
			if !slices.Contains(known, head) {
				known = append(known, head)
			}
		}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, val := m.Content[i], m.Content[i+1]
		name := k.Value
		switch {
		case seen[name]:
			v.problems = append(v.problems, v.at(k, "duplicate key %q", prefix+name))
			continue
		case !slices.Contains(known, name):
			v.problems = append(v.problems, v.at(k, "unknown key %q%s; known keys: %s", prefix+name, suggest.DidYouMean(name, known), strings.Join(known, ", ")))
			continue
		}
		seen[name] = true
		fn(name, k, val)
	}
}

func (v *validator) value(name string, n *yaml.Node) {
	var kind string
	for _, k := range Keys {
		if k.Name == name {
			kind = k.Kind
		}
	}
	bad := func(format string, args ...any) { v.problems = append(v.problems, v.at(n, name+": "+format, args...)) }
	scalar := n.Kind == yaml.ScalarNode
	switch kind {
	case "string":
		if !scalar {
			bad("want a single word")
		}
	case "format":
		switch {
		case v.names.Formats == nil:
			if !scalar {
				bad("want a single word")
			}
		case !scalar:
			bad("want one of %s", strings.Join(v.names.Formats.Names(), ", "))
		default:
			if _, err := v.names.Formats.Resolve(n.Value); err != nil {
				bad("%v", err)
			}
		}
	case "bool":
		if _, ok := ParseBool(n.Value); !scalar || !ok || n.Tag != "!!bool" {
			bad("want true or false, got %q", n.Value)
		}
	case "severity":
		if !scalar || !slices.Contains([]string{"error", "warning", "info"}, n.Value) {
			bad("want error, warning or info, got %q", n.Value)
		}
	case "date":
		if !scalar {
			bad("want a date YYYY-MM-DD")
		} else if _, err := ParseDate(n.Value); err != nil {
			bad("invalid date %q: %v", n.Value, err)
		}
	case "score":
		if msg := wholeIn(n, 0, 100, "want a whole number from 0 to 100, got %q"); msg != "" {
			bad("%s", msg)
		}
	case "glob":
		switch {
		case !scalar:
			bad("want a glob of names, such as \"board/*\"")
		case n.Value == "" || !doublestar.ValidatePattern(n.Value):
			bad("invalid glob %q: want one such as \"board/*\"", n.Value)
		}
	case "paths":
		if n.Kind != yaml.SequenceNode {
			bad("want a list of paths")
			return
		}
		for _, p := range n.Content {
			switch {
			case p.Kind != yaml.ScalarNode || p.Value == "":
				v.problems = append(v.problems, v.at(p, "%s: want a path or glob", name))
			case !doublestar.ValidatePattern(p.Value):
				v.problems = append(v.problems, v.at(p, "%s: invalid glob %q", name, p.Value))
			}
		}
	case "rules":
		v.openMap(name, n, v.names.Rules, "rule", func(val *yaml.Node) string {
			if val.Kind == yaml.ScalarNode && slices.Contains([]string{"error", "warning", "info", "off"}, val.Value) {
				return ""
			}
			return fmt.Sprintf("want error, warning, info or off, got %q", val.Value)
		})
	case "weights":
		v.openMap(name, n, v.names.Dimensions, "dimension", func(val *yaml.Node) string {
			return wholeIn(val, 0, MaxWhole, "want a whole number of 0 or more, got %q")
		})
	case "gates":
		v.openMap(name, n, v.names.Gates, "gate", func(val *yaml.Node) string {
			if val.Kind == yaml.ScalarNode && slices.Contains(GateBands, val.Value) {
				return ""
			}
			return fmt.Sprintf("want developing, at-risk or off, got %q", val.Value)
		})
	case "bands":
		v.openMap(name, n, Bands, "band", func(val *yaml.Node) string {
			return wholeIn(val, 0, 100, "want a score from 0 to 100, got %q")
		})
	case "days":
		if msg := wholeIn(n, 1, MaxDays, "want a whole number of days from 1 to 3650, got %q"); msg != "" {
			bad("%s", msg)
		}
	case "count":
		if msg := wholeIn(n, 1, MaxCount, "want a whole number from 1 to 1000, got %q"); msg != "" {
			bad("%s", msg)
		}
	case "criteria":
		v.openMap(name, n, v.names.Criteria, "criterion", func(val *yaml.Node) string {
			return wholeIn(val, 0, MaxWhole, "want a whole number of 0 or more, got %q")
		})
	}
}

// openMap checks a mapping whose keys come from a list of names.
func (v *validator) openMap(name string, n *yaml.Node, names []string, what string, check func(*yaml.Node) string) {
	if n.Kind != yaml.MappingNode {
		v.problems = append(v.problems, v.at(n, "%s: want a mapping of %s names", name, what))
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if !slices.Contains(names, k.Value) {
			v.problems = append(v.problems, v.at(k, "%s: unknown %s %q%s", name, what, k.Value, suggest.DidYouMean(k.Value, names)))
			continue
		}
		if msg := check(val); msg != "" {
			v.problems = append(v.problems, v.at(val, "%s.%s: %s", name, k.Value, msg))
		}
	}
}

// MaxDays and MaxCount bound stale_after_days and
// max_relationships_per_owner.
const (
	MaxDays  = 3650
	MaxCount = 1000
)

// MaxWhole is the largest number ParseWhole reads: nine digits, more than
// any setting needs.
const MaxWhole = 999_999_999

// wholeIn checks that n is a decimal whole number from lo to hi, written
// without a leading zero, and returns what is wrong with it, or "". want
// formats the message for a value of the wrong kind or range.
func wholeIn(n *yaml.Node, lo, hi int, want string) string {
	if n.Kind != yaml.ScalarNode {
		return fmt.Sprintf(want, n.Value)
	}
	if msg := octal(n); msg != "" {
		return msg
	}
	if x, err := ParseWhole(n.Value); err != nil || x < lo || x > hi {
		return fmt.Sprintf(want, n.Value)
	}
	return ""
}
