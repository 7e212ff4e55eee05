package format_test

import (
	"slices"
	"testing"

	"github.com/coalition-tools/coalition/pkg/format"
)

// show is a registry like that of coalition show: formats registered out
// of order, with both old names.
func show() *format.Registry[int] {
	return format.NewRegistry[int]().
		Register(format.TSV, "tab-separated", 5).
		Register(format.JSON, "JSON", 3).
		Register(format.Text, "a table", 1).
		Register(format.CSV, "CSV", 4).
		Register(format.Markdown, "Markdown", 2).
		Alias("table", format.Text).
		Alias("plain", format.TSV)
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, given string
		want        format.Choice
		deprecated  bool
		note        string
		wantErr     string
	}{
		{name: "current name", given: "json", want: format.Choice{Name: "json", Given: "json"}},
		{name: "text", given: "text", want: format.Choice{Name: "text", Given: "text"}},
		{name: "old name of text", given: "table", want: format.Choice{Name: "text", Given: "table"}, deprecated: true,
			note: "table is now called text; table will be removed in the next release"},
		{name: "old name of tsv", given: "plain", want: format.Choice{Name: "tsv", Given: "plain"}, deprecated: true,
			note: "plain is now called tsv; plain will be removed in the next release"},
		{name: "unknown", given: "xml", wantErr: `unknown format "xml": want one of text, markdown, json, csv, tsv`},
		{name: "near miss", given: "jsn", wantErr: `unknown format "jsn" (did you mean "json"?): want one of text, markdown, json, csv, tsv`},
		{name: "case", given: "JSON", wantErr: `unknown format "JSON" (did you mean "json"?): want one of text, markdown, json, csv, tsv`},
		{name: "a format of another command", given: "sarif", wantErr: `unknown format "sarif": want one of text, markdown, json, csv, tsv`},
		{name: "empty", given: "", wantErr: `unknown format "": want one of text, markdown, json, csv, tsv`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := show().Resolve(tc.given)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("Resolve(%q) error = %v, want %q", tc.given, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || got.Deprecated() != tc.deprecated || got.Note() != tc.note {
				t.Errorf("Resolve(%q) = %+v (deprecated %v, note %q), want %+v (%v, %q)",
					tc.given, got, got.Deprecated(), got.Note(), tc.want, tc.deprecated, tc.note)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	r := show()
	for given, want := range map[string]int{"text": 1, "table": 1, "markdown": 2, "plain": 5, "tsv": 5} {
		if got, err := r.Lookup(given); err != nil || got != want {
			t.Errorf("Lookup(%q) = %d, %v, want %d", given, got, err, want)
		}
	}
	if got, err := r.Lookup("html"); err == nil || got != 0 {
		t.Errorf("Lookup(html) = %d, %v, want the zero value and an error", got, err)
	}
}

func TestNamesInTheOrderOfKnown(t *testing.T) {
	r := show()
	if got, want := r.Names(), []string{"text", "markdown", "json", "csv", "tsv"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	if got := r.Docs()[0]; got != (format.Doc{Name: "text", Doc: "a table"}) {
		t.Errorf("Docs()[0] = %+v", got)
	}
	want := []format.Alias{{Old: "table", Name: "text"}, {Old: "plain", Name: "tsv"}}
	if got := r.Aliases(); !slices.Equal(got, want) {
		t.Errorf("Aliases() = %v, want %v", got, want)
	}
}

func TestOnly(t *testing.T) {
	r := show().Only(format.TSV, format.Text, format.JSON)
	if got, want := r.Names(), []string{"text", "json", "tsv"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	if got, want := r.Aliases(), []format.Alias{{Old: "table", Name: "text"}, {Old: "plain", Name: "tsv"}}; !slices.Equal(got, want) {
		t.Errorf("Aliases() = %v, want %v", got, want)
	}
	if got := show().Only(format.JSON).Aliases(); len(got) != 0 {
		t.Errorf("Only(json).Aliases() = %v, want none", got)
	}
	if n, _ := r.Lookup("plain"); n != 5 {
		t.Errorf("Lookup(plain) = %d, want 5", n)
	}
}

func TestUnion(t *testing.T) {
	check := format.NewRegistry[string]().Register(format.Text, "lines", "").Register(format.SARIF, "SARIF", "").Register(format.JSON, "JSON", "")
	score := format.NewRegistry[bool]().Register(format.Text, "a table", false).Register(format.Markdown, "Markdown", false).Alias("table", format.Text)
	u := format.Union(check, score)
	if got, want := u.Names(), []string{"text", "markdown", "json", "sarif"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	if got := u.Docs()[0].Doc; got != "lines" {
		t.Errorf("doc of text = %q, want that of the first set", got)
	}
	if c, err := u.Resolve("table"); err != nil || c.Name != "text" {
		t.Errorf("Resolve(table) = %+v, %v", c, err)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		set  format.Set
		dflt string
		want string
	}{
		{"one", format.NewRegistry[int]().Register(format.Markdown, "", 0), "", "markdown"},
		{"two", format.NewRegistry[int]().Register(format.HTML, "", 0).Register(format.Markdown, "", 0), "markdown, else html for -o FILE.html",
			"markdown or html (default: markdown, else html for -o FILE.html)"},
		{"an old name", format.NewRegistry[int]().Register(format.Text, "", 0).Register(format.JSON, "", 0).Register(format.Markdown, "", 0).Alias("table", format.Text), "text",
			"text, markdown or json (default: text); table, the old name of text, still works until the next release"},
		{"old names", show(), "",
			"text, markdown, json, csv or tsv; table and plain, the old names of text and tsv, still work until the next release"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := format.Usage(tc.set, tc.dflt); got != tc.want {
				t.Errorf("Usage() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRegisterPanics(t *testing.T) {
	tests := []struct {
		name string
		f    func()
		want string
	}{
		{"unknown name", func() { format.NewRegistry[int]().Register("table", "", 0) },
			`format: "table" is not a known format name: want one of text, markdown, json, html, csv, tsv, github, sarif, junit`},
		{"twice", func() { format.NewRegistry[int]().Register(format.Text, "", 0).Register(format.Text, "", 0) },
			`format: "text" is registered twice`},
		{"alias of a format not registered", func() { format.NewRegistry[int]().Alias("table", format.Text) },
			`format: alias "table" of "text", which is not registered`},
		{"alias of another format", func() { format.NewRegistry[int]().Register(format.JSON, "", 0).Alias("table", format.JSON) },
			`format: "table" is not an old name of "json" (see Renamed), or is declared twice`},
		{"alias twice", func() {
			format.NewRegistry[int]().Register(format.Text, "", 0).Alias("table", format.Text).Alias("table", format.Text)
		},
			`format: "table" is not an old name of "text" (see Renamed), or is declared twice`},
		{"only a format not registered", func() { show().Only(format.SARIF) }, `format: "sarif" is not registered`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if got := recover(); got != tc.want {
					t.Errorf("panic = %v, want %q", got, tc.want)
				}
			}()
			tc.f()
		})
	}
}
