package nearjoin

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// bruteFind is the reference Find: every form against every earlier kept
// one, no filters, the contract's rule written out again.
func bruteFind(forms []string, threshold float64) []int {
	of := make([]int, len(forms))
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

func TestFind(t *testing.T) {
	tests := []struct {
		name      string
		forms     []string
		threshold float64
		want      []int
	}{
		{"none", nil, 0.15, []int{}},
		{"copies of a removed form", []string{"abcdefghijklmnopqrst", "zzzz yyyy", "abcdefghijklmnopqrsx", "abcdefghijklmnopqrsx"}, 0.15, []int{-1, -1, 0, 0}},
		{"empty forms", []string{"", "a", "", "b"}, 1, []int{-1, -1, 0, 1}},
		{"short strings", []string{"ab", "ab", "ac", "abc", "x"}, 0.4, []int{-1, 0, -1, 0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Find(context.Background(), tt.forms, tt.threshold)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q, %v) = %v, %v; want %v", tt.forms, tt.threshold, got, err, tt.want)
			}
			if ref := bruteFind(tt.forms, tt.threshold); !slices.Equal(ref, tt.want) {
				t.Errorf("bruteFind(%q, %v) = %v, want %v", tt.forms, tt.threshold, ref, tt.want)
			}
		})
	}
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

// randomSet returns forms of random words, many of them edits of
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

// TestFindMatchesBruteForce shows that neither way of joining (the q-gram
// index, or the scan behind histogram bounds) drops a pair the threshold
// accepts, nor lets one through that it rejects.
func TestFindMatchesBruteForce(t *testing.T) {
	for path, small := range map[string]int{"index": 0, "scan": 1 << 30} {
		r := rand.New(rand.NewPCG(1, 2))
		for _, threshold := range []float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.6, 1} {
			t.Run(fmt.Sprint(path, "/", threshold), func(t *testing.T) {
				for range 200 {
					texts := randomSet(r)
					got, capped, err := find(context.Background(), texts, threshold, small)
					if err != nil || capped > 0 {
						t.Fatalf("find(%q, %v, %d) error %v, %d forms capped", texts, threshold, small, err, capped)
					}
					if want := bruteFind(texts, threshold); !slices.Equal(got, want) {
						t.Fatalf("find(%q, %v, %d) = %v, want %v", texts, threshold, small, got, want)
					}
				}
			})
		}
	}
}

// shortForms returns n forms of a few runes each, as a page of numbers or
// codes gives: "w" and a number from start on, or random strings over a
// small alphabet, where most forms have no signature and many are near one
// another.
func shortForms(r *rand.Rand, kind string, n, start int) []string {
	forms := make([]string, n)
	for i := range forms {
		switch kind {
		case "numbers":
			forms[i] = fmt.Sprintf("w%d", start+i)
		case "two letters":
			b := make([]byte, 4+r.IntN(16))
			for p := range b {
				b[p] = "ab"[r.IntN(2)]
			}
			forms[i] = string(b)
		default:
			panic(kind)
		}
	}
	return forms
}

// TestFindShortFormsMatchBruteForce checks the short index on sets far
// larger than randomSet's, where thousands of pairs are within a few edits.
func TestFindShortFormsMatchBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, kind := range []string{"numbers", "two letters"} {
		for _, threshold := range []float64{0.1, 0.15, 0.2, 0.3} {
			t.Run(fmt.Sprint(kind, "/", threshold), func(t *testing.T) {
				forms := shortForms(r, kind, 600, 99_700)
				got, capped, err := find(context.Background(), forms, threshold, 0)
				if err != nil {
					t.Fatal(err)
				}
				if capped > 0 {
					t.Fatalf("%d forms met the candidate bounds", capped)
				}
				if want := bruteFind(forms, threshold); !slices.Equal(got, want) {
					t.Fatalf("find = %v,\nwant %v", got, want)
				}
			})
		}
	}
}

// TestFindBoundedClaimsOnlyTrueDuplicates runs Find where many forms meet
// its candidate bounds: what it reports as a duplicate must still be one.
func TestFindBoundedClaimsOnlyTrueDuplicates(t *testing.T) {
	forms := shortForms(rand.New(rand.NewPCG(5, 6)), "two letters", 20_000, 0)
	of, capped, err := find(context.Background(), forms, 0.2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if capped == 0 {
		t.Fatal("no form met the candidate bounds: the test does not test them")
	}
	for i, j := range of {
		if j < 0 {
			continue
		}
		la, lb := utf8.RuneCountInString(forms[i]), utf8.RuneCountInString(forms[j])
		if j >= i || of[j] != -1 || float64(levenshtein.ComputeDistance(forms[i], forms[j]))/float64(max(la, lb)) > 0.2 {
			t.Fatalf("of[%d] = %d: %q is not an earlier kept form within 0.2 of %q", i, j, forms[j], forms[i])
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("The cat sat.\nthe cat sat\nThe cat sat!\nA dog ran.", uint8(15))
	f.Add("abcdefghijklmnopqrst\nabcXYZghijklmnopqrst\nabcXYZghijklmnUVWrst", uint8(15))
	f.Add("aaaa\naaaaa\n\n!!\nİ\n東京", uint8(40))
	f.Fuzz(func(t *testing.T, data string, pct uint8) {
		texts := strings.Split(data, "\n")
		threshold := float64(pct%101) / 100
		if !utf8.ValidString(data) {
			return // Find's contract: forms are valid UTF-8
		}
		of, err := Find(context.Background(), texts, threshold)
		if err != nil {
			t.Fatalf("Find(%q, %v) error %v", texts, threshold, err)
		}
		for i, j := range of {
			if j >= i || j >= 0 && of[j] != -1 || j < -1 {
				t.Fatalf("Find(%q, %v) = %v: of[%d] = %d is not an earlier kept form", texts, threshold, of, i, j)
			}
		}
		if len(texts) <= 40 && len(data) <= 4000 {
			if want := bruteFind(texts, threshold); !slices.Equal(of, want) {
				t.Fatalf("Find(%q, %v) = %v, want %v", texts, threshold, of, want)
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

// threshold is skim's default duplicate threshold.
const threshold = 0.15

func BenchmarkFind(b *testing.B) {
	impls := map[string]func([]string) ([]int, error){
		"filtered": func(texts []string) ([]int, error) {
			return Find(context.Background(), texts, threshold)
		},
		"index": func(texts []string) ([]int, error) {
			of, _, err := find(context.Background(), texts, threshold, 0)
			return of, err
		},
		"allpairs": func(texts []string) ([]int, error) {
			return bruteFind(texts, threshold), nil
		},
	}
	runs := []struct {
		name, impl string
		texts      []string
	}{
		{"sentences=50", "filtered", newsLike(50)},
		{"impl=index/sentences=50", "index", newsLike(50)},
		{"sentences=500", "filtered", newsLike(500)},
		{"sentences=5000", "filtered", newsLike(5000)},
		{"copies=10000", "filtered", slices.Repeat(newsLike(1), 10000)},
		{"numbers=60000", "filtered", shortForms(nil, "numbers", 60_000, 100_000)},
		{"two-letters=60000", "filtered", shortForms(rand.New(rand.NewPCG(1, 1)), "two letters", 60_000, 0)},
		{"sentences=20000", "filtered", newsLike(20_000)},
		{"impl=allpairs/sentences=500", "allpairs", newsLike(500)},
	}
	for _, bc := range runs {
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
