package view

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/coalition-tools/coalition/pkg/escape"
	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/shell"
)

// Renderer writes tables in one format.
type Renderer interface {
	Render(w io.Writer, tables []*Table) error
}

// RenderOptions configure a Renderer.
type RenderOptions struct {
	// Boxes draws table borders (for a terminal); without it the text
	// format prints aligned columns.
	Boxes bool
	// Width is the terminal's width: the text format wraps text columns
	// to fit it (see GridOptions). 0 leaves them whole.
	Width int
	// Heading is the Markdown heading level of table titles, 3 when 0.
	Heading int
	// Errors counts the errors check finds in the plan, and Warning says
	// so (see ErrorsWarning). Markdown starts with Warning and JSON has an
	// "errors" key; text, TSV and CSV leave both to the caller (a line
	// on stderr), so that a pipe gets the data only.
	Errors  int
	Warning string
}

// Registry holds the formats of tables, in the order of format.Known.
// "table" and "plain" are the old names of text and tsv, accepted until
// the next release.
var Registry = format.NewRegistry[func(RenderOptions) Renderer]().
	Register(format.Text, "tables: boxed on a terminal, aligned columns in a pipe", func(o RenderOptions) Renderer { return boxes{o} }).
	Register(format.Markdown, "Markdown tables under headings", func(o RenderOptions) Renderer { return Markdown{Heading: o.Heading, Warning: o.Warning} }).
	Register(format.JSON, "one JSON document", func(o RenderOptions) Renderer { return jsonTables{errors: o.Errors} }).
	Register(format.CSV, "comma-separated values, for spreadsheets", func(RenderOptions) Renderer { return csvText{} }).
	Register(format.TSV, "tab-separated values with a header line, for cut and awk", func(RenderOptions) Renderer { return tsvText{} }).
	Alias("table", format.Text).
	Alias("plain", format.TSV)

// ErrorsWarning says that the plan at path, as of git revision rev (the
// work tree when empty), has n errors from check, so that what is shown of
// it may be misread: a value check rejects is left out, and a value cut
// short (`amount: 28,000` in a {…} mapping reads as 28) is shown as read.
func ErrorsWarning(path, rev string, n int) string {
	if rev == "" {
		return fmt.Sprintf("%s has %d error(s); values check rejects are left out and others may be misread (run %s)", path, n, shell.Command("coalition", "check", path))
	}
	return fmt.Sprintf("%s at %s has %d error(s); values check rejects are left out and others may be misread (run %s in a checkout of %s)", path, rev, n, shell.Command("coalition", "check", path), rev)
}

// Formats lists the current names of the formats, in the order of
// format.Known.
func Formats() []string { return Registry.Names() }

