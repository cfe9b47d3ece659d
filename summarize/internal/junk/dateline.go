package junk

import (
	"strings"

	"skim/summarize/internal/punct"
)

// datelinePlace is the place of a dateline without a source: a word in
// capitals, then up to four more words ("NEW YORK", "LONDON, England").
const datelinePlace = `[A-Z][A-Z.'’-]+(?:,? [A-Z][\p{L}.'’-]*){0,4}`

// datelineDate is the date a dateline may give after its place ("MOSCOW,
// March 3", "LONDON, Jan. 5, 2016").
const datelineDate = `,? ` + month + ` \d{1,2}(?:,? \d{4})?`

// acceptDateline is the accept check of a bare dateline rule, whose match
// (a word in capitals and a dash) is also how a sentence opens with an
// acronym subject and an aside ("NASA — The agency … — is broke"): it
// rejects the match when the dash opens an aside (see opensAside).
func acceptDateline(s string, start, end int) int {
	words := strings.Fields(s[start:end])
	if opensAside(s[end:], words[len(words)-1]) {
		return -1
	}
	return end
}

// maxAside bounds how far into the sentence opensAside looks for the dash
// that would close an aside.
const maxAside = 300

// opensAside reports whether dash, which ends what looks like a bare
// dateline, opens an aside instead, and rest is what follows it: the same
// dash comes again in rest's first sentence, and the words after that one
// are a predicate, opening with a verb such as "is" or "has" (maybe after
// an adverb), so that the sentence has no subject but the word before the
// first dash. In "NASA — The agency that put men on the moon — is broke",
// "NASA" is the subject; in "BAGHDAD — The council met — a first.", a
// dateline.
func opensAside(rest, dash string) bool {
	sentence := rest[:min(len(rest), maxAside)]
	if i := punct.SentenceEnd(sentence); i >= 0 {
		sentence = sentence[:i]
	}
	j := strings.Index(sentence, dash)
	if j < 0 {
		return false
	}
	words := strings.Fields(sentence[j+len(dash):])
	if len(words) > 1 && isAdverb(words[0]) {
		words = words[1:]
	}
	return len(words) > 0 && predicateVerbs[strings.ReplaceAll(strings.TrimRight(words[0], ",;:"), "’", "'")]
}

// isAdverb reports whether w is an adverb that may come between a subject
// and its verb ("NASA — … — now faces cuts").
func isAdverb(w string) bool {
	switch w {
	case "now", "still", "also", "again", "just", "already", "soon", "then", "never", "once", "even":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// predicateVerbs are verbs that open a predicate: auxiliaries and the
// verbs news most often uses right after a subject, in lower case.
var predicateVerbs = map[string]bool{
	"is": true, "isn't": true, "was": true, "wasn't": true, "are": true, "aren't": true, "were": true, "weren't": true,
	"has": true, "hasn't": true, "had": true, "hadn't": true, "have": true, "haven't": true,
	"will": true, "won't": true, "would": true, "wouldn't": true, "can": true, "can't": true, "cannot": true,
	"could": true, "couldn't": true, "may": true, "might": true, "must": true, "should": true, "shouldn't": true,
	"does": true, "doesn't": true, "did": true, "didn't": true, "do": true, "don't": true,
	"says": true, "said": true, "remains": true, "remained": true, "faces": true, "faced": true,
	"plans": true, "planned": true, "wants": true, "wanted": true, "needs": true, "needed": true,
	"became": true, "becomes": true, "seems": true, "seemed": true, "announced": true, "hopes": true,
}
