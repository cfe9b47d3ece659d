package summarize

import (
	"slices"
	"testing"
)

// topicCandidates are candidates of one invented story: three sentences on
// the flood, whose terms recur, and one aside.
func topicCandidates() []candidate {
	texts := []string{
		"Flood waters hit the valley.",             // 0: recurring terms but one
		"A bakery opened downtown on Friday.",      // 1: the aside
		"Flood waters closed the valley road.",     // 2
		"Valley flood waters reached three homes.", // 3
	}
	bags := bagsOf(texts, newTerms(0))
	cands := make([]candidate, len(texts))
	for i := range cands {
		cands[i] = candidate{bag: bags[i], words: 6, position: i}
	}
	return cands
}

func TestTopicality(t *testing.T) {
	cands := topicCandidates()
	topics := newTopicality(cands)
	w := func(i int) float64 { return topics.weight(cands[i]) }
	if !(w(0) > w(2) && w(2) > w(1) && w(3) > w(1)) {
		t.Errorf("weights %v %v %v %v: want the flood's sentences above the aside, the one of recurring terms first", w(0), w(1), w(2), w(3))
	}
	aside, flood := w(1), w(2)
	topics.said(cands[0])
	if w(1) != aside {
		t.Errorf("the aside's weight changed from %v to %v when the digest took a sentence it shares nothing with", aside, w(1))
	}
	if w(2) >= 0.75*flood {
		t.Errorf("the weight of a sentence repeating the digest's terms fell from %v only to %v", flood, w(2))
	}
	if w(2) >= w(1) {
		t.Errorf("once the flood is said, its sentences (%v) still outweigh the aside (%v)", w(2), w(1))
	}
	if got := newTopicality(nil).weight(candidate{}); got != 1 {
		t.Errorf("a sentence without terms weighs %v, want 1", got)
	}
}

func TestBestFirst(t *testing.T) {
	cands := topicCandidates()
	order := newBestFirst([]float64{1, 1, 1, 1}, cands)
	var got []int
	for i := order.next(); i >= 0; i = order.next() {
		got = append(got, i)
		order.topics.said(cands[i])
	}
	// The flood first; then the aside, since the flood's terms now count
	// for little; then the rest of the flood, the sentence with the larger
	// share of terms not yet said first.
	if want := []int{0, 1, 3, 2}; !slices.Equal(got, want) {
		t.Errorf("best first = %v, want %v", got, want)
	}
	// Without topicality at play (no terms), ties go to the earlier.
	empty := make([]candidate, 3)
	order = newBestFirst([]float64{0.5, 0.5, 0.5}, empty)
	if a, b, c := order.next(), order.next(), order.next(); a != 0 || b != 1 || c != 2 || order.next() != -1 {
		t.Errorf("ties: %d %d %d, want 0 1 2 and then none", a, b, c)
	}
}
