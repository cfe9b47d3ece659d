package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/punct"
	"skim/summarize/internal/stopwords"
)

// features are the shallow text features of one block (Kohlschütter et al.
// 2010; Pomikálek 2011) that classification needs.
type features struct {
	words     int    // space-separated words
	chars     int    // runes
	stops     int    // words on the stop list
	digits    int    // words that start with a digit
	symbols   int    // words with no letter or digit: "|", "•", "-"
	sentence  bool   // the block ends like a sentence: . ! ? or a closing quote after one
	cue       Reason // the reason of the furniture phrases in the block; Keep if none
	cueWords  int    // words covered by furniture phrases
	teaser    bool   // the block ends with a teaser's link: "read more", "continue reading"
	repeated  bool   // the block is a short line that occurs three times or more in the text
	notice    bool   // the block holds a copyright notice: ©, "all rights reserved", "copyright 2016"
	noticeAt  int    // the index of the word where the first notice starts, if notice
	opening   bool   // the block opens with a call to sign up, log in or consent (promptOpenings, consentOpenings)
	consent   bool   // the block opens a cookie or data-use notice (consentOpenings)
	byline    bool   // the block opens with "By" and a capitalised word: "By Jane Roe, a reporter …"
	titleLike bool   // the block starts upper-case and does not end in . , : or ; (a headline's shape)
	credit    bool   // the block ends with a photo credit, "… Credit: NAME": a caption
}

// stopDensity returns the share of words that are stop words (0 for none).
func (f *features) stopDensity() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stops) / float64(f.words)
}

// isFurniture reports whether the block is made mostly of furniture phrases:
// at most one word in three is anything else.
func (f *features) isFurniture() bool {
	n := f.words - f.symbols
	return f.cue != Keep && n <= maxFurnWord && 3*f.cueWords >= 2*n
}

// isPrompting reports whether the block opens with a call to sign up, log
// in or consent ("Log in with your … account to …"), or furniture phrases
// of two words or more make up a fifth or more of it, as in "Get the best
// of the news in your inbox every morning".
func (f *features) isPrompting() bool {
	return f.opening || (f.cue != Keep && f.cueWords >= 2 && 5*f.cueWords >= f.words)
}

// maxNoticeWords is the length up to which a block with a copyright notice
// is a footer wherever the notice stands; in a longer block, a notice at the
// very start is a photo credit glued to article text ("© Provided by …
// Nintendo and Apple shocked the world …").
const maxNoticeWords = 40

// isJunk reports whether the block is page furniture wherever it stands:
// made of furniture phrases, a copyright notice, a teaser ending in "read
// more", a caption ending in a photo credit, or a short line repeated over
// the page that is not a sentence.
func (f *features) isJunk() bool {
	return f.isFurniture() || (f.notice && (f.words <= maxNoticeWords || f.noticeAt >= 3)) ||
		f.teaser || f.credit || (f.repeated && !f.sentence)
}

// measure computes the features of block b. scratch is reused for the
// block's lower-cased words and returned for the next call.
func measure(b string, scratch []string) (features, []string) {
	var f features
	ws := scratch[:0]
	for w := range strings.FieldsSeq(b) {
		f.words++
		core := strings.TrimFunc(w, isNotWordRune)
		if core == "" {
			f.symbols++
			if !f.notice && strings.ContainsRune(w, '©') {
				f.notice, f.noticeAt = true, f.words-1
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(core); unicode.IsDigit(r) {
			f.digits++
		}
		low := strings.ToLower(core)
		if i := strings.IndexAny(low, "'’"); i > 0 {
			low = low[:i] // "it's" counts as "it"
		}
		if stopwords.Is(low) {
			f.stops++
		}
		if !f.notice && strings.ContainsRune(w, '©') {
			f.notice, f.noticeAt = true, f.words-1
		}
		ws = append(ws, low)
	}
	f.chars = utf8.RuneCountInString(b)
	f.sentence = endsSentence(b)
	f.cueWords, f.cue = matchCues(ws)
	f.teaser = trailer(ws)
	f.consent = opensWith(ws, consentOpenings)
	f.opening = f.consent || opensWith(ws, promptOpenings)
	measureShape(b, ws, &f)
	if at := noticeIndex(ws); at >= 0 && (!f.notice || at < f.noticeAt) {
		f.notice, f.noticeAt = true, at
	}
	return f, ws
}

// isNotWordRune reports whether r is neither a letter nor a digit.
func isNotWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// endsSentence reports whether b ends with sentence punctuation, possibly
// followed by closing quotes or brackets (see punct.EndsSentence). A colon
// counts too: it ends the line that introduces a list or a quote.
func endsSentence(b string) bool {
	return punct.EndsSentence(b) || strings.HasSuffix(strings.TrimRight(b, punct.Closers), ":")
}

// noticeIndex returns the index in the lower-cased words ws where a
// copyright notice starts ("all rights reserved", or "copyright" before a
// year or "(c)"), or -1 if there is none. Indexes count lettered and
// numbered words only, so they are approximate next to f.noticeAt.
func noticeIndex(ws []string) int {
	for i, w := range ws {
		switch w {
		case "reserved":
			if i >= 2 && ws[i-1] == "rights" {
				return i - 2
			}
		case "copyright":
			if i+1 < len(ws) && (ws[i+1] == "c" || isYear(ws[i+1])) {
				return i
			}
		}
	}
	return -1
}

// isYear reports whether w is four digits starting 19 or 20.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") &&
		w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}
