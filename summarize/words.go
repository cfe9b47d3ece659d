package summarize

import (
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// newsStopWords are words that carry no content in news text: reporting
// verbs and fillers. They join the Snowball English stop list
// (english.IsStopWord) for ranking and key terms.
var newsStopWords = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true,
	"tell": true, "according": true, "also": true, "would": true,
	"could": true, "may": true, "might": true, "must": true, "shall": true,
	"can": true, "will": true, "one": true, "get": true, "got": true,
	"mr": true, "mrs": true, "ms": true, "cnn": true, "yet": true,
	"however": true, "still": true, "even": true, "much": true, "many": true,
	"like": true, "just": true, "us": true,
}

// word is one word of a sentence.
type word struct {
	text  string // as written
	lower string // lower-cased
	end   int    // byte offset just past the word in its sentence
	// joined reports whether only a space, apostrophe or hyphen separates
	// the word from the one before it, so that the two may form a phrase.
	joined bool
}

// splitWords returns the words of s (see wordSpans), each with its
// lower-cased form and whether it is joined to the one before.
func splitWords(s string) []word {
	var words []word
	for start, end := range wordSpans(s) {
		t := s[start:end]
		joined := len(words) > 0 && isJoiningGap(s[words[len(words)-1].end:start])
		words = append(words, word{text: t, lower: strings.ToLower(t), end: end, joined: joined})
	}
	return words
}

// wordSpans yields the byte range [start, end) of each word of s: runs of
// letters and digits, a number's "," and "." included ("40,000", "1.8").
// An apostrophe or hyphen inside a word splits it ("Ukraine's" gives
// "Ukraine" and "s").
func wordSpans(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		start := -1
		for i, r := range s {
			if isWordRune(r) || (start >= 0 && isNumberSeparator(s, i, r)) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(start, i) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(start, len(s))
		}
	}
}

// isWordRune reports whether r is a letter or digit, ASCII by a table.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isNumberSeparator reports whether r at s[i] joins the digits around it
// into one number, as in "40,000" and "1.8".
func isNumberSeparator(s string, i int, r rune) bool {
	return (r == ',' || r == '.') && i > 0 && i+1 < len(s) &&
		unicode.IsDigit(rune(s[i-1])) && unicode.IsDigit(rune(s[i+1]))
}

// isJoiningGap reports whether the text between two words keeps them in
// one phrase: a single space, apostrophe or hyphen.
func isJoiningGap(gap string) bool {
	switch gap {
	case " ", "'", "’", "-":
		return true
	}
	return false
}

// isContentWord reports whether a lower-cased word carries content: a
// number, or a word of two or more characters that is no stop word.
func isContentWord(lower string) bool {
	if isNumber(lower) {
		return true
	}
	if len(lower) < 2 || english.IsStopWord(lower) || newsStopWords[lower] {
		return false
	}
	return strings.IndexFunc(lower, unicode.IsLetter) >= 0
}

// isNumber reports whether w is written in digits.
func isNumber(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool {
		return !unicode.IsDigit(r) && r != ',' && r != '.'
	}) < 0
}

// numberWords spell small numbers, which news writes either way ("seven
// votes to two", "7 to 2"); they count as the same term as the digits.
var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
	"twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "hundred": "100", "thousand": "1000",
}

