package summarize

import (
	"math"
	"sort"
)

// redundantOverlap is the share of the shorter sentence's content terms
// that another sentence may repeat before the two count as saying the same
// thing (overlap coefficient, Szymkiewicz–Simpson); see pick.
const redundantOverlap = 0.6

// minRedundantTerms is the fewest content terms two sentences must share to
// count as redundant: one shared word ("Then she left." and "Then he left
// for St. Louis.") says little about whether they state the same thing.
const minRedundantTerms = 2

// digestLength returns how many sentences to pick from n candidates.
func digestLength(opts Options, n int) int {
	limit := opts.MaxSentences
	if limit == 0 && opts.Ratio == 0 && opts.MaxWords == 0 {
		limit = DefaultMaxSentences
	}
	if opts.Ratio > 0 {
		byRatio := max(1, int(math.Round(opts.Ratio*float64(n))))
		if limit == 0 || byRatio < limit {
			limit = byRatio
		}
	}
	if limit == 0 || limit > n {
		limit = n
	}
	return limit
}

// pick chooses the digest among candidates: best score first (ties go to
// the earlier sentence), skipping any sentence redundant with one already
// chosen and any that would break the word budget, until the length is
// reached. When the number of sentences asked for covers every candidate
// and no word budget is set, nothing is redundant: the reader asked for all
// of them. It returns candidate indices in reading order.
func pick(scores []float64, cands []candidate, opts Options) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	limit := digestLength(opts, len(scores))
	wantsAll := limit == len(scores) && opts.MaxWords == 0
	var chosen []int
	total := 0
	for _, i := range order {
		if len(chosen) == limit {
			break
		}
		if opts.MaxWords > 0 && len(chosen) > 0 && total+cands[i].words > opts.MaxWords {
			continue
		}
		if !wantsAll && isRedundant(cands[i], cands, chosen) {
			continue
		}
		chosen = append(chosen, i)
		total += cands[i].words
	}
	sort.Ints(chosen)
	return chosen
}

// isRedundant reports whether c repeats the content of any chosen
// candidate: they share at least minRedundantTerms terms and at least
// redundantOverlap of the smaller one's terms.
func isRedundant(c candidate, cands []candidate, chosen []int) bool {
	b := c.bag
	for _, k := range chosen {
		other := cands[k].bag
		small := min(len(b.ids), len(other.ids))
		if small == 0 {
			continue
		}
		shared := sharedTerms(b, other)
		if shared >= minRedundantTerms && float64(shared)/float64(small) >= redundantOverlap {
			return true
		}
	}
	return false
}

// sharedTerms returns how many term ids a and b have in common.
func sharedTerms(a, b bag) int {
	in := make(map[int]bool, len(a.ids))
	for _, id := range a.ids {
		in[id] = true
	}
	n := 0
	for _, id := range b.ids {
		if in[id] {
			n++
		}
	}
	return n
}
