package view

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/coalition-tools/coalition/pkg/escape"
)

// Renderer writes tables in one format.
type Renderer interface {
	Render(w io.Writer, tables []*Table) error
}

// RenderOptions configure a Renderer.
type RenderOptions struct {
	// Boxes draws table borders (for a terminal); without it the table
	// format prints aligned columns.
	Boxes bool
	// Heading is the Markdown heading level of table titles, 3 when 0.
	Heading int
	// Errors counts the errors check finds in the plan, and Warning says
	// so (see ErrorsWarning). Markdown starts with Warning and JSON has an
	// "errors" key; table, plain and CSV leave both to the caller (a line
	// on stderr), so that a pipe gets the data only.
	Errors  int
	Warning string
}

var formats = map[string]func(RenderOptions) Renderer{
	"table":    func(o RenderOptions) Renderer { return boxes{o} },
	"plain":    func(RenderOptions) Renderer { return plainText{} },
	"markdown": func(o RenderOptions) Renderer { return Markdown{Heading: o.Heading, Warning: o.Warning} },
	"csv":      func(RenderOptions) Renderer { return csvText{} },
	"json":     func(o RenderOptions) Renderer { return jsonTables{errors: o.Errors} },
}

// ErrorsWarning says that the plan at path, as of git revision rev (the
// work tree when empty), has n errors from check, so that what is shown of
// it may be misread: a value check rejects is left out, and a value cut
// short (`amount: 28,000` in a {…} mapping reads as 28) is shown as read.
func ErrorsWarning(path, rev string, n int) string {
	if rev == "" {
		return fmt.Sprintf("%s has %d error(s); values check rejects are left out and others may be misread (run coalition check %s)", path, n, path)
	}
	return fmt.Sprintf("%s at %s has %d error(s); values check rejects are left out and others may be misread (run coalition check %s in a checkout of %s)", path, rev, n, path, rev)
}

// Formats lists the names of the formats.
func Formats() []string {
	var out []string
	for n := range formats {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// NewRenderer returns the renderer of the format called name.
func NewRenderer(name string, o RenderOptions) (Renderer, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q: want one of %s", name, strings.Join(Formats(), ", "))
	}
	return f(o), nil
}

// flat makes cell text one line: control characters become escapes, so a
// newline in a plan value cannot break a row.
func flat(s string) string { return escape.Terminal(s) }

// boxes renders through tablewriter.
type boxes struct{ o RenderOptions }

func (b boxes) Render(w io.Writer, tables []*Table) error {
	var buf bytes.Buffer
	for i, t := range tables {
		if i > 0 {
			buf.WriteString("\n")
		}
		fmt.Fprintf(&buf, "%s\n", flat(t.Title))
		if len(t.Rows) == 0 {
			fmt.Fprintf(&buf, "  (%s)\n", t.Empty)
			continue
		}
		if err := tableTo(&buf, t, b.o.Boxes); err != nil {
			return err
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func tableTo(buf *bytes.Buffer, t *Table, boxed bool) error {
	header := make([]string, len(t.Columns))
	right := make([]bool, len(t.Columns))
	for i, c := range t.Columns {
		header[i], right[i] = c.Header, c.Right
	}
	rows := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = make([]string, len(r))
		for j, c := range r {
			rows[i][j] = flat(c.Text)
		}
	}
	return Grid(buf, header, right, rows, boxed)
}

// Grid writes rows under header through tablewriter: boxed (for a
// terminal) or as aligned columns, numbers right-aligned where right says
// so, cells never wrapped, no trailing spaces. It is the one way tables are
// drawn for the terminal. The cells must already be safe to print.
func Grid(buf *bytes.Buffer, header []string, right []bool, rows [][]string, boxed bool) error {
	aligns := make([]tw.Align, len(header))
	for i := range aligns {
		aligns[i] = tw.AlignLeft
		if i < len(right) && right[i] {
			aligns[i] = tw.AlignRight
		}
	}
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
	}
	if boxed {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewBlueprint()))
	} else {
		opts = append(opts,
			tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
				Borders:  tw.BorderNone,
				Settings: tw.Settings{Lines: tw.LinesNone, Separators: tw.SeparatorsNone},
			})),
			tablewriter.WithPadding(tw.Padding{Right: "  ", Overwrite: true}))
	}
	// Render ignores write errors, so it renders into memory.
	var out bytes.Buffer
	tab := tablewriter.NewTable(&out, opts...)
	tab.Header(header)
	if err := tab.Bulk(rows); err != nil {
		return err
	}
	if err := tab.Render(); err != nil {
		return err
	}
	for line := range strings.Lines(out.String()) {
		buf.WriteString(strings.TrimRight(line, " \n") + "\n")
	}
	return nil
}

// plainText is tab-separated text for pipes: a header line, then one line
// per row. Several tables are separated by a blank line and a "# title" line.
type plainText struct{}

