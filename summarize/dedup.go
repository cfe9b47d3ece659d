package summarize

// Near-duplicate removal. Only pairs that survive exact filters reach
// levenshtein; why no accepted pair is lost is argued on dedupe below.

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

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
// The filters are lossless. Let x and y be forms of m = max(|x|, |y|) runes
// with distance d <= k(m), the largest distance the threshold accepts.
//   - Identical forms: an exact copy gets the answer of its first occurrence.
//   - Length: d >= ||x| - |y||, so longer differences are skipped.
//   - Count (q-gram lemma; Ukkonen 1992, Gravano et al. 2001): x and y share
//     at least t(m) = m - q + 1 - k(m)·q positional q-grams as multisets, as
//     each edit touches at most q of the longer form's q-grams and the rest
//     appear, in order, in the other form. Numbering repeats ("aaa"#1,
//     "aaa"#2, …) turns the multisets into sets of tokens.
//   - Prefix (Chaudhuri et al. 2006; Bayardo et al. 2007; Xiao et al. 2008,
//     Ed-Join): sort every form's tokens by one global order (rarest first).
//     If |X ∩ Y| >= t, the least common token lies among the first |X| - t + 1
//     tokens of X and the first |Y| - t + 1 of Y, because the other t - 1
//     common tokens all come after it in both. A form indexes and probes
//     prefixLen tokens, the largest such prefix over every partner length the
//     length filter allows, so each pair with t(m) > 0 meets in a posting list.
//   - Pairs with t(m) <= 0, where the lemma says nothing, are short: the forms
//     are indexed by length and compared directly.
//
// Every candidate left is verified with levenshtein, earliest first.
func dedupe(ctx context.Context, texts []string, threshold float64) ([]int, error) {
	if math.IsNaN(threshold) || threshold < 0 || threshold > 1 {
		return nil, fmt.Errorf("summarize: duplicate threshold %v is outside [0, 1]", threshold)
	}
	of := make([]int, len(texts))
	first := make([]int, len(texts)) // index of the first sentence with the same form
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
	if err := newNearJoin(forms, distinct, threshold).run(ctx, distinct, of); err != nil {
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

// dupLimits holds the threshold and the q-gram size chosen for it.
type dupLimits struct {
	threshold float64
	q         int
}

// gramSize picks q so that a prefix (about threshold·q of a form's q-grams)
// stays under half of it: 3 at the default 0.15, 2 up to 0.25, 1 above.
func gramSize(threshold float64) int {
	return max(1, min(3, int(0.5/max(threshold, 0.01))))
}

// isWithin reports whether distance d between forms of la and lb runes is at
// most the threshold.
func (l dupLimits) isWithin(d, la, lb int) bool {
	if la == 0 || lb == 0 {
		return la == lb
	}
	return float64(d)/float64(max(la, lb)) <= l.threshold
}

// maxDist returns k(m), the largest distance isWithin accepts when the longer
// form has m > 0 runes.
func (l dupLimits) maxDist(m int) int {
	k := min(m, int(l.threshold*float64(m)))
	for k < m && l.isWithin(k+1, m, m) {
		k++
	}
	for k > 0 && !l.isWithin(k, m, m) {
		k--
	}
	return k
}

// minShared returns t(m), the number of q-gram tokens that two forms whose
// longer has m runes share at least when they are within the threshold.
func (l dupLimits) minShared(m int) int {
	return m - l.q + 1 - l.maxDist(m)*l.q
}

// nearJoin finds, for each distinct form in turn, the earliest kept form
// within the threshold. Indices are sentence indices.
type nearJoin struct {
	dupLimits
	forms    []string
	runes    []int     // length of forms[i] in runes
	tokens   [][]int32 // q-gram tokens of forms[i] by global rank, ascending
	postings [][]int32 // kept sentences whose prefix holds the token of that rank
	short    [][]int32 // kept sentences by rune length, up to shortMax
	shortMax int       // no pair longer than this is short; -1 if none is
	longest  int       // longest form in runes
	prefix   map[int]int
}

func newNearJoin(forms []string, distinct []int, threshold float64) *nearJoin {
	j := &nearJoin{
		dupLimits: dupLimits{threshold: threshold, q: gramSize(threshold)},
		forms:     forms,
		runes:     make([]int, len(forms)),
		prefix:    map[int]int{},
	}
	var ntok int
	j.tokens, ntok = rankedGrams(forms, distinct, j.q, j.runes)
	j.postings = make([][]int32, ntok)
	for _, i := range distinct {
		j.longest = max(j.longest, j.runes[i])
	}
	j.shortMax = -1
	for m := 0; m <= j.longest; m++ {
		if j.minShared(m) <= 0 {
			j.shortMax = m
		}
	}
	j.short = make([][]int32, j.shortMax+1)
	return j
}

// prefixLen returns how many leading tokens a form of n runes indexes and
// probes: the most that |X| - t(m) + 1 reaches over partner lengths with
// t(m) > 0, where m runs from n to the longest partner the length filter
// allows (m - n <= k(m), which once false stays false since k grows by at
// most 1 per rune).
func (j *nearJoin) prefixLen(n int) int {
	if p, ok := j.prefix[n]; ok {
		return p
	}
	p := 0
	for m := n; m <= j.longest && m-n <= j.maxDist(m); m++ {
		if j.minShared(m) > 0 {
			p = max(p, n-m+j.maxDist(m)*j.q+1)
		}
	}
	p = max(0, min(p, n-j.q+1))
	j.prefix[n] = p
	return p
}

// run sets of[i] for each distinct sentence i, in order.
func (j *nearJoin) run(ctx context.Context, distinct []int, of []int) error {
	mark := make([]int, len(j.forms))
	var cands []int
	add := func(i int, list []int32) {
		for _, c := range list {
			if mark[c] != i+1 {
				mark[c] = i + 1
				cands = append(cands, int(c))
			}
		}
	}
	for _, i := range distinct {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, pre := j.runes[i], j.tokens[i][:j.prefixLen(j.runes[i])]
		cands = cands[:0]
		for _, r := range pre {
			add(i, j.postings[r])
		}
		if n <= j.shortMax {
			for m := max(0, n-j.maxDist(n)); m <= j.shortMax; m++ {
				add(i, j.short[m])
			}
		}
		slices.Sort(cands)
		of[i] = -1
		for _, c := range cands {
			d, err := j.distance(ctx, i, c)
			if err != nil {
				return err
			}
			if d >= 0 && j.isWithin(d, n, j.runes[c]) {
				of[i] = c
				break
			}
		}
		if of[i] >= 0 {
			continue
		}
		for _, r := range pre {
			j.postings[r] = append(j.postings[r], int32(i))
		}
		if n <= j.shortMax {
			j.short[n] = append(j.short[n], int32(i))
		}
	}
	return nil
}

// distance returns the edit distance of forms a and b, or -1 when the length
// or count filter already rules the pair out.
func (j *nearJoin) distance(ctx context.Context, a, b int) (int, error) {
	la, lb := j.runes[a], j.runes[b]
	m := max(la, lb)
	if m == 0 {
		return 0, nil
	}
	if max(la-lb, lb-la) > j.maxDist(m) {
		return -1, nil
	}
	if t := j.minShared(m); t > 0 && overlap(j.tokens[a], j.tokens[b]) < t {
		return -1, nil
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return levenshtein.ComputeDistance(j.forms[a], j.forms[b]), nil
}

// overlap counts the tokens two ascending lists share.
func overlap(a, b []int32) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}

// rankedGrams turns each distinct form into its positional q-grams, numbered
// by repeat so that each is a distinct token, and replaces every token by its
// rank in one global order: fewest forms holding it first, ties by first
// appearance. It also fills runes and returns the number of tokens.
func rankedGrams(forms []string, distinct []int, q int, runes []int) ([][]int32, int) {
	type token struct {
		gram   uint64 // q runes of 21 bits each
		repeat int
	}
	ids := map[token]int32{}
	var df []int
	tokens := make([][]int32, len(forms))
	var rs []rune
	var grams []uint64
	for _, i := range distinct {
		rs = append(rs[:0], []rune(forms[i])...)
		runes[i] = len(rs)
		grams = grams[:0]
		for p := 0; p+q <= len(rs); p++ {
			var g uint64
			for _, r := range rs[p : p+q] {
				g = g<<21 | uint64(r)
			}
			grams = append(grams, g)
		}
		slices.Sort(grams)
		list := make([]int32, len(grams))
		repeat := 0
		for p, g := range grams {
			repeat++
			if p == 0 || grams[p-1] != g {
				repeat = 0
			}
			id, ok := ids[token{g, repeat}]
			if !ok {
				id = int32(len(df))
				ids[token{g, repeat}] = id
				df = append(df, 0)
			}
			df[id]++
			list[p] = id
		}
		tokens[i] = list
	}
	order := make([]uint64, len(df))
	for id, n := range df {
		order[id] = uint64(n)<<32 | uint64(id)
	}
	slices.Sort(order)
	rank := make([]int32, len(df))
	for r, key := range order {
		rank[uint32(key)] = int32(r)
	}
	for _, i := range distinct {
		for p, id := range tokens[i] {
			tokens[i][p] = rank[id]
		}
		slices.Sort(tokens[i])
	}
	return tokens, len(df)
}
