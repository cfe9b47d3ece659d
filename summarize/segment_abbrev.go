package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are abbreviations that stand before a name, a number or the other
// side of a contest, and so never end a sentence: "Gov. Brown", "Dr. Lee",
// "(see Fig. 3)", "Roe v. Wade", "e.g. rice".
var titles = map[string]bool{
	"Gov": true, "Sen": true, "Sens": true, "Rep": true, "Reps": true, "Gen": true,
	"Lt": true, "Col": true, "Maj": true, "Capt": true, "Cmdr": true, "Sgt": true,
	"Adm": true, "Supt": true, "Insp": true, "Det": true, "Dr": true, "Mr": true,
	"Mrs": true, "Ms": true, "Prof": true, "Rev": true, "Hon": true, "Pres": true,
	"Atty": true, "Fr": true, "Mt": true, "Ft": true, "Fig": true, "Figs": true,
	"Vol": true, "Ch": true, "Sec": true, "Art": true, "Eq": true,
	"vs": true, "v": true, "approx": true, "e.g": true, "i.e": true, "cf": true,
}

// suffixes are abbreviations that usually stand inside a sentence ("Acme
// Inc. said", "No. 2", "Jan. 5", "St. Louis") but may also end one ("run by
// Acme Inc. The company…", "King Jr. Thousands…"). Dotted abbreviations
// ("U.S.", "D.C.", "a.m.") behave the same way. Both end a sentence only when
// the next word starts one (see startsSentence).
var suffixes = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Jr": true, "Sr": true,
	"etc": true, "No": true, "Nos": true, "St": true,
	"Jan": true, "Feb": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true,
	"Nov": true, "Dec": true,
}

// sentenceStarters are capitalised words that begin a sentence and, in news
// text, hardly ever continue a name after an abbreviation: pronouns,
// determiners, conjunctions, conjunctive adverbs, prepositions and
// question words. Nouns are left out on purpose, since "U.S. Navy", "a.m.
// Tuesday", "6 p.m. ET" and "Jr. Day" continue their sentence.
var sentenceStarters = wordSet(`
	I He She It We They You His Her Its Our Their My Your
	The A An This That These Those There Here
	Some Many Most All Both Each Every Any Several Few Such Another Neither Either
	No None Nothing Nobody Everyone Everybody Someone Somebody Anyone Something Everything
	Thousands Hundreds Dozens Millions Billions
	And But Or So Yet Nor Then Now Still Also However Meanwhile Instead Thus Therefore
	Moreover Furthermore Nevertheless Nonetheless Indeed Otherwise Besides Finally
	Later Earlier Afterward Afterwards Eventually Recently Previously Initially Ultimately
	Even Only Just Not Perhaps Maybe Last
	Although Though While Whereas When Where Why How What Who Whose Which Whether
	If Unless Because Since As Once After Before Until
	In On At For With From By During Under Over Despite Among Without Through Against
	According
`)

// wordSet returns the set of the space-separated words in list.
func wordSet(list string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// exclaimedNames are names written with an exclamation mark, which ends
// their sentence only when the next word starts one, as a suffix's period
// does: "E! News reported", "Yahoo! Finance", "a Jeopardy! champion".
var exclaimedNames = wordSet(`E Yahoo Jeopardy`)

// abbreviationKind tells how the abbreviation before a period bears on a
// sentence end there.
type abbreviationKind int

const (
	notAbbreviation abbreviationKind = iota
	title                            // never ends a sentence
	suffix                           // ends one when the next word starts one
)

// abbreviationBefore classifies the word that ends s before its final
// period: a title, a suffix (including dotted abbreviations such as "U.S."
// and "a.m.", and the names of exclaimedNames before their "!"), or
// neither. A doubled period ("the U.S..") is a sentence
// end, so neither.
func abbreviationBefore(s string) abbreviationKind {
	if name, ok := strings.CutSuffix(s, "!"); ok {
		return exclaimedName(name)
	}
	word, ok := strings.CutSuffix(s, ".")
	if !ok {
		return notAbbreviation
	}
	word = trailing(word, func(r rune) bool { return r == '.' || unicode.IsLetter(r) })
	switch {
	case titles[word]:
		return title
	case suffixes[word] || isDotted(word):
		return suffix
	}
	return notAbbreviation
}

// exclaimedName classifies the word that ends s, before an exclamation
// mark: one of exclaimedNames is a suffix, anything else is not an
// abbreviation.
func exclaimedName(s string) abbreviationKind {
	if exclaimedNames[trailing(s, unicode.IsLetter)] {
		return suffix
	}
	return notAbbreviation
}

// trailing returns the longest end of s whose runes are all in.
func trailing(s string, in func(rune) bool) string {
	start := len(s)
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !in(r) {
			break
		}
		start -= n
	}
	return s[start:]
}

// isDotted reports whether word is single letters joined by periods, as
// "U.S", "D.C" and "a.m" (the final period cut off).
func isDotted(word string) bool {
	if len(word) < 3 {
		return false
	}
	letter := true // whether a letter is due next
	for _, r := range word {
		if letter != unicode.IsLetter(r) || (!letter && r != '.') {
			return false
		}
		letter = !letter
	}
	return !letter
}

// startsSentence reports whether rest, the text after a period, goes on
// with a space and a word of sentenceStarters, perhaps after an opening
// quote or parenthesis. The word must stand alone: "A." and "I-95" are not
// the words "A" and "I".
func startsSentence(rest string) bool {
	trimmed := strings.TrimLeft(rest, " ")
	if len(trimmed) == len(rest) {
		return false
	}
	trimmed = strings.TrimLeft(trimmed, `"'“‘(`)
	end := strings.IndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(trimmed)
	}
	if !sentenceStarters[trimmed[:end]] {
		return false
	}
	next, _ := utf8.DecodeRuneInString(trimmed[end:])
	return end == len(trimmed) || strings.ContainsRune(" ,;:'’", next)
}

// isInsideSentence reports whether the period that ends before belongs to
// an abbreviation that does not end the sentence, given the text after it.
func isInsideSentence(before, after string) bool {
	switch abbreviationBefore(before) {
	case title:
		return true
	case suffix:
		return !startsSentence(after)
	}
	return false
}

// suffixEnds returns the offsets just past the periods in block that end a
// suffix or dotted abbreviation and are followed by a sentence starter
// ("Washington, D.C. His father…"); prose misses many of them.
func suffixEnds(block string) []int {
	var ends []int
	for i := 0; ; {
		at := strings.Index(block[i:], ". ")
		if at < 0 {
			break
		}
		i += at + 1
		if abbreviationBefore(block[:i]) == suffix && startsSentence(block[i:]) {
			ends = append(ends, i)
		}
	}
	return ends
}
