package nearjoin

import (
	"slices"
)

// maxVariants bounds the deletion variants a short form is indexed or
// probed under. At the thresholds skim uses (up to 0.2) short forms have at
// most a dozen runes and k ≤ 2, under 100 variants; forms with more (only
// at thresholds near 0.5 and above) are compared directly instead.
const maxVariants = 512

// shortIndex finds the kept forms a short form may be near, by symmetric
// deletion (Mor & Fraenkel 1982; Bocek et al. 2007, FastSS): if two forms
// are within d edits, deleting at most d runes from each leaves a common
// string (delete what the alignment substitutes or deletes in the one, and
// what it substitutes or inserts in the other). Each kept short form is
// filed under every string its deletions leave, hashed; a probe looks up the
// probing form's own. Hash collisions only add candidates, which levenshtein
// then rejects, so no pair within d is lost.
//
// It serves the forms that have no signature (see Find): without it each
// would be compared with every kept form, which made 60,000 sentences such
// as "W100000." take 34 s.
type shortIndex struct {
	buckets map[uint64][]int32
	all     []int32 // every kept short form, in order
	wide    []int32 // kept short forms with more than maxVariants variants
	hashes  []uint64
	runes   []rune
}

func newShortIndex() *shortIndex {
	return &shortIndex{buckets: make(map[uint64][]int32)}
}

// add files kept form x under its variants with up to d deletions.
func (s *shortIndex) add(x int32, form string, d int) {
	s.all = append(s.all, x)
	hashes, ok := s.variants(form, d)
	if !ok {
		s.wide = append(s.wide, x)
		return
	}
	for _, h := range hashes {
		s.buckets[h] = append(s.buckets[h], x)
	}
}

// probe calls visit with every kept form that shares a variant of up to d
// deletions with form, some more than once, and with every kept form that
// was too wide to index. It calls visit with everything kept when form
// itself has too many variants.
func (s *shortIndex) probe(form string, d int, visit func(x int32) bool) {
	hashes, ok := s.variants(form, d)
	if !ok {
		for _, x := range s.all {
			if !visit(x) {
				return
			}
		}
		return
	}
	for _, x := range s.wide {
		if !visit(x) {
			return
		}
	}
	for _, h := range hashes {
		for _, x := range s.buckets[h] {
			if !visit(x) {
				return
			}
		}
	}
}

// variants returns the sorted, distinct hashes of the strings left by
// deleting at most d runes of form, or false if there would be more than
// maxVariants of them.
func (s *shortIndex) variants(form string, d int) ([]uint64, bool) {
	s.runes = append(s.runes[:0], []rune(form)...)
	n := len(s.runes)
	if deletionCount(n, d) > maxVariants {
		return nil, false
	}
	s.hashes = s.hashes[:0]
	var walk func(from, left int, h uint64)
	walk = func(from, left int, h uint64) {
		// h hashes the runes kept so far, before from; each step either
		// keeps or deletes the rune at from.
		if from == n {
			s.hashes = append(s.hashes, h)
			return
		}
		if left > 0 {
			walk(from+1, left-1, h)
		}
		walk(from+1, left, hashRune(h, s.runes[from]))
	}
	walk(0, min(d, n), fnvOffset)
	slices.Sort(s.hashes)
	return slices.Compact(s.hashes), true
}

// deletionCount returns the number of ways to delete at most d of n runes,
// or maxVariants+1 once it is larger.
func deletionCount(n, d int) int {
	total, c := 0, 1 // c is n choose j
	for j := 0; j <= min(d, n); j++ {
		total += c
		if total > maxVariants {
			return maxVariants + 1
		}
		c = c * (n - j) / (j + 1)
	}
	return total
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashRune extends an FNV-1a hash by one rune.
func hashRune(h uint64, r rune) uint64 {
	for range 4 {
		h = (h ^ uint64(r&0xff)) * fnvPrime
		r >>= 8
	}
	return h
}
