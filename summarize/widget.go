package summarize

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Related-links widgets that news pages glue into a sentence: a repeated
// linked name ("KerryJohn Kerry…") or a sponsored section ("— Presented by
// … —"), each running to a closing "MORE" link.

// widgetReach bounds the distance from a glued name to its widget's "MORE",
// and maxNameTokens the words of the name that opens it, nicknames
// included ("Rafael (Ted) Edward Cruz").
const (
	widgetReach   = 500
	maxNameTokens = 6
)

// moreToken is the link that closes a related-links widget.
var moreToken = regexp.MustCompile(` MORE\b`)

// sponsorLabel opens a sponsored widget: a section label of up to four
// capitalised words, which may be joined by "&", "/" or "+" ("Energy &
// Environment", "Equilibrium/ Sustainability") and hold "'", "’", "." or
// "-" inside, then "— Presented by Sponsor —". Each part of a label word
// ("Health", "Care" of "Health-Care") is lower-case after its first
// letter, or an acronym, so "LeeCity" is no label word; a word does not end
// in a period, so the sentence before the label stays out of it.
var sponsorLabel = sync.OnceValue(func() *regexp.Regexp {
	const (
		rest = `(?:[\p{Ll}\d'’.]*[\p{Ll}\d'’]|\p{Lu}*)`
		word = `[\p{Lu}\d'’]` + rest + `(?:-[\p{L}\d]` + rest + `)*`
	)
	return regexp.MustCompile(`(?:^|\s)(` + word + `(?:(?: ?[&/+] ?| )` + word + `){0,3} ?(?:—|–|--) ?Presented by [^—–]{1,60}? ?(?:—|–|--))`)
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
// prints them: a linked name is followed, without a space, by the full name
// (the text "John Kerry" then "John Kerry…", "Obama" then "Barack Obama",
// "Cruz" then "Rafael (Ted) Edward Cruz"), then headlines, then "MORE".
//
//   - With "MORE" within widgetReach bytes of the full name, the cut runs
//     from the full name through "MORE", so the sentence reads on.
//   - Without one, only the repeated name is cut.
//   - When the full name does not end in the word it is glued to, it still
//     counts if it holds that word spelt another way ("Luján" for "Lujan",
//     "Greene" for "Green"), is glued to a headline in turn ("Jr.Greene")
//     and "MORE" follows in the same sentence: the cut runs through "MORE".
//     The word glued to must then have three letters or more.
//
// The full name must have two words or more, of two letters or more (or an
// initial such as "Q."), and at most maxNameTokens words; a nickname in
// brackets or quotes may stand among them. "LaLa", "TheA The" and
// "McDonald McKinley" (see namePrefixes) are not widgets.
func gluedWidgets(s string) []cut {
	var cuts []cut
	for i := 1; i < len(s); i++ {
		if !isNameGlue(s, i) {
			continue
		}
		left := lastWord(s[:i])
		if utf8.RuneCountInString(left) < 2 {
			continue
		}
		n, glued := fullName(s[i:], left)
		if n == 0 && (!glued || utf8.RuneCountInString(left) < 3) {
			continue
		}
		window := s[i+n : min(len(s), i+n+widgetReach)]
		m := moreToken.FindStringIndex(window)
		switch {
		case m != nil && n == 0 && breaksSentence(window[:m[0]]):
		case m != nil:
			cuts = append(cuts, cut{i, i + n + m[1], "related-links widget"})
			i += n + m[1] - 1
		case n > 0:
			cuts = append(cuts, cut{i, i + n, "repeated name"})
		}
	}
	return cuts
}

// fullName reads the name that opens rest, glued to the word left. It
// returns the name's length in bytes when the name ends in left, the way a
// widget repeats a name. Otherwise n is 0, and glued reports whether the
// name has two words or more, one of them left spelt another way (see
// isVariant), and a word after the first has a word glued inside
// ("LujánLuján", "Jr.Greene"): the name runs straight into a headline.
func fullName(rest, left string) (n int, glued bool) {
	at, words, variant := 0, 0, false
	for tokens := 0; tokens < maxNameTokens; tokens++ {
		r := rest[at:]
		if words > 0 && isWordAt(r, left) {
			return at + len(left), false
		}
		w, nick := nameToken(r)
		parts := glueParts(w)
		if w == "" || !nick && utf8.RuneCountInString(w) < 2 || tokens == 0 && len(parts) > 1 {
			break // a word glued on at once: not a name of its own
		}
		if !nick {
			glued = glued || words > 0 && len(parts) > 1
			variant = variant || slices.ContainsFunc(parts, func(p string) bool { return isVariant(p, left) })
			words++
		}
		if at += len(w); !strings.HasPrefix(rest[at:], " ") {
			break
		}
		at++
	}
	return 0, glued && variant && words >= 2
}

// isVariant reports whether the word w is left spelt another way: the same
// without accents ("Luján", "Lujan"), or with lower-case letters added
// ("Greene", "Green").
func isVariant(w, left string) bool {
	more, ok := strings.CutPrefix(fold(w), fold(left))
	return ok && !strings.ContainsFunc(more, func(r rune) bool { return !unicode.IsLower(r) })
}

// fold returns w without its accents.
func fold(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// breaksSentence reports whether s holds a sentence break: "!" or "?", or
// a period after a lower-case letter, then a space and an upper-case
// letter ("No. 2" and "U.S. Senate" are no breaks).
func breaksSentence(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' || s[i+1] != ' ' {
			continue
		}
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if unicode.IsUpper(r) && (s[i] != '.' || unicode.IsLower(p)) {
			return true
		}
	}
	return false
}

// isWordAt reports whether s opens with the word w, not followed by a
// lower-case letter or a hyphen that would make it part of a longer word.
func isWordAt(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[len(w):])
	return len(s) == len(w) || !unicode.IsLower(r) && r != '-'
}

