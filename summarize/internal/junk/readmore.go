package junk

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readMoreKeys are the words that open a link to another story run into
// the text ("ALSO READ | <headline>").
var readMoreKeys = []string{"READ", "Read", "Also read", "SEE MORE", "See more", "See More"}

// readMoreLabels are the labels such a link opens with, the longer first
// where one starts another ("READ MORE" before "READ"). "ALSO " or "Also "
// may come before any of them.
var readMoreLabels = []string{"READ MORE", "Read more", "Read More", "Read this", "READ", "Read", "Also read", "SEE MORE", "See more", "See More"}

// readMoreSeparator matches what comes between a label and its headline:
// an optional source ("Read more from WIRED"), and a colon or bar, with the
// "?" that a lost character left around it ("READ?|?<headline>", see
// package textmap's lostQuote).
var readMoreSeparator = regexp.MustCompile(`^(?: from [^:.!?]{1,40})? ?\??[:|]\??`)

// readMoreLinks appends the links of s to other stories, each through the
// end of its headline (see headlineEnd), when it opens a sentence or is
// glued to the word before ("…the fuse.READ | …"); a link in brackets runs
// through the closing one ("…in March.(Read | <headline>)"). It finds the labels by
// their literal text and matches the separator only there: one pattern
// with every label as an alternative made the matcher read whole blocks.
func readMoreLinks(s string, out []span) []span {
	next := make([]int, len(readMoreLabels)) // each label's next place, -1 for none
	for i := range next {
		next[i] = -2 // not looked for yet
	}
	for at := 0; at < len(s); {
		k, label := nextLabel(s, at, next)
		if k < 0 {
			break
		}
		start := k
		if k >= 5 && (s[k-5:k] == "ALSO " || s[k-5:k] == "Also ") {
			start = k - 5
		}
		at = k + len(label)
		sep := readMoreSeparator.FindStringIndex(s[at:])
		if sep == nil {
			continue
		}
		if start > 0 && s[start-1] == '(' && isBoundary(s, start-1, true) {
			// In brackets, the link runs to the closing one: "…in March.(Read | <headline>) Hussain…"
			if end := strings.IndexByte(s[at+sep[1]:min(len(s), start-1+maxInline)], ')'); end > 0 {
				out = append(out, span{start - 1, at + sep[1] + end + 1})
				at += sep[1] + end + 1
			}
			continue
		}
		if !isBoundary(s, start, true) {
			continue
		}
		if end := headlineEnd(s, at+sep[1]); end > 0 && end-start <= maxInline {
			out = append(out, span{start, end})
			at = end
		}
	}
	return out
}

// nextLabel returns the first of readMoreLabels in s at or after at, the
// longest where two start at one place, or -1. next caches each label's
// next place, so that each label's search reads s once in all.
func nextLabel(s string, at int, next []int) (k int, label string) {
	k = -1
	for n, l := range readMoreLabels {
		if next[n] == -2 || next[n] >= 0 && next[n] < at {
			next[n] = -1
			if i := strings.Index(s[at:], l); i >= 0 {
				next[n] = at + i
			}
		}
		if i := next[n]; i >= 0 && (k < 0 || i < k || i == k && len(l) > len(label)) {
			k, label = i, l
		}
	}
	return k, label
}

// headlineEnd returns where the headline that starts at s[i] ends, or -1
// when it runs into a sentence (a full stop and a space) first. A headline
// ends at a stop or an ellipsis after a space (" ." , " ..."), at "!" or
// "?" before a space, a capital or the end, or at the end of the block,
// unless a sentence was glued to it without a space: then it ends where
// the last lower-case word before that sentence's end runs into a
// capitalised one ("…lock outAmit and Kavinder opened…." ends at "out";
// "…IndiGo flight diverted", with no sentence after it, runs to the end).
// A "?" before a lower-case letter or a digit stands for a lost character
// ("?6-hitting'"), and a full stop inside a word or after one capital
// ("2.25ha", "U.S. lawmakers") belongs to the headline.
func headlineEnd(s string, i int) int {
	glue := -1 // the last place where a sentence may have been glued on
	ends := func(at int) int {
		if glue >= 0 {
			return glue
		}
		return at
	}
	for j := i; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		next, _ := utf8.DecodeRuneInString(s[j+size:])
		switch {
		case r == '\n':
			return j
		case r == ' ' && (next == '.' || next == '…'):
			return ends(j + 1 + len(s[j+1:]) - len(strings.TrimLeft(s[j+1:], ".…")))
		case r == '!':
			return ends(j + size)
		case r == '?' && !unicode.IsLower(next) && !unicode.IsDigit(next):
			return ends(j + size)
		case r == '.' && (j+size == len(s) || next == ' ') && !afterInitial(s[i:j]):
			if glue >= 0 {
				return glue
			}
			return -1
		case unicode.IsUpper(r) && j > i && gluedAt(s[i:j], s[j:]):
			glue = j
		}
		j += size
	}
	return len(s)
}

// afterInitial reports whether s ends in one capital after a space, a full
// stop or nothing: the "S" of "U.S", the "J" of "J. Doe".
func afterInitial(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return unicode.IsUpper(r) && (n == len(s) || before == ' ' || before == '.')
}

// gluedAt reports whether rest, a word with a capital, was glued to the
// end of before, a word in lower case: before ends in two lower-case
// letters and rest is a capitalised word followed by a space, a comma, an
// apostrophe or the end ("out" + "Amit and", "from WhatsApp" + "Deepti,",
// but not "from Whats" + "AppDeepti" nor "vs Whats" + "App: How"). A brand
// written so and followed by a space ("IndiGo flight") reads as glued too,
// which is why headlineEnd takes the last such place, and only before the
// end of a sentence.
func gluedAt(before, rest string) bool {
	last, n := utf8.DecodeLastRuneInString(before)
	prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
	if !unicode.IsLower(last) || !unicode.IsLower(prev) {
		return false
	}
	_, size := utf8.DecodeRuneInString(rest)
	word := rest[size:]
	k := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLower(r) })
	if k == 0 {
		return false // capitals: an acronym ("theBBC")
	}
	if k < 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(word[k:])
	return strings.ContainsRune(" ,'’", r)
}
