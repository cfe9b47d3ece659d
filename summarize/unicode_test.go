package summarize

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// unicodeParts are the pieces randomUnicode builds texts of: plain words
// and sentence ends, and the characters that rewrite text as intake reads
// it or that segmenters trip on.
var unicodeParts = []func(r *rand.Rand) string{
	func(r *rand.Rand) string {
		return []string{"The", "mayor", "said", "bridge", "opens", "June", "river"}[r.IntN(7)]
	},
	func(r *rand.Rand) string {
		return []string{". ", "! ", "? ", ".\n", "\n\n", "。", "; ", ", "}[r.IntN(8)]
	},
	func(r *rand.Rand) string { return "e" + strings.Repeat("\u0301", 1+r.IntN(500)) },       // combining marks, beyond norm's 30
	func(r *rand.Rand) string { return "👩\u200d👩\u200d👧" },                                   // a ZWJ sequence
	func(r *rand.Rand) string { return "\u200fשלום עולם\u200e مرحبا\u202e" },                 // RTL, marks and an override
	func(r *rand.Rand) string { return string([]byte{0xff, 0xc3, 0x80 + byte(r.IntN(64))}) }, // invalid and stray bytes
	func(r *rand.Rand) string {
		return []string{"\u00a0", "\u00ad", "\ufeff", "\u2028", "\r\n", "\t"}[r.IntN(6)]
	},
	func(r *rand.Rand) string { return "ﬁ\u212b\uff21" }, // compatibility characters
	func(r *rand.Rand) string { return "東京で会議が開かれた" },
	func(r *rand.Rand) string { return " " },
}

// randomUnicode returns a text of up to n random parts.
func randomUnicode(r *rand.Rand, n int) string {
	var b strings.Builder
	for range 1 + r.IntN(n) {
		b.WriteString(unicodeParts[r.IntN(len(unicodeParts))](r))
		if r.IntN(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestRandomUnicodeInvariants digests random texts of hard Unicode and
// checks that every range in the digest is in bounds, in order, unshared
// between sentences, and maps to its text (checkDigest). It once found two
// sentences starting at 0 after a run of 400 combining marks.
func TestRandomUnicodeInvariants(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 150 {
		articles := []string{randomUnicode(r, 40)}
		if r.IntN(3) == 0 {
			articles = append(articles, randomUnicode(r, 20))
		}
		opts := Options{MaxSentences: 1 + r.IntN(6)}
		d, err := Summarize(context.Background(), articles, opts)
		if errors.Is(err, ErrEmpty) || errors.Is(err, ErrNoSentences) {
			continue
		}
		if err != nil {
			t.Fatalf("Summarize(%q): %v", articles, err)
		}
		if err := checkDigest(articles, opts, d); err != nil {
			t.Fatalf("Summarize(%q): %v", articles, err)
		}
	}
}

func TestCombiningRunKeepsSentencesApart(t *testing.T) {
	in := "Z" + strings.Repeat("\u0301", 400) + "algo text is here. The mayor said the bridge will open. The bridge opens in June, the mayor said."
	d, err := Summarize(context.Background(), []string{in}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkDigest([]string{in}, Options{}, d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 3 {
		t.Errorf("got %d sentences, want 3 (the marks and their sentence as one)", len(d.Sentences))
	}
}
