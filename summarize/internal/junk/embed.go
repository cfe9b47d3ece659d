package junk

import (
	"regexp"
	"strings"
	"sync"
)

// tweetSignature finds an embedded tweet's signature: the author's name
// (up to six words, or none), the handle and the date ("— Ann Bo (@annbo)
// August 2, 2017"). After a dash (or the '?' or '"' that a lost dash left,
// "…months.? Ann Bo (@annbo) July 31, 2017") it may stand anywhere; with
// none, it must end its block or meet the capital of the text glued after
// it (group 2 ends the signature), so that "Senator Ann Bo (@annbo) March
// 3, 2019, said …" stays.
var tweetSignature = sync.OnceValue(func() *regexp.Regexp {
	name := `(?:[\p{Lu}@_][\p{L}\p{N}'’_-]*\.? ){0,6}`
	signature := name + `\(@\w+\) ` + month + ` \d{1,2}, \d{4}`
	return regexp.MustCompile(`((?:—|–|--|\?|")\s?` + signature + `)|(` + signature + `)(?:$|\s*\p{Lu})`)
})

// tweetSignatures appends the tweet signatures in s to out (see
// tweetSignature).
func tweetSignatures(s string, out []span) []span {
	for _, m := range tweetSignature().FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 {
			out = append(out, span{m[2], m[3]})
		} else {
			out = append(out, span{m[4], m[5]})
		}
	}
	return out
}

// maxStructuredData bounds a page's structured data (JSON-LD) glued into
// its text, in bytes.
const maxStructuredData = 8 << 10

// structuredData appends to out each JSON object in s that opens as
// schema.org data does ({"@context"… or {"@type"…) and closes within
// maxStructuredData bytes, its braces balanced outside strings.
func structuredData(s string, out []span) []span {
	for i := 0; i < len(s); {
		at := strings.Index(s[i:], `{"@`)
		if at < 0 {
			break
		}
		start := i + at
		i = start + 1
		if !strings.HasPrefix(s[start:], `{"@context"`) && !strings.HasPrefix(s[start:], `{"@type"`) {
			continue
		}
		window := s[start:min(len(s), start+maxStructuredData)]
		end := objectEnd(window)
		if end == 0 {
			i = start + len(window) // what opens in an unclosed object stays in it: each byte is read once
			continue
		}
		out = append(out, span{start, start + end})
		i = start + end
	}
	return out
}

// objectEnd returns the length of the JSON object that opens s, or 0 when
// it does not close in s.
func objectEnd(s string) int {
	depth, inString := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{':
			depth++
		case c == '}':
			if depth--; depth == 0 {
				return i + 1
			}
		}
	}
	return 0
}
