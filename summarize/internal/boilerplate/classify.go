package boilerplate

// class is a block's class in jusText's scheme (Pomikálek 2011, §3.2).
type class uint8

const (
	bad      class = iota // boilerplate
	short                 // too short to judge alone; its neighbours decide
	nearGood              // prose-like but short or thin; its neighbours decide
	good                  // article prose
)

// Thresholds of the context-free classification. jusText's defaults are
// 70 and 200 characters and stop-word densities 0.30 and 0.32 with its own
// longer stop list; the densities here are set lower for the shorter list of
// stopwords.go and were checked on the development pages.
const (
	lengthLow   = 70   // characters below which a block is short
	lengthHigh  = 200  // characters above which a dense block is good
	stopLow     = 0.25 // stop-word density from which a block is near-good
	stopHigh    = 0.30 // stop-word density from which a long block is good
	maxFurnWord = 12   // words up to which a block can be page furniture
)

// Classify labels each block of a pasted text. blocks are the text's lines
// (paragraphs), in order, already trimmed, with single spaces, never empty.
// It returns one Reason per block; Kept tells which are article text, and
// the headline found above an article's first paragraph is Headline. Text that is a clean article (no page
// around it) comes back all Keep, and so does text in which no block reads
// as article prose (nothing to anchor on). Empty input returns an empty
// slice; a single block is always Keep.
func Classify(blocks []string) []Reason {
	out := make([]Reason, len(blocks))
	if len(blocks) < 2 {
		return out
	}
	fs := make([]features, len(blocks))
	var scratch []string
	for i, b := range blocks {
		fs[i], scratch = measure(b, scratch)
	}
	markRepeated(blocks, fs)
	if !hasFurniture(fs) {
		return out
	}
	cs := make([]class, len(blocks))
	for i := range fs {
		cs[i] = initialClass(&fs[i])
	}
	anchor := make([]bool, len(cs))
	for i, c := range cs {
		anchor[i] = c >= nearGood
	}
	smooth(cs)
	for i := range cs {
		anchor[i] = (anchor[i] || cs[i] == good) && isAnchor(&fs[i])
	}
	regions := articleRegions(fs, cs, anchor)
	if len(regions) == 0 {
		return out
	}
	lead := make(map[string]bool)
	for k := range regions {
		lo := 0
		if k > 0 {
			lo = regions[k-1].end
		}
		regions[k].title = findTitle(blocks, fs, regions[k].start, regions[k].end, lo, lead)
	}
	label(out, fs, cs, regions)
	return out
}

// initialClass is jusText's context-free classification of one block, with
// the link density of HTML replaced by page-furniture phrases, which is what
// a plain-text paste keeps of links.
func initialClass(f *features) class {
	switch {
	case f.isJunk():
		return bad
	case f.chars < lengthLow:
		return short
	case f.stopDensity() >= stopHigh && f.chars > lengthHigh:
		return good
	case f.stopDensity() >= stopLow:
		return nearGood
	}
	return bad
}

// isAnchor reports whether a block that jusText finds good or near-good can
// anchor an article region: it ends like a sentence or is long, and it is
// not a prompt or other page furniture. Headlines of teasers (no final
// stop) and sign-up blurbs thus never start or hold together a region.
func isAnchor(f *features) bool {
	return (f.sentence || f.chars > lengthHigh) && !f.isJunk() && !f.isPrompting()
}

// maxRepeatWords is the length up to which a line repeated over the page
// counts as furniture ("Share", "Advertisement", "More like this").
const maxRepeatWords = 6

// markRepeated sets the repeated feature of every short block that occurs
// three times or more in blocks.
func markRepeated(blocks []string, fs []features) {
	count := make(map[string]int)
	for i, b := range blocks {
		if fs[i].words <= maxRepeatWords {
			count[b]++
		}
	}
	for i, b := range blocks {
		fs[i].repeated = fs[i].words <= maxRepeatWords && count[b] >= 3
	}
}

// hasFurniture reports whether any block is page furniture or a prompt
// other than a cookie notice. Text without any is a clean article, or at
// least nothing a page left around one, and is kept whole (a cookie notice
// is left to the junk rules).
func hasFurniture(fs []features) bool {
	for i := range fs {
		if fs[i].isJunk() || (fs[i].isPrompting() && !fs[i].consent) {
			return true
		}
	}
	return false
}
