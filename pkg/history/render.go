package history

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/shell"
	"github.com/coalition-tools/coalition/pkg/view"
)

// RenderOptions tune the text format.
type RenderOptions struct {
	// Boxes draws the table's borders (for a terminal); without it the
	// table is aligned columns.
	Boxes bool
	// Width is the terminal's width, 0 when unknown: the subjects are
	// wrapped to fit it.
	Width int
}

// Registry holds the formats of a history, in the order of format.Known.
var Registry = format.NewRegistry[func(io.Writer, *History, RenderOptions) error]().
	Register(format.Text, "a table, a row per version: boxed on a terminal, aligned columns in a pipe", renderText).
	Register(format.Markdown, "a Markdown table, for a board packet or a pull request", renderMarkdown).
	Register(format.JSON, "one JSON document", renderJSON).
	Register(format.CSV, "comma-separated values, a row per version, for spreadsheets", renderCSV)

// Render writes h in the format called name.
func Render(w io.Writer, name string, h *History, o RenderOptions) error {
	f, err := Registry.Lookup(name)
	if err != nil {
		return err
	}
	return f(w, h, o)
}

// Headline sums the history up in one line, such as "plans/harbor.yaml: 3
// versions from 2026-09-01 to 2026-11-23; score 61 → 72 (+11)".
func (h *History) Headline() string {
	switch {
	case len(h.Revisions) == 0 && h.OnlyMeetings && h.Since != "":
		return fmt.Sprintf("%s: no board meeting since %s holds a version of it (tags matching %s)", h.Plan, h.Since, h.Meetings)
	case len(h.Revisions) == 0 && h.OnlyMeetings:
		return fmt.Sprintf("%s: no board meeting holds a version of it (tags matching %s)", h.Plan, h.Meetings)
	case len(h.Revisions) == 0:
		return fmt.Sprintf("%s: no change since %s", h.Plan, h.Since)
	}
	what := plural(len(h.Revisions), "version")
	if h.OnlyMeetings {
		what = plural(len(h.Revisions), "board meeting")
	}
	if len(h.Revisions) < h.Changes {
		what += fmt.Sprintf(" (of %s)", plural(h.Changes, "change"))
	}
	if h.Since != "" {
		what += " since " + h.Since
	}
	newest, oldest := h.Revisions[0], h.Revisions[len(h.Revisions)-1]
	s := fmt.Sprintf("%s: %s", h.Plan, what)
	if len(h.Revisions) == 1 {
		s += ", on " + newest.Date.String()
	} else {
		s += fmt.Sprintf(", from %s to %s", oldest.Date, newest.Date)
	}
	if trend := h.Trend(); trend != "" {
		s += "; score " + trend
	}
	return s
}

// Trend is the score of the oldest version kept and of the newest, such as
// "61 → 72 (+11)", or the one score when there is one version; "" when
// none is scored.
func (h *History) Trend() string {
	var first, last *Revision
	for _, r := range h.Revisions {
		if r.Scored {
			if last == nil {
				last = r
			}
			first = r
		}
	}
	switch {
	case last == nil:
		return ""
	case first == last:
		return strconv.Itoa(last.Score)
	}
	return fmt.Sprintf("%d → %d (%+d)", first.Score, last.Score, last.Score-first.Score)
}

// column is one column of the table of the text and Markdown formats.
type column struct {
	header string
	right  bool
	cell   func(*Revision) string
}

// columns are the columns of the table, the subject last (the one that
// wraps). Their text is not escaped yet.
var columns = []column{
	{"date", false, func(r *Revision) string { return r.Date.String() }},
	{"commit", false, func(r *Revision) string { return r.Commit[:min(7, len(r.Commit))] }},
	{"score", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.Score)) }},
	{"band", false, bandText},
	{"errors", true, func(r *Revision) string { return strconv.Itoa(r.Errors) }},
	{"members", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.Active)) }},
	{"goals on track", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.Goals.OnTrack)) }},
	{"goals at risk", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.Goals.AtRisk)) }},
	{"goals overdue", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.Goals.Overdue)) }},
	{"goals done", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.Goals.Done)) }},
	{"committed gap", true, gapText},
	{"overdue actions", true, func(r *Revision) string { return orDash(r.Scored, strconv.Itoa(r.OverdueActions)) }},
	{"board meeting", false, func(r *Revision) string { return strings.Join(r.Meetings, ", ") }},
	{"subject", false, func(r *Revision) string { return r.Subject }},
}

func orDash(ok bool, s string) string {
	if !ok {
		return "-"
	}
	return s
}

func bandText(r *Revision) string {
	b := strings.ReplaceAll(r.Band, "-", " ")
	if r.Capped {
		b += " (capped)"
	}
	return b
}

