package plandiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/shell"
)

// Report is the comparison of a set of plans between two versions.
type Report struct {
	// From and To name the versions; To is "the work tree" when empty.
	From string `json:"from"`
	To   string `json:"to"`
	// Plans are the plans that differ, in path order.
	Plans []*Diff `json:"plans"`
	// Unchanged counts the plans that are the same in both.
	Unchanged int `json:"unchanged"`
	// FailOn is the least severity of a finding of check, in a version a
	// plan shows, that fails the diff (--fail-on); SeverityInvalid never
	// fails.
	FailOn lint.Severity `json:"-"`
}

// Failing counts the plans with a version that has a finding of check at
// or above FailOn.
func (r *Report) Failing() int {
	n := 0
	for _, d := range r.Plans {
		if r.FailOn != lint.SeverityInvalid && d.Worst >= r.FailOn {
			n++
		}
	}
	return n
}

// ToName is how the second version is named in output.
func (r *Report) ToName() string {
	if r.To == "" {
		return "the work tree"
	}
	return r.To
}

// Counts returns how many plans were changed, renamed, added and deleted.
func (r *Report) Counts() (changed, renamed, added, deleted int) {
	for _, d := range r.Plans {
		switch d.Status {
		case Added:
			added++
		case Deleted:
			deleted++
		case Renamed:
			renamed++
		default:
			changed++
		}
	}
	return
}

// Summary is one line: what was compared and how many plans changed. The
// renamed plans are counted when there are some.
func (r *Report) Summary() string {
	c, rn, a, d := r.Counts()
	renamed := ""
	if rn > 0 {
		renamed = fmt.Sprintf(" %d renamed,", rn)
	}
	return fmt.Sprintf("compared %s with %s: %d changed,%s %d added, %d deleted, %d unchanged",
		r.From, r.ToName(), c, renamed, a, d, r.Unchanged)
}

// Headline is the line that names a plan and how it changed; a renamed
// plan says its old path.
func (d *Diff) Headline() string {
	s := d.Status
	if d.Status == Renamed {
		s += " from " + d.RenamedFrom
	}
	switch {
	case d.Status == Renamed && d.ScoreBefore != nil && d.ScoreAfter != nil && *d.ScoreBefore == *d.ScoreAfter:
		s += fmt.Sprintf(" (score %d)", *d.ScoreAfter)
	case d.ScoreBefore != nil && d.ScoreAfter != nil:
		s += fmt.Sprintf(" (score %d → %d)", *d.ScoreBefore, *d.ScoreAfter)
	case d.ScoreAfter != nil:
		s += fmt.Sprintf(" (score %d)", *d.ScoreAfter)
	case d.ScoreBefore != nil:
		s += fmt.Sprintf(" (score was %d)", *d.ScoreBefore)
	}
	if d.Error != "" {
		return s + ": " + d.Error
	}
	if e := d.ErrorsNote(); e != "" {
		s += "; " + e
	}
	return s
}

// ErrorsNote says which versions have errors from check, whose figures may
// be misread; it is empty when neither has.
func (d *Diff) ErrorsNote() string {
	var before, after int
	if d.ErrorsBefore != nil {
		before = *d.ErrorsBefore
	}
	if d.ErrorsAfter != nil {
		after = *d.ErrorsAfter
	}
	switch {
	case before > 0 && after > 0:
		return fmt.Sprintf("errors from check in both versions (%d before, %d after): their figures may be misread", before, after)
	case after > 0:
		return fmt.Sprintf("%d error(s) from check in the new version: its figures may be misread", after)
	case before > 0:
		return fmt.Sprintf("%d error(s) from check in the old version: its figures may be misread", before)
	}
	return ""
}

// JSONVersion is the version of the JSON shape of a diff. It changes only
// when a field is removed or changes meaning; new fields may be added at
// any time.
const JSONVersion = 1

// jsonSummary sums up a diff in JSON, as the summaries of check and score
// do: the plans by status, and whether --fail-on fails.
type jsonSummary struct {
	Changed   int `json:"changed"`
	Renamed   int `json:"renamed"`
	Added     int `json:"added"`
	Deleted   int `json:"deleted"`
	Unchanged int `json:"unchanged"`
	// FailOn is --fail-on, null when not given.
	FailOn *lint.Severity `json:"fail_on"`
	// Failed is true when a plan shown has a finding at or above FailOn.
	Failed bool `json:"failed"`
}

func (r *Report) jsonSummary() jsonSummary {
	s := jsonSummary{Unchanged: r.Unchanged, Failed: r.Failing() > 0}
	s.Changed, s.Renamed, s.Added, s.Deleted = r.Counts()
	if r.FailOn != lint.SeverityInvalid {
		s.FailOn = &r.FailOn
	}
	return s
}

// Registry holds the formats of a diff, in the order of format.Known.
var Registry = format.NewRegistry[func(w io.Writer, r *Report) error]().
	Register(format.Text, "a line per change, under each plan", renderText).
	Register(format.Markdown, "Markdown, for a pull request comment", func(w io.Writer, r *Report) error {
		_, err := io.WriteString(w, Markdown(r, 2, 0))
		return err
	}).
	Register(format.JSON, "one JSON document", renderJSON)

// Formats lists the names of the formats of a diff, in the order of
// format.Known.
func Formats() []string { return Registry.Names() }

// Render writes r in the format called name.
func Render(w io.Writer, name string, r *Report) error {
	f, err := Registry.Lookup(name)
	if err != nil {
		return err
	}
	return f(w, r)
}

func renderJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	type out struct {
		Version int `json:"version"`
		*Report
		Summary jsonSummary `json:"summary"`
	}
	if r.Plans == nil {
		r.Plans = []*Diff{}
	}
	return enc.Encode(out{JSONVersion, r, r.jsonSummary()})
}

func renderText(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, d := range r.Plans {
		fmt.Fprintf(&b, "%s: %s\n", escape.Terminal(d.Path), escape.Terminal(d.Headline()))
		for _, c := range d.Changes {
			fmt.Fprintf(&b, "  %s: %s\n", c.Section, escape.Terminal(c.Text))
		}
	}
	b.WriteString(escape.Terminal(r.Summary()) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown renders r with headings at level; limit, when above 0, keeps
// that many changes per plan and says how many more there are.
func Markdown(r *Report, level, limit int) string {
	var b strings.Builder
	h := strings.Repeat("#", level)
	fmt.Fprintf(&b, "%s Since %s\n\n", h, escape.Markdown(r.From))
	fmt.Fprintf(&b, "%s.\n", escape.Markdown(r.Summary()))
	for _, d := range r.Plans {
		fmt.Fprintf(&b, "\n%s# %s: %s\n\n", h, escape.Markdown(d.Path), escape.Markdown(d.Headline()))
		changes := d.Changes
		more := 0
		if limit > 0 && len(changes) > limit {
			more = len(changes) - limit
			changes = changes[:limit]
		}
		for _, c := range changes {
			fmt.Fprintf(&b, "- **%s**: %s\n", c.Section, escape.Markdown(c.Text))
		}
		if more > 0 {
			fmt.Fprintf(&b, "- …and %d more (%s)\n", more, escape.Markdown(shell.Command("coalition", "diff", r.From)))
		}
		if len(d.Changes) == 0 && d.Status == Changed {
			b.WriteString("_The file changed, but nothing a reader of the plan would see._\n")
		}
	}
	return b.String()
}
