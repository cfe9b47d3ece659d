package summarize

// Near-duplicate removal. Only pairs that survive exact filters reach
// levenshtein; the argument that no accepted pair is lost is on dedupe.

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/cases"
)

// dedupe finds near-duplicates among sentence texts, in order. It returns
// of, where of[i] is the index of the earlier kept sentence that texts[i]
// duplicates, or -1 if texts[i] is kept. A sentence duplicates a kept one when
// the normalised edit distance of their comparison forms is at most threshold:
// levenshtein distance over the longer form's length in runes. Two empty forms
// are duplicates; an empty and a non-empty form never are. When several kept
// sentences qualify, of[i] is the earliest. A threshold outside [0, 1] is an
// error.
//
// Why the filters lose nothing. Let forms x and y have distance d <= k(m),
// where m is the longer length and k(m) the largest distance the threshold
// accepts there; every form of n runes uses K(n), the largest k(m) over the
// partner lengths the length filter leaves it.
//   - Copies: an identical form gets the answer of its first occurrence.
//   - Length: d >= ||x| - |y||.
//   - Count (q-gram lemma; Ukkonen 1992, Gravano et al. 2001): x and y share
//     at least m - q + 1 - k(m)·q positional q-grams, counted as multisets,
//     since one edit touches at most q of the longer form's q-grams and the
//     rest reappear in the other form.
//   - Signature (prefix filtering over a global rarity order; Chaudhuri et
//     al. 2006, Bayardo et al. 2007, with the location-based prefix of Xiao
//     et al. 2008, Ed-Join). An edit destroys only the q-gram occurrences
//     that contain one point (the rune it changes or the gap it fills), so
//     if no K(|x|) points hit every occurrence of a set of x's grams, one of
//     them survives into y, shifted by at most d. Each form's signature is
//     the shortest run of its distinct grams, rarest first (fewest forms,
//     then id), whose occurrences need more than K points. Let z be the
//     rarest gram with a surviving occurrence; the survivors of x and y are
//     the same grams, so z is at least as rare as some survivor in either
//     signature, both signatures hold every occurrence of z, and a surviving
//     pair of them lies at most d apart: y's probe of the index finds x.
//   - Forms with no signature (their grams all fall to K edits: tiny forms,
//     or thresholds from about 0.5) are compared directly with every kept
//     form whose length the length filter allows.
//
// Every candidate left is verified with levenshtein, earliest first.
func dedupe(ctx context.Context, texts []string, threshold float64) ([]int, error) {
	if math.IsNaN(threshold) || threshold < 0 || threshold > 1 {
		return nil, fmt.Errorf("summarize: duplicate threshold %v is outside [0, 1]", threshold)
	}
	of := make([]int, len(texts))
	first := make([]int, len(texts)) // the first sentence with the same form
	forms := make([]string, len(texts))
	seen := make(map[string]int, len(texts))
	var distinct []int
	fold := cases.Fold()
	for i, t := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f := comparisonForm(fold, t)
		j, ok := seen[f]
		if !ok {
			j = i
			seen[f] = i
			forms[i] = f
			distinct = append(distinct, i)
		}
		first[i] = j
	}
	if err := newNearJoin(forms, distinct, threshold).run(ctx, of); err != nil {
		return nil, err
	}
	for i, j := range first {
		switch {
		case j == i:
		case of[j] < 0:
			of[i] = j
		default:
			of[i] = of[j]
		}
	}
	return of, nil
}

