// Package language tells whether a text reads as English, the only
// language skim's ranking knows: its stop words, stemmer and sentence rules
// are English. It judges by two signs: the share of letters written in
// Latin script, and, among Latin words, the share that are English function
// words, which is a third to a half in English prose and far lower in
// French, German or Spanish, whose own function words (les, der, los) are
// not on the list.
package language

import (
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/stopwords"
)

const (
	// minLatinShare is the share of letters in Latin script below which a
	// text is not English (Chinese, Russian, Arabic…).
	minLatinShare = 0.5
	// minStopShare is the share of English stop words among a text's words
	// below which it is not English. No story of the CNN and Inshorts dev
	// sets goes under 0.34 (see TestDevSetsLookEnglish); French, German and
	// Spanish news come out under 0.1.
	minStopShare = 0.15
	// minWords is the fewest words a text needs for the stop-word share to
	// say anything: a headline or a list of names is given the benefit of
	// the doubt.
	minWords = 20
)

// sampleBytes is how much of a text LooksEnglish reads: several hundred
// words tell the language as well as all of them (the dev sets' lowest
// stop-word share is the same, 0.34, from their first 4 KiB).
const sampleBytes = 4 << 10

// LooksEnglish reports whether text reads as English, judging by its first
// sampleBytes.
func LooksEnglish(text string) bool {
	m := measure(text[:min(len(text), sampleBytes)])
	return m.latinShare >= minLatinShare && (m.words < minWords || m.stopShare >= minStopShare)
}

// signs is what LooksEnglish judges a text by.
type signs struct {
	latinShare float64 // of letters, those in Latin script (1 with no letters)
	stopShare  float64 // of Latin words, those on the English stop list
	words      int     // Latin words
}

// measure reads the signs off text.
func measure(text string) signs {
	latin, letters, stops := 0, 0, 0
	m := signs{latinShare: 1}
	word := make([]byte, 0, 32)
	end := func() {
		if len(word) > 0 {
			m.words++
			if stopwords.Is(string(word)) { // no allocation for a map key
				stops++
			}
			word = word[:0]
		}
	}
	for _, r := range text {
		// ASCII letters are told apart and lower-cased by hand: the
		// Unicode tables took most of this loop's time on English text.
		lower, isLatin := r, true
		switch {
		case 'a' <= r && r <= 'z':
		case 'A' <= r && r <= 'Z':
			lower = r + 'a' - 'A'
		case r < utf8.RuneSelf || !unicode.IsLetter(r):
			end() // an apostrophe too: "don't" is "don" and "t", as on the stop list
			continue
		default:
			lower, isLatin = unicode.ToLower(r), unicode.Is(unicode.Latin, r)
		}
		letters++
		if isLatin {
			latin++
			word = utf8.AppendRune(word, lower)
		} else {
			end()
		}
	}
	end()
	if letters > 0 {
		m.latinShare = float64(latin) / float64(letters)
	}
	if m.words > 0 {
		m.stopShare = float64(stops) / float64(m.words)
	}
	return m
}
