package summarize

import (
	"math"
	"sort"

	"skim/summarize/internal/pagerank"
)

// maxEdges bounds the edges kept per sentence: each keeps its strongest
// maxEdges neighbours. Articles of up to maxEdges+1 sentences keep every
// edge; long pastes keep the graph, and PageRank, linear in size.
const maxEdges = 64

// similarity is TextRank's sentence similarity (Mihalcea & Tarau, 2004,
// eq. 2): shared content words over the log lengths of the two sentences.
// Lengths are counted in content words, plus one so that one-word
// sentences do not divide by zero (log 1 = 0).
func similarity(shared, wordsA, wordsB int) float64 {
	return float64(shared) / (math.Log(float64(1+wordsA)) + math.Log(float64(1+wordsB)))
}

// graph builds the similarity graph over bags: an undirected edge between
// every two sentences sharing a content term, weighted by similarity, each
// node keeping at most maxEdges of its strongest edges (an edge stays when
// either end keeps it). Pairs are found through term postings, so cost
// follows the pairs that share something, not all pairs.
func graph(bags []bag, nterms int) [][]pagerank.Edge {
	postings := make([][]int, nterms)
	for i, b := range bags {
		for _, id := range b.ids {
			postings[id] = append(postings[id], i)
		}
	}
	shared := make([]int, len(bags))
	var touched []int
	keep := make([]map[int]float64, len(bags))
	for i := range keep {
		keep[i] = map[int]float64{}
	}
	for i, b := range bags {
		touched = touched[:0]
		for _, id := range b.ids {
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
		best := make([]pagerank.Edge, 0, len(touched))
		for _, j := range touched {
			best = append(best, pagerank.Edge{To: j, Weight: similarity(shared[j], b.words, bags[j].words)})
			shared[j] = 0
		}
		sort.Slice(best, func(x, y int) bool {
			if best[x].Weight != best[y].Weight {
				return best[x].Weight > best[y].Weight
			}
			return best[x].To < best[y].To
		})
		if len(best) > maxEdges {
			best = best[:maxEdges]
		}
		for _, e := range best {
			keep[i][e.To] = e.Weight
			keep[e.To][i] = e.Weight
		}
	}
	edges := make([][]pagerank.Edge, len(bags))
	for i, m := range keep {
		for j, w := range m {
			edges[i] = append(edges[i], pagerank.Edge{To: j, Weight: w})
		}
		sort.Slice(edges[i], func(x, y int) bool { return edges[i][x].To < edges[i][y].To })
	}
	return edges
}