func gapText(r *Revision) string {
	switch {
	case !r.Scored:
		return "-"
	case r.Gap == nil:
		return "unknown"
	}
	return figures.Money(*r.Gap, r.Currency)
}

// notes are the lines under the table: what the columns count, and the
// versions that could not be scored.
func notes(h *History) []string {
	var out []string
	for _, r := range h.Revisions {
		if r.Note != "" {
			out = append(out, fmt.Sprintf("%s %s: %s", r.Date, r.Commit[:min(7, len(r.Commit))], r.Note))
		}
	}
	capped := false
	for _, r := range h.Revisions {
		capped = capped || r.Capped
	}
	switch {
	case capped:
		out = append(out, "Each version is scored as of the day of its commit; (capped): a gate held its score below its mean (coalition score --explain names it).")
	case len(h.Revisions) > 0:
		out = append(out, "Each version is scored as of the day of its commit.")
	}
	return out
}

func renderText(w io.Writer, h *History, o RenderOptions) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s\n", escape.Terminal(h.Headline()))
	if len(h.Revisions) > 0 {
		buf.WriteString("\n")
		header := make([]string, len(columns))
		right := make([]bool, len(columns))
		for i, c := range columns {
			header[i], right[i] = c.header, c.right
		}
		rows := make([][]string, len(h.Revisions))
		for i, r := range h.Revisions {
			rows[i] = make([]string, len(columns))
			for j, c := range columns {
				rows[i][j] = escape.Terminal(c.cell(r))
			}
		}
		if err := view.Grid(&buf, header, right, rows, view.GridOptions{Boxed: o.Boxes, Width: o.Width}); err != nil {
			return err
		}
		for _, n := range notes(h) {
			fmt.Fprintf(&buf, "%s\n", escape.Terminal(n))
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func renderMarkdown(w io.Writer, h *History, _ RenderOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## History of %s\n\n%s.\n", escape.Markdown(h.Plan), escape.Markdown(h.Headline()))
	if len(h.Revisions) > 0 {
		b.WriteString("\n|")
		for _, c := range columns {
			b.WriteString(" " + c.header + " |")
		}
		b.WriteString("\n|")
		for _, c := range columns {
			if c.right {
				b.WriteString(" ---: |")
			} else {
				b.WriteString(" --- |")
			}
		}
		b.WriteString("\n")
		for _, r := range h.Revisions {
			b.WriteString("|")
			for i, c := range columns {
				cell := escape.Markdown(c.cell(r))
				if i == 1 {
					cell = "`" + c.cell(r) + "`" // hexadecimal digits only
				}
				b.WriteString(" " + cell + " |")
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
		for _, n := range notes(h) {
			fmt.Fprintf(&b, "%s\n", escape.Markdown(n))
		}
		fmt.Fprintf(&b, "\n_%s_\n", escape.Markdown("Made with "+shell.Command("coalition", "history", h.Plan)+"."))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// JSONVersion is the version of the JSON shape of a history. It changes
// only when a field is removed or changes meaning; new fields may be added
// at any time.
const JSONVersion = 1

func renderJSON(w io.Writer, h *History, _ RenderOptions) error {
	type out struct {
		Version      int         `json:"version"`
		File         string      `json:"file"`
		Meetings     string      `json:"meetings"`
		OnlyMeetings bool        `json:"only_meetings"`
		Since        string      `json:"since"`
		Changes      int         `json:"changes"`
		Revisions    []*Revision `json:"revisions"`
	}
	revs := h.Revisions
	if revs == nil {
		revs = []*Revision{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out{JSONVersion, h.Plan, h.Meetings, h.OnlyMeetings, h.Since, h.Changes, revs})
}

// csvHeader are the columns of the CSV format.
var csvHeader = []string{"date", "commit", "score", "band", "capped", "errors", "active_members",
	"goals_on_track", "goals_at_risk", "goals_overdue", "goals_done", "committed_gap", "currency",
	"overdue_actions", "meetings", "subject", "file"}

func renderCSV(w io.Writer, h *History, _ RenderOptions) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range h.Revisions {
		n := func(i int) string { return orEmpty(r.Scored, strconv.Itoa(i)) }
		gap := ""
		if r.Scored && r.Gap != nil {
			gap = r.Gap.String()
		}
		row := []string{r.Date.String(), r.Commit, n(r.Score), r.Band, strconv.FormatBool(r.Capped), strconv.Itoa(r.Errors),
			n(r.Active), n(r.Goals.OnTrack), n(r.Goals.AtRisk), n(r.Goals.Overdue), n(r.Goals.Done), gap, r.Currency,
			n(r.OverdueActions), escape.CSV(strings.Join(r.Meetings, " ")), escape.CSV(r.Subject), escape.CSV(r.Path)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func orEmpty(ok bool, s string) string {
	if !ok {
		return ""
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
