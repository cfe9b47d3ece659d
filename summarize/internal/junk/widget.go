package junk

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"skim/summarize/internal/punct"
)

// Related-links widgets that news pages glue into a sentence: a repeated
// linked name ("KerryJohn Kerry…") or a sponsored section ("— Presented by
// … —"), each running to a closing "MORE" link.

// widgetReach bounds the distance from a glued name to its widget's "MORE",
// and maxNameTokens the words of the name that opens it, nicknames
// included ("Rafael (Ted) Edward Cruz"). maxNameWord bounds a word of a
// name in runes: a longer run of letters is no name, and the bound keeps
// gluedWidgets linear on one (every capital after a lower-case letter in
// "BaBaBa…" is a glue point).
const (
	widgetReach   = 500
	maxNameTokens = 6
	maxNameWord   = 40
)

// moreKey is the literal a block must hold for a widget to close in it.
const moreKey = " MORE"

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

// sponsoredWidgets appends to out the widgets that open with a sponsor
// label and run to "MORE" within widgetReach bytes; the whole widget is
// cut.
func sponsoredWidgets(s string, out []span) []span {
	for _, m := range sponsorLabel().FindAllStringSubmatchIndex(s, -1) {
		window := s[m[3]:min(len(s), m[3]+widgetReach)]
		if more := moreToken.FindStringIndex(window); more != nil {
			out = append(out, span{m[2], m[3] + more[1]})
		}
	}
	return out
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
//
// Each glue point costs at most maxNameTokens words of maxNameWord runes,
// so the time is linear in len(s). Two rules share the finder, which
// appends to out the widgets run through "MORE" when wide is set, and the
// names repeated without one otherwise.
func gluedWidgets(s string, wide bool, out []span) []span {
	mores := moreToken.FindAllStringIndex(s, -1)
	for i := 1; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			continue // no capital, so no glue (see isGlue): most bytes end here
		}
		if !isNameGlue(s, i) {
			continue
		}
		left := lastWord(s[:i])
		if left == "" {
			// No later glue point in this run of letters opens a name either.
			j := strings.IndexFunc(s[i:], func(r rune) bool { return !isNameRune(r) })
			if j < 0 {
				break
			}
			i += j
			continue
		}
		if utf8.RuneCountInString(left) < 2 {
			continue
		}
		n := repeatedName(s[i:], left)
		if n == 0 && (utf8.RuneCountInString(left) < 3 || !runsIntoHeadline(s[i:], left)) {
			continue
		}
		m := moreWithin(mores, i+n)
		switch {
		case m != nil && n == 0 && punct.SentenceEnd(s[i:m[0]]) >= 0:
		case m != nil:
			if wide {
				out = append(out, span{i, m[1]})
			}
			i = m[1] - 1
		case n > 0 && !wide:
			out = append(out, span{i, i + n})
		}
	}
	return out
}

// relatedLinks appends the widgets of gluedWidgets that run through "MORE".
func relatedLinks(s string, out []span) []span { return gluedWidgets(s, true, out) }

// repeatedNames appends the names of gluedWidgets repeated without a
// widget.
func repeatedNames(s string, out []span) []span { return gluedWidgets(s, false, out) }

// moreWithin returns the first of mores, the "MORE" links of a block in
// order, that starts at or after from and ends within widgetReach bytes of
// it, or nil.
func moreWithin(mores [][]int, from int) []int {
	k, _ := slices.BinarySearchFunc(mores, from, func(m []int, at int) int { return m[0] - at })
	if k == len(mores) || mores[k][1] > from+widgetReach {
		return nil
	}
	return mores[k]
}

// repeatedName returns the length in bytes of the name that opens rest
// when it ends in left, the word it is glued to, the way a widget repeats
// a name ("Mia Park" after "Park"); otherwise 0.
func repeatedName(rest, left string) int {
	words := 0
	for at, tok := range nameTokens(rest) {
		if words > 0 && isWordAt(rest[at:], left) {
			return at + len(left)
		}
		if !tok.nick {
			words++
		}
	}
	return 0
}

// runsIntoHeadline reports whether the name that opens rest, which does
// not end in left, is left's full name all the same, run straight into a
// headline: it has two words or more, one of them left spelt another way
// (see isVariant), and a word after the first has a word glued inside
// ("LujánLuján", "Jr.Greene").
func runsIntoHeadline(rest, left string) bool {
	words, glued, variant := 0, false, false
	for _, tok := range nameTokens(rest) {
		if tok.nick {
			continue
		}
		parts := 0
		for p := range glueParts(tok.text) {
			parts++
			variant = variant || isVariant(p, left)
		}
		glued = glued || words > 0 && parts > 1
		words++
	}
	return glued && variant && words >= 2
}

// nameTok is a token of a name: a word or a nickname (see nameToken).
type nameTok struct {
	text string
	nick bool
}

// nameTokens yields the tokens of the name that opens rest, each with its
// byte offset in rest: at most maxNameTokens, one space apart, each a
// capitalised word of two letters or more (or an initial such as "Q.") or
// a nickname. It stops at the first token that is neither, and yields
// nothing when the first word has another glued on: "LeeCity" opens no
// name of its own.
func nameTokens(rest string) iter.Seq2[int, nameTok] {
	return func(yield func(int, nameTok) bool) {
		for at, k := 0, 0; k < maxNameTokens; k++ {
			w, nick := nameToken(rest[at:])
			if w == "" || !nick && utf8.RuneCountInString(w) < 2 || k == 0 && glueAfter(w, 0) >= 0 {
				return
			}
			if !yield(at, nameTok{w, nick}) {
				return
			}
			if at += len(w); !strings.HasPrefix(rest[at:], " ") {
				return
			}
			at++
		}
	}
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
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
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
