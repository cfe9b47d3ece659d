package intake

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/punct"
	"skim/summarize/internal/textmap"
)

// maxTitleWords bounds a headline's length in words.
const maxTitleWords = 20

// splitTitle takes the first block as the article's title when it is the
// known headline, or when it is shaped like a headline and sentences follow
// it, and returns the article with its title set and the blocks of the
// body. A headline stands out from a body of sentences; in text without
// sentence punctuation (notes, a list) the first line is just a line.
func splitTitle(blocks []textmap.Text, headline string) (Article, []textmap.Text) {
	isProse := slices.ContainsFunc(blocks[min(1, len(blocks)):], func(b textmap.Text) bool { return punct.HoldsSentenceEnd(b.String()) })
	if len(blocks) < 2 || !isProse || !isHeadline(blocks[0].String(), headline) {
		return Article{}, blocks
	}
	start, end := blocks[0].Span(0, len(blocks[0].String()))
	return Article{Title: blocks[0].String(), TitleStart: start, TitleEnd: end}, blocks[1:]
}

// isHeadline reports whether block is the article's headline: the known
// headline (normalised as blocks are; see Clean), whatever its shape, or a
// block shaped like one. A known headline that the block is not (the text
// was edited since the headline was found) is no reason to refuse a
// headline-shaped block.
func isHeadline(block, headline string) bool {
	return headline != "" && block == headline || isTitleShaped(block)
}

// isTitleShaped reports whether block reads as a headline: one short line
// (at most maxTitleWords words) holding a letter and not ending in
// punctuation that ends or continues a sentence. A closing quote may end it
// ("Kerry: 'Ukrainians will decide their future'") unless the quoted
// sentence ends inside it.
func isTitleShaped(block string) bool {
	if strings.Count(block, " ") >= maxTitleWords || !strings.ContainsFunc(block, unicode.IsLetter) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(block, punct.Closers))
	return !punct.EndsSentence(block) && !strings.ContainsRune(":;,", r)
}
