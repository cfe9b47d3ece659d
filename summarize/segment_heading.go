package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/punct"
)

// Subheadings in capitals that lost their line breaks: text copied from
// some outlets (India Today, among the Inshorts stories) runs a subheading
// into the paragraphs around it, "…as in July 2015.NO RIGHT TO IMPOUND
// KASLIWALKasliwal's advocate argued…". Left so, the heading opens the
// next sentence and rides into a digest with it. headingEnds finds where
// such a heading starts and ends, so that it is a line of its own, which
// pick leaves out as it does every line without a sentence's end (see
// unended).

// Bounds of a run-in subheading: at least minHeadingWords words in
// capitals, or minGluedHeadingWords when the next sentence is glued to its
// last word ("…attacks.LONGSTANDING DEMANDThe police…"), minHeadingLetters
// letters in all, at most maxHeadingWords words.
const (
	minHeadingWords      = 3
	minGluedHeadingWords = 2
	minHeadingLetters    = 10
	maxHeadingWords      = 14
)

// headingEnds returns the offsets in block where a run-in subheading in
// capitals starts and where the sentence after it starts. The heading
// starts the block or follows a sentence's stop (perhaps with closing
// quotes, with or without spaces), may open with a quotation mark, and is
// made of words in capitals (see isCapitalsWord: "NO", "RIGHT", "SHAH-MODI",
// "2015", a dash); it ends where a word in mixed case follows it, after a
// space ("…ME APP The Rescue Me app…"), after a closing quote ("…POLITICS'
// No new…") or glued to its last word ("…KASLIWALKasliwal's…", where the
// capital before the first lower-case letter opens the next word). A run
// of capitals with no such end, a shout in a quotation ("I LOVE YOU," she
// said), stays in its sentence.
func headingEnds(block string) []int {
	var ends []int
	for start := 0; start < len(block); {
		if start > 0 {
			at := strings.IndexAny(block[start:], punct.Stops)
			if at < 0 {
				break
			}
			start = pastClosers(block, start+at+1)
			start += len(block[start:]) - len(strings.TrimLeft(block[start:], " "))
		}
		if end, ok := headingEnd(block, start); ok {
			if h := strings.TrimRight(block[start:end], " "); start > 0 && (h[len(h)-1] == '\'' || h[len(h)-1] == '"') && block[start-1] == h[len(h)-1] {
				start-- // the quote before the heading opens it: 'NOT THE TIME FOR POLITICS'
			}
			ends = append(ends, start, end)
			start = end
			continue
		}
		if start == 0 {
			start = 1 // go on from the block's first stop
		}
	}
	return ends
}

// isInsideHeading reports whether the sentence end e falls inside one of
// the subheadings headings bounds (sorted pairs of offsets, as headingEnds
// gives them): a heading is one line. e is inside when an odd number of
// the offsets come before it.
func isInsideHeading(headings []int, e int) bool {
	at, found := slices.BinarySearch(headings, e)
	return !found && at%2 == 1
}

// maxHeadingBytes bounds how far headingEnd reads from a heading's start,
// so that a block of stops without spaces ("A.A.A.…") costs no more than a
// short one.
const maxHeadingBytes = 300

// headingEnd reports where the sentence after a run-in subheading that
// starts at block[start] begins, if one starts there (see headingEnds). A
// heading does not end in a comma: "I LOVE YOU ALL," Ann Bo said.
func headingEnd(block string, start int) (int, bool) {
	view := block[:min(len(block), start+maxHeadingBytes)]
	i := start
	if r, n := utf8.DecodeRuneInString(view[i:]); r == '"' || r == '\'' || r == '“' || r == '‘' {
		i += n
	}
	words, letters := 0, 0
	enough := func(minWords int, last string) bool {
		return words >= minWords && letters >= minHeadingLetters && !strings.HasSuffix(last, ",")
	}
	for words < maxHeadingWords && i < len(view) {
		j := i + strings.IndexByte(view[i:], ' ')
		if j < i {
			if len(view) < len(block) {
				return 0, false // a word longer than a heading's
			}
			j = len(view)
		}
		word := view[i:j]
		if word == "" {
			return 0, false // two spaces: no heading's
		}
		if glued := gluedWordStart(word); glued > 0 && isCapitalsWord(strings.TrimRight(word[:glued], "?"+punct.Closers)) {
			last := strings.TrimRight(word[:glued], "?"+punct.Closers)
			words, letters = words+1, letters+countLetters(last)
			return i + glued, enough(minGluedHeadingWords, last)
		}
		bare := strings.TrimRight(word, punct.Closers)
		if !isCapitalsWord(bare) {
			r, n := utf8.DecodeRuneInString(word)
			next, _ := utf8.DecodeRuneInString(word[n:])
			mixed := unicode.IsUpper(r) && unicode.IsLower(next)
			return i, mixed && enough(minHeadingWords, view[start:max(start, i-1)])
		}
		words, letters = words+1, letters+countLetters(bare)
		if len(bare) < len(word) { // a closing quote ends the heading
			k := j + 1
			if k >= len(view) {
				return 0, false
			}
			r, _ := utf8.DecodeRuneInString(view[k:])
			return k, unicode.IsUpper(r) && enough(minHeadingWords, bare)
		}
		i = j + 1
	}
	return 0, false
}

// gluedWordStart returns the offset in word of a word glued to capitals
// before it: one in mixed case, from the capital before its first
// lower-case letter after at least two capitals ("KASLIWALKasliwal's" → 8,
// "COURTThe" → 5, "COURTIt" → 5, but not the plural "CEOs"), or one after
// their closing quote ("DOGS'Elaborating" → 5), or any word after a '?'
// that a lost line break or dash left ("COMBINATION?52-year-old" → 12); 0
// when there is none.
func gluedWordStart(word string) int {
	caps, last, quoted := 0, 0, false
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRuneInString(word[i:])
		switch {
		case quoted:
			next, _ := utf8.DecodeRuneInString(word[i+size:])
			if unicode.IsUpper(r) && unicode.IsLower(next) || word[i-1] == '?' && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return i
			}
			return 0 // "ISN'T"
		case unicode.IsUpper(r):
			caps++
			last = i
		case unicode.IsLower(r):
			next, _ := utf8.DecodeRuneInString(word[i+size:])
			if caps > 2 && (unicode.IsLower(next) || r != 's') { // two capitals before the one that opens the word
				return last
			}
			return 0
		case caps >= 2 && (r == '?' || strings.ContainsRune(punct.Closers, r)):
			quoted = true
		default:
			caps = 0
		}
		i += size
	}
	return 0
}

// isCapitalsWord reports whether word is written in capitals: it holds no
// lower-case letter and holds a capital or a digit, or it is a dash
// between a heading's words ("-", "–").
func isCapitalsWord(word string) bool {
	if word == "-" || word == "–" || word == "—" {
		return true
	}
	upper := false
	for _, r := range word {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			upper = true
		case !strings.ContainsRune(`'’&:,.-`, r):
			return false
		}
	}
	return upper
}

// countLetters counts the letters of s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
