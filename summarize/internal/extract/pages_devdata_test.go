//go:build devdata

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// pagesDir holds real pages with their hand-checked article text.
const pagesDir = "../../../../shared/pages"

// grams returns the word 5-grams of s: lower-cased runs of letters and
// digits, quotes folded, as the pages' README defines them.
func grams(s string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(strings.NewReplacer("’", "", "'", "").Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	set := make(map[string]bool)
	for i := 0; i+5 <= len(words); i++ {
		set[strings.Join(words[i:i+5], " ")] = true
	}
	return set
}

// share returns the share of a's grams that b holds.
func share(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 1
	}
	n := 0
	for g := range a {
		if b[g] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// without returns the paragraphs of article that are none of the omitted
// stretches, joined by newlines.
func without(article string, omitted []Omission) string {
	left := make(map[string]bool)
	for _, o := range omitted {
		left[o.Text] = true
	}
	var kept []string
	for _, p := range paragraphs(article) {
		if !left[oneLine(p)] {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}

// TestPages extracts every page, saved and copied, and checks the text
// against the hand-checked article: nearly all of it found or reported as
// an omitted caption, little else.
func TestPages(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(pagesDir, "*", "article.txt"))
	if err != nil || len(dirs) < 30 {
		t.Fatalf("pages not found in %s (%d found, err %v)", pagesDir, len(dirs), err)
	}
	var recall, precision float64
	n := 0
	for _, a := range dirs {
		dir := filepath.Dir(a)
		want, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		wantGrams := grams(string(want))
		for _, route := range []string{"source.html", "clipboard.html"} {
			src, err := os.ReadFile(filepath.Join(dir, route))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Article(string(src))
			if err != nil {
				t.Errorf("%s/%s: %v", filepath.Base(dir), route, err)
				continue
			}
			got := grams(p.Text)
			// Recall counts the article less what was reported omitted.
			r, pr := share(grams(without(string(want), p.Omitted)), got), share(got, wantGrams)
			recall += r
			precision += pr
			n++
			t.Logf("%-30s %-15s recall %.3f precision %.3f title %q byline %q omitted %d", filepath.Base(dir), route, r, pr, p.Title, p.Byline, len(p.Omitted))
			// The pages below 95% glue a caption's credit to it ("…her
			// death. West Merica Police"), so the caption no longer equals
			// the article's paragraph: the metric's miss, not the text's.
			if r < 0.85 {
				t.Errorf("%s/%s: %.0f%% of the article found, want at least 85%%", filepath.Base(dir), route, 100*r)
			}
			if p.Title == "" {
				t.Errorf("%s/%s: no title", filepath.Base(dir), route)
			}
		}
	}
	t.Logf("mean recall %.3f, precision %.3f over %d extractions", recall/float64(n), precision/float64(n), n)
	if recall/float64(n) < 0.985 || precision/float64(n) < 0.97 {
		t.Errorf("mean recall %.3f, precision %.3f; want at least 0.985 and 0.97", recall/float64(n), precision/float64(n))
	}
}
