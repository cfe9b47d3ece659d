package summarize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The offset map: every stage of intake rewrites text (scrub, NFC, joined
// lines, cut junk) and carries, piece by piece, where each stretch of its
// output came from in the article as given, so that any sentence can be
// traced back to its bytes.

// trimSpaces returns [x, y) without the spaces at either end of s[x:y].
func trimSpaces(s string, x, y int) (int, int) {
	for x < y && s[x] == ' ' {
		x++
	}
	for y > x && s[y-1] == ' ' {
		y--
	}
	return x, y
}

// pieceKind says how a piece's text relates to the article bytes it maps to.
type pieceKind uint8

const (
	// whole: the text stands for the article bytes as a whole (a composed
	// character, a joint); any part of it maps to all of them.
	whole pieceKind = iota
	// exact: the text is the article's bytes unchanged, so byte at+i maps to
	// from+i.
	exact
	// scrubbed: the text is what scrub makes of the article bytes, character
	// by character (see rewrite), so each character of the text maps to the
	// article character it came from; maxScrubbed bounds its length.
	scrubbed
)

// rewrite returns what scrub makes of the character at s[i], and its size
// in bytes; ok is false when the character stays as it is. CRLF, CR, NEL
// and U+2028 become "\n"; U+2029 (paragraph separator) becomes a blank
// line; tabs and every Unicode space separator (Zs: no-break space, thin
// space, ideographic space…) become " "; zero-width spaces and joiners,
// the word joiner, the BOM and soft hyphens are dropped (they are
// invisible, and would split words for matching); other C0/C1 controls are
// dropped; each byte of invalid UTF-8 becomes U+FFFD.
func rewrite(s string, i int) (repl string, size int, ok bool) {
	c := s[i]
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
// offset inside one re-reads its article bytes, so the bound keeps a span
// cheap, while text rewritten at every other character (a paste full of
// no-break spaces, binary junk) needs one piece per maxScrubbed bytes
// instead of one per character.
const maxScrubbed = 64

// piece maps a stretch of normalised text back to the article: the text
// from at to the next piece's at came from article[from:to].
type piece struct {
	at, from, to int
	kind         pieceKind
}

// mapped is text with its map back to the article it came from.
type mapped struct {
	text   string
	pieces []piece // in text order, and in article order too
	src    string  // the article as given
}

// span returns the byte range of the article that holds text[a:b]. An empty
// range maps to the point where text[a] starts (or the article's end).
func (m *mapped) span(a, b int) (start, end int) {
	if a >= b || a >= len(m.text) {
		if a < len(m.text) {
			start, _ = m.span(a, a+1)
			return start, start
		}
		if len(m.pieces) == 0 {
			return len(m.src), len(m.src)
		}
		_, end = m.span(len(m.text)-1, len(m.text))
		return end, end
	}
	_, _, start, _ = m.char(m.find(a), a)
	_, _, _, end = m.char(m.find(b-1), b-1)
	return start, end
}

// char returns the character of piece k that holds text[i]: the range of
// text it takes and the range of the article it came from. The character
// of an exact piece is the byte itself, and that of a whole piece is the
// piece.
func (m *mapped) char(k, i int) (at, next, from, to int) {
	p := m.pieces[k]
	switch p.kind {
	case exact:
		return i, i + 1, p.from + i - p.at, p.from + i - p.at + 1
	case scrubbed:
		at, from = p.at, p.from
		for from < p.to {
			repl, size, ok := rewrite(m.src, from)
			n := size
			if ok {
				n = len(repl)
			}
			if i < at+n {
				return at, at + n, from, from + size
			}
			at, from = at+n, from+size
		}
		return at, at, p.to, p.to // not reached: i lies in the piece
	}
	return p.at, m.end(k), p.from, p.to
}

// end returns where piece k's text ends.
func (m *mapped) end(k int) int {
	if k+1 < len(m.pieces) {
		return m.pieces[k+1].at
	}
	return len(m.text)
}

// find returns the index of the piece that holds text[i].
func (m *mapped) find(i int) int {
	return sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].at > i }) - 1
}

// builder assembles a mapped text piece by piece.
type builder struct {
	buf    []byte
	pieces []piece
	src    string // the article as given
}

// add appends s, which stands for src[from:to] as kind says. A piece that
// continues the last one in both text and article joins it when it can:
// exact to exact always, exact or scrubbed to exact or scrubbed while the
// joined text stays within maxScrubbed bytes. An empty s adds nothing,
// except that characters scrub dropped join a piece they continue
// (otherwise their bytes are left out of the map, between two pieces).
func (b *builder) add(s string, from, to int, kind pieceKind) {
	if n := len(b.pieces); n > 0 && kind != whole && b.pieces[n-1].to == from {
		last := &b.pieces[n-1]
		switch {
		case kind == exact && last.kind == exact:
			last.to = to
			b.buf = append(b.buf, s...)
			return
		case last.kind != whole && len(b.buf)+len(s)-last.at <= maxScrubbed &&
			isUnitStart(b.src, last.from) && isUnitStart(b.src, from) && isUnitStart(b.src, to):
			last.kind, last.to = scrubbed, to
			b.buf = append(b.buf, s...)
			return
		}
	}
	if s == "" {
		return
	}
	b.pieces = append(b.pieces, piece{at: len(b.buf), from: from, to: to, kind: kind})
	b.buf = append(b.buf, s...)
}

