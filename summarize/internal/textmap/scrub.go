package textmap

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// rewrite returns what Scrub makes of the character at s[i], and its size
// in bytes; ok is false when the character stays as it is. CRLF, CR, NEL
// and U+2028 become "\n"; U+2029 (paragraph separator) becomes a blank
// line; tabs and every Unicode space separator (Zs: no-break space, thin
// space, ideographic space…) become " "; zero-width spaces and joiners,
// the word joiner, the BOM and soft hyphens are dropped (they are
// invisible, and would split words for matching); other C0/C1 controls are
// dropped; each byte of invalid UTF-8 becomes U+FFFD. A '?' where a
// question mark is never written stands for a lost quote, apostrophe or
// dash (see lostQuote).
//
// sure, when not nil, holds the sure lost quotes of s (see findSureQuotes).
func rewrite(s string, i int, sure *sureQuotes) (repl string, size int, ok bool) {
	c := s[i]
	if c == '?' {
		repl, ok := readLost(s, i, sure)
		return repl, 1, ok
	}
	if c >= ' ' && c < 0x7f || c == '\n' {
		return "", 1, false
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
		return "\n", 2, true
	case c == '\r' || r == '\u0085' || r == '\u2028':
		return "\n", size, true
	case r == '\u2029':
		return "\n\n", size, true
	case r == utf8.RuneError && size == 1:
		return "\uFFFD", size, true
	case r == '\t' || r == '\v' || r == '\f' || unicode.Is(unicode.Zs, r):
		return " ", size, true
	case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' ||
		r == '\uFEFF' || r == '\u00AD' || unicode.Is(unicode.Cc, r):
		return "", size, true
	}
	return "", size, false
}

// maxScrubbed bounds the text of a scrubbed piece in bytes: mapping an
// offset inside one re-reads its source bytes, so the bound keeps a span
// cheap, while text rewritten at every other character (a paste full of
// no-break spaces, binary junk) needs one piece per maxScrubbed bytes
// instead of one per character.
const maxScrubbed = 64

// Scrub returns src with the characters that have no place in display text
// rewritten (see rewrite), mapped back to src.
func Scrub(src string) Text {
	b := Builder{src: src}
	b.Grow(len(src))
	run := 0 // start of the stretch copied as is
	var sure *sureQuotes
	if strings.IndexByte(src, '?') >= 0 {
		sure = findSureQuotes(src)
	}
	for i := 0; i < len(src); {
		repl, size, ok := rewrite(src, i, sure)
		if !ok {
			i += size
			continue
		}
		b.Add(src[run:i], run, i, Exact)
		b.Add(repl, i, i+size, scrubbed)
		i += size
		run = i
	}
	b.Add(src[run:], run, len(src), Exact)
	return b.Text()
}

// NFC returns t in Unicode Normalization Form C. Text that is already NFC
// (the common case) is returned as is. Otherwise each stretch that needs
// work runs from a starter to the next character that starts a new
// segment (norm's BoundaryBefore), so the combining marks that follow a
// starter travel with it: the composed stretch maps to the whole original
// one, so "e" + U+0301 becomes "é" and spans both. Normalising a stretch as a
// whole also lets norm insert U+034F (CGJ) into runs of more than 30
// combining marks, as the stream-safe format behind IsNormalString requires.
func NFC(t Text) Text {
	if norm.NFC.IsNormalString(t.text) {
		return t
	}
	b := Builder{src: t.src}
	b.Grow(len(t.text))
	for x := 0; x < len(t.text); {
		n := x + norm.NFC.QuickSpanString(t.text[x:])
		b.Copy(&t, x, n)
		if n == len(t.text) {
			break
		}
		_, size := utf8.DecodeRuneInString(t.text[n:])
		y := n + size
		for y < len(t.text) && !norm.NFC.PropertiesString(t.text[y:]).BoundaryBefore() {
			_, size = utf8.DecodeRuneInString(t.text[y:])
			y += size
		}
		if seg := norm.NFC.String(t.text[n:y]); seg == t.text[n:y] {
			b.Copy(&t, n, y)
		} else {
			from, to := t.Span(n, y)
			b.Add(seg, from, to, Whole)
		}
		x = y
	}
	return b.Text()
}

// IsBlank reports whether s shows nothing once scrubbed: it holds only
// spaces, line breaks and characters that Scrub drops.
func IsBlank(s string) bool {
	for i := 0; i < len(s); {
		repl, size, ok := rewrite(s, i, nil)
		if !ok {
			repl = s[i : i+size]
		}
		if strings.TrimSpace(repl) != "" {
			return false
		}
		i += size
	}
	return true
}
