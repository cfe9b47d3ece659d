// Package intake turns an article as given into the text that segmentation
// reads: it scrubs and normalises the text (NFC), splits it into hard
// blocks, leaves out the blocks of a whole page pasted around the article
// (package boilerplate's classifier), cuts the junk that the rules of
// package junk find, cuts the dateline that opens the body, takes the
// headline off as the title, and joins the blocks, keeping the map back to
// the article's bytes throughout. It knows nothing of sentences or ranking.
//
//	a := intake.Clean(article, "")
//	start, end := a.Body.Span(x, y) // article[start:end] holds a.Body.String()[x:y]
package intake

import (
	"sort"
	"strings"

	"skim/summarize/internal/boilerplate"
	"skim/summarize/internal/junk"
	"skim/summarize/internal/punct"
	"skim/summarize/internal/textmap"
)

// Article is one article after intake.
//
// Contract (segmentation relies on it):
//   - Body is the article's text, Unicode-normalised (NFC), with every
//     excluded stretch and the title removed;
//   - "\n" separates hard-boundary blocks (lines and paragraphs); there are no
//     empty blocks, no other control characters, no leading or trailing space
//     in a block, and no runs of spaces;
//   - Body.Span maps any byte range of the body back to the article as given.
//
// Cleaning is idempotent on its own output when that output is given back
// the way it came: the title as its own paragraph on top and each block as a
// paragraph. Fed back as the body alone, the text comes out the same except
// that its first block may now read as a title (the real one is gone), and
// that two blocks once parted by a blank line may now read as a hard-wrapped
// line ("\n" no longer says whether the break was a blank line).
type Article struct {
	Body textmap.Text // the body with its map back to the article
	// Title is the headline, or "" if none was recognised; TitleStart and
	// TitleEnd are its byte offsets in the article, both 0 if none.
	Title                string
	TitleStart, TitleEnd int
	Excluded             []Excluded // in article order
}

// Excluded is a stretch of the article left out as junk.
type Excluded struct {
	Start, End int    // byte offsets into the article as given, End exclusive
	Rule       string // the stable ID of the junk rule that cut it
	Reason     string // why it was left out, for people
}

// Clean runs intake on one article. It normalises the text (scrub, then
// NFC), splits it into hard blocks, leaves out the page around the article,
// removes junk and datelines, and takes the first block as the title when
// it is shaped like a headline and the text that follows holds a sentence
// end. headline is the article's headline when the caller knows it (the web
// page the text was found in named it), or "": a first block equal to it
// is the title whatever its shape ("Why did the bridge fall?").
func Clean(article, headline string) Article {
	s := textmap.NFC(textmap.Scrub(article))
	// The headline is compared with blocks, so it is read as they are.
	known := textmap.NFC(textmap.Scrub(headline))
	headline = strings.Join(strings.Fields(known.String()), " ")
	var in intake
	hard, headline := in.articleBlocks(&s, headline)
	blocks := in.stripDatelines(in.junkFreeBlocks(hard), headline)
	a, body := splitTitle(blocks, headline)
	// Joining pieces cannot undo NFC in practice (joints are spaces or
	// newlines, both starters), but the check is cheap and keeps the promise.
	a.Body = textmap.NFC(joinBlocks(article, body))
	sort.SliceStable(in.excluded, func(i, j int) bool { return in.excluded[i].Start < in.excluded[j].Start })
	a.Excluded = in.excluded
	return a
}

// intake is one article on its way through Clean, with the stretches it
// has left out so far.
type intake struct {
	excluded []Excluded
}

// exclude cuts the junk cuts of m, reporting each that holds more than
// spaces.
func (in *intake) exclude(m textmap.Text, cuts []junk.Cut) textmap.Text {
	if len(cuts) == 0 {
		return m
	}
	ranges := make([]textmap.Range, len(cuts))
	for i, k := range cuts {
		ranges[i] = textmap.Range{Start: k.Start, End: k.End}
		x, y := textmap.TrimSpaces(m.String(), k.Start, k.End)
		if x == y {
			continue
		}
		start, end := m.Span(x, y)
		in.excluded = append(in.excluded, Excluded{Start: start, End: end, Rule: k.Rule.ID, Reason: k.Rule.Reason})
	}
	return m.Without(ranges, punct.Hugs)
}

