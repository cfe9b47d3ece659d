//go:build devdata

package extract

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// BenchmarkArticle extracts the median-sized saved page and clipboard
// fragment of ../shared/pages, and the largest saved page.
func BenchmarkArticle(b *testing.B) {
	for _, route := range []string{"source.html", "clipboard.html"} {
		files, err := filepath.Glob(filepath.Join(pagesDir, "*", route))
		if err != nil || len(files) < 30 {
			b.Fatalf("pages not found in %s: %v", pagesDir, err)
		}
		pages := make([]string, len(files))
		for i, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages[i] = string(src)
		}
		sort.Slice(pages, func(i, j int) bool { return len(pages[i]) < len(pages[j]) })
		cases := map[string]string{"median": pages[len(pages)/2]}
		if route == "source.html" {
			cases["largest"] = pages[len(pages)-1]
		}
		for name, src := range cases {
			b.Run(route+"/"+name, func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := Article(src); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
