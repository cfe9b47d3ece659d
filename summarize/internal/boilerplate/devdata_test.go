//go:build devdata

package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// sharedDir is the project's shared development data, seen from this
// package's directory.
const sharedDir = "../../../../shared"

// splitBlocks splits text into blocks as Classify wants them: its lines,
// trimmed, with runs of white space made one space, empty lines dropped.
func splitBlocks(text string) []string {
	var bs []string
	for line := range strings.SplitSeq(text, "\n") {
		if b := strings.Join(strings.Fields(line), " "); b != "" {
			bs = append(bs, b)
		}
	}
	return bs
}

// truthWords returns the words of s for the truth test: lower-cased runs of
// letters and digits, with apostrophes (straight or curly) dropped.
func truthWords(s string) []string {
	s = strings.NewReplacer("'", "", "’", "", "‘", "", "`", "").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// truth tells article blocks from the rest by the pages' README rule: a
// block is article text when at least 90% of its word 5-grams occur in the
// article; a block of under five words only when it equals a whole line.
type truth struct {
	grams map[string]bool
	lines map[string]bool
}

func newTruth(article string) *truth {
	t := &truth{grams: map[string]bool{}, lines: map[string]bool{}}
	var all []string
	for _, line := range strings.Split(article, "\n") {
		ws := truthWords(line)
		if len(ws) > 0 {
			t.lines[strings.Join(ws, " ")] = true
		}
		all = append(all, ws...)
	}
	for i := 0; i+5 <= len(all); i++ {
		t.grams[strings.Join(all[i:i+5], " ")] = true
	}
	return t
}

// isArticle reports whether block b is article text.
func (t *truth) isArticle(b string) bool {
	ws := truthWords(b)
	if len(ws) < 5 {
		return len(ws) > 0 && t.lines[strings.Join(ws, " ")]
	}
	hit, n := 0, 0
	for i := 0; i+5 <= len(ws); i++ {
		n++
		if t.grams[strings.Join(ws[i:i+5], " ")] {
			hit++
		}
	}
	return float64(hit) >= 0.9*float64(n)
}

// readShared reads a file under sharedDir and fails the test if it is
// missing.
func readShared(t *testing.T, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir, rel))
	if err != nil {
		t.Fatalf("read development data: %v", err)
	}
	return string(data)
}

// pageNames returns the page folders under sharedDir/pages; it fails the
// test when there are none.
func pageNames(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(sharedDir, "pages", "*", "paste.txt"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no pages under %s/pages (err %v)", sharedDir, err)
	}
	var names []string
	for _, d := range dirs {
		names = append(names, filepath.Base(filepath.Dir(d)))
	}
	return names
}

// pageScore holds the word counts of one page.
type pageScore struct {
	artWords, artKept  int // article words, and those kept
	junkWords, junkCut int // other words, and those left out
}

// scorePage classifies a page's paste and counts words against the truth.
func scorePage(t *testing.T, name string) pageScore {
	t.Helper()
	blocks := splitBlocks(readShared(t, filepath.Join("pages", name, "paste.txt")))
	tr := newTruth(readShared(t, filepath.Join("pages", name, "article.txt")))
	got := Classify(blocks)
	var s pageScore
	for i, b := range blocks {
		n := len(strings.Fields(b))
		if tr.isArticle(b) {
			s.artWords += n
			if got[i].Kept() {
				s.artKept += n
			}
			continue
		}
		s.junkWords += n
		if !got[i].Kept() {
			s.junkCut += n
		}
	}
	return s
}

// share returns a/b as a percentage, 100 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// Thresholds reached on the 35 development pages (measured 97.8, 92.8 and
// 84.7 on breitbart, whose misses are the head lines between headline and
// first paragraph (photo credit, date, a newsletter prompt), an author bio
// and another prompt, all held by its article.txt), less a small margin.
const (
	minArticleKept = 97.5 // % of article words kept, over all pages
	minJunkCut     = 92.5 // % of other words left out, over all pages
	minPageKept    = 84.0 // % of article words kept on every page
)

func TestPagesDevdata(t *testing.T) {
	var total pageScore
	t.Logf("%-30s %8s %8s %8s %8s", "page", "art.w", "kept%", "junk.w", "cut%")
	for _, name := range pageNames(t) {
		s := scorePage(t, name)
		t.Logf("%-30s %8d %8.1f %8d %8.1f", name, s.artWords, share(s.artKept, s.artWords),
			s.junkWords, share(s.junkCut, s.junkWords))
		if got := share(s.artKept, s.artWords); got < minPageKept {
			t.Errorf("%s: kept %.1f%% of article words, want at least %.1f%%", name, got, minPageKept)
		}
		total.artWords += s.artWords
		total.artKept += s.artKept
		total.junkWords += s.junkWords
		total.junkCut += s.junkCut
	}
	kept, cut := share(total.artKept, total.artWords), share(total.junkCut, total.junkWords)
	t.Logf("%-30s %8d %8.1f %8d %8.1f", "total", total.artWords, kept, total.junkWords, cut)
	if kept < minArticleKept {
		t.Errorf("kept %.1f%% of article words, want at least %.1f%%", kept, minArticleKept)
	}
	if cut < minJunkCut {
		t.Errorf("left out %.1f%% of other words, want at least %.1f%%", cut, minJunkCut)
	}
}
