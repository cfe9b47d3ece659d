// Package textmap carries text together with its map back to the bytes of
// the source it came from. Every stage of intake rewrites text (scrub, NFC,
// joined lines, cut junk) and records, piece by piece, where each stretch of
// its output came from in the source as given, so that any range of the
// output can be traced back to its bytes, as go/token maps positions back
// to files.
//
//	t := textmap.NFC(textmap.Scrub(article))
//	start, end := t.Span(a, b) // article[start:end] holds t.String()[a:b]
package textmap

import "sort"

// Kind says how a piece's text relates to the source bytes it maps to.
type Kind uint8

const (
	// Whole text stands for its source bytes as a whole (a composed
	// character, a joint); any part of it maps to all of them.
	Whole Kind = iota
	// Exact text is the source's bytes unchanged, so byte at+i maps to
	// from+i.
	Exact
	// scrubbed text is what Scrub makes of the source bytes, character by
	// character (see rewrite), so each character of the text maps to the
	// source character it came from; maxScrubbed bounds its length.
	scrubbed
)

// Range is a stretch [Start, End) of a text, in bytes.
type Range struct {
	Start, End int
}

// piece maps a stretch of text back to the source: the text from at to the
// next piece's at came from src[from:to].
type piece struct {
	at, from, to int
	kind         Kind
}

// Text is text with its map back to the source it came from. The zero
// value is an empty text of an empty source.
type Text struct {
	text   string
	pieces []piece // in text order, and in source order too
	src    string  // the source as given
}

// String returns the text.
func (t *Text) String() string { return t.text }

// Source returns the source the text maps back to.
func (t *Text) Source() string { return t.src }

// Span returns the byte range of the source that holds text[a:b]. A range
// that starts or ends inside a character the map rewrote covers the whole
// source character, and a stretch cut from inside the range is covered
// too. An empty range maps to the point where text[a] starts (or the
// source's end).
func (t *Text) Span(a, b int) (start, end int) {
	if a >= b || a >= len(t.text) {
		if a < len(t.text) {
			start, _ = t.Span(a, a+1)
			return start, start
		}
		if len(t.pieces) == 0 {
			return len(t.src), len(t.src)
		}
		_, end = t.Span(len(t.text)-1, len(t.text))
		return end, end
	}
	_, _, start, _ = t.char(t.find(a), a)
	_, _, _, end = t.char(t.find(b-1), b-1)
	return start, end
}

// char returns the character of piece k that holds text[i]: the range of
// text it takes and the range of the source it came from. The character of
// an exact piece is the byte itself, and that of a whole piece is the
// piece.
func (t *Text) char(k, i int) (at, next, from, to int) {
	p := t.pieces[k]
	switch p.kind {
	case Exact:
		return i, i + 1, p.from + i - p.at, p.from + i - p.at + 1
	case scrubbed:
		at, from = p.at, p.from
		for from < p.to {
			repl, size, ok := rewrite(t.src, from, nil)
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
	return p.at, t.end(k), p.from, p.to
}

// end returns where piece k's text ends.
func (t *Text) end(k int) int {
	if k+1 < len(t.pieces) {
		return t.pieces[k+1].at
	}
	return len(t.text)
}

// find returns the index of the piece that holds text[i].
func (t *Text) find(i int) int {
	return sort.Search(len(t.pieces), func(k int) bool { return t.pieces[k].at > i }) - 1
}

// TrimSpaces returns [x, y) without the spaces at either end of s[x:y].
func TrimSpaces(s string, x, y int) (int, int) {
	for x < y && s[x] == ' ' {
		x++
	}
	for y > x && s[y-1] == ' ' {
		y--
	}
	return x, y
}

// Without returns t with the cuts (sorted, not overlapping) removed. Where
// a cut leaves two pieces of text, they are joined by one space: one that
// stood beside the cut if there was one, else a new one that maps to the
// cut; none when hugs reports that the second piece joins the first with no
// space (hugs gets the last byte before the cut and the text after it).
func (t *Text) Without(cuts []Range, hugs func(last byte, next string) bool) Text {
	if len(cuts) == 0 {
		return *t
	}
	b := Builder{src: t.src}
	b.Grow(len(t.text))
	x, prevEnd := 0, -1
	for i := 0; i <= len(cuts); i++ {
		y := len(t.text)
		if i < len(cuts) {
			y = cuts[i].Start
		}
		if px, py := TrimSpaces(t.text, x, y); px < py {
			switch {
			case prevEnd < 0:
			case hugs(t.text[prevEnd-1], t.text[px:]):
			case t.text[prevEnd] == ' ':
				b.Copy(t, prevEnd, prevEnd+1)
			case t.text[px-1] == ' ':
				b.Copy(t, px-1, px)
			default:
				from, to := t.Span(prevEnd, px)
				b.Add(" ", from, to, Whole)
			}
			b.Copy(t, px, py)
			prevEnd = py
		}
		if i < len(cuts) {
			x = cuts[i].End
		}
	}
	return b.Text()
}