// countWords returns the number of words in s, as people count them:
// runs of non-space characters. It reads ASCII bytes without decoding them.
func countWords(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space, i = unicode.IsSpace(r), i+size-1
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// asciiSpace marks the ASCII spaces strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// terms maps stemmed content words to small integer ids. Numbers keep
// their digits (without thousands commas), and spelled small numbers
// become digits.
type terms struct {
	ids   map[string]int // by stem
	words map[string]int // lower-cased word → id, or -1 for no content word; each word is looked up once
	pairs map[uint64]int // two term ids, in reading order (see pairID) → pair id
}

// newTerms returns an empty vocabulary with room for the words of texts
// of about words words in all (0 if not known): in news, the distinct
// words are about half of the words, their stems a third, and the
// distinct pairs of content words (see pairID) about half again.
func newTerms(words int) *terms {
	return &terms{ids: make(map[string]int, words/3), words: make(map[string]int, words/2), pairs: make(map[uint64]int, words/2)}
}

// pairID returns the id of the pair of terms first, second read one after
// the other (content words only: "Secretary of State" is the pair
// secretary, state), filing it the first time.
func (t *terms) pairID(first, second int) int {
	key := uint64(first)<<32 | uint64(second)
	id, ok := t.pairs[key]
	if !ok {
		id = len(t.pairs)
		t.pairs[key] = id
	}
	return id
}

// stems caches Snowball stems for every digest of the process: a corpus's
// common words, and a page's words digest after digest, are stemmed once.
var stems = stemCache{stems: map[string]string{}}

// stemCache stems English words with Snowball, each word once. It is safe
// for concurrent use.
type stemCache struct {
	mu    sync.Mutex
	stems map[string]string
}

// maxStems bounds the cache's memory: past it, it starts afresh.
const maxStems = 1 << 18

// stem returns the Snowball stem of a lower-cased word. Words are stemmed
// outside the lock, and kept as copies: a word is often a slice of its
// article, which the cache must not keep alive.
func (c *stemCache) stem(lower string) string {
	c.mu.Lock()
	st, ok := c.stems[lower]
	c.mu.Unlock()
	if ok {
		return st
	}
	st = strings.Clone(english.Stem(lower, true))
	c.mu.Lock()
	if len(c.stems) >= maxStems {
		clear(c.stems)
	}
	c.stems[strings.Clone(lower)] = st
	c.mu.Unlock()
	return st
}

// id returns the term id of a lower-cased word, or -1 if it is no content
// word (see isContentWord).
func (t *terms) id(lower string) int {
	if id, ok := t.words[lower]; ok {
		return id
	}
	return t.add(lower)
}

// idOf returns id(string(lower)), copying lower only the first time it
// meets the word.
func (t *terms) idOf(lower []byte) int {
	if id, ok := t.words[string(lower)]; ok { // no allocation
		return id
	}
	return t.add(string(lower))
}

// add files a lower-cased word that t has not met and returns its id (see
// id).
func (t *terms) add(lower string) int {
	id := -1
	if isContentWord(lower) {
		stem, ok := numberWords[lower]
		switch {
		case ok:
		case isNumber(lower):
			stem = strings.ReplaceAll(lower, ",", "")
		default:
			stem = stems.stem(lower)
		}
		if id, ok = t.ids[stem]; !ok {
			id = len(t.ids)
			t.ids[stem] = id
		}
	}
	t.words[lower] = id
	return id
}

// bag is a sentence's content as term ids.
type bag struct {
	ids   []int // distinct term ids, in order of first use
	words int   // content words, repeats included
	// pairs are the distinct pair ids (see terms.pairID) of the content
	// words read one after the other, in order of first use.
	pairs []int
}

// wordsOf splits each text into words.
func wordsOf(texts []string) [][]word {
	out := make([][]word, len(texts))
	for i, s := range texts {
		out[i] = splitWords(s)
	}
	return out
}

// bagsOf returns the content bag of each text. It reads the words as
// splitWords does, without keeping them, and lower-cases them into one
// buffer: building each word's strings took a quarter of a digest's
// allocations.
func bagsOf(texts []string, t *terms) []bag {
	bags := make([]bag, len(texts))
	var seen, seenPair []int // seen[id] == i+1: text i holds term id; seenPair likewise for pairs
	var lower []byte
	// Every bag's ids, and its pairs, are cut from one growing array each:
	// growing each bag's own took a tenth of ranking's time.
	var ids, pairs []int
	for i, s := range texts {
		last := -1 // the content word before, as a term id
		idsFrom, pairsFrom := len(ids), len(pairs)
		for start, end := range wordSpans(s) {
			lower = appendLower(lower[:0], s[start:end])
			id := t.idOf(lower)
			if id < 0 {
				continue
			}
			bags[i].words++
			seen = grownTo(seen, id)
			if seen[id] != i+1 {
				seen[id] = i + 1
				ids = append(ids, id)
			}
			if last >= 0 {
				pair := t.pairID(last, id)
				seenPair = grownTo(seenPair, pair)
				if seenPair[pair] != i+1 {
					seenPair[pair] = i + 1
					pairs = append(pairs, pair)
				}
			}
			last = id
		}
		bags[i].ids = ids[idsFrom:len(ids):len(ids)]
		bags[i].pairs = pairs[pairsFrom:len(pairs):len(pairs)]
	}
	return bags
}

// appendLower appends strings.ToLower(w) to b, by hand when w is ASCII.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(b[:len(b)-i], strings.ToLower(w)...)
		}
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
