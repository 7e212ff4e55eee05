package browsertest

import (
	"strings"
	"testing"
)

// TestMissingToolFailsUnderCI: without its tool a test fails under CI, and
// is skipped elsewhere.
func TestMissingToolFailsUnderCI(t *testing.T) {
	for _, c := range []struct {
		ci    string
		fatal bool
	}{{"true", true}, {"1", true}, {"", false}, {"false", false}, {"0", false}} {
		if fatal, msg := MissingTool("mmdc", "npm ci in .ci/mermaid", c.ci); fatal != c.fatal || !strings.Contains(msg, "mmdc") {
			t.Errorf("CI=%q: fatal %v (%s), want %v", c.ci, fatal, msg, c.fatal)
		}
	}
}
