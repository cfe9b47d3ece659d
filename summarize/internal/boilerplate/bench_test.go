package boilerplate

import (
	"fmt"
	"testing"
)

// syntheticPage returns a page of about n blocks: menus, prompts and teaser
// lists around runs of article paragraphs, repeated.
func syntheticPage(n int) []string {
	var page []string
	for len(page) < n {
		page = append(page, menu...)
		page = append(page, articleLines...)
		page = append(page, prompt...)
		page = append(page, cleanNews...)
		page = append(page, teasers...)
		page = append(page, footer...)
	}
	return page[:n]
}

func BenchmarkClassify(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		page := syntheticPage(n)
		size := 0
		for _, p := range page {
			size += len(p) + 1
		}
		b.Run(fmt.Sprintf("blocks=%d", n), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if got := Classify(page); len(got) != len(page) {
					b.Fatalf("Classify returned %d reasons for %d blocks", len(got), len(page))
				}
			}
		})
	}
}
