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

// maxTagWords is the most words a speech tag alone has ("the city's
// police chief said").
const maxTagWords = 6

// IsTag reports whether s is a speech tag standing alone, as it follows a
// quoted question or exclamation: "Forte said.", "asked the mayor.", "the
// minister told reporters." It has two to maxTagWords words, ends with a
// period, holds a verb that reports speech and no quotation.
func IsTag(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ".") || strings.ContainsAny(s, `"“”`) {
		return false
	}
	if n := len(strings.Fields(s)); n < 2 || n > maxTagWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return false
	}
	return Mentions(s)
}
