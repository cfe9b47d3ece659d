package summarize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxTitleWords bounds a headline's length in words.
const maxTitleWords = 20

// cleaned is one article after intake.
//
// Contract (segment.go relies on it):
//   - text is the article's body, Unicode-normalised (NFC), with every
//     excluded stretch and the title removed;
//   - "\n" separates hard-boundary blocks (lines and paragraphs); there are no
//     empty blocks, no other control characters, no leading or trailing space
//     in a block, and no runs of spaces;
//   - span maps any byte range of text back to the article as given.
//
// Cleaning is idempotent on its own output when that output is given back
// the way it came: the title as its own paragraph on top and each block as a
// paragraph. Fed back as c.text alone, the text comes out the same except
// that its first block may now read as a title (the real one is gone), and
// that two blocks once parted by a blank line may now read as a hard-wrapped
// line ("\n" no longer says whether the break was a blank line).
type cleaned struct {
	text     string
	orig     mapped // text with its map back to the article
	title    Article
	excluded []Excluded // in article order
}

// span returns the byte range of the article as given that holds text[a:b].
// A range that starts or ends inside a character rewritten by
// normalisation covers the whole original character; junk cut from inside
// the range is covered too.
func (c *cleaned) span(a, b int) (start, end int) {
	return c.orig.span(a, b)
}

// clean runs intake on one article; index is the article's 0-based index,
// recorded in every Excluded. It normalises the text (scrub, then NFC),
// splits it into hard blocks, removes junk and datelines, and takes the
// first block as the title when it is shaped like a headline and more text
// follows.
func clean(article string, index int) cleaned {
	s := nfc(scrub(article))
	var c cleaned
	exclude := func(m mapped, cuts []cut) mapped {
		for _, k := range cuts {
			x, y := trimSpaces(m.text, k.start, k.end)
			if x == y {
				continue
			}
			start, end := m.span(x, y)
			c.excluded = append(c.excluded, Excluded{Article: index, Start: start, End: end,
				Text: article[start:end], Reason: k.reason})
		}
		return m.without(cuts)
	}
	var blocks []mapped
	for _, b := range hardBlocks(&s) {
		b = exclude(b, findJunk(b.text))
		if b = exclude(b, wholeJunk(b.text)); b.text != "" {
			blocks = append(blocks, b)
		}
	}
	// The dateline opens the body: the first block, or the one after it
	// when the first is a headline.
	stripFrom := func(i int) int {
		for ; i < len(blocks); i++ {
			if cuts := dateline(blocks[i].text); cuts != nil {
				blocks[i] = exclude(blocks[i], cuts)
				blocks[i] = exclude(blocks[i], wholeJunk(blocks[i].text))
			}
			if blocks[i].text != "" {
				break
			}
		}
		return i
	}
	if k := stripFrom(0); k < len(blocks) && isTitleShaped(blocks[k].text) {
		stripFrom(k + 1)
	}
	kept := blocks[:0]
	for _, b := range blocks {
		if b.text != "" {
			kept = append(kept, b)
		}
	}
	if len(kept) > 1 && isTitleShaped(kept[0].text) {
		start, end := kept[0].span(0, len(kept[0].text))
		c.title = Article{Title: kept[0].text, TitleStart: start, TitleEnd: end}
		kept = kept[1:]
	}
	b := builder{size: len(article)}
	for i := range kept {
		if i > 0 {
			_, prevEnd := kept[i-1].span(0, len(kept[i-1].text))
			nextStart, _ := kept[i].span(0, len(kept[i].text))
			b.add("\n", prevEnd, nextStart, false)
		}
		b.copy(&kept[i], 0, len(kept[i].text))
	}
	// Joining pieces cannot undo NFC in practice (joints are spaces or
	// newlines, both starters), but the check is cheap and keeps the promise.
	c.orig = nfc(b.result())
	c.text = c.orig.text
	sort.SliceStable(c.excluded, func(i, j int) bool { return c.excluded[i].Start < c.excluded[j].Start })
	return c
}

