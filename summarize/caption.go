package summarize

import "skim/summarize/internal/junk"

// maxCreditGap is the most bytes between a caption's end and the credit
// line under it: a line break or a blank line, in either newline style,
// perhaps with the credit indented.
const maxCreditGap = 8

// captions returns, for each sentence, whether it is a photo's caption: the
// last sentence before a bare agency credit, on the caption's line or the
// next, which intake cut ("…attend the press conference in Mumbai.\n(AFP)";
// see junk.IsCaptionCredit), with story text after the credit in the same
// article. Pages that place a photo inside the story glue its caption to
// the paragraph before it, so only the sentence next to the credit counts;
// a credit that opens an article, or closes it as a wire story's sign-off
// may, marks nothing. sentences are in article order, then by offset, and
// so is excluded.
func captions(sentences []Sentence, excluded []Excluded) []bool {
	out := make([]bool, len(sentences))
	k := 0 // the first sentence after the credit
	for _, e := range excluded {
		if !junk.IsCaptionCredit(e.Text) {
			continue
		}
		for k < len(sentences) && (sentences[k].Article < e.Article || sentences[k].Article == e.Article && sentences[k].End <= e.Start) {
			k++
		}
		last := k - 1
		if last < 0 || k == len(sentences) {
			continue
		}
		before, after := sentences[last], sentences[k]
		if before.Article == e.Article && after.Article == e.Article && e.Start-before.End <= maxCreditGap {
			out[last] = true
		}
	}
	return out
}
