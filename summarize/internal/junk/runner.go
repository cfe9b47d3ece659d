package junk

import (
	"slices"
	"strings"
)

// Bounds of the runner, by place.
//
// A line pattern (a Whole rule's usual matcher) looks only at a block of at
// most maxJunkLine bytes. An Opening rule reads at most maxDateline bytes from where it starts:
// datelines are short (the dev set's longest has 34 bytes), and a
// capitalised word in the rules would otherwise read on through a block
// that is one long run of letters. A Trailer rule's key must lie within
// trailerNear bytes of the end, and its match start within trailerWindow
// bytes before that key; maxTrailers bounds how many trailers are cut from
// one block (real articles have one to three; the bound keeps a block of
// 10,000 credit lines fast). An Inline match is at most maxInline bytes,
// but for the caption an embedded post's cut takes before it (at most
// maxPostCaption bytes more).
const (
	maxJunkLine   = 600
	maxDateline   = 200
	trailerNear   = 300
	trailerWindow = 600
	maxTrailers   = 8
	maxInline     = 300
)

// Find returns the junk that the rules of the places given find in block,
// sorted and merged where cuts overlap or touch (a merged cut keeps the
// rule of its first part, rules listed first winning ties). Each place
// applies its rules in table order:
//
//   - Whole: the first rule whose candidate covers the block cuts all of
//     it.
//   - Opening: each rule in turn, again and again while one matches, cuts
//     what it finds at the start of what is left of the block.
//   - Inline: every rule cuts every candidate it finds.
//   - Trailer: the first rule whose candidate ends the block cuts it; the
//     search repeats on what is left before the cut, so a chain of
//     trailers goes as a whole.
func Find(block string, places ...Place) []Cut {
	t := theTable()
	var cuts []Cut
	var buf []span // candidates, reused from rule to rule
	for _, p := range places {
		rules := t.byPlace[p]
		switch p {
		case Whole:
			for _, r := range rules {
				if buf = r.candidates(block, block, buf); len(buf) > 0 {
					cuts = append(cuts, Cut{0, buf[0].end, r})
					break
				}
			}
		case Opening:
			for at, again := 0, true; again; {
				again = false
				for _, r := range rules {
					if buf = r.candidates(block[at:], block[at:], buf); len(buf) > 0 {
						cuts = append(cuts, Cut{at, at + buf[0].end, r})
						at, again = at+buf[0].end, true
					}
				}
			}
		case Inline:
			for _, r := range rules {
				buf = r.candidates(block, block, buf)
				for _, c := range buf {
					cuts = append(cuts, Cut{c.start, c.end, r})
				}
			}
		case Trailer:
			for end, n := len(block), 0; end > 0 && n < maxTrailers; n++ {
				s, found := block[:end], false
				for _, r := range rules {
					if buf = r.candidates(s[max(0, len(s)-trailerNear):], s, buf); len(buf) > 0 {
						cuts, end, found = append(cuts, Cut{buf[0].start, buf[0].end, r}), buf[0].start, true
						break
					}
				}
				if !found {
					break
				}
			}
		}
	}
	return merge(cuts)
}

// candidates returns, in buf's storage, the candidates of r in s that
// r.accept lets through, each with the end accept gives it; near is the
// part of s that must hold one of r's trigger literals.
func (r *Rule) candidates(near, s string, buf []span) []span {
	buf = buf[:0]
	if !hasAny(near, r.match.trigger()) {
		return buf
	}
	buf = r.match.find(s, buf)
	if r.accept == nil {
		return buf
	}
	kept := buf[:0]
	for _, c := range buf {
		if c.end = r.accept(s, c.start, c.end); c.end >= 0 {
			kept = append(kept, c)
		}
	}
	return kept
}

// merge sorts cuts by start, keeping the order of those that start
// together, and merges those that overlap or touch.
func merge(cuts []Cut) []Cut {
	slices.SortStableFunc(cuts, func(a, b Cut) int { return a.Start - b.Start })
	var out []Cut
	for _, c := range cuts {
		if n := len(out); n > 0 && c.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, c.End)
			continue
		}
		out = append(out, c)
	}
	return out
}

// hasAny reports whether s holds one of keys, or keys is empty.
func hasAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return len(keys) == 0
}
