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

// prepositions open a reference in a phrase ("In it, …", "Among them",
// "Despite this,"), and pointers are the pronouns that then refer back;
// a demonstrative does only alone, before a comma ("After that, …"), as
// "In this photo" or "On this page" may point at what follows.
var prepositions, pointers, demonstratives = map[string]bool{}, map[string]bool{}, map[string]bool{}

// clauseOpeners are the prepositions that also open a clause, where a
// pronoun after them points ahead: "Since it opened in 1932, the
// bridge…", "Like it or not, …".
var clauseOpeners = map[string]bool{"since": true, "before": true, "after": true, "until": true, "like": true, "unlike": true}

// linkingPhrases are connectives of two or more words, lower-cased; they
// link only when a comma follows ("As a result, fares rose", not "As a
// result of the storm").
var linkingPhrases = []string{
	"in addition", "as a result", "in contrast", "by contrast", "on the other hand",
	"at the same time", "even so", "in turn", "because of that",
}

func init() {
	for _, w := range strings.Fields(`in of among after before despite for with from by on at like unlike besides
		beyond under over against during since until`) {
		prepositions[w] = true
	}
	for _, w := range strings.Fields(`it them`) {
		pointers[w] = true
	}
	for _, w := range strings.Fields(`this that these those`) {
		demonstratives[w] = true
	}
}

// OpensWithReference reports whether sentence opens with a word that refers
// back or links to an earlier sentence, or with a preposition and such a
// word ("In it, the participants…", "Despite this") or a connective of
// several words ("As a result,", "On the other hand,"). Quotation marks,
// brackets and dashes before the first word are skipped; "It's" counts as
// "it".
func OpensWithReference(sentence string) bool {
	rest := strings.TrimLeftFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	first, after := firstWord(rest)
	first = strings.ToLower(first)
	if openers[first] {
		return true
	}
	if prepositions[first] {
		second, tail := firstWord(strings.TrimLeft(after, " "))
		second = strings.ToLower(second)
		if pointers[second] && !clauseOpeners[first] || demonstratives[second] && strings.HasPrefix(tail, ",") {
			return true
		}
	}
	lower := strings.ToLower(rest[:min(len(rest), 32)])
	for _, p := range linkingPhrases {
		if strings.HasPrefix(lower, p+",") {
			return true
		}
	}
	return false
}

// firstWord splits s at the end of its first run of letters.
func firstWord(s string) (word, rest string) {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}
