package summarize

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/cases"
)

// bruteDedupe is the reference dedupe: every sentence against every earlier
// kept one, no filters, the contract's rule written out again.
func bruteDedupe(texts []string, threshold float64) []int {
	fold := cases.Fold()
	forms := make([]string, len(texts))
	for i, t := range texts {
		forms[i] = comparisonForm(fold, t)
	}
	of := make([]int, len(texts))
	for i, a := range forms {
		of[i] = -1
		for j, b := range forms[:i] {
			if of[j] >= 0 {
				continue
			}
			la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
			d := levenshtein.ComputeDistance(a, b)
			if la == 0 && lb == 0 || la > 0 && lb > 0 && float64(d)/float64(max(la, lb)) <= threshold {
				of[i] = j
				break
			}
		}
	}
	return of
}

func TestComparisonForm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"case and spaces", "  The   Cat\tSAT. ", "the cat sat"},
		{"curly quotes", "“It’s here,” she said.", "its here she said"},
		{"straight quotes", "\"It's here,\" she said.", "its here she said"},
		{"backtick and acute", "It`s and it´s and itʼs", "its and its and its"},
		{"dashes", "well-known — long–running/odd", "well known long running odd"},
		{"punctuation only", "?!… — “”", ""},
		{"İ", "İSTANBUL", "i\u0307stanbul"},
		{"sharp s and final sigma", "STRASSE straße ΟΔΟΣ", "strasse strasse οδοσ"},
		{"CJK", "東京は、雨です。", "東京は雨です"},
		{"symbols kept, % is punctuation", "$12.40, up 3%", "$1240 up 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := comparisonForm(cases.Fold(), tt.in); got != tt.want {
				t.Errorf("comparisonForm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDedupe(t *testing.T) {
	long := "The committee approved the new budget for the city's public schools on Tuesday evening."
	tests := []struct {
		name      string
		texts     []string
		threshold float64
		want      []int
	}{
		{"none", nil, 0.15, []int{}},
		{"exact repeats", []string{"A b c.", "D e f.", "A b c.", "A b c."}, 0.15, []int{-1, -1, 0, 0}},
		{"case whitespace quotes punctuation", []string{
			`He said "no" today.`, `he  SAID “no” today`, `He said, 'no', today!`,
		}, 0, []int{-1, 0, 0}},
		{"one word changed in a long sentence", []string{
			long, strings.Replace(long, "Tuesday", "Monday", 1),
		}, 0.15, []int{-1, 0}},
		{"one word changed, strict threshold", []string{
			long, strings.Replace(long, "Tuesday", "Monday", 1),
		}, 0.03, []int{-1, -1}},
		{"different sentences", []string{
			"Rain is expected across the north tomorrow.", "The bank raised its interest rate by half a point.",
		}, 0.15, []int{-1, -1}},
		// b is within 0.15 of a (3 edits in 20 runes), c within 0.15 of b
		// but 6 edits from a, so c is kept: a removed b cannot be its match.
		{"chain, c far from a", []string{
			"abcdefghijklmnopqrst", "abcXYZghijklmnopqrst", "abcXYZghijklmnUVWrst",
		}, 0.15, []int{-1, 0, -1}},
		{"chain, c near a too", []string{
			"abcdefghijklmnopqrst", "abcXYZghijklmnopqrst", "abcXYfghijklmnopqrst",
		}, 0.15, []int{-1, 0, 0}},
		// b is 4 edits from a, so both are kept; c is 3 from a and 1 from b.
		{"earliest kept wins, not closest", []string{
			"abcdefghijklmnopqrst", "abcdefghijklmnopWXYZ", "abcdefghijklmnopqXYZ",
		}, 0.15, []int{-1, -1, 0}},
		{"copy of a removed sentence", []string{
			"abcdefghijklmnopqrst", "kept: zzzz yyyy", "abcdefghijklmnopqrsX", "abcdefghijklmnopqrsX",
		}, 0.15, []int{-1, -1, 0, 0}},
		{"punctuation only", []string{"…", "Real words here.", "?!", "—"}, 0.15, []int{-1, -1, 0, 0}},
		{"empty never matches non-empty", []string{"", "a", "!", "b"}, 1, []int{-1, -1, 0, 1}},
		{"İ", []string{"İstanbul'da yağmur var.", "i\u0307STANBUL’DA YAĞMUR VAR", "Istanbul'da yağmur var."}, 0, []int{-1, 0, -1}},
		{"CJK", []string{"東京は今日、雨です。", "東京は今日雨です", "大阪は明日晴れです。"}, 0, []int{-1, 0, -1}},
		{"short strings", []string{"ab", "ab.", "ac", "abc", "x"}, 0.4, []int{-1, 0, -1, 0, -1}},
		{"repeated q-grams", []string{"aaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"}, 0.15, []int{-1, 0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dedupe(context.Background(), tt.texts, tt.threshold)
			if err != nil {
				t.Fatalf("dedupe(%q, %v) error %v", tt.texts, tt.threshold, err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dedupe(%q, %v) = %v, want %v", tt.texts, tt.threshold, got, tt.want)
			}
			if ref := bruteDedupe(tt.texts, tt.threshold); !slices.Equal(ref, tt.want) {
				t.Errorf("bruteDedupe(%q, %v) = %v, want %v", tt.texts, tt.threshold, ref, tt.want)
			}
		})
	}
}

func TestDedupeErrors(t *testing.T) {
	for _, threshold := range []float64{-0.01, 1.01, math.NaN(), math.Inf(1)} {
		t.Run(fmt.Sprint(threshold), func(t *testing.T) {
			if _, err := dedupe(context.Background(), []string{"a"}, threshold); err == nil {
				t.Errorf("dedupe(threshold %v) error = nil, want one", threshold)
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := dedupe(ctx, []string{"a", "b"}, 0.15)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("dedupe(cancelled) error = %v, want %v", err, context.Canceled)
		}
	})
}

// editAlphabet is what random edits insert: letters, a space, punctuation
// that the comparison form drops, and multi-byte runes.
var editAlphabet = []rune("aabcdeeilnorst  .,'’-éİ東")

// mutate applies n random single-rune inserts, deletes and substitutions.
func mutate(r *rand.Rand, s string, n int) string {
	rs := []rune(s)
	for range n {
		c := editAlphabet[r.IntN(len(editAlphabet))]
		p := r.IntN(len(rs) + 1)
		switch op := r.IntN(3); {
		case op == 0 || len(rs) == 0:
			rs = slices.Insert(rs, p, c)
		case p == len(rs):
			rs = rs[:p-1]
		case op == 1:
			rs = slices.Delete(rs, p, p+1)
		default:
			rs[p] = c
		}
	}
	return string(rs)
}

// randomSet returns sentences of random words, many of them edits of
// earlier ones at rates around every threshold, plus short and repetitive
// strings.
func randomSet(r *rand.Rand) []string {
	words := []string{"the", "a", "vote", "city", "budget", "rain", "aaaa", "ab", "Tuesday", "on", "said", "new"}
	var texts []string
	for range 5 + r.IntN(40) {
		var s string
		switch k := r.IntN(10); {
		case k < 5 && len(texts) > 0:
			base := texts[r.IntN(len(texts))]
			s = mutate(r, base, r.IntN(2+utf8.RuneCountInString(base)/3))
		case k < 7:
			s = strings.Repeat(string(editAlphabet[r.IntN(5)]), r.IntN(30))
			s = mutate(r, s, r.IntN(3))
		default:
			w := make([]string, r.IntN(25))
			for i := range w {
				w[i] = words[r.IntN(len(words))]
			}
			s = strings.Join(w, " ")
		}
		texts = append(texts, s)
	}
	return texts
}

// TestDedupeMatchesBruteForce shows that the filters never drop a pair the
// threshold accepts (nor let one through that it rejects).
func TestDedupeMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, threshold := range []float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.6, 1} {
		t.Run(fmt.Sprint(threshold), func(t *testing.T) {
			for range 200 {
				texts := randomSet(r)
				got, err := dedupe(context.Background(), texts, threshold)
				if err != nil {
					t.Fatalf("dedupe(%q, %v) error %v", texts, threshold, err)
				}
				if want := bruteDedupe(texts, threshold); !slices.Equal(got, want) {
					t.Fatalf("dedupe(%q, %v) = %v, want %v", texts, threshold, got, want)
				}
			}
		})
	}
}

func FuzzDedupe(f *testing.F) {
	f.Add("The cat sat.\nthe cat sat\nThe cat sat!\nA dog ran.", uint8(15))
	f.Add("abcdefghijklmnopqrst\nabcXYZghijklmnopqrst\nabcXYZghijklmnUVWrst", uint8(15))
	f.Add("aaaa\naaaaa\n\n!!\nİ\n東京", uint8(40))
	f.Fuzz(func(t *testing.T, data string, pct uint8) {
		texts := strings.Split(data, "\n")
		threshold := float64(pct%101) / 100
		of, err := dedupe(context.Background(), texts, threshold)
		if err != nil {
			t.Fatalf("dedupe(%q, %v) error %v", texts, threshold, err)
		}
		for i, j := range of {
			if j >= i || j >= 0 && of[j] != -1 || j < -1 {
				t.Fatalf("dedupe(%q, %v) = %v: of[%d] = %d is not an earlier kept sentence", texts, threshold, of, i, j)
			}
		}
		if len(texts) <= 40 && len(data) <= 4000 {
			if want := bruteDedupe(texts, threshold); !slices.Equal(of, want) {
				t.Fatalf("dedupe(%q, %v) = %v, want %v", texts, threshold, of, want)
			}
		}
	})
}

// newsLike returns n sentences of 12 to 28 words drawn with Zipf-like
// frequencies from 4,000 made-up words of English-like syllables (common
// words short); about 5% repeat an earlier sentence exactly and 5% with one
// word changed.
func newsLike(n int) []string {
	r := rand.New(rand.NewPCG(7, 11))
	onsets := strings.Fields("b c d f g h l m n p r s t v w st tr ch th pr br gr sh")
	vowels := strings.Fields("a e i o u ea ou ai ee y")
	codas := strings.Fields("n r s t l nd ng ck st x")
	vocab := make([]string, 4000)
	for i := range vocab {
		var w strings.Builder
		for s := range 1 + r.IntN(1+2*min(i/60, 1)) {
			if s > 0 || r.IntN(3) > 0 {
				w.WriteString(onsets[r.IntN(len(onsets))])
			}
			w.WriteString(vowels[r.IntN(len(vowels))])
			if r.IntN(2) == 0 {
				w.WriteString(codas[r.IntN(len(codas))])
			}
		}
		vocab[i] = w.String()
	}
	zipf := rand.NewZipf(r, 1.05, 1, uint64(len(vocab)-1))
	texts := make([]string, 0, n)
	for len(texts) < n {
		switch k := r.IntN(20); {
		case k == 0 && len(texts) > 0:
			texts = append(texts, texts[r.IntN(len(texts))])
		case k == 1 && len(texts) > 0:
			w := strings.Fields(texts[r.IntN(len(texts))])
			w[r.IntN(len(w))] = vocab[zipf.Uint64()]
			texts = append(texts, strings.Join(w, " "))
		default:
			w := make([]string, 12+r.IntN(17))
			for i := range w {
				w[i] = vocab[zipf.Uint64()]
			}
			w[r.IntN(len(w))] += ","
			texts = append(texts, strings.ToUpper(w[0][:1])+strings.Join(w, " ")[1:]+".")
		}
	}
	return texts
}

func BenchmarkDedupe(b *testing.B) {
	impls := map[string]func([]string) ([]int, error){
		"filtered": func(texts []string) ([]int, error) {
			return dedupe(context.Background(), texts, DefaultDupThreshold)
		},
		"allpairs": func(texts []string) ([]int, error) {
			return bruteDedupe(texts, DefaultDupThreshold), nil
		},
	}
	cases := []struct {
		name, impl string
		texts      []string
	}{
		{"sentences=50", "filtered", newsLike(50)},
		{"sentences=500", "filtered", newsLike(500)},
		{"sentences=5000", "filtered", newsLike(5000)},
		{"copies=10000", "filtered", slices.Repeat(newsLike(1), 10000)},
		{"impl=allpairs/sentences=500", "allpairs", newsLike(500)},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			size := 0
			for _, t := range bc.texts {
				size += len(t)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := impls[bc.impl](bc.texts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