// junkPasses bounds how often a block is searched for junk. A cut can bring
// the pieces of another rule's pattern together (a credit line that ends
// where a repeated name was cut), so a block is searched again after a pass
// that cut something; cleaning its own output then finds nothing more.
const junkPasses = 3

// articleBlocks splits s into hard blocks and returns those of the article,
// leaving out the page around it (see boilerplate.Classify): navigation,
// other stories, prompts, footers. A first block that is the known
// headline stays, whatever the classifier makes of it. With no headline
// known, the one the classifier found above the article becomes known when
// it is the first block kept; it returns the headline known then.
func (in *intake) articleBlocks(s *textmap.Text, headline string) ([]textmap.Text, string) {
	blocks := hardBlocks(s)
	texts := make([]string, len(blocks))
	for i, b := range blocks {
		texts[i] = b.String()
	}
	kept := blocks[:0]
	for i, r := range boilerplate.Classify(texts) {
		if r.Kept() || i == 0 && headline != "" && texts[0] == headline {
			if r == boilerplate.Headline && len(kept) == 0 && headline == "" {
				headline = texts[i]
			}
			kept = append(kept, blocks[i])
			continue
		}
		start, end := blocks[i].Span(0, len(texts[i]))
		in.excluded = append(in.excluded, Excluded{Start: start, End: end, Rule: r.ID(), Reason: r.String()})
	}
	return kept, headline
}

// junkFreeBlocks cuts the junk of blocks, dropping those that were nothing
// but junk. A block that continues a notice cut whole from the block
// before it (a cookie banner's further lines; see junk.Rule.Continues) goes
// with it.
func (in *intake) junkFreeBlocks(hard []textmap.Text) []textmap.Text {
	var blocks []textmap.Text
	var notice *junk.Rule // the rule that cut the block before whole, if any
	for _, b := range hard {
		if notice != nil && notice.Continues(b.String()) {
			in.exclude(b, []junk.Cut{{Start: 0, End: len(b.String()), Rule: notice}})
			continue
		}
		notice = nil
		for range junkPasses {
			cuts := junk.Find(b.String(), junk.Inline, junk.Trailer)
			if len(cuts) == 0 {
				break
			}
			b = in.exclude(b, cuts)
		}
		whole := junk.Find(b.String(), junk.Whole)
		if b = in.exclude(b, whole); b.String() != "" {
			blocks = append(blocks, b)
		} else if len(whole) > 0 {
			notice = whole[0].Rule
		}
	}
	return blocks
}

// stripDatelines cuts the dateline that opens the body: in the first block,
// or in the one after it when the first is a headline (see isHeadline). It
// returns the blocks that still hold text.
func (in *intake) stripDatelines(blocks []textmap.Text, headline string) []textmap.Text {
	stripFrom := func(i int) int {
		for ; i < len(blocks); i++ {
			if cuts := junk.Find(blocks[i].String(), junk.Opening); cuts != nil {
				blocks[i] = in.exclude(blocks[i], cuts)
				blocks[i] = in.exclude(blocks[i], junk.Find(blocks[i].String(), junk.Whole))
			}
			if blocks[i].String() != "" {
				break
			}
		}
		return i
	}
	if k := stripFrom(0); k < len(blocks) && isHeadline(blocks[k].String(), headline) {
		stripFrom(k + 1)
	}
	kept := blocks[:0]
	for _, b := range blocks {
		if b.String() != "" {
			kept = append(kept, b)
		}
	}
	return kept
}

// joinBlocks joins blocks with "\n", each newline mapped to the stretch of
// the article between the blocks it separates.
func joinBlocks(article string, blocks []textmap.Text) textmap.Text {
	b := textmap.NewBuilder(article)
	size := max(0, len(blocks)-1) // the newlines
	for i := range blocks {
		size += len(blocks[i].String())
	}
	b.Grow(size)
	for i := range blocks {
		if i > 0 {
			_, prevEnd := blocks[i-1].Span(0, len(blocks[i-1].String()))
			nextStart, _ := blocks[i].Span(0, len(blocks[i].String()))
			b.Add("\n", prevEnd, nextStart, textmap.Whole)
		}
		b.Copy(&blocks[i], 0, len(blocks[i].String()))
	}
	return b.Text()
}
