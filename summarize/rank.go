package summarize

import "skim/summarize/internal/pagerank"

// rank scores sentences by TextRank: weighted PageRank over the similarity
// graph of their content bags. One sentence scores 1. A graph with no
// edges (no two sentences share a content word) gives every sentence the
// same score, and pick then falls back to reading order.
func rank(bags []bag, nterms int) []float64 {
	switch len(bags) {
	case 0:
		return nil
	case 1:
		return []float64{1}
	}
	return pagerank.Scores(graph(bags, nterms))
}
