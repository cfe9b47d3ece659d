// Package attribution recognises the verbs that report speech ("the mayor
// said", "asked Ann Bo", "according to officials"): a sentence that holds
// one tells what someone said.
package attribution

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// verbs finds a verb that reports speech, as a whole word.
var verbs = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:said|says|say|told|tells|urged|urges|added|adds|wrote|writes|asked|asks|explained|noted|announced|announces|warned|warns|advised|advises|encouraged|encourages|reminded|reminds|insisted|stated|according to)\b`)
})

// Mentions reports whether s holds a verb that reports speech.
func Mentions(s string) bool {
	return verbs().MatchString(s)
}

// maxTagBytes bounds a speech tag; longer text is read no further.
const maxTagBytes = 80

// tagVerbs are the verbs a speech tag of its own is made of.
var tagVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "replied": true, "explained": true, "insisted": true,
	"told": true, "tweeted": true, "recalled": true,
}

// auxiliaries before a verb make it passive ("Nothing was said."), not a
// tag.
var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"had": true, "has": true, "have": true,
}

// sourceVerbs are the verbs that credit a news source for a report, after
// "has" or "have" ("TMZ has learned.", "CNN has confirmed.") or alone in
// the present ("the Post reports.").
var sourceVerbs = map[string]bool{
	"learned": true, "confirmed": true, "reported": true, "obtained": true,
}

// IsSourceTag reports whether s is a news source's credit standing alone,
// as celebrity and tabloid sites put it after an ellipsis ("…stolen from
// her hotel room ... TMZ has learned."): a source of one to three words,
// "has" or "have" and a verb of sourceVerbs, or a source and "reports",
// and a period. "Police have confirmed the death." is a sentence of its
// own.
func IsSourceTag(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxTagBytes || !strings.HasSuffix(s, ".") || strings.ContainsAny(s, `"“”`) {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(s, "."))
	n := len(words)
	if n < 2 || n > 5 {
		return false
	}
	last, before := strings.ToLower(words[n-1]), strings.ToLower(words[n-2])
	switch {
	case last == "reports":
		return n <= 4
	case sourceVerbs[last]:
		return n >= 3 && (before == "has" || before == "have")
	}
	return false
}

// IsTag reports whether s is a speech tag standing alone, as it follows a
// quoted question or exclamation: a verb of tagVerbs and its speaker of
// one to three words, the verb last ("Forte said.", "The mayor asked.") or
// first ("said the mayor."), and a period. "Smith said nothing more
// about it." and "Nothing was said." are sentences of their own.
func IsTag(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxTagBytes || !strings.HasSuffix(s, ".") || strings.ContainsAny(s, `"“”`) {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(s, "."))
	if n := len(words); n < 2 || n > 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return false
	}
	last, first := strings.ToLower(words[len(words)-1]), strings.ToLower(words[0])
	if tagVerbs[last] {
		return !auxiliaries[strings.ToLower(words[len(words)-2])]
	}
	return tagVerbs[first]
}
