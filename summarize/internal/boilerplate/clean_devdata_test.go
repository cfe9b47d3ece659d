//go:build devdata

package boilerplate

import (
	"bufio"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// cutWords classifies text split into blocks and returns the words of all
// blocks, the words of the blocks left out, and those blocks.
func cutWords(text string) (words, cut int, cuts []string) {
	blocks := splitBlocks(text)
	for i, r := range Classify(blocks) {
		n := len(strings.Fields(blocks[i]))
		words += n
		if !r.Kept() {
			cut += n
			cuts = append(cuts, r.String()+": "+blocks[i])
		}
	}
	return words, cut, cuts
}

// minCleanKept is the share of words of the pages' own article texts that
// must be kept, in total and on each page (measured 99.13, and 86.2 on
// breitbart, whose article.txt ends with an author bio and a newsletter
// prompt that Classify leaves out; theverge's ends with a newsletter's
// sign-up and price plans, left out too).
const (
	minCleanKept     = 99.0
	minCleanPageKept = 85.0
)

func TestArticleTextsDevdata(t *testing.T) {
	total, totalCut := 0, 0
	for _, name := range pageNames(t) {
		words, cut, cuts := cutWords(readShared(t, filepath.Join("pages", name, "article.txt")))
		total += words
		totalCut += cut
		for _, c := range cuts {
			t.Logf("%s: cut %.100q", name, c)
		}
		if got := share(words-cut, words); got < minCleanPageKept {
			t.Errorf("%s article.txt: kept %.1f%% of words, want at least %.1f%%", name, got, minCleanPageKept)
		}
	}
	got := share(total-totalCut, total)
	t.Logf("article.txt: kept %d of %d words (%.2f%%)", total-totalCut, total, got)
	if got < minCleanKept {
		t.Errorf("article.txt: kept %.2f%% of words, want at least %.1f%%", got, minCleanKept)
	}
}

// jsonlArticles reads the article texts of a JSON-lines file under
// sharedDir/data: field "article" (a string) or "articles" (a list).
func jsonlArticles(t *testing.T, name string) []string {
	t.Helper()
	var out []string
	sc := bufio.NewScanner(strings.NewReader(readShared(t, filepath.Join("data", name))))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec struct {
			Article  string   `json:"article"`
			Articles []string `json:"articles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rec.Article != "" {
			out = append(out, rec.Article)
		}
		out = append(out, rec.Articles...)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no articles", name)
	}
	return out
}

func TestDevSetArticlesDevdata(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name     string
		articles func() []string
		maxCuts  int // blocks left out, over the whole set (measured 0, 21, 71, 0)
	}{
		{"cnndm_validation_500.jsonl", func() []string { return jsonlArticles(t, "cnndm_validation_500.jsonl") }, 0},
		{"inshorts_dev_300.jsonl", func() []string { return jsonlArticles(t, "inshorts_dev_300.jsonl") }, 22},
		{"multinews_dev_50.jsonl", func() []string { return jsonlArticles(t, "multinews_dev_50.jsonl") }, 75},
		{"seeds", func() []string {
			if len(seeds) == 0 {
				t.Fatal("no seeds")
			}
			var out []string
			for _, s := range seeds {
				out = append(out, readShared(t, filepath.Join("seeds", filepath.Base(s))))
			}
			return out
		}, 0},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			arts := set.articles()
			blocks, words, cutBlocks, cut := 0, 0, 0, 0
			for _, a := range arts {
				w, c, cuts := cutWords(a)
				blocks += len(splitBlocks(a))
				words += w
				cut += c
				cutBlocks += len(cuts)
				for _, c := range cuts {
					t.Logf("cut %.120q", c)
				}
			}
			t.Logf("%s: %d articles, %d blocks, %d words; left out %d blocks, %d words",
				set.name, len(arts), blocks, words, cutBlocks, cut)
			if cutBlocks > set.maxCuts {
				t.Errorf("%s: left out %d blocks, want at most %d", set.name, cutBlocks, set.maxCuts)
			}
		})
	}
}
