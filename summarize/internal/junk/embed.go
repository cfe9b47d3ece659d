package junk

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"skim/summarize/internal/punct"
)

// instagramSignature finds the line an embedded Instagram post leaves in
// copied text under the post's own caption: "A post shared by Ann Bo
// (@annbo) on Aug 1, 2017 at 8:12pm PDT".
var instagramSignature = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`A post shared by [^()\n]+?\(@[\w.]+\) on ` + month + ` \d+, \d{4} at \d+:\d\d ?[ap]m(?: ?[A-Z]?[A-Z][SD]?T)?`)
})

// maxPostCaption bounds, in bytes, the caption an embedded post may have
// before its signature; the signature itself is at most maxInline bytes.
const maxPostCaption = 400

// instagramPosts appends to out each embedded Instagram post in s: its
// signature (see instagramSignature) with the caption before it, the
// sentences just before the signature that are rich in hashtags and
// handles ("#Repost @ann.bo with @repostapp. Day one #parks #summer"; see
// isTagRich). A sentence of the story before the post has few of them and
// stays, and so does a plain caption ("So happy today #parks"), which
// reads like one.
func instagramPosts(s string, out []span) []span {
	floor := 0 // where the post before ended
	for _, m := range instagramSignature().FindAllStringIndex(s, -1) {
		if m[1]-m[0] > maxInline {
			continue // a story's sentence that happens to run on to a handle and a date
		}
		out = append(out, span{captionStart(s, max(floor, m[0]-maxPostCaption), floor, m[0]), m[1]})
		floor = m[1]
	}
	return out
}

// captionStart returns where the caption of the post whose signature
// starts at end begins: the start of the run of tag-rich sentences just
// before end, none of them starting before limit (at or after floor, where
// the post before ended), with the runs of marks between them; end when
// there is none. A sentence starts after a boundary (see
// punct.IsBoundary), at the start of s, or at floor.
func captionStart(s string, limit, floor, end int) int {
	start := end
	for start > limit {
		b := start - 1
		for b > limit && !punct.IsBoundary(s, b) {
			b--
		}
		if b != floor && !punct.IsBoundary(s, b) || hasWord(s[b:start]) && !isTagRich(s[b:start]) {
			break // a run of marks alone ("???", emoji lost in copying) goes with the caption
		}
		start = b
	}
	return start
}

// hasWord reports whether text holds a letter or a digit.
func hasWord(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isTagRich reports whether text reads as a social post's caption rather
// than a story's sentence: it holds at least two hashtags or handles
// ("#parks", "@ann.bo", not "#1"), or they make up a third of its words.
func isTagRich(text string) bool {
	words := strings.Fields(text)
	tags := countTags(words)
	return tags >= 2 || tags > 0 && 3*tags >= len(words)
}

// HoldsTag reports whether text holds a hashtag or a handle ("#parks",
// "@ann.bo", not "#1" or "a@b").
func HoldsTag(text string) bool {
	return countTags(strings.Fields(text)) > 0
}

// countTags returns how many of words are hashtags or handles, after any
// opening marks ("(@annbo").
func countTags(words []string) int {
	tags := 0
	for _, w := range words {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return r != '#' && r != '@' && !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(w) > 1 && (w[0] == '#' || w[0] == '@') && strings.IndexFunc(w[1:], unicode.IsLetter) >= 0 {
			tags++
		}
	}
	return tags
}

// LeavesPostText reports whether a stretch cut by the rule with ID rule is
// an embedded post's signature or media link that left the post's own
// text in the story, just before it: a tweet's "— Ann Bo (@annbo) August
// 2, 2017" or "pic.twitter.com/…" (not a short link, which a story may
// give), or an Instagram signature cut without its caption (see
// instagramPosts).
func LeavesPostText(rule, text string) bool {
	switch rule {
	case "embed/tweet":
		return true
	case "embed/link": // a post's media, not a link a story gives ("the plan: https://t.co/…")
		return strings.HasPrefix(text, "pic.twitter.com/")
	case "embed/instagram":
		return strings.HasPrefix(text, "A post shared by")
	}
	return false
}

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
