// Package cohesion tells whether a sentence leans on the one before it:
// whether it opens with a word that refers back (a personal or possessive
// pronoun, a demonstrative) or links to what came before (a connective).
// Taken out of its place, such a sentence dangles: "He also said…", "But
// the plan…", "This means…". The word lists follow the cohesive devices of
// Halliday & Hasan (1976): reference and conjunction.
package cohesion

import (
	"strings"
	"unicode"
)

// openers are the lower-cased first words that refer back or link.
var openers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		he she it they we his her its their our him them
		this that these those such
		but and or so yet also however meanwhile moreover furthermore
		besides instead still then thus therefore hence nevertheless
		nonetheless otherwise additionally likewise similarly consequently
		accordingly indeed afterwards afterward later earlier`) {
		openers[w] = true
	}
}

// OpensWithReference reports whether sentence opens with a word that refers
// back or links to an earlier sentence. Quotation marks, brackets and
// dashes before the first word are skipped; "It's" counts as "it".
func OpensWithReference(sentence string) bool {
	first := strings.TrimLeftFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	end := strings.IndexFunc(first, func(r rune) bool { return !unicode.IsLetter(r) })
	if end >= 0 {
		first = first[:end]
	}
	return openers[strings.ToLower(first)]
}
