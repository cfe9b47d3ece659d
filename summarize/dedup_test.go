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
	"unicode"

	"golang.org/x/text/cases"
)

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
		{"empty never matches non-empty", []string{"", "a", "!", "b"}, 0.2, []int{-1, -1, 0, -1}},
		{"İ", []string{"İstanbul'da yağmur var.", "i\u0307STANBUL’DA YAĞMUR VAR", "Istanbul'da yağmur var."}, 0, []int{-1, 0, -1}},
		{"CJK", []string{"東京は今日、雨です。", "東京は今日雨です", "大阪は明日晴れです。"}, 0, []int{-1, 0, -1}},
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
		})
	}
}

func TestDedupeErrors(t *testing.T) {
	for _, threshold := range []float64{-0.01, MaxDupThreshold + 0.01, math.NaN(), math.Inf(1)} {
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

// TestComparisonFormASCII checks the fast path of comparisonForm (ASCII,
// curly quotes, dashes) against the folding path, which a trailing "é"
// forces.
func TestComparisonFormASCII(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	const alphabet = "aZ 0-/.,'`\"!?\t\nQqIi"
	fold := cases.Fold()
	for range 5000 {
		b := make([]byte, r.IntN(30))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		slow := strings.TrimSuffix(strings.TrimSuffix(comparisonForm(fold, s+"é"), "é"), " ")
		if r.IntN(2) == 0 { // curly quotes and dashes take the fast path too
			s = strings.NewReplacer("'", "’", "-", "—").Replace(s)
		}
		if got := comparisonForm(fold, s); got != slow {
			t.Fatalf("comparisonForm(%q) = %q, want %q as folding gives", s, got, slow)
		}
	}
}

// TestComparisonFormMatchesUnicodeTables checks comparisonForm, which reads
// ASCII characters from a table, against the loop over the Unicode tables
// it replaced, written out again here, on random text.
func TestComparisonFormMatchesUnicodeTables(t *testing.T) {
	reference := func(fold cases.Caser, s string) string {
		var b strings.Builder
		space := false
		folded := s
		if hasNonASCIILetter(s) {
			folded = fold.String(s)
		}
		for _, r := range folded {
			if r < 0x80 && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			switch {
			case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || r == '/':
				space = b.Len() > 0
			case unicode.IsPunct(r) || r == '`' || r == '´' || r == 'ʼ':
			default:
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	var ascii []string
	for c := range 0x80 {
		ascii = append(ascii, string(rune(c)))
	}
	parts := append(ascii, "The", "it’s", "—", "–", "“", "”", "´", "ʼ", "\u00a0", "\u2009", "\u0085", "É", "ß", "İ", "Σ", "東", "、", "\xff")
	fold := cases.Fold()
	r := rand.New(rand.NewPCG(2, 9))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := comparisonForm(fold, s), reference(fold, s); got != want {
			t.Fatalf("comparisonForm(%q) = %q, want %q", s, got, want)
		}
	}
}
