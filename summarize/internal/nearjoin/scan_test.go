package nearjoin

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// TestHistogramBoundsBelowDistance checks the two histogram bounds of scan
// against the edit distance itself: neither may exceed it, or scan would
// drop a pair the threshold accepts. Pairs are edits of one another, at
// every rate, and strings over a few runes, where buckets fill up.
func TestHistogramBoundsBelowDistance(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 4))
	tight := 0 // pairs where the pair bound is the distance
	for range 20000 {
		var a string
		if r.IntN(2) == 0 {
			a = strings.Repeat(string(editAlphabet[r.IntN(len(editAlphabet))]), r.IntN(8)) + mutate(r, "", r.IntN(30))
		} else {
			a = mutate(r, "the city budget vote on Tuesday", r.IntN(10))
		}
		b := mutate(r, a, r.IntN(2+utf8.RuneCountInString(a)))
		d := levenshtein.ComputeDistance(a, b)
		fa, fb := newScanForm(a), newScanForm(b)
		if runes := (l1(fa.hist[:], fb.hist[:]) + 1) / 2; runes > d {
			t.Fatalf("rune bound of %q, %q is %d, above their distance %d", a, b, runes, d)
		}
		pairs := (l1(pairHistogram(a)[:], pairHistogram(b)[:]) + 3) / 4
		if pairs > d {
			t.Fatalf("pair bound of %q, %q is %d, above their distance %d", a, b, pairs, d)
		}
		if pairs == d && d > 0 {
			tight++
		}
	}
	if tight < 100 {
		t.Errorf("the pair bound met the distance in only %d pairs: the test hardly tests it", tight)
	}
}
