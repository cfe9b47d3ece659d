package summarize

import (
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
// given as logLength of each.
func similarity(shared int, logA, logB float64) float64 {
	return float64(shared) / (logA + logB)
}

// logLength is the log length of a sentence in similarity. Lengths are
// counted in content words, plus one so that one-word sentences do not
// divide by zero (log 1 = 0).
func logLength(b bag) float64 {
	return math.Log(float64(1 + b.words))
}

// graph builds the similarity graph over bags: an undirected edge between
// every two sentences sharing a content term, weighted by similarity, each
// node keeping at most maxEdges of its strongest edges (an edge stays when
// either end keeps it). Terms in more than maxPostings sentences link none.
// Pairs are found through term postings, so cost follows the pairs that
// share something, not all pairs.
func graph(bags []bag, nterms int) [][]pagerank.Edge {
	uses := make([]int, nterms) // sentences holding each term
	for _, b := range bags {
		for _, id := range b.ids {
			uses[id]++
		}
	}
	postings := lists[int](uses)
	for i, b := range bags {
		for _, id := range b.ids {
			postings[id] = append(postings[id], i)
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
		for _, id := range b.ids {
			if len(postings[id]) > maxPostings {
				continue
			}
			for _, j := range postings[id] {
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