// NewRenderer returns the renderer of the format called name, or an old
// name of it (see Registry).
func NewRenderer(name string, o RenderOptions) (Renderer, error) {
	f, err := Registry.Lookup(name)
	if err != nil {
		return nil, err
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
		if err := tableTo(&buf, t, b.o.Boxes, b.o.Width); err != nil {
			return err
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func tableTo(buf *bytes.Buffer, t *Table, boxed bool, width int) error {
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
	return Grid(buf, header, right, rows, GridOptions{Boxed: boxed, Width: width})
}

// GridOptions tune Grid.
type GridOptions struct {
	// Boxed draws borders (for a terminal); without it the table is
	// aligned columns.
	Boxed bool
	// Width is the width of the terminal in columns, 0 when unknown or
	// not a terminal. A table wider than that has its columns of text
	// wrapped to fit, widest first; numbers are never wrapped. When even
	// that does not fit, each row is written as a record: its first cell,
	// then each other cell under its header.
	Width int
}

// minWrap is the narrowest a column of text is wrapped to.
const minWrap = 16

// Grid writes rows under header through tablewriter: boxed (for a
// terminal) or as aligned columns, numbers right-aligned where right says
// so, no trailing spaces, and wrapped to o.Width when given (see
// GridOptions). It is the one way tables are drawn for the terminal. The
// cells must already be safe to print.
func Grid(buf *bytes.Buffer, header []string, right []bool, rows [][]string, o GridOptions) error {
	out, err := grid(header, right, rows, o.Boxed, nil)
	if err != nil {
		return err
	}
	if o.Width > 0 {
		if over := widest(out) - o.Width; over > 0 {
			if limits := narrow(header, right, rows, over); limits != nil {
				if out, err = grid(header, right, rows, o.Boxed, limits); err != nil {
					return err
				}
			}
			if widest(out) > o.Width {
				// Too many columns to fit even wrapped: one record a row.
				out = records(header, rows, o.Width)
			}
		}
	}
	buf.WriteString(out)
	return nil
}

// records writes each row as a block: the first cell on a line of its own,
// then each other cell under its header, wrapped to width. It is the table
// for a terminal too narrow for its columns.
func records(header []string, rows [][]string, width int) string {
	label := 0
	for _, h := range header[1:] {
		label = max(label, twwidth.Width(h))
	}
	indent := strings.Repeat(" ", 2+label+2)
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteString("\n")
		}
		if len(r) > 0 {
			fmt.Fprintf(&b, "%s: %s\n", header[0], r[0])
		}
		for j := 1; j < len(r) && j < len(header); j++ {
			if r[j] == "" {
				continue
			}
			pad := strings.Repeat(" ", label-twwidth.Width(header[j]))
			for k, line := range wrapWords(r[j], max(width-len(indent), minWrap)) {
				if k == 0 {
					fmt.Fprintf(&b, "  %s%s  %s\n", header[j], pad, line)
				} else {
					fmt.Fprintf(&b, "%s%s\n", indent, line)
				}
			}
		}
	}
	return b.String()
}

// wrapWords breaks text at spaces into lines of at most width columns; a
// word longer than that has a line of its own.
func wrapWords(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case twwidth.Width(line)+1+twwidth.Width(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}

// grid renders the table, each column i of limits wrapped at words to at
// most limits[i] columns.
func grid(header []string, right []bool, rows [][]string, boxed bool, limits map[int]int) (string, error) {
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
	if limits != nil {
		tab.Configure(func(c *tablewriter.Config) {
			c.Row.Formatting.AutoWrap = tw.WrapNormal
			c.Row.ColMaxWidths.PerColumn = tw.NewMapper[int, int]()
			for i, w := range limits {
				c.Row.ColMaxWidths.PerColumn.Set(i, w)
			}
		})
	}
	tab.Header(header)
	if err := tab.Bulk(rows); err != nil {
		return "", err
	}
	if err := tab.Render(); err != nil {
		return "", err
	}
	var b strings.Builder
	for line := range strings.Lines(out.String()) {
		b.WriteString(strings.TrimRight(line, " \n") + "\n")
	}
	return b.String(), nil
}

// widest returns the display width of the widest line of text.
func widest(text string) int {
	w := 0
	for line := range strings.Lines(text) {
		w = max(w, twwidth.Width(strings.TrimRight(line, "\n")))
	}
	return w
}

// narrow returns how wide each column of text may be for the table to
// lose over columns: the widest column of text gives up one column at a
// time, down to minWrap (or its header). It returns nil when only the
// widest columns changed nothing.
func narrow(header []string, right []bool, rows [][]string, over int) map[int]int {
	widths := make([]int, len(header))
	least := make([]int, len(header))
	for i, h := range header {
		widths[i] = twwidth.Width(h)
		least[i] = max(minWrap, widths[i])
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], twwidth.Width(c))
			}
		}
	}
	limits := map[int]int{}
	for ; over > 0; over-- {
		col := -1
		for i := range widths {
			if (i >= len(right) || !right[i]) && widths[i] > least[i] && (col < 0 || widths[i] > widths[col]) {
				col = i
			}
		}
		if col < 0 {
			break
		}
		widths[col]--
		limits[col] = widths[col]
	}
	if len(limits) == 0 {
		return nil
	}
	return limits
}

// tsvText is tab-separated text for pipes: a header line, then one line
// per row. Several tables are separated by a blank line and a "# title" line.
type tsvText struct{}

func (tsvText) Render(w io.Writer, tables []*Table) error {
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
