package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/coalition-tools/coalition/pkg/suggest"
)

// EnvPrefix starts the name of every environment variable coalition reads.
const EnvPrefix = "COALITION_"

// Debug is the variable that prints the stack trace of an internal error.
const Debug = EnvPrefix + "DEBUG"

// EnvName is the environment variable of a setting key, such as
// COALITION_MIN_SCORE for min_score and COALITION_SCORE_WEIGHTS_FIT for
// score.weights.fit.
func EnvName(key string) string {
	return EnvPrefix + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// Variables are the environment variables coalition reads, sorted: one for
// each setting, rule, score dimension and band, and COALITION_DEBUG.
func Variables(names Names) []string {
	out := []string{Debug}
	for _, k := range Keys {
		switch k.Kind {
		case "rules":
			for _, r := range names.Rules {
				out = append(out, EnvName(k.Name+"."+r))
			}
		case "weights":
			for _, d := range names.Dimensions {
				out = append(out, EnvName(k.Name+"."+d))
			}
		case "gates":
			for _, g := range names.Gates {
				out = append(out, EnvName(k.Name+"."+g))
			}
		case "bands":
			for _, b := range Bands {
				out = append(out, EnvName(k.Name+"."+b))
			}
		case "criteria":
			for _, c := range names.Criteria {
				out = append(out, EnvName(k.Name+"."+c))
			}
		default:
			out = append(out, EnvName(k.Name))
		}
	}
	slices.Sort(out)
	return out
}

// Bands are the bands score.bands sets, by their lowest score.
var Bands = []string{"strong", "developing"}

// GateBands are the values of a gate in score.gates.
var GateBands = []string{"developing", "at-risk", "off"}

// CheckEnv returns a mistake for each variable of environ (NAME=value
// pairs, as os.Environ gives them) that starts with COALITION_ and has a
// value but is not one coalition reads: a misspelt variable would
// otherwise be ignored, and a gate such as COALITION_MIN_SCOR=90 silently
// off. An empty variable sets nothing, like an empty setting.
func CheckEnv(environ []string, names Names) []string {
	known := Variables(names)
	var out []string
	for _, kv := range environ {
		name, value, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, EnvPrefix) || value == "" {
			continue
		}
		if _, ok := slices.BinarySearch(known, name); ok {
			continue
		}
		msg := fmt.Sprintf("$%s: unknown variable", name)
		if s, ok := suggest.Closest(name, known); ok {
			msg += fmt.Sprintf(" (did you mean $%s?)", s)
		}
		out = append(out, msg+": coalition reads only the variables of its settings (coalition config lists them)")
	}
	slices.Sort(out)
	return out
}
