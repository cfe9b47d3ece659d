package boilerplate

// Head parameters. An article's head is what a page prints between the
// headline and the first paragraph: the byline, the date, a lead photo's
// caption and credit, share buttons, a related story's headline.
const (
	maxHeadBlocks = 8  // blocks at a region's start that can be its head
	maxHeadTitle  = 12 // words up to which a headline-shaped sentence is head, not body
)

// trimHead moves the start of region r past its head: past the short lines
// that are not sentences (byline, date, credit) and the short
// headline-shaped ones ("Which phone should you buy?") before its first
// sentence or long block (a caption that ends in its credit), when
// those are at most maxHeadBlocks blocks. A region that starts at lo, the
// first block it may take (the text's first block or the end of the region
// before), is left as it is: no page above it tells a head from the body.
func trimHead(fs []features, r region, lo int) region {
	if r.start == lo {
		return r
	}
	for i := r.start; i < min(r.start+maxHeadBlocks, r.end); i++ {
		f := &fs[i]
		if (isProse(f) || isAnchor(f)) && !(isTitle(f) && f.words <= maxHeadTitle) {
			r.start = i
			break
		}
	}
	return r
}
