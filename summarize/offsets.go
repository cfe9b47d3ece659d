package summarize

import "sort"

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

// piece maps a stretch of normalised text back to the article: the text
// from at to the next piece's at came from article[from:to]. An exact piece
// holds the article's bytes unchanged, so byte at+i maps to from+i; any
// other piece (a rewritten or composed character) maps as a whole.
type piece struct {
	at, from, to int
	exact        bool
}

// mapped is text with its map back to the article it came from.
type mapped struct {
	text   string
	pieces []piece // in text order, and in article order too
	size   int     // the article's length in bytes
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
			return m.size, m.size
		}
		_, end = m.span(len(m.text)-1, len(m.text))
		return end, end
	}
	p := m.pieces[m.find(a)]
	if start = p.from; p.exact {
		start += a - p.at
	}
	q := m.pieces[m.find(b-1)]
	if end = q.to; q.exact {
		end = q.from + b - q.at
	}
	return start, end
}

// find returns the index of the piece that holds text[i].
func (m *mapped) find(i int) int {
	return sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].at > i }) - 1
}

// builder assembles a mapped text piece by piece.
type builder struct {
	buf    []byte
	pieces []piece
	size   int // the article's length in bytes
}

// add appends s, which stands for article[from:to]; exact says s is those
// very bytes. Exact pieces that continue each other are merged.
func (b *builder) add(s string, from, to int, exact bool) {
	if s == "" {
		return
	}
	if n := len(b.pieces); exact && n > 0 {
		if last := &b.pieces[n-1]; last.exact && last.to == from && last.at+last.to-last.from == len(b.buf) {
			last.to = to
			b.buf = append(b.buf, s...)
			return
		}
	}
	b.pieces = append(b.pieces, piece{at: len(b.buf), from: from, to: to, exact: exact})
	b.buf = append(b.buf, s...)
}

// copy appends m.text[x:y] with its map.
func (b *builder) copy(m *mapped, x, y int) {
	for k := m.find(x); x < y; k++ {
		p, end := m.pieces[k], y
		if k+1 < len(m.pieces) && m.pieces[k+1].at < y {
			end = m.pieces[k+1].at
		}
		if p.exact {
			b.add(m.text[x:end], p.from+x-p.at, p.from+end-p.at, true)
		} else {
			b.add(m.text[x:end], p.from, p.to, false)
		}
		x = end
	}
}

// result returns the text built so far with its map.
func (b *builder) result() mapped {
	return mapped{text: string(b.buf), pieces: b.pieces, size: b.size}
}

// without returns m with the cuts (sorted, not overlapping) removed. Where
// a cut leaves two pieces of a block, they are joined by one space: one
// that stood beside the cut if there was one, else a new one that maps to
// the cut.
func (m *mapped) without(cuts []cut) mapped {
	if len(cuts) == 0 {
		return *m
	}
	b := builder{size: m.size}
	x, prevEnd := 0, -1
	for i := 0; i <= len(cuts); i++ {
		y := len(m.text)
		if i < len(cuts) {
			y = cuts[i].start
		}
		if px, py := trimSpaces(m.text, x, y); px < py {
			switch {
			case prevEnd < 0:
			case m.text[prevEnd] == ' ':
				b.copy(m, prevEnd, prevEnd+1)
			case m.text[px-1] == ' ':
				b.copy(m, px-1, px)
			default:
				from, to := m.span(prevEnd, px)
				b.add(" ", from, to, false)
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