func (plainText) Render(w io.Writer, tables []*Table) error {
	var buf bytes.Buffer
	tab := strings.NewReplacer("\t", " ")
	for i, t := range tables {
		if len(tables) > 1 {
			if i > 0 {
				buf.WriteString("\n")
			}
			fmt.Fprintf(&buf, "# %s\n", flat(t.Title))
		}
		line := make([]string, len(t.Columns))
		for j, c := range t.Columns {
			line[j] = c.Key
		}
		buf.WriteString(strings.Join(line, "\t") + "\n")
		for _, r := range t.Rows {
			for j, c := range r {
				line[j] = tab.Replace(flat(c.Text))
			}
			buf.WriteString(strings.Join(line, "\t") + "\n")
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Markdown writes each table under a heading, with every cell escaped.
type Markdown struct {
	// Heading is the level of the table titles, 3 when 0.
	Heading int
	// Warning, when not empty, is quoted above the tables.
	Warning string
}

// Render implements Renderer.
func (m Markdown) Render(w io.Writer, tables []*Table) error {
	level := m.Heading
	if level == 0 {
		level = 3
	}
	var buf bytes.Buffer
	if m.Warning != "" {
		fmt.Fprintf(&buf, "> **Warning:** %s\n\n", escape.Markdown(m.Warning))
	}
	for i, t := range tables {
		if i > 0 {
			buf.WriteString("\n")
		}
		fmt.Fprintf(&buf, "%s %s\n\n", strings.Repeat("#", level), escape.Markdown(t.Title))
		MarkdownTable(&buf, t)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// MarkdownTable writes t as a GitHub Markdown table, or its Empty text in
// italics when it has no rows.
func MarkdownTable(buf *bytes.Buffer, t *Table) {
	if len(t.Rows) == 0 {
		fmt.Fprintf(buf, "_%s_\n", escape.Markdown(t.Empty))
		return
	}
	buf.WriteString("|")
	for _, c := range t.Columns {
		fmt.Fprintf(buf, " %s |", escape.Markdown(c.Header))
	}
	buf.WriteString("\n|")
	for _, c := range t.Columns {
		if c.Right {
			buf.WriteString(" ---: |")
		} else {
			buf.WriteString(" --- |")
		}
	}
	buf.WriteString("\n")
	for _, r := range t.Rows {
		buf.WriteString("|")
		for _, c := range r {
			fmt.Fprintf(buf, " %s |", escape.Markdown(c.Text))
		}
		buf.WriteString("\n")
	}
}

// csvText writes RFC 4180 CSV with the column keys as header. Several
// tables are separated by a blank line, each after a one-cell title row.
// Text cells are guarded against spreadsheet formula injection.
type csvText struct{}

func (csvText) Render(w io.Writer, tables []*Table) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	for i, t := range tables {
		if len(tables) > 1 {
			if i > 0 {
				cw.Flush()
				buf.WriteString("\n")
			}
			if err := cw.Write([]string{t.Title}); err != nil {
				return err
			}
		}
		line := make([]string, len(t.Columns))
		for j, c := range t.Columns {
			line[j] = c.Key
		}
		if err := cw.Write(line); err != nil {
			return err
		}
		for _, r := range t.Rows {
			for j, c := range r {
				switch c.Value.(type) {
				case float64, int, bool:
					line[j] = c.Text
				default:
					line[j] = escape.CSV(c.Text)
				}
			}
			if err := cw.Write(line); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// jsonTables writes {"version": 1, "tables": [...]}, each row an object
// keyed by the column keys in column order. Empty cells are null; money is
// an exact decimal string. A plan with errors from check has "errors": N
// after the version.
type jsonTables struct{ errors int }

type jsonTable struct {
	Section string       `json:"section"`
	Name    string       `json:"table"`
	Title   string       `json:"title"`
	Columns []Column     `json:"columns"`
	Rows    []orderedRow `json:"rows"`
}

type orderedRow struct {
	keys []string
	vals []any
}

func (r orderedRow) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range r.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(r.vals[i])
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func (j jsonTables) Render(w io.Writer, tables []*Table) error {
	out := struct {
		Version int         `json:"version"`
		Errors  int         `json:"errors,omitempty"`
		Tables  []jsonTable `json:"tables"`
	}{Version: 1, Errors: j.errors, Tables: []jsonTable{}}
	for _, t := range tables {
		jt := jsonTable{Section: t.Section, Name: t.Name, Title: t.Title, Columns: t.Columns, Rows: []orderedRow{}}
		keys := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			keys[i] = c.Key
		}
		for _, r := range t.Rows {
			row := orderedRow{keys: keys, vals: make([]any, len(r))}
			for i, c := range r {
				switch {
				case c.Value != nil:
					row.vals[i] = c.Value
				case c.Text != "":
					row.vals[i] = c.Text
				}
			}
			jt.Rows = append(jt.Rows, row)
		}
		out.Tables = append(out.Tables, jt)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
