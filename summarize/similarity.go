package summarize

import (
	"iter"
	"math"

	"skim/summarize/internal/pagerank"
	"skim/summarize/internal/ranked"
)

// maxPostings bounds how many sentences a term may appear in and still
// link sentences: a term found in hundreds of sentences tells little about
// which two are alike (its inverse document frequency is near 0), and
// counting its pairs would make the graph quadratic in input size. Inputs
// of up to maxPostings sentences (about 5,000 words) are not affected.
const maxPostings = 256

// maxEdges bounds the edges kept per sentence: each keeps its strongest
// maxEdges neighbours. Articles of up to maxEdges+1 sentences keep every
// edge; long pastes keep the graph, and PageRank, linear in size.
const maxEdges = 64

// similarity is TextRank's sentence similarity (Mihalcea & Tarau, 2004,
// eq. 2): shared content words over the log lengths of the two sentences,
// given as logLength of each; graph counts shared pairs among the words.
func similarity(shared int, logA, logB float64) float64 {
	return float64(shared) / (logA + logB)
}

// logLength is the log length of a sentence in similarity. Lengths are
// counted in content words, plus one so that one-word sentences do not
// divide by zero (log 1 = 0).
func logLength(b bag) float64 {
	return math.Log(float64(1 + b.words))
}

// graph builds the similarity graph over bags, whose terms have ids below
// nterms and pairs ids below npairs: an undirected edge between every two
// sentences sharing a content term, weighted by similarity, each node
// keeping at most maxEdges of its strongest edges (an edge stays when
// either end keeps it). Terms or pairs in more than maxPostings sentences
// link none. Sentences are matched through postings, so cost follows the
// sentences that share something, not every two sentences.
//
// A shared pair of consecutive content words (stop words and punctuation
// between them read past: "troops massed at the border" pairs troop–mass
// and mass–border) counts as one more shared word: two sentences that put
// the same words side by side are more alike than two that use them
// apart. Over Lead-N at N = 2 and 3 and 60 words, R1, CNN / Inshorts, and
// Multi-News recall R1 / R2: words alone → +1.91 +1.23 +0.94 / +0.89
// +0.68 +0.32, 49.93 / 17.97; with pairs → +1.93 +1.26 +1.02 / +0.96
// +0.74 +0.39, 50.26 / 18.62 (paired differences over the stories: +0.03
// ± 0.06, +0.03 ± 0.04, +0.09 ± 0.07 / +0.07 ± 0.08, +0.06 ± 0.07, +0.07 ±
// 0.08; +0.33 ± 0.23 / +0.65 ± 0.30). Weighing a pair as half a word or one
// and a half gained less; pairs parted at punctuation, as phrases are,
// gave less on Inshorts at 3 sentences (+0.67) and Multi-News (50.81 /
// 19.26 against 51.06 / 19.25 with crossOverlap).
func graph(bags []bag, nterms, npairs int) [][]pagerank.Edge {
	uses := make([]int, nterms+npairs) // sentences holding each key
	for _, b := range bags {
		for k := range b.keys(nterms) {
			uses[k]++
		}
	}
	for k, n := range uses {
		if n < 2 {
			uses[k] = 0 // a key of one sentence links nothing: no room for it
		}
	}
	postings := lists[int](uses)
	for i, b := range bags {
		for k := range b.keys(nterms) {
			if uses[k] > 0 {
				postings[k] = append(postings[k], i)
			}
		}
	}
	logs := make([]float64, len(bags))
	for i, b := range bags {
		logs[i] = logLength(b)
	}
	shared := make([]int, len(bags))
	var touched []int
	// Each node's kept edges go to picked, in order (from[i] is where node
	// i's begin), and then to lists sized by the degrees, each node's edges
	// in the order they were kept.
	var picked []pagerank.Edge
	from := make([]int, len(bags)+1)
	degree := make([]int, len(bags))
	best := ranked.New(isWeakerEdge) // the weakest kept edge on top
	for i, b := range bags {
		touched = touched[:0]
		for k := range b.keys(nterms) {
			if len(postings[k]) > maxPostings {
				continue
			}
			for _, j := range postings[k] {
				if j == i {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		best.Items = best.Items[:0]
		for _, j := range touched {
			e := pagerank.Edge{To: j, Weight: similarity(shared[j], logs[i], logs[j])}
			if len(touched) <= maxEdges {
				best.Items = append(best.Items, e) // all of them stay: no heap needed
			} else {
				keepStrongest(best, e)
			}
			shared[j] = 0
		}
		from[i] = len(picked)
		picked = append(picked, best.Items...)
		degree[i] += len(best.Items)
		for _, e := range best.Items {
			degree[e.To]++
		}
	}
	from[len(bags)] = len(picked)
	edges := lists[pagerank.Edge](degree)
	for i := range bags {
		for _, e := range picked[from[i]:from[i+1]] {
			edges[i] = append(edges[i], e)
			edges[e.To] = append(edges[e.To], pagerank.Edge{To: i, Weight: e.Weight})
		}
	}
	// Both ends may have kept the same edge: drop the repeats.
	seen := make([]int, len(bags)) // seen[j] == i+1: node i has an edge to j
	for i, es := range edges {
		kept := es[:0]
		for _, e := range es {
			if seen[e.To] != i+1 {
				seen[e.To] = i + 1
				kept = append(kept, e)
			}
		}
		edges[i] = kept
	}
	return edges
}

// keys yields what links b to other sentences in graph: its term ids, then
// its pair ids after nterms.
func (b bag) keys(nterms int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, id := range b.ids {
			if !yield(id) {
				return
			}
		}
		for _, p := range b.pairs {
			if !yield(nterms + p) {
				return
			}
		}
	}
}

// lists returns empty lists laid out one after another in one array, list
// k with room for sizes[k] entries: growing many short lists entry by entry
// took half of graph's time.
func lists[T any](sizes []int) [][]T {
	total := 0
	for _, n := range sizes {
		total += n
	}
	all := make([]T, total)
	out := make([][]T, len(sizes))
	for k, at := 0, 0; k < len(sizes); k++ {
		out[k], at = all[at:at:at+sizes[k]], at+sizes[k]
	}
	return out
}

// grownTo returns s, grown with zero values until it holds index i.
func grownTo[T any](s []T, i int) []T {
	for len(s) <= i {
		var zero T
		s = append(s, zero)
	}
	return s
}

// keepStrongest offers e to best, which keeps the maxEdges strongest edges
// offered to it with the weakest on top. Stronger means a higher weight,
// then a lower neighbour index, so the choice does not depend on the order
// of offers.
func keepStrongest(best *ranked.Heap[pagerank.Edge], e pagerank.Edge) {
	switch {
	case best.Len() < maxEdges:
		best.Push(e)
	case isWeakerEdge(best.Items[0], e):
		best.Items[0] = e
		best.Fix(0)
	}
}

// isWeakerEdge reports whether a ranks below b.
func isWeakerEdge(a, b pagerank.Edge) bool {
	if a.Weight != b.Weight {
		return a.Weight < b.Weight
	}
	return a.To > b.To
}
