package summarize

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"skim/summarize/internal/pagerank"
	"skim/summarize/internal/ranked"
)

// TestGraphMatchesGrownLists checks graph, which lays every node's edges
// out in one array, against the lists grown edge by edge that it replaced,
// written out again here: the same edges, in the same order (PageRank adds
// them up in that order). Sets run past maxEdges neighbours and
// maxPostings sentences a term, and pairs of terms link sentences as terms
// do.
func TestGraphMatchesGrownLists(t *testing.T) {
	reference := func(bags []bag, nterms, npairs int) [][]pagerank.Edge {
		keysOf := func(b bag) []int { // terms, then pairs after them
			keys := slices.Clone(b.ids)
			for _, p := range b.pairs {
				keys = append(keys, nterms+p)
			}
			return keys
		}
		postings := make([][]int, nterms+npairs)
		for i, b := range bags {
			for _, id := range keysOf(b) {
				postings[id] = append(postings[id], i)
			}
		}
		edges := make([][]pagerank.Edge, len(bags))
		for i, b := range bags {
			shared := map[int]int{}
			var touched []int
			for _, id := range keysOf(b) {
				if len(postings[id]) > maxPostings {
					continue
				}
				for _, j := range postings[id] {
					if j != i {
						if shared[j] == 0 {
							touched = append(touched, j)
						}
						shared[j]++
					}
				}
			}
			best := ranked.New(isWeakerEdge)
			for _, j := range touched {
				e := pagerank.Edge{To: j, Weight: similarity(shared[j], logLength(b), logLength(bags[j]))}
				if len(touched) <= maxEdges {
					best.Items = append(best.Items, e)
				} else {
					keepStrongest(best, e)
				}
			}
			for _, e := range best.Items {
				edges[i] = append(edges[i], e)
				edges[e.To] = append(edges[e.To], pagerank.Edge{To: i, Weight: e.Weight})
			}
		}
		for i, es := range edges {
			seen := map[int]bool{}
			kept := es[:0]
			for _, e := range es {
				if !seen[e.To] {
					seen[e.To] = true
					kept = append(kept, e)
				}
			}
			edges[i] = kept
		}
		return edges
	}
	r := rand.New(rand.NewPCG(8, 3))
	for _, n := range []int{0, 1, 2, 10, 80, 300} {
		t.Run(fmt.Sprint("sentences=", n), func(t *testing.T) {
			for range 5 {
				nterms, npairs := 1+r.IntN(400), 1+r.IntN(200)
				bags := make([]bag, n)
				for i := range bags {
					if r.IntN(10) > 0 {
						bags[i].ids = append(bags[i].ids, 0) // in more than maxPostings of 300
					}
					for range r.IntN(20) {
						id := int(r.ExpFloat64()*float64(nterms)/8) % nterms // common terms common
						if !slices.Contains(bags[i].ids, id) {
							bags[i].ids = append(bags[i].ids, id)
						}
					}
					for range r.IntN(len(bags[i].ids) + 1) {
						p := int(r.ExpFloat64()*float64(npairs)/8) % npairs
						if !slices.Contains(bags[i].pairs, p) {
							bags[i].pairs = append(bags[i].pairs, p)
						}
					}
					bags[i].words = len(bags[i].ids) + r.IntN(5)
				}
				got, want := graph(bags, nterms, npairs), reference(bags, nterms, npairs)
				if !slices.EqualFunc(got, want, func(a, b []pagerank.Edge) bool { return slices.Equal(a, b) }) {
					t.Fatalf("graph of %d bags over %d terms and %d pairs = %v, want %v", n, nterms, npairs, got, want)
				}
			}
		})
	}
}
