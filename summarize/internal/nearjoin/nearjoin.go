// Package nearjoin finds near-duplicate strings fast: for each string, the
// earliest earlier kept string within a normalised edit distance. Exact
// filters (length, q-gram count, location-based prefix signatures) let only
// plausible pairs reach levenshtein, and lose no pair the threshold accepts.
package nearjoin

import (
	"context"
	"math"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Find returns of, where of[i] is the index of the earlier kept form that
// forms[i] duplicates, or -1 if forms[i] is kept. A form duplicates a kept
// one when their levenshtein distance over the longer form's length in runes
// is at most threshold (0 to 1). Two empty forms are duplicates; an empty and
// a non-empty form never are. When several kept forms qualify, of[i] is the
// earliest. Forms must be valid UTF-8. Find checks ctx as it goes and
// returns ctx.Err() once it is cancelled.
//
// On hostile input Find's work budget (see visitsPerRune) may stop it short:
// it then keeps a form it could have dropped, or names a later kept form than
// the earliest, but never reports a pair the threshold rejects. Real news
// never meets the budget, and below that the proof that follows holds.
//
// Why no accepted pair is lost. Let forms x and y, the longer of m runes, be
// at distance d <= k(m), the largest distance the threshold accepts there;
// K(n) is the largest k(m) over the partner lengths the length filter leaves
// a form of n runes.
//   - Copies: an identical form gets the answer of its first occurrence.
//   - Length: d >= ||x| - |y||.
//   - Count (q-gram lemma; Ukkonen 1992, Gravano et al. 2001): x and y share
//     at least m - q + 1 - k(m)·q q-grams, counted as multisets: an edit
//     touches at most q of the longer form's q-grams, the rest reappear.
//   - Signature (prefix filtering over a global rarity order: Chaudhuri et
//     al. 2006, Bayardo et al. 2007; location-based prefixes: Xiao et al.
//     2008, Ed-Join). An edit destroys only the gram occurrences that contain
//     one point (the rune it changes, or the gap it fills), so if no K points
//     hit every occurrence of a set of grams, one survives into the other
//     form, moved by at most d. A form's signature is the shortest run of its
//     grams, rarest first (fewest forms, then id), whose occurrences need more
//     than K(n) points. Let z be the rarest gram with a surviving occurrence.
//     Both forms' survivors are the same grams, so each signature holds a
//     survivor no rarer than z, hence every occurrence of z; the rarer grams'
//     occurrences all fall to the d edits; and a surviving z lies in both
//     signatures, within isPair's shift range. So y's probe of the index
//     finds x.
//   - Forms without a signature (every gram falls to K edits: tiny forms, or
//     thresholds from about 0.5) are compared with every kept form the length
//     filter allows, unless k(m) = 0: distinct forms are never that close.
func Find(ctx context.Context, forms []string, threshold float64) ([]int, error) {
	of, _, err := find(ctx, forms, threshold, smallJoin)
	return of, err
}

// find is Find, scanning pair by pair when there are at most small distinct
// forms (see join). It also returns how many forms met the budget (see
// visitsPerRune), for which Find is not exact.
func find(ctx context.Context, forms []string, threshold float64, small int) ([]int, int, error) {
	of := make([]int, len(forms))
	first := make([]int, len(forms)) // the first form equal to each
	distinctForms := make([]string, len(forms))
	seen := make(map[string]int, len(forms))
	var distinct []int
	for i, f := range forms {
		if _, ok := seen[f]; !ok {
			seen[f], distinctForms[i] = i, f
			distinct = append(distinct, i)
		}
		first[i] = seen[f]
	}
	capped, err := join(ctx, distinctForms, distinct, threshold, of, small)
	if err != nil {
		return nil, 0, err
	}
	for i, j := range first {
		if j != i { // a copy: of j itself if j is kept, else of what j repeats
			of[i] = j
			if of[j] >= 0 {
				of[i] = of[j]
			}
		}
	}
	return of, capped, nil
}

// join sets of for the distinct forms: by scan when there are at most small
// of them, else through the q-gram index, which also returns how many forms
// met its budget.
func join(ctx context.Context, forms []string, distinct []int, threshold float64, of []int, small int) (int, error) {
	if len(distinct) <= small {
		return 0, scan(ctx, forms, distinct, threshold, of)
	}
	j := newNearJoin(forms, distinct, threshold)
	err := j.run(ctx, of)
	return j.capped, err
}

// dupLimits holds what one threshold allows: k[m] is the largest distance it
// accepts when the longer form has m runes; q is the gram length used.
type dupLimits struct {
	threshold float64
	q         int
	k         []int
}

func newDupLimits(threshold float64, longest int) dupLimits {
	// q near 0.6/t ran fastest on news-like text (4 at 0.15, 2 at 0.25); it
	// must stay below (1-t)/t, or no form would have a signature.
	l := dupLimits{threshold, max(1, min(4, int(0.61/max(threshold, 0.01)))), make([]int, longest+1)}
	for m := 1; m <= longest; m++ {
		d := min(m, int(threshold*float64(m)))
		for d < m && l.isWithin(d+1, m, m) {
			d++
		}
		for d > 0 && !l.isWithin(d, m, m) {
			d--
		}
		l.k[m] = d
	}
	return l
}

// isWithin reports whether distance d between forms of la and lb runes is at
// most the threshold.
func (l dupLimits) isWithin(d, la, lb int) bool {
	if la == 0 || lb == 0 {
		return la == lb
	}
	return float64(d)/float64(max(la, lb)) <= l.threshold
}

// maxPartner returns the longest form the length filter lets a form of n
// runes pair with. As k grows by at most one per rune, m - n - k[m] never
// falls, so the scan stops at the first failure.
func (l dupLimits) maxPartner(n int) int {
	m := n
	for m+1 < len(l.k) && m+1-n <= l.k[m+1] {
		m++
	}
	return m
}

// isPair reports whether forms of la and lb runes, holding one gram at a and
// b, pass the length, shift and rarer-grams filters. Turning the shorter form
// into the longer with I inserts and D deletes, I + D <= k and I - D = Δ =
// lb - la, so a surviving gram moves by -D to I (Li et al. 2011, Pass-Join):
// at most (k-Δ)/2 back or (k+Δ)/2 forward.
func (l dupLimits) isPair(la, lb int, a, b posGram) bool {
	if la > lb {
		la, lb, a, b = lb, la, b, a
	}
	k, delta, shift := l.k[lb], lb-la, int(b.pos-a.pos)
	return delta <= k && 2*shift <= k+delta && -2*shift <= k-delta && int(a.before) <= k && int(b.before) <= k
}

// posGram is one occurrence of a gram in a signature: the gram's id (in
// postings, the form's index), its rune position, and the edits it takes to
// destroy every occurrence of the form's rarer grams (0 if at most k(n)).
type posGram struct{ id, pos, before int32 }

// nearJoin finds, for each distinct form in turn, the earliest kept form
// within the threshold. Forms are indexed by sentence index.
type nearJoin struct {
	dupLimits
	forms    []string
	distinct []int
	runes    []int       // length of forms[i] in runes
	ids      [][]int32   // gram ids of forms[i], ascending, repeats kept
	sig      [][]posGram // signature of forms[i]; nil if it has none
	postings [][]posGram // by gram id: the kept forms whose signature holds it
	reach    int         // forms of up to reach runes go through short
	short    *shortIndex // the kept forms of up to reach runes
	capped   int         // forms that met the budget (see visitsPerRune)
}

func newNearJoin(forms []string, distinct []int, threshold float64) *nearJoin {
	j := &nearJoin{forms: forms, distinct: distinct, runes: make([]int, len(forms)),
		ids: make([][]int32, len(forms)), sig: make([][]posGram, len(forms))}
	longest := 0
	for _, i := range distinct {
		j.runes[i] = utf8.RuneCountInString(forms[i])
		longest = max(longest, j.runes[i])
	}
	j.dupLimits = newDupLimits(threshold, longest)
	occ, ngrams := rankedGrams(forms, distinct, j.q)
	j.postings = make([][]posGram, ngrams)
	hit := make([]bool, longest)
	for _, i := range distinct {
		j.ids[i] = make([]int32, len(occ[i]))
		for p, o := range occ[i] {
			j.ids[i][p] = int32(o >> 32)
		}
		n := j.runes[i]
		j.sig[i] = signature(occ[i], j.q, j.k[j.maxPartner(n)], j.k[n], hit[:n])
	}
	// A form without a signature can be near only forms the length filter
	// lets it pair with; those reach the short index, kept or probing.
	j.reach = -1
	for _, i := range distinct {
		if j.sig[i] == nil {
			j.reach = max(j.reach, j.maxPartner(j.runes[i]))
		}
	}
	j.short = newShortIndex()
	return j
}

// rankedGrams lists the q-gram occurrences of each distinct form as
// id<<32 | rune position, sorted, where ids rank the grams by rarity: fewest
// forms holding the gram first, ties by first appearance. It also returns the
// number of grams. Forms are valid UTF-8, so equal runes are equal bytes.
func rankedGrams(forms []string, distinct []int, q int) ([][]uint64, int) {
	size := 0
	for _, i := range distinct {
		size += len(forms[i])
	}
	ids := make(map[string]int32, size/4)
	var df, last []int
	occ := make([][]uint64, len(forms))
	var starts []int
	for _, i := range distinct {
		starts = starts[:0]
		for b := range forms[i] {
			starts = append(starts, b)
		}
		starts = append(starts, len(forms[i]))
		for p := 0; p+q < len(starts); p++ {
			g := forms[i][starts[p]:starts[p+q]]
			id, ok := ids[g]
			if !ok {
				id = int32(len(df))
				ids[g] = id
				df, last = append(df, 0), append(last, -1)
			}
			if last[id] != i {
				last[id] = i
				df[id]++
			}
			occ[i] = append(occ[i], uint64(id)<<32|uint64(p))
		}
	}
	order := make([]uint64, len(df))
	for id, n := range df {
		order[id] = uint64(n)<<32 | uint64(id)
	}
	slices.Sort(order)
	rank := make([]uint64, len(df))
	for r, key := range order {
		rank[uint32(key)] = uint64(r)
	}
	for _, i := range distinct {
		for p, o := range occ[i] {
			occ[i][p] = rank[o>>32]<<32 | o&math.MaxUint32
		}
		slices.Sort(occ[i])
	}
	return occ, len(df)
}

// signature returns the occurrences of the fewest rarest grams of a form that
// k edits cannot all destroy, or nil if k edits destroy every gram; low is
// the least k of any pair the form is in. occ is the form's sorted list from
// rankedGrams; hit has one slot per rune.
func signature(occ []uint64, q, k, low int, hit []bool) []posGram {
	var ends []int // ends[c] is where the (c+1)-th rarest gram's occurrences end
	for p := 1; p <= len(occ); p++ {
		if p == len(occ) || occ[p]>>32 != occ[p-1]>>32 {
			ends = append(ends, p)
		}
	}
	c := sort.Search(len(ends), func(c int) bool { return stabs(occ[:ends[c]], q, hit) > k })
	if c == len(ends) {
		return nil
	}
	sig := make([]posGram, ends[c])
	for p, o := range occ[:ends[c]] {
		sig[p] = posGram{id: int32(o >> 32), pos: int32(uint32(o))}
	}
	for g := c; g > 0; g-- { // before only grows with g, and only above low matters
		before := stabs(occ[:ends[g-1]], q, hit)
		if before <= low {
			break
		}
		for p := ends[g-1]; p < ends[g]; p++ {
			sig[p].before = int32(before)
		}
	}
	return sig
}

// stabs returns the fewest edits that destroy the given gram occurrences: the
// fewest points that hit every q-rune window, by the greedy interval cover
// (a point at the end of the first window not yet hit).
func stabs(occ []uint64, q int, hit []bool) int {
	clear(hit)
	for _, o := range occ {
		hit[uint32(o)] = true
	}
	n, covered := 0, -1
	for p, ok := range hit {
		if ok && p > covered {
			n, covered = n+1, p+q-1
		}
	}
	return n
}

// Find's work is bounded by a budget: each form adds visitsPerRune index
// entries to read and candidatesPerRune kept forms to compare for each of
// its runes, plus a base of each; the forms after it may spend what it
// leaves. A run of hard forms draws on what easy ones left, while the total
// stays linear in the input's size on any input (such as a page of codes over
// two letters, where thousands of kept forms pass every filter). A form that
// meets the budget is compared with the candidates found so far, so Find may
// keep a form it could have dropped, but it never reports a pair the
// threshold rejects. Real news at the default threshold spends about 15
// entries and 0.15 candidates a rune, and never meets the budget, even with
// the 500 CNN dev stories pasted as one (see TestFindBoundsUnreached); at
// 0.2, ten times as much, so pastes of thousands of sentences meet it there.
const (
	visitsPerRune, baseVisits         = 64, 256
	candidatesPerRune, baseCandidates = 2, 16
)

// run sets of[i] for each distinct form i, in order.
func (j *nearJoin) run(ctx context.Context, of []int) error {
	mark := make([]int, len(j.forms))      // mark[x] == i+1: x is a candidate for i
	have := make([]int32, len(j.postings)) // gram counts of the form being placed
	var cands []int
	candBudget, visitBudget := 0, 0
	for _, i := range j.distinct {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := j.runes[i]
		cands = cands[:0]
		candBudget += baseCandidates + candidatesPerRune*n
		visitBudget += baseVisits + visitsPerRune*n
		full := false
		offer := func(x int, ok bool) bool {
			if visitBudget == 0 || len(cands) == candBudget {
				full = true
				return false
			}
			visitBudget--
			if ok && mark[x] != i+1 {
				mark[x] = i + 1
				cands = append(cands, x)
			}
			return true
		}
		j.probePostings(i, offer)
		if n <= j.reach {
			j.short.probe(j.forms[i], j.k[j.maxPartner(n)], func(x int32) bool {
				lx := j.runes[x]
				k := j.k[max(n, lx)]
				return offer(int(x), k > 0 && max(n-lx, lx-n) <= k)
			})
		}
		if full {
			j.capped++
		}
		candBudget -= len(cands)
		slices.Sort(cands)
		for _, id := range j.ids[i] {
			have[id]++
		}
		c, err := j.first(ctx, i, cands, have)
		for _, id := range j.ids[i] {
			have[id] = 0
		}
		if err != nil {
			return err
		}
		if of[i] = c; c >= 0 {
			continue
		}
		for _, g := range j.sig[i] {
			j.postings[g.id] = append(j.postings[g.id], posGram{int32(i), g.pos, g.before})
		}
		if n <= j.reach {
			j.short.add(int32(i), j.forms[i], j.k[j.maxPartner(n)])
		}
	}
	return nil
}

// probePostings offers the kept forms whose signatures meet form i's.
func (j *nearJoin) probePostings(i int, offer func(x int, ok bool) bool) {
	n := j.runes[i]
	for _, g := range j.sig[i] {
		for _, e := range j.postings[g.id] {
			if !offer(int(e.id), j.isPair(n, j.runes[e.id], g, e)) {
				return
			}
		}
	}
}

// first returns the first candidate within the threshold of form i, or -1;
// have holds the gram counts of form i.
func (j *nearJoin) first(ctx context.Context, i int, cands []int, have []int32) (int, error) {
	n := j.runes[i]
	for _, c := range cands {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		m := max(n, j.runes[c])
		if t := m - j.q + 1 - j.k[m]*j.q; t > 0 && !shares(have, j.ids[c], t) {
			continue
		}
		if j.isWithin(levenshtein.ComputeDistance(j.forms[i], j.forms[c]), n, j.runes[c]) {
			return c, nil
		}
	}
	return -1, nil
}

// shares reports whether ids (ascending) and the form whose gram counts are
// in have share at least t gram occurrences, counted as multisets. It stops
// once the ids left cannot make up t.
func shares(have, ids []int32, t int) bool {
	n := 0
	for p := 0; p < len(ids) && n < t && n+len(ids)-p >= t; {
		id, r := ids[p], 0
		for ; p < len(ids) && ids[p] == id; p++ {
			r++
		}
		n += min(r, int(have[id]))
	}
	return n >= t
}
