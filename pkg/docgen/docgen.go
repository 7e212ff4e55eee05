// Package docgen keeps the generated parts of the hand-written docs in
// step with the code: a document marks a part with
//
//	<!-- generated: NAME -->
//	<!-- end generated: NAME -->
//
// and a test splices in what the code produces, failing when the file on
// disk differs (make docs rewrites it).
package docgen

import (
	"bytes"
	"fmt"
	"os"
)

// Splice replaces the text between the markers of name in doc with content.
func Splice(doc []byte, name string, content []byte) ([]byte, error) {
	begin := []byte("<!-- generated: " + name + " -->\n")
	end := []byte("<!-- end generated: " + name + " -->")
	i := bytes.Index(doc, begin)
	j := bytes.Index(doc, end)
	if i < 0 || j < i {
		return nil, fmt.Errorf("no %q markers in the document", name)
	}
	var b bytes.Buffer
	b.Write(doc[:i+len(begin)])
	b.WriteString("\n")
	b.Write(content)
	b.WriteString("\n")
	b.Write(doc[j:])
	return b.Bytes(), nil
}

// Check splices each part into the file at path and compares. With update
// it writes the result instead (atomically), so that `make docs` fixes a
// drift that the test reports.
func Check(path string, parts map[string][]byte, update bool) error {
	doc, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	want := doc
	for name, content := range parts {
		if want, err = Splice(want, name, content); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if update {
		if err := os.WriteFile(path+".tmp", want, 0o644); err != nil {
			return err
		}
		return os.Rename(path+".tmp", path)
	}
	if !bytes.Equal(doc, want) {
		return fmt.Errorf("%s is out of date: run `make docs`", path)
	}
	return nil
}
