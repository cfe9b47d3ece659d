//go:build devdata

package boilerplate

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// titleBlocks returns the blocks of a page that are its headline: those
// whose words are the title's, or open it and hold most of its words (the
// title of the HTML page may add the site's name).
func titleBlocks(blocks []string, title string) []int {
	tw := truthWords(title)
	var out []int
	for i, b := range blocks {
		bw := truthWords(b)
		if len(bw) > 0 && (slices.Equal(bw, tw) ||
			(len(bw) >= 4 && 10*len(bw) >= 7*len(tw) && slices.Equal(bw, tw[:min(len(bw), len(tw))]))) {
			out = append(out, i)
		}
	}
	return out
}

// minTitlesKept is the number of pages whose headline line Classify keeps,
// of the pages where the headline of expected-metadata.json is found as a
// line (measured 20 of 32; 6 before headlines were looked for).
const minTitlesKept = 20

func TestHeadlinesDevdata(t *testing.T) {
	found, kept := 0, 0
	for _, name := range pageNames(t) {
		var meta struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal([]byte(readShared(t, filepath.Join("pages", name, "expected-metadata.json"))), &meta); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		blocks := splitBlocks(readShared(t, filepath.Join("pages", name, "paste.txt")))
		at := titleBlocks(blocks, meta.Title)
		if len(at) == 0 {
			t.Logf("%s: headline %q not found as a line", name, meta.Title)
			continue
		}
		found++
		got := Classify(blocks)
		if slices.ContainsFunc(at, func(i int) bool { return got[i].Kept() }) {
			kept++
			continue
		}
		t.Logf("%s: headline %q cut as %v", name, strings.TrimSpace(meta.Title), got[at[len(at)-1]])
	}
	t.Logf("headline kept on %d of %d pages where it is a line", kept, found)
	if kept < minTitlesKept {
		t.Errorf("headline kept on %d pages, want at least %d", kept, minTitlesKept)
	}
}
