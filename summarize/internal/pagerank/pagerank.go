// Package pagerank scores the nodes of a weighted graph by weighted PageRank
// (Brin & Page, 1998), in the form TextRank uses (Mihalcea & Tarau, 2004):
//
//	S(i) = (1-d)/n + d * Σ_j w(j,i) / Σ_k w(j,k) * S(j)
//
// Nodes without outgoing weight spread their score evenly over all nodes,
// so the scores always sum to 1.
package pagerank

import "math"

// Damping is the probability of following an edge rather than jumping to a
// random node: 0.85, as in Brin & Page (1998) and Mihalcea & Tarau (2004).
const Damping = 0.85

// Tolerance stops the iteration once no score moves by more than this; the
// value is sumy's and summa's 1e-4 made stricter, since scores here sum to 1
// rather than to n.
const Tolerance = 1e-6

// MaxIterations caps the iteration in case convergence is slow.
const MaxIterations = 200

// Edge is a weighted edge to node To.
type Edge struct {
	To     int
	Weight float64
}

// Scores returns the PageRank score of each node of a graph given as
// adjacency lists: edges[i] holds the edges leaving node i. Weights must be
// non-negative; self-loops are ignored. It returns nil for an empty graph.
// Scores sum to 1 and are uniform when no edge has weight.
func Scores(edges [][]Edge) []float64 {
	return Personalized(edges, nil)
}

// Personalized returns personalised PageRank scores (Haveliwala, 2002): the
// random jump, and the walk out of a node without edges, land on node i with
// probability prior[i] / Σ prior instead of uniformly. A nil prior, or one
// that sums to 0, is uniform, which gives Scores. Prior values must be
// non-negative and len(prior) must be len(edges).
func Personalized(edges [][]Edge, prior []float64) []float64 {
	n := len(edges)
	if n == 0 {
		return nil
	}
	jump := normalized(prior, n)
	out := make([]float64, n)
	for i, es := range edges {
		for _, e := range es {
			if e.To != i {
				out[i] += e.Weight
			}
		}
	}
	score := make([]float64, n)
	next := make([]float64, n)
	copy(score, jump)
	for range MaxIterations {
		dangling := 0.0
		for j := range n {
			if out[j] == 0 {
				dangling += score[j]
			}
		}
		for i := range next {
			next[i] = ((1 - Damping) + Damping*dangling) * jump[i]
		}
		for j, es := range edges {
			if out[j] == 0 {
				continue
			}
			share := Damping * score[j] / out[j]
			for _, e := range es {
				if e.To != j && e.Weight > 0 {
					next[e.To] += share * e.Weight
				}
			}
		}
		delta := 0.0
		for i := range score {
			delta = math.Max(delta, math.Abs(next[i]-score[i]))
		}
		score, next = next, score
		if delta < Tolerance {
			break
		}
	}
	return score
}

// normalized returns prior scaled to sum to 1, or the uniform distribution
// over n nodes if prior is nil or sums to 0.
func normalized(prior []float64, n int) []float64 {
	sum := 0.0
	for _, p := range prior {
		sum += p
	}
	out := make([]float64, n)
	for i := range out {
		if sum > 0 {
			out[i] = prior[i] / sum
		} else {
			out[i] = 1 / float64(n)
		}
	}
	return out
}
