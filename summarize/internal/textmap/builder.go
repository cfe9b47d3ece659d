package textmap

import (
	"strings"
	"unicode/utf8"
)

// Builder assembles a Text piece by piece.
type Builder struct {
	buf    strings.Builder // the text: Text hands it on without a copy
	pieces []piece
	src    string // the source as given
}

// NewBuilder returns a Builder of text that maps back to src.
func NewBuilder(src string) *Builder {
	return &Builder{src: src}
}

// Add appends s, which stands for src[from:to] as kind says. A piece that
// continues the last one in both text and source joins it when it can:
// exact to exact always, exact or scrubbed to exact or scrubbed while the
// joined text stays within maxScrubbed bytes. An empty s adds nothing,
// except that characters Scrub dropped join a piece they continue
// (otherwise their bytes are left out of the map, between two pieces).
func (b *Builder) Add(s string, from, to int, kind Kind) {
	if n := len(b.pieces); n > 0 && kind != Whole && b.pieces[n-1].to == from {
		last := &b.pieces[n-1]
		switch {
		case kind == Exact && last.kind == Exact:
			last.to = to
			b.buf.WriteString(s)
			return
		case last.kind != Whole && b.buf.Len()+len(s)-last.at <= maxScrubbed &&
			isUnitStart(b.src, last.from) && isUnitStart(b.src, from) && isUnitStart(b.src, to):
			last.kind, last.to = scrubbed, to
			b.buf.WriteString(s)
			return
		}
	}
	if s == "" {
		return
	}
	b.pieces = append(b.pieces, piece{at: b.buf.Len(), from: from, to: to, kind: kind})
	b.buf.WriteString(s)
}

// Grow makes room for n more bytes of text, as strings.Builder's Grow does.
func (b *Builder) Grow(n int) {
	b.buf.Grow(n)
}

// isUnitStart reports whether Scrub reads a new character at src[i] (or i
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

// Copy appends t's text[x:y] with its map. Where x or y falls inside a
// character Scrub rewrote to several bytes, that part maps to the whole
// character.
func (b *Builder) Copy(t *Text, x, y int) {
	for k := t.find(x); x < y; {
		if x >= t.end(k) {
			k++
			continue
		}
		p, end := t.pieces[k], min(y, t.end(k))
		switch p.kind {
		case Exact:
			b.Add(t.text[x:end], p.from+x-p.at, p.from+end-p.at, Exact)
		case scrubbed:
			at, next, from, to := t.char(k, x)
			if at < x || next > end { // x..end lies inside one character
				end = min(next, end)
				b.Add(t.text[x:end], from, to, Whole)
				break
			}
			if last, next, lastFrom, lastTo := t.char(k, end-1); next > end {
				end = last // the next round maps the split character
				b.Add(t.text[x:end], from, lastFrom, scrubbed)
			} else {
				b.Add(t.text[x:end], from, lastTo, scrubbed)
			}
		default:
			b.Add(t.text[x:end], p.from, p.to, Whole)
		}
		x = end
	}
}

// CopyCollapsed appends t's text[x:y] with each run of spaces as one.
func (b *Builder) CopyCollapsed(t *Text, x, y int) {
	for x < y {
		i := strings.Index(t.text[x:y], "  ")
		if i < 0 {
			b.Copy(t, x, y)
			return
		}
		b.Copy(t, x, x+i+1)
		for x += i + 1; x < y && t.text[x] == ' '; x++ {
		}
	}
}

// Text returns the text built so far with its map.
func (b *Builder) Text() Text {
	return Text{text: b.buf.String(), pieces: b.pieces, src: b.src}
}
