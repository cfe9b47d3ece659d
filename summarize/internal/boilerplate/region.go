package boilerplate

// region is a stretch of blocks [start, end) read as article text.
type region struct {
	start, end int
	anchors    int // anchor blocks in the region
	words      int // words in the region's anchor blocks
	title      int // the block of the region's headline above start, or -1 if none was found
}

// Region parameters. An article is one run of anchor blocks, with a few
// other blocks in between (sub-headings, captions, "Advertisement").
const (
	coreGap         = 2   // bad blocks that never split a run
	maxGapBlocks    = 30  // bad blocks between two substantial runs of one region
	maxGapWords     = 60  // words of those blocks, or half the smaller run's if more
	maxGapComment   = 1   // comment controls ("Reply", "Flag") a gap may hold
	minCoreWords    = 80  // anchor words that make a run of one anchor substantial
	minOtherWords   = 150 // anchor words a second region needs to be kept
	otherShare      = 0.3 // share of the largest region's anchor words it needs too
	minOtherAnchors = 3   // anchor blocks that will do instead of minOtherWords…
	similarShare    = 0.6 // …in a run with this share of the largest run's words
	minCohesion     = 0.5 // share of anchor words in consecutive paragraphs: a second region's, or a run after a heading of other stories
)

// substantial reports whether a run can be joined to its neighbour across
// a wider gap: a lone paragraph between page furniture is more likely a
// teaser than part of an article.
func (r region) substantial() bool {
	return r.anchors >= 2 || r.words >= minCoreWords
}

// articleRegions finds the runs of anchor blocks that make up the article
// or articles, in order. Runs are first built across gaps of up to coreGap
// other blocks, then joined across wider gaps when both sides are
// substantial. The largest run is always kept; any other run is kept when
// it is long in its own right and not much smaller, or has several
// paragraphs and is of about the same size (a paste of two articles), and
// its paragraphs mostly follow one another (see cohesion). Each kept run is
// then widened over sentence-like blocks at its edges, and its head
// (standfirst, byline, date, lead caption) is trimmed off (see trimHead). It returns nil when no block is an anchor.
func articleRegions(fs []features, cs []class, anchor []bool) []region {
	runs := joinRuns(fs, cs, anchor, coreRuns(fs, cs, anchor))
	best := 0
	for _, r := range runs {
		best = max(best, r.words)
	}
	var kept []region
	for _, r := range runs {
		w := float64(r.words)
		if r.words == best {
			kept = append(kept, r)
			continue
		}
		if ((r.words >= minOtherWords && w >= otherShare*float64(best)) ||
			(r.anchors >= minOtherAnchors && w >= similarShare*float64(best))) &&
			cohesion(fs, anchor, r) >= minCohesion {
			kept = append(kept, r)
		}
	}
	for k := range kept {
		lo, hi := 0, len(fs)
		if k > 0 {
			lo = kept[k-1].end
		}
		if k+1 < len(kept) {
			hi = kept[k+1].start
		}
		kept[k].start = widen(fs, kept[k].start, lo, -1)
		kept[k].end = widen(fs, kept[k].end-1, hi-1, 1) + 1
		kept[k] = trimHead(fs, kept[k], lo)
	}
	return kept
}

// cohesion returns the share of region r's anchor words that stand in an
// anchor next to another anchor, junk between them ("Advertisement",
// "Share") read past. An article's paragraphs follow one another; a list
// of other stories' teasers has one summary paragraph per headline,
// between the headlines, sources and comment counts.
func cohesion(fs []features, anchor []bool, r region) float64 {
	// next returns the block after i in direction dir past junk, or -1.
	next := func(i, dir int) int {
		for i += dir; i >= r.start && i < r.end; i += dir {
			if !fs[i].isJunk() {
				return i
			}
		}
		return -1
	}
	paired := 0
	for i := r.start; i < r.end; i++ {
		if !anchor[i] {
			continue
		}
		if before, after := next(i, -1), next(i, 1); before >= 0 && anchor[before] || after >= 0 && anchor[after] {
			paired += fs[i].words
		}
	}
	return float64(paired) / float64(max(r.words, 1))
}

// coreRuns returns the runs of anchors separated by at most coreGap bad
// blocks. Blocks that smoothing made good (list items, sub-headings between
// paragraphs) and short sentences never split a run.
func coreRuns(fs []features, cs []class, anchor []bool) []region {
	var runs []region
	gap := 0
	for i, a := range anchor {
		if !a {
			if cs[i] == bad && !isProse(&fs[i]) {
				gap++
			}
			continue
		}
		if n := len(runs); n > 0 && gap <= coreGap {
			runs[n-1].end = i + 1
			runs[n-1].anchors++
			runs[n-1].words += fs[i].words
			gap = 0
			continue
		}
		runs = append(runs, region{start: i, end: i + 1, anchors: 1, words: fs[i].words})
		gap = 0
	}
	return runs
}

// joinRuns joins neighbouring runs that are both substantial across a gap
// of up to maxGapBlocks bad blocks, holding up to maxGapWords words or half
// the smaller run's anchor words if that is more (an inline box of related
// stories in a long article), and no more than maxGapComment comment
// controls (the gap between two reader comments). A run of several
// paragraphs after a heading of other stories ("More stories", "Most
// popular") is joined only when they follow one another (see cohesion), as
// an article's do after an inline box: teasers, one summary line under
// each headline, end the article; a single paragraph after a box is
// joined.
func joinRuns(fs []features, cs []class, anchor []bool, runs []region) []region {
	var out []region
	for _, r := range runs {
		n := len(out)
		if n > 0 && out[n-1].substantial() && r.substantial() {
			blocks, words, comments, others := 0, 0, 0, false
			for i := out[n-1].end; i < r.start; i++ {
				if cs[i] == bad {
					blocks++
					words += fs[i].words
				}
				if fs[i].cue == Comments && fs[i].isFurniture() {
					comments++
				}
				others = others || fs[i].cue == OtherStories && fs[i].isFurniture()
			}
			limit := max(maxGapWords, min(out[n-1].words, r.words)/2)
			teasers := others && r.anchors > 1 && cohesion(fs, anchor, r) < minCohesion
			if blocks <= maxGapBlocks && words <= limit && comments <= maxGapComment && !teasers {
				out[n-1].end = r.end
				out[n-1].anchors += r.anchors
				out[n-1].words += r.words
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// maxWidenSkip is the number of junk blocks ("Share", "Tweet", "Print", a
// repeated photo credit) that widening may step over to reach a sentence.
const maxWidenSkip = 8

// widen moves a region edge at block i outwards, in direction dir (-1 or
// +1) and no further than block limit, over sentence-like blocks, and over
// up to maxWidenSkip junk blocks when a sentence lies behind them: the
// summary line above an article's share buttons, a last short paragraph. It
// returns the new edge block.
func widen(fs []features, i, limit, dir int) int {
	for i != limit {
		j, skip := i+dir, 0
		for j != limit && skip < maxWidenSkip && fs[j].isJunk() {
			j += dir
			skip++
		}
		if !isProse(&fs[j]) {
			break
		}
		i = j
	}
	return i
}

// isProse reports whether a block reads as a sentence of running text: it
// ends like one, has three words or more, and is neither furniture nor a
// prompt. Stop-word density is not asked for: a short sentence such as "The
// victim sustained three fractures." has few stop words.
func isProse(f *features) bool {
	return f.sentence && f.words >= 3 && !f.isJunk() && !f.isPrompting()
}
