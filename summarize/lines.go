package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/punct"
)

// This file tells the lines that are no sentences (headings, labels,
// credits, teasers cut short) from the sentences that pick may take.

// unended returns, for each sentence, whether it does not end like a
// sentence:
//   - without a letter (see hasLetter) or without final punctuation (see
//     endsLikeSentence): what segmentation leaves of a line that is no
//     sentence, a heading, a label or a list item;
//   - in capitals throughout (see hasLower), in an article where most of
//     the sentences that end are not: a heading with a stop ("SECTION 1.",
//     "SUBCHAPTER C."). A text all in capitals, an old wire story, is read
//     as sentences, and so is a script without case;
//   - with a full stop or an ellipsis after a space (see endsApart) in an
//     article where most sentences do not: a teaser or an excerpt cut
//     short ("…a proxy for a ..."), or a line without final punctuation
//     given a " ." by the CNN/DailyMail corpus's preparation (Hermann et
//     al. 2015; See et al. 2017): "Searching blind .", captions. Text
//     tokenised throughout ("rocks . The crew …") ends most sentences so,
//     and there it tells nothing.
//
// Note marks after the stop ("…in 1932.[1]") are read past.
func unended(sentences []Sentence) []bool {
	out := make([]bool, len(sentences))
	apart := make([]bool, len(sentences))
	capitals := make([]bool, len(sentences))
	forEachArticle(sentences, func(start, end int) {
		ended, spaced, cased := 0, 0, 0
		for k := start; k < end; k++ {
			t := withoutNoteMarks(sentences[k].Text)
			out[k], apart[k], capitals[k] = !endsLikeSentence(t) || !hasLetter(t), endsApart(t), !hasLower(t)
			if !out[k] {
				ended++
				if apart[k] {
					spaced++
				}
				if !capitals[k] {
					cased++
				}
			}
		}
		tokenised, inCase := 2*spaced > ended, 2*cased > ended
		for k := start; k < end; k++ {
			out[k] = out[k] || !tokenised && apart[k] || inCase && capitals[k]
		}
	})
	return out
}

// markLeftOut marks the candidates that pick and additions leave out: a
// line that does not end like a sentence (open, by sentence; see unended)
// in an article that holds one that does. kept maps candidates to
// sentences. The subheadings, labels, credits and cut-off teasers that
// scraped text keeps ("SOCIAL", "Courtesy WWE", "…a proxy for a ...") stay
// in the text and vote in the graph, but none fills the room a budget
// leaves; an article with no sentence end at all is digested line by
// line. Multi-News recall 49.52 / 17.56 → 49.97 / 17.95 (40 of skim's 535
// digest sentences were such lines); real pages (scripts/pages) digested
// from their HTML as from their article text 77.1% → 82.9%, pasted as
// plain text 71.4% → 74.3%; over Lead-N, CNN and Inshorts within ±0.04 but
// at CNN's N = 1 (+1.68 → +1.80).
func markLeftOut(cands []candidate, kept []int, open []bool) {
	var ended []bool // by article
	for k, c := range cands {
		ended = grownTo(ended, c.article)
		ended[c.article] = ended[c.article] || !open[kept[k]]
	}
	for k := range cands {
		cands[k].leftOut = open[kept[k]] && ended[cands[k].article]
	}
}

// hasLetter reports whether s holds a letter: "1." and "22 ?", a list's
// number or an answer cut from its question, say nothing alone.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// hasLower reports whether s holds a lower-case letter, or a letter of a
// script without case (Chinese, Arabic), whose sentences have none.
func hasLower(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r) }) >= 0
}

// endsLikeSentence reports whether s ends in final punctuation (see
// punct.EndsSentence) or in a full-width stop, perhaps inside closing
// quotes or brackets ("…です。", "…。」").
func endsLikeSentence(s string) bool {
	if punct.EndsSentence(s) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, punct.Closers+"」』）"))
	return strings.ContainsRune(fullWidthStops, r)
}

// endsApart reports whether the final punctuation of s, a full stop or an
// ellipsis, stands after a space.
func endsApart(s string) bool {
	s = strings.TrimRight(s, punct.Closers)
	return strings.HasSuffix(strings.TrimRight(s, ".…"), " ")
}

// withoutNoteMarks returns s without the note marks that end it, as an
// encyclopedia's text has them after a sentence's stop: "[1]", "[12][13]",
// "[a]", "[citation needed]".
func withoutNoteMarks(s string) string {
	for strings.HasSuffix(s, "]") {
		open := strings.LastIndexByte(s, '[')
		if open < 0 || !isNoteMark(s[open+1:len(s)-1]) {
			break
		}
		s = s[:open]
	}
	return s
}

// isNoteMark reports whether mark, the text between brackets, marks a note:
// a number of up to three digits, one lower-case letter, or "citation
// needed".
func isNoteMark(mark string) bool {
	switch {
	case mark == "citation needed":
		return true
	case len(mark) == 1 && mark[0] >= 'a' && mark[0] <= 'z':
		return true
	case len(mark) == 0 || len(mark) > 3:
		return false
	}
	return strings.Trim(mark, "0123456789") == ""
}
