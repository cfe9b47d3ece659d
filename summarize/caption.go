package summarize

import "skim/summarize/internal/junk"

// maxCreditGap is the most bytes between a caption's end and the credit
// line under it: a newline, perhaps with a carriage return and a space.
const maxCreditGap = 3

// captions returns, for each sentence, whether it is a photo's caption: the
// last sentence before a bare agency credit that intake cut on a line of
// its own ("…attend the press conference in Mumbai.\n(AFP)"; see
// junk.IsCaptionCredit), whichever stage cut it. Pages that place a photo inside the story glue its
// caption to the paragraph before it, so only the sentence next to the
// credit counts. excluded is sorted by article, then offset.
func captions(sentences []Sentence, excluded []Excluded) []bool {
	out := make([]bool, len(sentences))
	k := 0 // the first sentence that may come before the next credit
	for _, e := range excluded {
		if !junk.IsCaptionCredit(e.Text) {
			continue
		}
		for k < len(sentences) && (sentences[k].Article < e.Article || sentences[k].Article == e.Article && sentences[k].End <= e.Start) {
			k++
		}
		if last := k - 1; last >= 0 && sentences[last].Article == e.Article && e.Start-sentences[last].End <= maxCreditGap {
			out[last] = true
		}
	}
	return out
}
