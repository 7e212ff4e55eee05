package ruledoc

import (
	"bytes"
	"fmt"
	"io"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/view"
)

// ListOptions tune the list of the rules.
type ListOptions struct {
	// Boxes draws the borders of the text table (for a terminal); without
	// it the table is aligned columns.
	Boxes bool
	// Width is the terminal's width, to which the text table wraps; 0
	// leaves it whole.
	Width int
}

// Registry holds the formats of the list of the rules (coalition rules),
// in the order of format.Known. "table" and "plain" are the old names of
// text and tsv, accepted until the next release.
var Registry = format.NewRegistry[func(w io.Writer, rules []*lint.Rule, o ListOptions) error]().
	Register(format.Text, "a table of id, severity and title", listText).
	Register(format.Markdown, "the full reference, as docs/rules.md", func(w io.Writer, rules []*lint.Rule, _ ListOptions) error {
		_, err := w.Write(Markdown(rules))
		return err
	}).
	Register(format.TSV, "id, severity and title, tab-separated, a line per rule", listTSV).
	Alias("table", format.Text).
	Alias("plain", format.TSV)

// List writes the list of rules in the format called name.
func List(w io.Writer, name string, rules []*lint.Rule, o ListOptions) error {
	f, err := Registry.Lookup(name)
	if err != nil {
		return err
	}
	return f(w, rules, o)
}

func listText(w io.Writer, rules []*lint.Rule, o ListOptions) error {
	rows := make([][]string, 0, len(rules))
	for _, r := range rules {
		rows = append(rows, []string{r.ID, r.Severity.String(), r.Title})
	}
	var buf bytes.Buffer
	if err := view.Grid(&buf, []string{"rule", "severity", "what it finds"}, nil, rows, view.GridOptions{Boxed: o.Boxes, Width: o.Width}); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func listTSV(w io.Writer, rules []*lint.Rule, _ ListOptions) error {
	var buf bytes.Buffer
	for _, r := range rules {
		fmt.Fprintf(&buf, "%s\t%s\t%s\n", r.ID, r.Severity, r.Title)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
