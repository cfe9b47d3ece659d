package nearjoin

import (
	"context"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// smallJoin is the number of distinct forms up to which Find compares forms
// pair by pair behind cheap bounds (scan) rather than building the q-gram
// index. The index pays off only for long inputs: on a news article of
// about 40 sentences it took 1.7 ms where scan takes a fraction of that.
const smallJoin = 128

// histBuckets is the number of buckets of a rune histogram.
const histBuckets = 64

// histogram counts a form's runes by rune modulo histBuckets.
type histogram [histBuckets]int32

// scan sets of[i] for each distinct form i, as Find's contract says,
// comparing i with every earlier kept form, earliest first. Two exact
// bounds spare most pairs the edit distance d: d ≥ |la - lb|, and d ≥
// ⌈L1/2⌉ where L1 is the distance between the forms' rune histograms, since
// an edit moves at most 2 units of L1 (a substitution takes one rune out and
// puts one in); putting runes into buckets can only lower L1, so the bound
// holds for bucketed histograms too.
func scan(ctx context.Context, forms []string, distinct []int, threshold float64, of []int) error {
	runes := make([]int, len(distinct))
	hists := make([]histogram, len(distinct))
	longest := 0
	for x, i := range distinct {
		for _, r := range forms[i] {
			hists[x][uint32(r)%histBuckets]++
		}
		runes[x] = utf8.RuneCountInString(forms[i])
		longest = max(longest, runes[x])
	}
	limits := newDupLimits(threshold, longest)
	var kept []int // positions in distinct
	for x, i := range distinct {
		if err := ctx.Err(); err != nil {
			return err
		}
		of[i] = -1
		for _, y := range kept {
			if isScanMatch(limits, forms[i], forms[distinct[y]], runes[x], runes[y], &hists[x], &hists[y]) {
				of[i] = distinct[y]
				break
			}
		}
		if of[i] < 0 {
			kept = append(kept, x)
		}
	}
	return nil
}

// isScanMatch reports whether forms a and b, of la and lb runes with
// histograms ha and hb, are within the threshold.
func isScanMatch(limits dupLimits, a, b string, la, lb int, ha, hb *histogram) bool {
	if la == 0 || lb == 0 {
		return la == lb
	}
	k := limits.k[max(la, lb)]
	if la-lb > k || lb-la > k {
		return false
	}
	l1 := int32(0)
	for c := range ha {
		if d := ha[c] - hb[c]; d > 0 {
			l1 += d
		} else {
			l1 -= d
		}
	}
	if int(l1+1)/2 > k {
		return false
	}
	return limits.isWithin(levenshtein.ComputeDistance(a, b), la, lb)
}
