package textmap

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSureQuotesMatchScan checks that the sure lost quotes found
// beforehand, as Scrub finds them, read every '?' as the scan of its
// neighbourhood does, over random text of the marks lostQuote reads.
func TestSureQuotesMatchScan(t *testing.T) {
	random := rand.New(rand.NewPCG(5, 6))
	marks := []string{"?", "?", " ", ",", ".", "!", "a", "A", "\n", "\u00ad", "\xff"}
	for n := range 2000 {
		var b strings.Builder
		for b.Len() < 200+n%1300 {
			b.WriteString(marks[random.IntN(len(marks))])
		}
		s := b.String()
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
