package pageset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writePage writes a page folder name under dir with the given files;
// a file whose content is "-" is left out.
func writePage(t *testing.T, dir, name string, content map[string]string) {
	t.Helper()
	full := map[string]string{
		"source.html":            "<html><body><p>Saved.</p></body></html>",
		"clipboard.html":         "<p>Copied.</p>",
		"clipboard.txt":          "Copied.",
		"paste.txt":              "Menu\nPasted.",
		"article.txt":            "The article.",
		"expected-metadata.json": `{"title": "A headline", "byline": "A. Writer", "dir": null, "readerable": true}`,
	}
	for k, v := range content {
		full[k] = v
	}
	if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
		t.Fatal(err)
	}
	for f, v := range full {
		if v == "-" {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name, f), []byte(v), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name      string
		pages     map[string]map[string]string // folder → files that differ from writePage's
		wantNames []string
		wantErr   string // substring; "" means none
	}{
		{"two pages in order", map[string]map[string]string{"zeta": nil, "alpha": nil}, []string{"alpha", "zeta"}, ""},
		{"folder without article is not a page", map[string]map[string]string{"a": nil, "notes": {"article.txt": "-"}}, []string{"a"}, ""},
		{"no pages", map[string]map[string]string{"notes": {"article.txt": "-"}}, nil, "pageset: no pages in "},
		{"missing paste", map[string]map[string]string{"a": {"paste.txt": "-"}}, nil, "pageset: page a: open "},
		{"broken metadata", map[string]map[string]string{"a": {"expected-metadata.json": "{"}}, nil, "pageset: page a: expected-metadata.json: "},
		{"empty article", map[string]map[string]string{"a": {"article.txt": ""}}, nil, "pageset: page a: article.txt is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, files := range tt.pages {
				writePage(t, dir, name, files)
			}
			got, err := Load(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Load() error = %v, want it to hold %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load() error = %v", err)
			}
			var names []string
			for _, p := range got {
				names = append(names, p.Name)
			}
			if strings.Join(names, " ") != strings.Join(tt.wantNames, " ") {
				t.Errorf("Load() pages = %q, want %q", names, tt.wantNames)
			}
		})
	}
}

func TestLoadPageFields(t *testing.T) {
	dir := t.TempDir()
	writePage(t, dir, "p", nil)
	got, err := LoadPage(filepath.Join(dir, "p"))
	if err != nil {
		t.Fatal(err)
	}
	want := Page{
		Name:          "p",
		Source:        "<html><body><p>Saved.</p></body></html>",
		Clipboard:     "<p>Copied.</p>",
		ClipboardText: "Copied.",
		Paste:         "Menu\nPasted.",
		Article:       "The article.",
		Meta:          Metadata{Title: "A headline", Byline: "A. Writer"},
	}
	if got != want {
		t.Errorf("LoadPage() = %+v, want %+v", got, want)
	}
}

func TestLoadMissingDir(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none")
	if _, err := Load(missing); err == nil || !strings.HasPrefix(err.Error(), "pageset: stat ") {
		t.Errorf("Load(%q) error = %v, want pageset: stat …", missing, err)
	}
}
