package rouge

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"punctuation", "Hello, World!", []string{"hello", "world"}},
		{"abbreviation and numbers", "The U.S. grew 3.5% in 2014",
			[]string{"the", "u", "s", "grew", "3", "5", "in", "2014"}},
		{"apostrophe", "Obama's aides", []string{"obama", "s", "aid"}},
		{"hyphen and underscore", "well-known snake_case", []string{"well", "known", "snake", "case"}},
		{"stemmed over 3 chars", "running ponies", []string{"run", "poni"}},
		{"3 chars or fewer kept", "was has its", []string{"was", "has", "its"}},
		{"4 chars stemmed", "does", []string{"doe"}},
		{"newlines are spaces", "one\ntwo", []string{"one", "two"}},
		{"accented letters split", "café naïve", []string{"caf", "na", "ve"}},
		{"dotted capital I", "İstanbul", []string{"i", "stanbul"}},
		{"kelvin sign", "5\u212A", []string{"5k"}},
		{"CJK dropped", "東京 tokyo", []string{"tokyo"}},
		{"invalid UTF-8", "ab\xffcd", []string{"ab", "cd"}},
		{"empty", "", nil},
		{"only punctuation", "—!?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokenize(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestStem checks words whose NLTK PorterStemmer stems the Go stemmer shares.
func TestStem(t *testing.T) {
	for word, want := range map[string]string{
		"running": "run", "ponies": "poni", "caresses": "caress", "relational": "relat",
		"happy": "happi", "generalization": "gener", "hopping": "hop", "agreed": "agre",
		"conditional": "condit", "motoring": "motor", "less": "less",
	} {
		if got := Tokenize(word); !slices.Equal(got, []string{want}) {
			t.Errorf("Tokenize(%q) = %q, want [%q]", word, got, want)
		}
	}
}

func TestRougeN(t *testing.T) {
	tests := []struct {
		name            string
		reference, cand string
		n               int
		want            Score
	}{
		// ref: the×2 cat sat on mat; cand: the×2 cat on mat; 5 of 6 and 5 of 5.
		{"unigrams", "the cat sat on the mat", "the cat on the mat", 1, Score{1, 5.0 / 6, 10.0 / 11}},
		// ref bigrams: the-cat cat-sat sat-on on-the the-mat; cand: the-cat
		// cat-on on-the the-mat; 3 shared.
		{"bigrams", "the cat sat on the mat", "the cat on the mat", 2, Score{3.0 / 4, 3.0 / 5, 2.0 / 3}},
		{"clipped counts", "the the", "the the the the", 1, Score{0.5, 1, 2.0 / 3}},
		{"stems match", "ponies running", "pony runs", 1, Score{1, 1, 1}},
		{"case and punctuation ignored", "Rain, rain!", "RAIN rain", 1, Score{1, 1, 1}},
		{"nothing shared", "one two", "three four", 1, Score{}},
		{"empty candidate", "one two", "", 1, Score{}},
		{"empty reference", "", "one two", 1, Score{}},
		{"shorter than n", "one", "one", 2, Score{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := N(Tokenize(tt.reference), Tokenize(tt.cand), tt.n)
			if !near(got, tt.want) {
				t.Errorf("N(%q, %q, %d) = %+v, want %+v", tt.reference, tt.cand, tt.n, got, tt.want)
			}
		})
	}
}

func TestLCS(t *testing.T) {
	tests := []struct {
		a, b string
		want []int
	}{
		// Lin 2004, section 3.2: r = w1 w2 w3 w4 w5.
		{"w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8", []int{0, 1}},
		{"w1 w2 w3 w4 w5", "w1 w3 w8 w9 w5", []int{0, 2, 4}},
		{"a b c", "a b c", []int{0, 1, 2}},
		// Two LCS of length 1; rouge_score's backtracking keeps "a".
		{"a b", "b a", []int{0}},
		{"a b", "c d", nil},
		{"", "a", nil},
	}
	for _, tt := range tests {
		if got := lcs(strings.Fields(tt.a), strings.Fields(tt.b)); !slices.Equal(got, tt.want) {
			t.Errorf("lcs(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestUnionLCS(t *testing.T) {
	ref := strings.Fields("w1 w2 w3 w4 w5")
	cands := [][]string{strings.Fields("w1 w2 w6 w7 w8"), strings.Fields("w1 w3 w8 w9 w5")}
	want := []string{"w1", "w2", "w3", "w5"}
	if got := unionLCS(ref, cands); !slices.Equal(got, want) {
		t.Errorf("unionLCS(%q, %q) = %q, want %q", ref, cands, got, want)
	}
}

func TestRougeLsum(t *testing.T) {
	tests := []struct {
		name            string
		reference, cand string
		want            Score
	}{
		// Lin 2004, 3.2: union LCS w1 w2 w3 w5, recall 4/5; the candidate
		// has 10 tokens, so precision 4/10.
		{"Lin's example", "w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", Score{0.4, 0.8, 8.0 / 15}},
		// The repeated candidate sentence cannot match the reference twice.
		{"candidate repeats", "a b", "a b\na b", Score{0.5, 1, 2.0 / 3}},
		// The second reference sentence finds the candidate's tokens used up.
		{"reference repeats", "a b\na b", "a b", Score{1, 0.5, 2.0 / 3}},
		{"sentence order kept within lines", "a b c", "c b a", Score{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		{"one line is not split", "a b", "a b", Score{1, 1, 1}},
		{"blank lines ignored", "a b\n\n", "\na b", Score{1, 1, 1}},
		{"empty candidate", "a b", "", Score{}},
		{"empty reference", "", "a b", Score{}},
		{"lines of punctuation", "!!", "?\n.", Score{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lsum(Sentences(tt.reference), Sentences(tt.cand))
			if !near(got, tt.want) {
				t.Errorf("Lsum(%q, %q) = %+v, want %+v", tt.reference, tt.cand, got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("Rain fell.\n\nIt stopped.\n \n")
	want := [][]string{{"rain", "fell"}, {"it", "stop"}, nil}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

func near(a, b Score) bool {
	const eps = 1e-12
	return math.Abs(a.Precision-b.Precision) < eps && math.Abs(a.Recall-b.Recall) < eps && math.Abs(a.F1-b.F1) < eps
}
