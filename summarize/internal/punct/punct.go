// Package punct defines, once, the punctuation that ends a sentence and the
// marks that may follow it, and the checks built on them that intake and
// segmentation share. It knows no language beyond these marks.
package punct

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stops are the ASCII marks that end a sentence: full stop, exclamation
// mark and question mark.
const Stops = ".!?"

// Finals are the marks a sentence may end in: Stops and the ellipsis.
const Finals = Stops + "…"

// Closers are the closing quotes and brackets that may follow a sentence's
// final punctuation and belong to it.
const Closers = `"'”’)]»`

// Boundary are the marks after which, and a space, a new sentence may
// start: Stops, and the double quotes, right single quote and bracket that
// close a quoted or bracketed sentence.
const Boundary = Stops + `"”’)`

// huggers are the marks that join the word before them with no space.
const huggers = ",.;:!?%)]}”»"

// HoldsSentenceEnd reports whether s holds one of Finals, possibly followed
// by Closers, at its end or before a space.
func HoldsSentenceEnd(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], Finals)
		if j < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i+j:])
		i += j + size
		if rest := strings.TrimLeft(s[i:], Closers); rest == "" || rest[0] == ' ' {
			return true
		}
	}
	return false
}

// EndsSentence reports whether s ends in one of Finals, possibly followed by
// Closers.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, Closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(Finals, r)
}

// SentenceEnd returns the index of the mark that ends the first sentence in
// s, or -1 if there is none: "!" or "?", or a period after a lower-case
// letter, followed by the end of s or by a space and anything but a
// lower-case letter or a digit. "No. 2", "U.S. Senate" and "approx. two"
// hold no sentence end.
func SentenceEnd(s string) int {
	for i := 1; i < len(s); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); s[i] == '.' && !unicode.IsLower(p) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[min(len(s), i+2):]); i+1 == len(s) || s[i+1] == ' ' && !unicode.IsLower(next) && !unicode.IsDigit(next) {
			return i
		}
	}
	return -1
}

// IsBoundary reports whether a sentence may start at s[i]: s[:i] holds
// nothing but spaces, or ends in one of Boundary and one or more spaces.
func IsBoundary(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || len(before) < i && strings.ContainsRune(Boundary, r)
}

// Hugs reports whether next, the text after a cut, joins the text before
// it, which ends in the byte last, with no space: next opens with a comma
// or other closing punctuation, or with the "'s" of a possessive, and last
// is none of Stops. A straight double quote may open a quotation as well as
// close one, a single quote other than "'s" may open one ("…rain. 'We
// will…"), and a dash stands between spaces, so none of them counts.
func Hugs(last byte, next string) bool {
	if strings.IndexByte(Stops, last) >= 0 {
		return false
	}
	r, n := utf8.DecodeRuneInString(next)
	if r == '\'' || r == '’' {
		rest, ok := strings.CutPrefix(next[n:], "s")
		after, _ := utf8.DecodeRuneInString(rest)
		return ok && (rest == "" || !unicode.IsLetter(after))
	}
	return strings.ContainsRune(huggers, r)
}
