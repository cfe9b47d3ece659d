package summarize

import (
	"math"

	"skim/summarize/internal/ranked"
)

// topicWeight is the power of a sentence's topicality (see topicality) in
// the order pick takes sentences in: score × topicality^topicWeight. Over
// Lead-N at N = 2 and 3 and at 40–100 words, CNN / Inshorts, and
// Multi-News recall (R1, R2): off → +1.75 +1.21, +0.96 +0.61 +0.46 +0.52 /
// +0.71 +0.55, +0.24 +0.17 +0.39 +0.37, 49.40 17.66; 0.4 → +1.93 +1.25,
// +1.26 +0.88 +0.65 +0.68 / +0.89 +0.69, +0.50 +0.36 +0.48 +0.76, 49.44
// 17.58; 0.5 → +1.94 +1.24, +1.36 +0.93 +0.75 +0.73 / +0.92 +0.66, +0.51
// +0.29 +0.36 +0.74, 49.52 17.56; 0.7 → +2.05 +1.21 / +1.05 +0.50, 49.57
// 17.43; 1 → +2.17 +1.22 / +1.18 +0.25, 49.12 16.96. The same weight
// without the update as sentences are taken (0.5) gave CNN +2.12 +1.24 /
// Inshorts +0.82 +0.37, 48.91: what the digest says already must stop
// counting.
const topicWeight = 0.5

// topicality weighs candidates by how common their terms are in the input,
// after SumBasic (Nenkova & Vanderwende, 2005): a term's probability is the
// share of the candidates' terms that are it, each sentence counting a term
// once (SumBasic counts every occurrence), and a sentence's topicality the
// mean probability of its terms over the average of that mean across the
// candidates. Once a sentence is in the digest, the probability of each of
// its terms is squared, so that what the digest says already counts for
// little.
type topicality struct {
	prob []float64 // by term id
	norm float64   // the candidates' mean term probability, averaged, at the start
}

// newTopicality returns the topicality of cands at the start.
func newTopicality(cands []candidate) *topicality {
	t := &topicality{}
	total := 0
	for _, c := range cands {
		for _, id := range c.bag.ids {
			t.prob = grownTo(t.prob, id)
			t.prob[id]++
			total++
		}
	}
	for id := range t.prob {
		t.prob[id] /= float64(total)
	}
	n := 0
	for _, c := range cands {
		if len(c.bag.ids) > 0 {
			t.norm += t.mean(c)
			n++
		}
	}
	if n > 0 {
		t.norm /= float64(n)
	}
	return t
}

// mean returns the mean probability of c's terms.
func (t *topicality) mean(c candidate) float64 {
	sum := 0.0
	for _, id := range c.bag.ids {
		sum += t.prob[id]
	}
	return sum / float64(len(c.bag.ids))
}

// weight returns the factor of c's score in pick's order, never above its
// value at the start, and 1 for a sentence with no terms.
func (t *topicality) weight(c candidate) float64 {
	if len(c.bag.ids) == 0 || t.norm == 0 {
		return 1
	}
	return math.Pow(t.mean(c)/t.norm, topicWeight)
}

// said records that c is in the digest.
func (t *topicality) said(c candidate) {
	for _, id := range c.bag.ids {
		t.prob[id] *= t.prob[id]
	}
}

// bestFirst yields candidates by score × topicality weight, best first
// (ties to the earlier), as the weights fall while the digest grows. A
// weight only falls, so a candidate whose weight is brought up to date and
// still leads is the best one (lazy greedy evaluation, as in Leskovec et
// al.'s CELF, 2007): most are weighed once.
type bestFirst struct {
	scores []float64
	cands  []candidate
	topics *topicality
	queue  *ranked.Heap[entry] // see isAhead
}

// newBestFirst returns the candidates in order for pick.
func newBestFirst(scores []float64, cands []candidate) *bestFirst {
	b := &bestFirst{scores: scores, cands: cands, topics: newTopicality(cands)}
	b.queue = ranked.New(isAhead)
	b.queue.Items = make([]entry, len(cands))
	for i, c := range cands {
		b.queue.Items[i] = entry{key: scores[i] * b.topics.weight(c), index: i}
	}
	b.queue.Init()
	return b
}

// next returns the best candidate not yielded yet, or -1 when none is left.
func (b *bestFirst) next() int {
	for b.queue.Len() > 0 {
		top := &b.queue.Items[0]
		key := b.scores[top.index] * b.topics.weight(b.cands[top.index])
		if !(key < top.key) || b.queue.Len() == 1 { // NaN too: never loop on it
			return b.queue.Pop().index
		}
		top.key = key // weighed again: it may have lost its place
		b.queue.Fix(0)
	}
	return -1
}

// entry is a candidate in bestFirst's queue, keyed by its weighted score.
type entry struct {
	key   float64
	index int
}

// isAhead reports whether a comes out of bestFirst's queue before b: a
// higher key first, then a lower index.
func isAhead(a, b entry) bool {
	return a.key > b.key || a.key == b.key && a.index < b.index
}
