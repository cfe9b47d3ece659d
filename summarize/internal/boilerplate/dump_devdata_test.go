//go:build devdata

package boilerplate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDumpScratch(t *testing.T) {
	dir := os.Getenv("BPDUMP")
	if dir == "" {
		return
	}
	for _, name := range pageNames(t) {
		blocks := splitBlocks(readShared(t, filepath.Join("pages", name, "paste.txt")))
		tr := newTruth(readShared(t, filepath.Join("pages", name, "article.txt")))
		got := Classify(blocks)
		var sb strings.Builder
		var scratch []string
		for i, b := range blocks {
			var f features
			f, scratch = measure(b, scratch)
			mark := "  "
			art := tr.isArticle(b)
			switch {
			case art && got[i] != Keep:
				mark = "!!"
			case !art && got[i] == Keep:
				mark = "++"
			}
			tag := "A"
			if !art {
				tag = "."
			}
			if len(b) > 110 {
				b = b[:110]
			}
			fmt.Fprintf(&sb, "%s %s %-4d %-15s c%d sd%.2f %s\n", mark, tag, i, got[i], initialClass(&f), f.stopDensity(), b)
		}
		os.WriteFile(filepath.Join(dir, name+".txt"), []byte(sb.String()), 0o644)
	}
}