// nicknameQuotes pairs each opening bracket or quote of a nickname with its
// closing one.
var nicknameQuotes = [][2]string{{"(", ")"}, {`"`, `"`}, {"“", "”"}, {"‘", "’"}, {"'", "'"}}

// nameToken returns the token that opens s: a capitalised word, or a
// nickname of one such word in brackets or quotes ("(Ted)", "“Ted”"),
// with nick set; "" if s opens with neither.
func nameToken(s string) (tok string, nick bool) {
	for _, q := range nicknameQuotes {
		if !strings.HasPrefix(s, q[0]) {
			continue
		}
		inner := s[len(q[0]):]
		j := strings.Index(inner[:min(len(inner), 30)], q[1])
		if w := capitalised(inner); j >= 2 && (len(w) == j || len(w) == j+len(q[1]) && strings.HasSuffix(w, q[1])) {
			return s[:len(q[0])+j+len(q[1])], true
		}
		return "", false
	}
	return capitalised(s), false
}

// capitalised returns the word of name runes that opens s when it starts
// with an upper-case letter, or "".
func capitalised(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return ""
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return !isNameRune(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// glueParts splits w where another word is glued on: at an upper-case
// letter right after a lower-case one (see isNameGlue: "LujánLuján"), or at
// a capitalised word right after a period ("Jr.Casey", but not the
// initials "K.J.").
func glueParts(w string) []string {
	var parts []string
	from := 0
	for i := 1; i < len(w); i++ {
		glued := isNameGlue(w, i)
		if !glued && w[i-1] == '.' && i-from > 2 {
			r, size := utf8.DecodeRuneInString(w[i:])
			next, _ := utf8.DecodeRuneInString(w[i+size:])
			glued = unicode.IsUpper(r) && unicode.IsLower(next)
		}
		if glued {
			parts, from = append(parts, w[from:i]), i
		}
	}
	return append(parts, w[from:])
}

// namePrefixes open surnames that have a capital inside ("McDonald",
// "DeSantis", "LaGuardia"): the capital after one is no glue.
var namePrefixes = []string{"Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "Von"}

// isNameGlue reports whether s[i] starts a word glued to the one before it
// (see isGlue), other than the rest of a surname after one of
// namePrefixes.
func isNameGlue(s string, i int) bool {
	return isGlue(s, i) && !slices.Contains(namePrefixes, lastWord(s[:i]))
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

// isNameRune reports whether r can be part of a word of a name.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-' || r == '.'
}
