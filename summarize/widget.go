package summarize

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Related-links widgets that news pages glue into a sentence: a repeated
// linked name ("KerryJohn Kerry…") or a sponsored section ("— Presented by
// … —"), each running to a closing "MORE" link.

// widgetReach bounds the distance from a glued name to its widget's "MORE".
const widgetReach = 500

// moreToken is the link that closes a related-links widget.
var moreToken = regexp.MustCompile(` MORE\b`)

// sponsorLabel opens a sponsored widget: a section label, then
// "— Presented by Sponsor —".
var sponsorLabel = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|\s)((?:[\p{Lu}][\p{Ll}'’.-]*/? ){1,4}(?:—|–|--) ?Presented by [^—–]{1,60}? ?(?:—|–|--))`)
})

// sponsoredWidgets finds widgets that open with a sponsor label and run to
// "MORE" within widgetReach bytes; the whole widget is cut.
func sponsoredWidgets(s string) []cut {
	if !strings.Contains(s, "Presented by") {
		return nil
	}
	var cuts []cut
	for _, m := range sponsorLabel().FindAllStringSubmatchIndex(s, -1) {
		window := s[m[3]:min(len(s), m[3]+widgetReach)]
		if more := moreToken.FindStringIndex(window); more != nil {
			cuts = append(cuts, cut{m[2], m[3] + more[1], "sponsored widget"})
		}
	}
	return cuts
}

// gluedWidgets finds related-links widgets glued into a sentence, as The Hill
// prints them: a linked name is followed, without a space, by the name
// again (the text "John Kerry" then "John Kerry…", or "Obama" then "Barack
// Obama"), then headlines, then "MORE". The cut runs from the second copy of
// the name through "MORE", so the sentence reads on; with no "MORE" within
// widgetReach bytes, only the repeated name is cut. The second copy must
// have two words or more, of two letters or more (or an initial such as
// "Q."): "LaLa" and "TheA The" are not widgets.
func gluedWidgets(s string) []cut {
	var cuts []cut
	for i := 1; i < len(s); i++ {
		if !isGlue(s, i) {
			continue
		}
		left := lastWord(s[:i])
		if utf8.RuneCountInString(left) < 2 {
			continue
		}
		n, words := 0, 0 // the second copy's length in bytes and words
		for rest := s[i:]; words < 4 && n == 0; {
			w := firstWord(rest)
			if utf8.RuneCountInString(w) < 2 {
				break
			}
			words++
			if w == left {
				n = len(s) - len(rest) + len(w) - i
			} else if rest = rest[len(w):]; strings.HasPrefix(rest, " ") {
				rest = rest[1:]
			} else {
				break
			}
		}
		if n == 0 || words < 2 {
			continue
		}
		window := s[i+n : min(len(s), i+n+widgetReach)]
		if m := moreToken.FindStringIndex(window); m != nil {
			cuts = append(cuts, cut{i, i + n + m[1], "related-links widget"})
			i += n + m[1] - 1
		} else {
			cuts = append(cuts, cut{i, i + n, "repeated name"})
		}
	}
	return cuts
}

// isGlue reports whether s[i] starts an upper-case letter glued to a
// lower-case one before it ("KerryJohn").
func isGlue(s string, i int) bool {
	if c := s[i]; c < 0x80 && (c < 'A' || c > 'Z') || !utf8.RuneStart(c) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsUpper(r) && unicode.IsLower(p)
}

// lastWord returns the capitalised word that ends s, or "".
func lastWord(s string) string {
	w := s[strings.LastIndexFunc(s, func(r rune) bool { return !isNameRune(r) })+1:]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return ""
	}
	return w
}

// firstWord returns the capitalised word that opens s; it ends at a
// character that cannot be in a name or where another word is glued on.
func firstWord(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return ""
	}
	for i, r := range s {
		if i > 0 && (!isNameRune(r) || isGlue(s, i)) {
			return s[:i]
		}
	}
	return s
}

// isNameRune reports whether r can be part of a word of a name.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-' || r == '.'
}
