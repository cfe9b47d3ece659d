package summarize

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// datelinePlace is the place of a dateline without a source: a word in
// capitals, then up to four more words ("NEW YORK", "LONDON, England").
const datelinePlace = `[A-Z][A-Z.'’-]+(?:,? [A-Z][\p{L}.'’-]*){0,4}`

// datelineDate is the date a dateline may give after its place ("MOSCOW,
// March 3", "LONDON, Jan. 5, 2016").
const datelineDate = `,? ` + month + ` \d{1,2}(?:,? \d{4})?`

// datelineRule finds a dateline; group 1 of re is the dateline. A bare
// rule's match is a word in capitals and a dash, which is also how a
// sentence opens with an acronym subject and an aside ("NASA — The agency
// … — is broke"); see opensAside.
type datelineRule struct {
	re   *regexp.Regexp
	bare bool
}

// Datelines open a story: "(CNN)", "Washington (CNN) -- ", "NEW YORK
// (Reuters) - ", "MOSCOW, March 3 (Reuters) - ", "(AP) —", "WASHINGTON — ",
// "LONDON, Jan. 5 — ", and CNN Student News' "March 10, 2015 . ".
var datelineRules = sync.OnceValue(func() []datelineRule {
	return []datelineRule{
		{regexp.MustCompile(`^((?:` + capWord + `(?:,? ` + capWord + `){0,4}(?:` + datelineDate + `)? ?)?\((?:CNN(?: ?Money| Business| Travel| Style)?|AP|Reuters|AFP|UPI|Bloomberg|BBC|NPR|EW|HLN|WIRED|Wired|Mashable|Variety|Billboard|TIME|Fortune|People|The Hollywood Reporter|Rolling Stone|The Conversation|Xinhua|Kyodo|Yonhap)\) ?(?:--|—|–|-|:)? ?)`), false},
		// An unknown source in parentheses counts only glued to the text.
		{regexp.MustCompile(`^(\([\p{Lu}][\p{L}&.'’ +-]{0,30}\))[\p{Lu}"“‘']`), false},
		{regexp.MustCompile(`^(` + datelinePlace + datelineDate + ` (?:--|—|–|-) )[\p{Lu}"“‘']`), false},
		{regexp.MustCompile(`^(` + datelinePlace + ` (--|—|–) )[\p{Lu}"“‘']`), true},
		{regexp.MustCompile(`^((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} ?\. )`), false},
	}
})

// maxDateline bounds the text a dateline rule reads, in bytes: datelines
// are short (the dev set's longest has 34 bytes), and a capitalised word
// in the rules would otherwise read on through a block that is one long
// run of letters.
const maxDateline = 200

// dateline returns the cut for the datelines that open block, if any.
func dateline(block string) []cut {
	end := 0
	for again := true; again; {
		again = false
		for _, r := range datelineRules() {
			m := r.re.FindStringSubmatchIndex(block[end:min(len(block), end+maxDateline)])
			if m == nil || m[3] == 0 || r.bare && opensAside(block[end+m[3]:], block[end+m[4]:end+m[5]]) {
				continue
			}
			end += m[3]
			again = true
		}
	}
	if end == 0 {
		return nil
	}
	return []cut{{0, end, "dateline"}}
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
	if i := sentenceEnd(sentence); i >= 0 {
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

// sentenceEnd returns the index of the punctuation that ends the first
// sentence in s, or -1 if there is none: "!" or "?", or a period after a
// lower-case letter, followed by the end of s or by a space and anything
// but a lower-case letter or a digit. "No. 2", "U.S. Senate" and "approx.
// two" hold no sentence end. Datelines (opensAside) and widgets
// (gluedWidgets) use it; prompts end differently (see promptEnd).
func sentenceEnd(s string) int {
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
