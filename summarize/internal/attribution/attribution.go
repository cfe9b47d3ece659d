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
	"told": true, "tweeted": true, "recalled": true, "demanded": true, "exclaimed": true,
}

// auxiliaries before a verb make it passive ("Nothing was said."), not a
// tag.
var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"had": true, "has": true, "have": true,
}

// sourceVerbs are the participles that credit a news source for a report
// after "has" or "have" ("TMZ has learned.", "CNN has confirmed."); a
// source that "reports" is read apart.
var sourceVerbs = map[string]bool{
	"learned": true, "confirmed": true, "reported": true, "obtained": true,
}

// pronouns are the subjects that name no source: "She has learned." is a
// sentence of its own.
var pronouns = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"this": true, "that": true, "who": true,
}

// IsSourceTag reports whether s is a news source's credit standing alone,
// as celebrity and tabloid sites put it after an ellipsis ("…stolen from
// her hotel room ... TMZ has learned."): a source of one to three words
// after an optional "The", then "has" or "have" and a verb of sourceVerbs
// ("The Wall Street Journal has learned."), or a source whose last word is
// capitalised and "reports" ("the Post reports."), and a period. "Police
// have confirmed the death.", "Officials deny reports." and "She has
// learned." are sentences of their own.
func IsSourceTag(s string) bool {
	words, ok := tagWords(s)
	if !ok {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	var source []string
	switch {
	case last == "reports":
		source = words[:len(words)-1]
		if !startsUpper(source[len(source)-1]) {
			return false
		}
	case sourceVerbs[last] && len(words) >= 3:
		if aux := strings.ToLower(words[len(words)-2]); aux != "has" && aux != "have" {
			return false
		}
		source = words[:len(words)-2]
	default:
		return false
	}
	if strings.EqualFold(source[0], "the") {
		source = source[1:]
	}
	return len(source) >= 1 && len(source) <= 3 && !(len(source) == 1 && pronouns[strings.ToLower(source[0])])
}

// tagWords returns the words of s, without its final period, when s could
// be a tag standing alone: at most maxTagBytes, ending in a period, with
// no quotation marks, of two words or more and opening with a letter.
func tagWords(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxTagBytes || !strings.HasSuffix(s, ".") || strings.ContainsAny(s, `"“”`) {
		return nil, false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return nil, false
	}
	words := strings.Fields(strings.TrimSuffix(s, "."))
	return words, len(words) >= 2
}

// startsUpper reports whether w opens with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// OpensWithTag reports whether s opens with a speech tag that a comma ends
// and the sentence goes on after ("Ann Bo demanded, according to Lizza.",
// "Forte said, adding that…"): what comes before the first comma, when no
// stop comes before it, is a tag by IsTag.
func OpensWithTag(s string) bool {
	s = s[:min(len(s), maxTagBytes)] // a tag is no longer, and s may be a whole block
	comma := strings.IndexByte(s, ',')
	if comma < 0 || strings.ContainsAny(s[:comma], ".!?") {
		return false
	}
	return IsTag(s[:comma] + ".")
}

// IsTag reports whether s is a speech tag standing alone, as it follows a
// quoted question or exclamation: a verb of tagVerbs and its speaker of
// one to three words, the verb last ("Forte said.", "The mayor asked.") or
// first ("said the mayor."), and a period. "Smith said nothing more
// about it." and "Nothing was said." are sentences of their own.
func IsTag(s string) bool {
	words, ok := tagWords(s)
	if !ok || len(words) > 4 {
		return false
	}
	last, first := strings.ToLower(words[len(words)-1]), strings.ToLower(words[0])
	if tagVerbs[last] {
		return !auxiliaries[strings.ToLower(words[len(words)-2])]
	}
	return tagVerbs[first]
}
