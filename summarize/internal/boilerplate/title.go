package boilerplate

import (
	"iter"
	"strings"

	"skim/summarize/internal/stopwords"
)

// Headline parameters. The headline is a line shaped like one in the few
// blocks above the article's first paragraph, and it shares its words with
// the first paragraphs: the page's other lines there (a video's or a
// related story's headline, a section name, "Reviewed by …") do less.
const (
	titleWindow   = 12  // blocks above the first paragraph searched for the headline
	leadBlocks    = 3   // paragraphs whose words the headline is compared with
	minTitleWords = 4   // words of a headline, fewer in a menu item…
	maxTitleWords = 25  // …and no more than this
	minTitleShare = 0.4 // share of the headline's content words found in the lead
)

// findTitle returns the headline of the region that starts at block start,
// or -1 if none is found; lo is the first block it may be (the end of the
// region before). lead is cleared and used for the words of the lead.
func findTitle(blocks []string, fs []features, start, end, lo int, lead map[string]bool) int {
	clear(lead)
	for i, n := start, 0; i < end && n < leadBlocks; i++ {
		if isProse(&fs[i]) {
			for w := range contentWords(blocks[i]) {
				lead[w] = true
			}
			n++
		}
	}
	best, bestShare := -1, minTitleShare
	for i := start - 1; i >= max(lo, start-titleWindow); i-- {
		if !isTitle(&fs[i]) {
			continue
		}
		hit, n := 0, 0
		for w := range contentWords(blocks[i]) {
			n++
			if lead[w] {
				hit++
			}
		}
		if share := float64(hit) / float64(max(n, 1)); hit >= 2 && share > bestShare {
			best, bestShare = i, share
		}
	}
	return best
}

// contentWords yields the lower-cased words of b that are not stop words:
// runs of letters and digits.
func contentWords(b string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range strings.FieldsFuncSeq(b, isNotWordRune) {
			if w = strings.ToLower(w); !stopwords.Is(w) && !yield(w) {
				return
			}
		}
	}
}

// isTitle reports whether a block is shaped like a headline: a capitalised
// line of minTitleWords to maxTitleWords words that does not end like a
// statement (a question or an exclamation will do), and is neither page
// furniture, a prompt, a byline nor a line repeated over the page.
func isTitle(f *features) bool {
	return f.titleLike && f.words >= minTitleWords && f.words <= maxTitleWords &&
		!f.isJunk() && !f.isPrompting() && !f.byline && !f.notice && !f.repeated
}
