package summarize

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkHostile measures the inputs of TestSummarizeHostileInput, whose
// cost must stay bounded, and those of TestCleanHostileLetters.
func BenchmarkHostile(b *testing.B) {
	for _, inputs := range []map[string]string{hostileInputs(), hostileLetters()} {
		for name, in := range inputs {
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				for b.Loop() {
					Summarize(context.Background(), []string{in}, Options{MaxSentences: 3})
				}
			})
		}
	}
}

// BenchmarkCleanHostile runs intake alone on hostileLetters, where the
// glued-name finder once took cubic time (5,000 "Ba": 219 s).
func BenchmarkCleanHostile(b *testing.B) {
	for name, in := range hostileLetters() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				clean(in, 0, "")
			}
		})
	}
}

// hostileLetters are runs of letters in mixed case, where every capital
// after a lower-case letter is a place a glued name might start (see
// gluedWidgets in internal/junk). None holds a widget: clean must keep them
// whole.
func hostileLetters() map[string]string {
	rng := rand.New(rand.NewPCG(1, 2))
	letters := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = 'a' + byte(rng.IntN(26))
			if rng.IntN(2) == 0 {
				b[i] -= 'a' - 'A'
			}
		}
		return string(b)
	}
	// Short CamelCase words, each of a capitalised first part used only
	// there and a second part, in a cycle longer than a name.
	first := strings.Fields("Bo Cal Dan Eve Fox Gil Hal Ivo Jon Kai Lev Max Ned Oto Pam")
	second := strings.Fields("Ray Sun Tor Una Vik Wes Yul Zed")
	var camel strings.Builder
	for i := 0; camel.Len() < 2<<20; i++ {
		camel.WriteString(first[i%len(first)] + second[i%len(second)] + " ")
	}
	var long strings.Builder
	for long.Len() < 2<<20 {
		long.WriteString(letters(20+rng.IntN(400)) + " ")
	}
	return map[string]string{
		`"Ba" 5,000 times`:                  strings.Repeat("Ba", 5000),
		"8 KB of letters between sentences": "The river rose overnight. " + letters(8<<10) + " The town slept.",
		"2 MB line of CamelCase words":      strings.TrimSpace(camel.String()),
		"2 MB line of long letter runs":     strings.TrimSpace(long.String()),
	}
}

// BenchmarkProseReload segments one short sentence: the fixed cost of a
// request, nearly all of it prose reloading its sentence model from JSON.
// Compare it with BenchmarkArticle to see what the rest of a digest costs.
func BenchmarkProseReload(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := proseEnds("The ferry leaves at noon."); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPickHalf picks half of 4,000 sentences, as the page's "50
// percent" of a long paste asks: each candidate is checked against what the
// digest says already, which once meant every chosen sentence (quadratic).
func BenchmarkPickHalf(b *testing.B) {
	random := rand.New(rand.NewPCG(3, 4))
	texts := make([]string, 4000)
	for i := range texts {
		words := make([]string, 8+random.IntN(20))
		for w := range words {
			words[w] = "w" + strings.Repeat("x", random.IntN(3)) + string(rune('a'+random.IntN(26))) + string(rune('a'+random.IntN(26)))
		}
		texts[i] = strings.Join(words, " ") + "."
	}
	bags := bagsOf(texts, newTerms(0))
	cands := make([]candidate, len(bags))
	scores := make([]float64, len(bags))
	for i, bg := range bags {
		cands[i] = candidate{bag: bg, words: len(strings.Fields(texts[i])), position: i, prev: -1}
		scores[i] = random.Float64()
	}
	b.ReportAllocs()
	for b.Loop() {
		if got := pick(scores, cands, Options{Ratio: 0.5}); len(got) == 0 {
			b.Fatal("picked nothing")
		}
	}
}

// BenchmarkManyArticles digests 3,000 articles of two short sentences of
// words of their own, as dropping a folder of small files gives: what each
// article adds was once held in a term index as large as the vocabulary
// per article (2.6 GB for 377 KB).
func BenchmarkManyArticles(b *testing.B) {
	articles := manyArticles(3000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Summarize(context.Background(), articles, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// manyArticles returns n articles of two sentences each, in words drawn
// from a vocabulary of 200,000, so that each article's terms are spread
// over the whole vocabulary.
func manyArticles(n int) []string {
	random := rand.New(rand.NewPCG(1, 2))
	articles := make([]string, n)
	for i := range articles {
		var b strings.Builder
		for range 2 {
			for range 6 {
				fmt.Fprintf(&b, "w%dx ", random.IntN(200000))
			}
			b.WriteString("end. ")
		}
		articles[i] = b.String()
	}
	return articles
}