// scrub rewrites the characters that have no place in display text, keeping
// the map back to the article: CRLF, CR, NEL and U+2028 become "\n"; U+2029
// (paragraph separator) becomes a blank line; tabs and every Unicode space
// separator (Zs: no-break space, thin space, ideographic space…) become " ";
// zero-width spaces and joiners, the word joiner, the BOM and soft hyphens
// are dropped (they are invisible, and would split words for matching); other
// C0/C1 controls are dropped; each byte of invalid UTF-8 becomes U+FFFD.
func scrub(article string) mapped {
	b := builder{size: len(article), buf: make([]byte, 0, len(article))}
	run := 0 // start of the stretch copied as is
	for i := 0; i < len(article); {
		c := article[i]
		if c >= ' ' && c < 0x7f || c == '\n' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(article[i:])
		var repl string
		switch {
		case c == '\r' && i+1 < len(article) && article[i+1] == '\n':
			repl, size = "\n", 2
		case c == '\r' || r == '\u0085' || r == '\u2028':
			repl = "\n"
		case r == '\u2029':
			repl = "\n\n"
		case r == utf8.RuneError && size == 1:
			repl = "\uFFFD"
		case r == '\t' || r == '\v' || r == '\f' || unicode.Is(unicode.Zs, r):
			repl = " "
		case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' ||
			r == '\uFEFF' || r == '\u00AD' || unicode.Is(unicode.Cc, r):
			repl = ""
		default:
			i += size
			continue
		}
		b.add(article[run:i], run, i, true)
		b.add(repl, i, i+size, false)
		i += size
		run = i
	}
	b.add(article[run:], run, len(article), true)
	return b.result()
}

// nfc returns m in Unicode Normalization Form C. Text that is already NFC
// (the common case) is returned as is. Otherwise each stretch that needs
// work runs from a starter to the next character that starts a new
// segment (norm's BoundaryBefore), so the combining marks that follow a
// starter travel with it: the composed stretch maps to the whole original
// one, so "e" + U+0301 becomes "é" and spans both. Normalising a stretch as a
// whole also lets norm insert U+034F (CGJ) into runs of more than 30
// combining marks, as the stream-safe format behind IsNormalString requires.
func nfc(m mapped) mapped {
	if norm.NFC.IsNormalString(m.text) {
		return m
	}
	b := builder{size: m.size}
	for x := 0; x < len(m.text); {
		n := x + norm.NFC.QuickSpanString(m.text[x:])
		b.copy(&m, x, n)
		if n == len(m.text) {
			break
		}
		_, size := utf8.DecodeRuneInString(m.text[n:])
		y := n + size
		for y < len(m.text) && !norm.NFC.PropertiesString(m.text[y:]).BoundaryBefore() {
			_, size = utf8.DecodeRuneInString(m.text[y:])
			y += size
		}
		if seg := norm.NFC.String(m.text[n:y]); seg == m.text[n:y] {
			b.copy(&m, n, y)
		} else {
			from, to := m.span(n, y)
			b.add(seg, from, to, false)
		}
		x = y
	}
	return b.result()
}

// hardBlocks splits s into its hard blocks: a blank line always ends one; a
// single newline does too, unless the line is hard-wrapped (see isWrap), in
// which case the lines are joined by a space. Each block is trimmed and its
// runs of spaces collapsed.
func hardBlocks(s *mapped) []mapped {
	var out []mapped
	var b *builder
	prev := "" // the previous line of the current block
	prevEnd := 0
	for x := 0; x <= len(s.text); {
		y := strings.IndexByte(s.text[x:], '\n')
		if y < 0 {
			y = len(s.text)
		} else {
			y += x
		}
		lx, ly := trimSpaces(s.text, x, y)
		line := s.text[lx:ly]
		switch {
		case line == "":
			prev = ""
		case b != nil && prev != "" && isWrap(prev, line):
			from, to := s.span(prevEnd, lx) // the line break, as given
			b.add(" ", from, to, false)
		default:
			if b != nil {
				out = append(out, b.result())
			}
			b = &builder{size: s.size}
		}
		if line != "" {
			copyCollapsed(b, s, lx, ly)
			prev, prevEnd = line, ly
		}
		x = y + 1
	}
	if b != nil {
		out = append(out, b.result())
	}
	return out
}

// copyCollapsed appends s.text[x:y] to b with each run of spaces as one.
func copyCollapsed(b *builder, s *mapped, x, y int) {
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

// isWrap reports whether line next continues line prev (hard-wrapped text):
// prev does not end in sentence punctuation and next starts with a
// lower-case letter.
func isWrap(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !endsSentence(prev)
}

// endsSentence reports whether s ends in sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// isTitleShaped reports whether block reads as a headline: one short line
// (at most maxTitleWords words) holding a letter and not ending in
// punctuation that ends or continues a sentence. A closing quote may end it
// ("Kerry: 'Ukrainians will decide their future'") unless the quoted
// sentence ends inside it.
func isTitleShaped(block string) bool {
	if strings.Count(block, " ") >= maxTitleWords || !strings.ContainsFunc(block, unicode.IsLetter) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(block, closers))
	return !endsSentence(block) && !strings.ContainsRune(":;,", r)
}
