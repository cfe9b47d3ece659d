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
	in := intake{article: article, index: index}
	blocks := in.stripDatelines(in.junkFreeBlocks(&s))
	title, body := splitTitle(blocks)
	// Joining pieces cannot undo NFC in practice (joints are spaces or
	// newlines, both starters), but the check is cheap and keeps the promise.
	orig := nfc(joinBlocks(article, body))
	sort.SliceStable(in.excluded, func(i, j int) bool { return in.excluded[i].Start < in.excluded[j].Start })
	return cleaned{text: orig.text, orig: orig, title: title, excluded: in.excluded}
}

// intake is one article on its way through clean, with the stretches it
// has left out so far.
type intake struct {
	article  string
	index    int
	excluded []Excluded
}

// exclude cuts the stretches cuts of m, reporting each that holds more
// than spaces.
func (in *intake) exclude(m mapped, cuts []cut) mapped {
	for _, k := range cuts {
		x, y := trimSpaces(m.text, k.start, k.end)
		if x == y {
			continue
		}
		start, end := m.span(x, y)
		in.excluded = append(in.excluded, Excluded{Article: in.index, Start: start, End: end,
			Text: in.article[start:end], Reason: k.reason})
	}
	return m.without(cuts)
}

// junkPasses bounds how often findJunk searches one block. A cut can bring
// the pieces of another rule's pattern together (a credit line that ends
// where a repeated name was cut), so a block is searched again after a pass
// that cut something; cleaning its own output then finds nothing more.
const junkPasses = 3

// junkFreeBlocks splits s into hard blocks and cuts their junk, dropping
// blocks that were nothing but junk.
func (in *intake) junkFreeBlocks(s *mapped) []mapped {
	var blocks []mapped
	for _, b := range hardBlocks(s) {
		for range junkPasses {
			cuts := findJunk(b.text)
			if len(cuts) == 0 {
				break
			}
			b = in.exclude(b, cuts)
		}
		if b = in.exclude(b, wholeJunk(b.text)); b.text != "" {
			blocks = append(blocks, b)
		}
	}
	return blocks
}

// stripDatelines cuts the dateline that opens the body: in the first block,
// or in the one after it when the first is a headline. It returns the
// blocks that still hold text.
func (in *intake) stripDatelines(blocks []mapped) []mapped {
	stripFrom := func(i int) int {
		for ; i < len(blocks); i++ {
			if cuts := dateline(blocks[i].text); cuts != nil {
				blocks[i] = in.exclude(blocks[i], cuts)
				blocks[i] = in.exclude(blocks[i], wholeJunk(blocks[i].text))
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
	return kept
}

// splitTitle takes the first block as the article's title when it is shaped
// like a headline and sentences follow it. A headline stands out from a body
// of sentences; in text without sentence punctuation (notes, a list) the
// first line is just a line.
func splitTitle(blocks []mapped) (Article, []mapped) {
	isProse := slices.ContainsFunc(blocks[min(1, len(blocks)):], func(b mapped) bool { return holdsSentenceEnd(b.text) })
	if len(blocks) < 2 || !isProse || !isTitleShaped(blocks[0].text) {
		return Article{}, blocks
	}
	start, end := blocks[0].span(0, len(blocks[0].text))
	return Article{Title: blocks[0].text, TitleStart: start, TitleEnd: end}, blocks[1:]
}

// joinBlocks joins blocks with "\n", each newline mapped to the stretch of
// the article between the blocks it separates.
func joinBlocks(article string, blocks []mapped) mapped {
	b := builder{src: article}
	for i := range blocks {
		if i > 0 {
			_, prevEnd := blocks[i-1].span(0, len(blocks[i-1].text))
			nextStart, _ := blocks[i].span(0, len(blocks[i].text))
			b.add("\n", prevEnd, nextStart, whole)
		}
		b.copy(&blocks[i], 0, len(blocks[i].text))
	}
	return b.result()
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

// isBlank reports whether s shows nothing once scrubbed: it holds only
// spaces, line breaks and characters that rewrite drops.
func isBlank(s string) bool {
	for i := 0; i < len(s); {
		repl, size, ok := rewrite(s, i)
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
