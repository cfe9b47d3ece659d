// Package pageset reads the real web pages that scripts/pages runs on: one
// folder a page, holding the page as saved and as copied, its rendered text
// and its hand-checked article text (the layout described in
// ../shared/pages/README.md).
package pageset

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// DefaultDir is the folder of pages, relative to the repository root
// (shared/ sits beside the repository). A test in scripts/NAME joins it onto
// "../.." to reach the root first.
const DefaultDir = "../shared/pages"

// Page is one real web page in its several forms.
type Page struct {
	Name          string // the folder's name ("cnn")
	Source        string // source.html: the page as saved
	Clipboard     string // clipboard.html: what Ctrl+A, Ctrl+C puts on the clipboard as text/html
	ClipboardText string // clipboard.txt: the same copy as text/plain
	Paste         string // paste.txt: the page's rendered text
	Article       string // article.txt: the hand-checked article text, the ground truth
	Meta          Metadata
}

// Metadata is the part of expected-metadata.json that the commands read.
type Metadata struct {
	Title    string `json:"title"`
	Byline   string `json:"byline"`
	Excerpt  string `json:"excerpt"`
	SiteName string `json:"siteName"`
}

// files maps each file of a page folder to the field it fills.
var files = []struct {
	name  string
	field func(*Page) *string
}{
	{"source.html", func(p *Page) *string { return &p.Source }},
	{"clipboard.html", func(p *Page) *string { return &p.Clipboard }},
	{"clipboard.txt", func(p *Page) *string { return &p.ClipboardText }},
	{"paste.txt", func(p *Page) *string { return &p.Paste }},
	{"article.txt", func(p *Page) *string { return &p.Article }},
}

// Load reads every page folder in dir, in order of name. A folder counts as
// a page when it holds an article.txt; other entries (the README) are
// ignored. A page folder missing one of the files, a broken
// expected-metadata.json, or a dir with no page in it is an error.
func Load(dir string) ([]Page, error) {
	found, err := filepath.Glob(filepath.Join(dir, "*", "article.txt"))
	if err != nil {
		return nil, fmt.Errorf("pageset: %w", err)
	}
	if len(found) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("pageset: %w", err)
		}
		return nil, fmt.Errorf("pageset: no pages in %s", dir)
	}
	sort.Strings(found)
	pages := make([]Page, 0, len(found))
	for _, a := range found {
		p, err := LoadPage(filepath.Dir(a))
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// LoadPage reads the page folder dir.
func LoadPage(dir string) (Page, error) {
	p := Page{Name: filepath.Base(dir)}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			return Page{}, fmt.Errorf("pageset: page %s: %w", p.Name, err)
		}
		*f.field(&p) = string(b)
	}
	b, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
	if err != nil {
		return Page{}, fmt.Errorf("pageset: page %s: %w", p.Name, err)
	}
	if err := json.Unmarshal(b, &p.Meta); err != nil {
		return Page{}, fmt.Errorf("pageset: page %s: expected-metadata.json: %w", p.Name, err)
	}
	if p.Article == "" {
		return Page{}, errors.New("pageset: page " + p.Name + ": article.txt is empty")
	}
	return p, nil
}