// isUnitStart reports whether scrub reads a new character at src[i] (or i
// is an end of src): not inside a valid UTF-8 sequence, nor between the CR
// and LF of a CRLF. Every byte of invalid UTF-8 is a character of its own.
func isUnitStart(src string, i int) bool {
	switch {
	case i <= 0 || i >= len(src):
		return true
	case src[i] == '\n':
		return src[i-1] != '\r'
	case utf8.RuneStart(src[i]):
		return true
	}
	for j := i - 1; j >= max(0, i-utf8.UTFMax+1); j-- {
		if utf8.RuneStart(src[j]) {
			_, size := utf8.DecodeRuneInString(src[j:])
			return j+size <= i
		}
	}
	return true
}

// copy appends m.text[x:y] with its map. Where x or y falls inside a
// character of a scrubbed piece (one rewritten to several bytes), that
// part maps to the whole character.
func (b *builder) copy(m *mapped, x, y int) {
	for k := m.find(x); x < y; {
		if x >= m.end(k) {
			k++
			continue
		}
		p, end := m.pieces[k], min(y, m.end(k))
		switch p.kind {
		case exact:
			b.add(m.text[x:end], p.from+x-p.at, p.from+end-p.at, exact)
		case scrubbed:
			at, next, from, to := m.char(k, x)
			if at < x || next > end { // x..end lies inside one character
				end = min(next, end)
				b.add(m.text[x:end], from, to, whole)
				break
			}
			if last, next, lastFrom, lastTo := m.char(k, end-1); next > end {
				end = last // the next round maps the split character
				b.add(m.text[x:end], from, lastFrom, scrubbed)
			} else {
				b.add(m.text[x:end], from, lastTo, scrubbed)
			}
		default:
			b.add(m.text[x:end], p.from, p.to, whole)
		}
		x = end
	}
}

// copyCollapsed appends s.text[x:y] to b with each run of spaces as one.
func (b *builder) copyCollapsed(s *mapped, x, y int) {
	for x < y {
		i := strings.Index(s.text[x:y], "  ")
		if i < 0 {
			b.copy(s, x, y)
			return
		}
		b.copy(s, x, x+i+1)
		for x += i + 1; x < y && s.text[x] == ' '; x++ {
		}
	}
}

// result returns the text built so far with its map.
func (b *builder) result() mapped {
	return mapped{text: string(b.buf), pieces: b.pieces, src: b.src}
}

// hugsWord reports whether next, the text after a cut, joins the text
// before it, which ends in last, with no space: next opens with a comma or
// other closing punctuation, or with the "'s" of a possessive, and last ends
// no sentence. A straight double quote may open a quotation as well as close
// one, a single quote other than "'s" may open one ("…rain. 'We will…"),
// and a dash stands between spaces, so none of them counts.
func hugsWord(last byte, next string) bool {
	if last == '.' || last == '!' || last == '?' {
		return false
	}
	r, n := utf8.DecodeRuneInString(next)
	if r == '\'' || r == '’' {
		rest, ok := strings.CutPrefix(next[n:], "s")
		after, _ := utf8.DecodeRuneInString(rest)
		return ok && (rest == "" || !unicode.IsLetter(after))
	}
	return strings.ContainsRune(",.;:!?%)]}”»", r)
}

// without returns m with the cuts (sorted, not overlapping) removed. Where
// a cut leaves two pieces of a block, they are joined by one space: one
// that stood beside the cut if there was one, else a new one that maps to
// the cut; none when the second piece hugs the first (see hugsWord:
// "Pelosi, who").
func (m *mapped) without(cuts []cut) mapped {
	if len(cuts) == 0 {
		return *m
	}
	b := builder{src: m.src}
	x, prevEnd := 0, -1
	for i := 0; i <= len(cuts); i++ {
		y := len(m.text)
		if i < len(cuts) {
			y = cuts[i].start
		}
		if px, py := trimSpaces(m.text, x, y); px < py {
			switch {
			case prevEnd < 0:
			case hugsWord(m.text[prevEnd-1], m.text[px:]):
			case m.text[prevEnd] == ' ':
				b.copy(m, prevEnd, prevEnd+1)
			case m.text[px-1] == ' ':
				b.copy(m, px-1, px)
			default:
				from, to := m.span(prevEnd, px)
				b.add(" ", from, to, whole)
			}
			b.copy(m, px, py)
			prevEnd = py
		}
		if i < len(cuts) {
			x = cuts[i].end
		}
	}
	return b.result()
}
