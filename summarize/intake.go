package summarize

import (
	"slices"
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
// first block as the title when it is shaped like a headline and the text
// that follows holds a sentence end.
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
	// A headline stands out from a body of sentences; in text without
	// sentence punctuation (notes, a list) the first line is just a line.
	isProse := slices.ContainsFunc(kept[min(1, len(kept)):], func(b mapped) bool { return holdsSentenceEnd(b.text) })
	if len(kept) > 1 && isProse && isTitleShaped(kept[0].text) {
		start, end := kept[0].span(0, len(kept[0].text))
		c.title = Article{Title: kept[0].text, TitleStart: start, TitleEnd: end}
		kept = kept[1:]
	}
	b := builder{src: article}
	for i := range kept {
		if i > 0 {
			_, prevEnd := kept[i-1].span(0, len(kept[i-1].text))
			nextStart, _ := kept[i].span(0, len(kept[i].text))
			b.add("\n", prevEnd, nextStart, whole)
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

// scrub rewrites the characters that have no place in display text (see
// rewrite), keeping the map back to the article.
func scrub(article string) mapped {
	b := builder{src: article, buf: make([]byte, 0, len(article))}
	run := 0 // start of the stretch copied as is
	for i := 0; i < len(article); {
		repl, size, ok := rewrite(article, i)
		if !ok {
			i += size
			continue
		}
		b.add(article[run:i], run, i, exact)
		b.add(repl, i, i+size, scrubbed)
		i += size
		run = i
	}
	b.add(article[run:], run, len(article), exact)
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
	b := builder{src: m.src}
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
			b.add(seg, from, to, whole)
		}
		x = y
	}
	return b.result()
}

// hardBlocks splits s into its hard blocks: a blank line always ends one; a
// single newline does too, unless the line is hard-wrapped (see wraps), in
// which case the lines are joined by a space. Each block is trimmed and its
// runs of spaces collapsed.
func hardBlocks(s *mapped) []mapped {
	lines := splitLines(s)
	join := wraps(s.text, lines)
	var out []mapped
	var b *builder
	for i, l := range lines {
		switch {
		case l.x == l.y:
			continue
		case i > 0 && join[i-1]:
			from, to := s.span(lines[i-1].y, l.x) // the line break, as given
			b.add(" ", from, to, whole)
		default:
			if b != nil {
				out = append(out, b.result())
			}
			b = &builder{src: s.src}
		}
		b.copyCollapsed(s, l.x, l.y)
	}
	if b != nil {
		out = append(out, b.result())
	}
	return out
}

// line is text[x:y], a line without its newline and end spaces; runes is
// its width as given in the article (what a wrapper counted), 0 if blank.
type line struct {
	x, y, runes int
}

// splitLines returns the lines of s.
func splitLines(s *mapped) []line {
	var lines []line
	for x := 0; x <= len(s.text); {
		y := len(s.text)
		if i := strings.IndexByte(s.text[x:], '\n'); i >= 0 {
			y = x + i
		}
		var l line
		if l.x, l.y = trimSpaces(s.text, x, y); l.x < l.y {
			start, end := s.span(l.x, l.y)
			l.runes = utf8.RuneCountInString(s.src[start:end])
		}
		lines = append(lines, l)
		x = y + 1
	}
	return lines
}

// minWrapWidth is the narrowest width, in characters, taken for hard
// wrapping: mail and editors wrap at 60 to 80 columns, while a list of
// lines all shorter than this is a list, not wrapped prose.
const minWrapWidth = 40

// wraps reports for each line whether the next one continues it as
// hard-wrapped prose. The wrap width is the longest line (at least
// minWrapWidth characters). Line P runs on into the next line N when P does
// not end a sentence and is full: N's first word would not have fit after
// it, the only place a greedy wrapper breaks. P wraps into N when, also, N
// starts in lower case (a capital may open a headline or list item) and the
// stretch that runs on from N holds a sentence end: wrapped text is prose,
// so lines without sentence punctuation (a list, notes) stay apart.
func wraps(text string, lines []line) []bool {
	width := 0
	for _, l := range lines {
		width = max(width, l.runes)
	}
	join := make([]bool, len(lines))
	if width < minWrapWidth {
		return join
	}
	ends := false // whether the stretch that runs on from line i+1 holds a sentence end
	for i := len(lines) - 1; i >= 0; i-- {
		p := text[lines[i].x:lines[i].y]
		runsOn, lower := false, false
		if i+1 < len(lines) && p != "" && !endsSentence(p) {
			n := text[lines[i+1].x:lines[i+1].y]
			first, _, _ := strings.Cut(n, " ")
			r, _ := utf8.DecodeRuneInString(n)
			runsOn = n != "" && lines[i].runes+1+utf8.RuneCountInString(first) > width
			lower = unicode.IsLower(r)
		}
		join[i] = runsOn && lower && ends
		ends = holdsSentenceEnd(p) || runsOn && ends
	}
	return join
}

// holdsSentenceEnd reports whether s holds sentence punctuation, possibly
// followed by closing quotes or brackets, at its end or before a space.
func holdsSentenceEnd(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], ".!?…")
		if j < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i+j:])
		i += j + size
		if rest := strings.TrimLeft(s[i:], closers); rest == "" || rest[0] == ' ' {
			return true
		}
	}
	return false
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
