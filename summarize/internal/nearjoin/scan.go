package nearjoin

import (
	"context"
	"slices"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// smallJoin is the number of distinct forms up to which Find compares forms
// pair by pair behind cheap bounds (scan) rather than building the q-gram
// index. The index pays off only for long inputs: on a news article of
// about 40 sentences it took 1.7 ms where scan takes a fraction of that.
const smallJoin = 128

// Buckets of the histograms of scan's bounds: of runes, and of rune pairs.
const (
	runeBuckets = 64
	pairBuckets = 256
)

// scanForm is what scan knows of one distinct form.
type scanForm struct {
	text  string
	runes int
	hist  [runeBuckets]int32  // runes by rune modulo runeBuckets
	pairs *[pairBuckets]int32 // pairHistogram of text, made when a pair first needs it
	grams []uint64            // gramHashes of text, made when a pair first needs them
}

// scan sets of[i] for each distinct form i, as Find's contract says,
// comparing i with every earlier kept form, earliest first. Four exact
// bounds spare most pairs the edit distance d, cheapest first:
//   - Length: d ≥ |la - lb|.
//   - Runes: d ≥ ⌈L1/2⌉, where L1 is the distance between the forms' rune
//     histograms, since an edit moves at most 2 units of L1 (a
//     substitution takes one rune out and puts one in), and putting runes
//     into buckets can only lower L1.
//   - Pairs: d ≥ ⌈L1/4⌉ over histograms of adjacent rune pairs: a
//     substitution takes out the two pairs that hold the rune and puts two
//     in, an insertion or a deletion breaks one pair and makes two, or the
//     other way round. On news it rejects 49 of 50 pairs the rune bound
//     lets through, which spares most forms their grams.
//   - Count: the q-gram count of Find's proof, on hashed grams.
func scan(ctx context.Context, forms []string, distinct []int, threshold float64, of []int) error {
	all := make([]scanForm, len(distinct))
	longest := 0
	for x, i := range distinct {
		all[x] = newScanForm(forms[i])
		longest = max(longest, all[x].runes)
	}
	limits := newDupLimits(threshold, longest)
	var kept []int // positions in distinct
	for x, i := range distinct {
		if err := ctx.Err(); err != nil {
			return err
		}
		of[i] = -1
		// The length filter, as the range of partner lengths it passes:
		// most pairs of a news article end here, spared a call.
		n := all[x].runes
		minRunes, maxRunes := n-limits.k[n], limits.maxPartner(n)
		for _, y := range kept {
			if r := all[y].runes; r < minRunes || r > maxRunes {
				continue
			}
			if isScanMatch(limits, &all[x], &all[y]) {
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

// newScanForm returns what scan first knows of form s: its runes and their
// histogram.
func newScanForm(s string) scanForm {
	f := scanForm{text: s, runes: utf8.RuneCountInString(s)}
	for _, r := range s {
		f.hist[uint32(r)%runeBuckets]++
	}
	return f
}

// isScanMatch reports whether forms a and b, whose lengths the length
// filter passes (see scan), are within the threshold. It makes their pair
// histograms and grams the first time a pair of theirs needs them.
func isScanMatch(limits dupLimits, a, b *scanForm) bool {
	la, lb := a.runes, b.runes
	if la == 0 || lb == 0 {
		return la == lb
	}
	m := max(la, lb)
	k := limits.k[m]
	if (l1(a.hist[:], b.hist[:])+1)/2 > k {
		return false
	}
	if a.pairs == nil {
		a.pairs = pairHistogram(a.text)
	}
	if b.pairs == nil {
		b.pairs = pairHistogram(b.text)
	}
	if (l1(a.pairs[:], b.pairs[:])+3)/4 > k {
		return false
	}
	if t := m - limits.q + 1 - k*limits.q; t > 0 {
		if a.grams == nil {
			a.grams = gramHashes(a.text, limits.q)
		}
		if b.grams == nil {
			b.grams = gramHashes(b.text, limits.q)
		}
		if sharedCount(a.grams, b.grams) < t {
			return false
		}
	}
	return limits.isWithin(levenshtein.ComputeDistance(a.text, b.text), la, lb)
}

// pairHistogram counts the adjacent rune pairs of s by a hash of the pair
// modulo pairBuckets.
func pairHistogram(s string) *[pairBuckets]int32 {
	h := new([pairBuckets]int32)
	prev, first := rune(0), true
	for _, r := range s {
		if !first {
			h[(uint32(prev)*131+uint32(r))%pairBuckets]++
		}
		prev, first = r, false
	}
	return h
}

// l1 returns the L1 distance between histograms a and b, of equal length.
// It takes each difference's absolute value without a branch, which the
// signs, as good as random, would mispredict half the time.
func l1(a, b []int32) int {
	n, b := int32(0), b[:len(a)]
	for c := range a {
		d := a[c] - b[c]
		sign := d >> 31 // all ones when d < 0
		n += d ^ sign - sign
	}
	return int(n)
}

// gramHashes returns the hashes of the q-rune windows of s, sorted: a window
// of q ASCII bytes is its bytes packed into the hash, any other its FNV-1a
// hash. Two forms share at least as many hashes as they share q-grams,
// counted as multisets: a collision can only add to the count, so the count
// filter stays exact in the direction that matters, never dropping a pair.
func gramHashes(s string, q int) []uint64 {
	starts := make([]int, 0, len(s)+1)
	for b := range s {
		starts = append(starts, b)
	}
	starts = append(starts, len(s))
	if len(starts) <= q {
		return []uint64{}
	}
	hashes := make([]uint64, len(starts)-q)
	for p := range hashes {
		g := s[starts[p]:starts[p+q]]
		if len(g) == q && q <= 8 { // all ASCII: packed, as the fast path does
			var h uint64
			for i := range len(g) {
				h = h<<8 | uint64(g[i])
			}
			hashes[p] = h
			continue
		}
		h := uint64(fnvOffset)
		for _, c := range []byte(g) {
			h = (h ^ uint64(c)) * fnvPrime
		}
		hashes[p] = h
	}
	slices.Sort(hashes)
	return hashes
}

// sharedCount returns how many entries the sorted lists a and b share,
// counted as multisets.
func sharedCount(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n, i, j = n+1, i+1, j+1
		}
	}
	return n
}
