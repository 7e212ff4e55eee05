package config

import (
	"slices"
	"testing"
)

func TestCheckEnv(t *testing.T) {
	names := Names{Rules: []string{"sector-gap", "dangling-ref"}, Dimensions: []string{"fit", "budget"}}
	for _, c := range []struct {
		env  []string
		want []string
	}{
		{[]string{"HOME=/root", "COALITION_MIN_SCORE=90", "COALITION_RULES_SECTOR_GAP=off", "COALITION_SCORE_WEIGHTS_FIT=5",
			"COALITION_SCORE_BANDS_STRONG=80", "COALITION_DEBUG=1", "COALITION_TODAY=", "COALITION_FAIL_ON=warning"}, nil},
		{[]string{"COALITION_MIN_SCOR="}, nil},
		{[]string{"COALITION_MIN_SCOR=90"}, []string{"$COALITION_MIN_SCOR: unknown variable (did you mean $COALITION_MIN_SCORE?): coalition reads only the variables of its settings (coalition config lists them)"}},
		{[]string{"COALITION_RULES_SECTOR_GAPS=off"}, []string{"$COALITION_RULES_SECTOR_GAPS: unknown variable (did you mean $COALITION_RULES_SECTOR_GAP?): coalition reads only the variables of its settings (coalition config lists them)"}},
		{[]string{"COALITION_CONFIG=x.yaml"}, []string{"$COALITION_CONFIG: unknown variable: coalition reads only the variables of its settings (coalition config lists them)"}},
	} {
		if got := CheckEnv(c.env, names); !slices.Equal(got, c.want) {
			t.Errorf("%v:\n got %q\nwant %q", c.env, got, c.want)
		}
	}
}