// comparisonForm returns the form of a sentence that dedupe compares: case
// folded; whitespace, dashes and slashes collapsed to single spaces; quotes,
// apostrophes (including ` ´ ʼ) and other punctuation dropped, so "it's",
// "it’s" and "its" are one form.
func comparisonForm(fold cases.Caser, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range fold.String(s) {
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || r == '/':
			space = b.Len() > 0
		case unicode.IsPunct(r) || r == '`' || r == '´' || r == 'ʼ':
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dupLimits answers, for one threshold, which edit distances it accepts.
type dupLimits struct {
	threshold float64
	q         int   // q-gram length in runes
	k         []int // k[m]: the largest accepted distance when the longer form has m runes
}

func newDupLimits(threshold float64, longest int) dupLimits {
	// q about 0.6/t was fastest on news-like text: 4 at 0.15, 2 at 0.25. It
	// must stay below (1-t)/t, or no form would have a signature.
	l := dupLimits{threshold: threshold, q: max(1, min(4, int(0.61/max(threshold, 0.01)))), k: make([]int, longest+1)}
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

// maxPartner returns the longest form length the length filter allows a form
// of n runes to pair with. m - n - k[m] never falls as m grows, because k
// grows by at most one per rune, so the scan stops at the first failure.
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
// |lb - la|, so a surviving gram moves by -D to I (Li et al. 2011,
// Pass-Join): at most (k-Δ)/2 back or (k+Δ)/2 forward.
func (l dupLimits) isPair(la, lb int, a, b posGram) bool {
	if la > lb {
		la, lb, a, b = lb, la, b, a
	}
	k, delta, shift := l.k[lb], lb-la, int(b.pos-a.pos)
	return delta <= k && 2*shift <= k+delta && -2*shift <= k-delta && int(a.before) <= k && int(b.before) <= k
}

// nearJoin finds, for each distinct form in turn, the earliest kept form
// within the threshold. Indices are sentence indices.
type nearJoin struct {
	dupLimits
	forms    []string
	distinct []int
	runes    []int           // length of forms[i] in runes
	ids      [][]int32       // gram ids of forms[i], ascending, repeats kept
	sig      [][]posGram     // signature of forms[i]; nil if it has none
	postings [][]posGram     // by gram id: kept forms whose signature holds it, before = 0
	tails    [][]posGram     // the same, before > 0
	kept     map[int][]int32 // kept forms by length; only if some form has no signature
	lone     map[int][]int32 // kept forms without a signature, by length
}

// posGram is one occurrence of a q-gram in a signature: a gram id (in
// postings, a form's index), a rune position, and how many edits it takes to
// destroy all the occurrences of rarer grams in the form.
type posGram struct{ id, pos, before int32 }

func newNearJoin(forms []string, distinct []int, threshold float64) *nearJoin {
	j := &nearJoin{forms: forms, distinct: distinct, runes: make([]int, len(forms)),
		ids: make([][]int32, len(forms)), sig: make([][]posGram, len(forms)), lone: map[int][]int32{}}
	longest := 0
	for _, i := range distinct {
		j.runes[i] = utf8.RuneCountInString(forms[i])
		longest = max(longest, j.runes[i])
	}
	j.dupLimits = newDupLimits(threshold, longest)
	occ, ngrams := rankedGrams(forms, distinct, j.q)
	j.postings, j.tails = make([][]posGram, ngrams), make([][]posGram, ngrams)
	hit := make([]bool, longest)
	for _, i := range distinct {
		j.ids[i] = make([]int32, len(occ[i]))
		for p, o := range occ[i] {
			j.ids[i][p] = int32(o >> 32)
		}
		n := j.runes[i]
		j.sig[i] = signature(occ[i], j.q, j.k[j.maxPartner(n)], j.k[n], hit[:n])
		if j.sig[i] == nil && j.kept == nil {
			j.kept = map[int][]int32{}
		}
	}
	return j
}

// rankedGrams lists the q-gram occurrences of each distinct form as
// id<<32 | rune position, sorted, where ids rank the grams by rarity: fewest
// forms holding the gram first, ties by first appearance. It also returns the
// number of grams. Forms are valid UTF-8, so equal runes are equal bytes.
func rankedGrams(forms []string, distinct []int, q int) ([][]uint64, int) {
	ids := map[string]int32{}
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
// k edits cannot all destroy, or nil if k edits can destroy every gram. occ
// is the form's sorted list from rankedGrams; hit has one slot per rune. Each
// occurrence notes the edits needed to destroy the rarer grams, where that is
// above low (the least k of any pair the form is in); 0 stands for the rest.
func signature(occ []uint64, q, k, low int, hit []bool) []posGram {
	var ends []int // ends[c] is where the (c+1)-th rarest gram's occurrences end
	for p := range occ {
		if p > 0 && occ[p]>>32 != occ[p-1]>>32 {
			ends = append(ends, p)
		}
	}
	if len(occ) > 0 {
		ends = append(ends, len(occ))
	}
	c := sort.Search(len(ends), func(c int) bool { return stabs(occ[:ends[c]], q, hit) > k })
	if c == len(ends) {
		return nil
	}
	sig := make([]posGram, ends[c])
	for p, o := range occ[:ends[c]] {
		sig[p] = posGram{id: int32(o >> 32), pos: int32(uint32(o))}
	}
	for g := c; g > 0; g-- {
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

// stabs returns the fewest edits that destroy all the given q-gram
// occurrences: the fewest points hitting every q-rune window, found by the
// greedy interval cover (each point placed at the end of the first window
// not yet hit).
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

// run sets of[i] for each distinct form i, in order.
func (j *nearJoin) run(ctx context.Context, of []int) error {
	mark := make([]int, len(j.forms))
	have := make([]int32, len(j.postings))
	var cands []int
	for _, i := range j.distinct {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := j.runes[i]
		cands = cands[:0]
		for _, g := range j.sig[i] {
			lists := [][]posGram{j.postings[g.id], j.tails[g.id]}
			if g.before > 0 { // two tails never pass isPair: k(m) is one form's own
				lists = lists[:1]
			}
			for _, list := range lists {
				for _, e := range list {
					if x := int(e.id); mark[x] != i+1 && j.isPair(n, j.runes[x], g, e) {
						mark[x] = i + 1
						cands = append(cands, x)
					}
				}
			}
		}
		byLen := j.lone
		if j.sig[i] == nil {
			byLen = j.kept
		}
		for m, hi := n-j.k[n], j.maxPartner(n); m <= hi && len(byLen) > 0; m++ {
			for _, x := range byLen[m] {
				cands = append(cands, int(x))
			}
		}
		slices.Sort(cands)
		if err := j.verify(ctx, i, slices.Compact(cands), have, of); err != nil {
			return err
		}
		if of[i] < 0 {
			j.keep(i)
		}
	}
	return nil
}

// verify sets of[i] to the first candidate within the threshold, or -1.
// Candidates are ascending; have is all zero.
func (j *nearJoin) verify(ctx context.Context, i int, cands []int, have []int32, of []int) error {
	for _, id := range j.ids[i] {
		have[id]++
	}
	defer func() {
		for _, id := range j.ids[i] {
			have[id] = 0
		}
	}()
	n := j.runes[i]
	of[i] = -1
	for _, c := range cands {
		m := max(n, j.runes[c])
		if t := m - j.q + 1 - j.k[m]*j.q; t > 0 && !shares(have, j.ids[c], t) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if j.isWithin(levenshtein.ComputeDistance(j.forms[i], j.forms[c]), n, j.runes[c]) {
			of[i] = c
			return nil
		}
	}
	return nil
}

// keep adds the kept form i to the index.
func (j *nearJoin) keep(i int) {
	for _, g := range j.sig[i] {
		lists := j.postings
		if g.before > 0 {
			lists = j.tails
		}
		lists[g.id] = append(lists[g.id], posGram{int32(i), g.pos, g.before})
	}
	n := j.runes[i]
	if j.kept != nil {
		j.kept[n] = append(j.kept[n], int32(i))
	}
	if j.sig[i] == nil {
		j.lone[n] = append(j.lone[n], int32(i))
	}
}

// shares reports whether ids (ascending) and the form whose gram counts are
// in have share at least t gram occurrences, counted as multisets. It stops
// as soon as the ids left cannot make up t.
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
