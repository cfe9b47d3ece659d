package textmap

import (
	"math/rand/v2"
	"testing"
)

// TestSureQuotesMatchScan checks that the sure lost quotes found
// beforehand, as Scrub finds them, read every '?' as the scan of its
// neighbourhood does, over random text of the marks lostQuote reads.
func TestSureQuotesMatchScan(t *testing.T) {
	random := rand.New(rand.NewPCG(5, 6))
	const marks = "?? ,.!aA\n\u00ad"
	for n := range 2000 {
		b := make([]byte, 0, 1500)
		for len(b) < 200+n%1300 {
			b = append(b, marks[random.IntN(len(marks))])
		}
		s := string(b)
		sure := findSureQuotes(s)
		for i := range len(s) {
			if s[i] != '?' {
				continue
			}
			got, gotOK := readLost(s, i, sure)
			want, wantOK := readLost(s, i, nil)
			if got != want || gotOK != wantOK {
				t.Fatalf("in %q, the '?' at %d reads %q %v with the sure quotes found beforehand, %q %v by a scan", s, i, got, gotOK, want, wantOK)
			}
		}
	}
}
