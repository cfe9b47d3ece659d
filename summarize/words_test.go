package summarize

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in         string
		wantText   []string
		wantJoined []bool
	}{
		{"Kerry met Lavrov.", []string{"Kerry", "met", "Lavrov"}, []bool{false, true, true}},
		{"Ukraine's borders", []string{"Ukraine", "s", "borders"}, []bool{false, true, true}},
		{"de-escalate", []string{"de", "escalate"}, []bool{false, true}},
		{"people,\" Kerry", []string{"people", "Kerry"}, []bool{false, false}},
		{"İstanbul 東京", []string{"İstanbul", "東京"}, []bool{false, true}},
		{"40,000 troops", []string{"40,000", "troops"}, []bool{false, true}},
		{"$1.8 billion.", []string{"1.8", "billion"}, []bool{false, true}},
		{"in 2014, then", []string{"in", "2014", "then"}, []bool{false, true, false}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var text []string
			var joined []bool
			for _, w := range splitWords(tt.in) {
				text = append(text, w.text)
				joined = append(joined, w.joined)
			}
			if !slices.Equal(text, tt.wantText) || !slices.Equal(joined, tt.wantJoined) {
				t.Errorf("splitWords(%q) = %q %v, want %q %v", tt.in, text, joined, tt.wantText, tt.wantJoined)
			}
		})
	}
}

func TestIsContentWord(t *testing.T) {
	for w, want := range map[string]bool{
		"lavrov": true, "crimea": true, "troops": true,
		"40": true, "1.8": true,
		"the": false, "said": false, "told": false, "a": false, "x": false,
	} {
		if got := isContentWord(w); got != want {
			t.Errorf("isContentWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestBagsPairAdjacentContentWords(t *testing.T) {
	vocabulary := newTerms(0)
	bags := bagsOf([]string{
		"Troops massed at the border.",
		"The border troops were massing.",
		"At the border, troops massed again; troops massed.",
	}, vocabulary)
	pair := func(a, b string) int { return vocabulary.pairID(vocabulary.id(a), vocabulary.id(b)) }
	tests := []struct {
		bag  int
		want []int
	}{
		{0, []int{pair("troops", "massed"), pair("massed", "border")}}, // "at the" is read past
		{1, []int{pair("border", "troops"), pair("troops", "massing")}},
		{2, []int{pair("border", "troops"), pair("troops", "massed"), pair("massed", "troops")}}, // "again" is a stop word
	}
	for _, tt := range tests {
		if got := bags[tt.bag].pairs; !slices.Equal(got, tt.want) {
			t.Errorf("pairs of bag %d = %v, want %v (each pair once, in reading order)", tt.bag, got, tt.want)
		}
	}
	if pair("troops", "massed") == pair("massed", "troops") {
		t.Error("a pair and its reverse share an id; word order should tell them apart")
	}
}

func TestBagsShareStems(t *testing.T) {
	vocabulary := newTerms(0)
	bags := bagsOf([]string{"Troops massed at the border.", "The troop was massing at borders."}, vocabulary)
	if got := sharedTerms(bags[0], bags[1]); got != 3 {
		t.Errorf("shared terms = %d, want 3 (troop, mass, border)", got)
	}
	if bags[1].words != 3 {
		t.Errorf("content words = %d, want 3", bags[1].words)
	}
}

// sharedTerms returns how many term ids a and b have in common.
func sharedTerms(a, b bag) int {
	n := 0
	for _, x := range a.ids {
		if slices.Contains(b.ids, x) {
			n++
		}
	}
	return n
}

func TestNumbersAreOneTerm(t *testing.T) {
	vocabulary := newTerms(0)
	bags := bagsOf([]string{"They voted seven to two.", "The vote was 7 to 2.", "It cost 40,000 dollars.", "It cost 40000 dollars."}, vocabulary)
	if got := sharedTerms(bags[0], bags[1]); got != 3 {
		t.Errorf("shared terms of spelled and digit numbers = %d, want 3 (vote, 7, 2)", got)
	}
	if got := sharedTerms(bags[2], bags[3]); got != 3 {
		t.Errorf("shared terms with and without thousands comma = %d, want 3", got)
	}
}

// TestCountWordsMatchesFields checks countWords against strings.Fields,
// which people's word count follows.
func TestCountWordsMatchesFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnewline", "no\u00a0break space", "日本語 テキスト", "a\u2003b\u3000c", "\xffbad bytes\xfe"} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
	parts := []string{"a", "word", " ", "  ", "\t", "\n", "\v", "\u0085", "\u00a0", "\u2003", "\u3000", "é", "日本", "\xff", "\xe3\x80", "—"}
	r := rand.New(rand.NewPCG(1, 7))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestAppendLowerMatchesToLower checks appendLower, which lower-cases ASCII
// by hand, against strings.ToLower, after bytes already in the buffer.
func TestAppendLowerMatchesToLower(t *testing.T) {
	parts := []string{"a", "Z", "Kerry", "USA", "7", "@", "[", "é", "É", "İ", "\u212a", "ẞ", "Σ", "東", "\xff"}
	r := rand.New(rand.NewPCG(4, 4))
	for range 20000 {
		var w strings.Builder
		for range r.IntN(6) {
			w.WriteString(parts[r.IntN(len(parts))])
		}
		prefix := []byte(parts[r.IntN(len(parts))])
		got := string(appendLower(prefix, w.String()))
		if want := string(prefix) + strings.ToLower(w.String()); got != want {
			t.Fatalf("appendLower(%q, %q) = %q, want %q", prefix, w.String(), got, want)
		}
	}
}

// TestBagsOfMatchesSplitWords checks bagsOf, which reads words without
// keeping them, against bags built from splitWords: the same terms and
// pairs, with the same ids, and the same counts.
func TestBagsOfMatchesSplitWords(t *testing.T) {
	reference := func(texts []string, t *terms) []bag {
		bags := make([]bag, len(texts))
		for i, words := range wordsOf(texts) {
			last := -1
			for _, w := range words {
				if !isContentWord(w.lower) {
					continue
				}
				id := t.id(w.lower)
				bags[i].words++
				if !slices.Contains(bags[i].ids, id) {
					bags[i].ids = append(bags[i].ids, id)
				}
				if last >= 0 {
					if p := t.pairID(last, id); !slices.Contains(bags[i].pairs, p) {
						bags[i].pairs = append(bags[i].pairs, p)
					}
				}
				last = id
			}
		}
		return bags
	}
	parts := []string{"The", "troops", "Troops", "massed", "at", "the", "border", "BORDER", "seven", "7", "40,000", "1.8",
		"İstanbul", "Straße", "東京", "said", "Mr", "it's", "-", " ", " ", ", ", ". ", "’"}
	r := rand.New(rand.NewPCG(6, 2))
	for range 2000 {
		texts := make([]string, 1+r.IntN(4))
		for i := range texts {
			var b strings.Builder
			for range r.IntN(12) {
				b.WriteString(parts[r.IntN(len(parts))])
				b.WriteString(" ")
			}
			texts[i] = b.String()
		}
		gotTerms, wantTerms := newTerms(0), newTerms(0)
		got, want := bagsOf(texts, gotTerms), reference(texts, wantTerms)
		if !slices.EqualFunc(got, want, func(a, b bag) bool {
			return a.words == b.words && slices.Equal(a.ids, b.ids) && slices.Equal(a.pairs, b.pairs)
		}) || !maps.Equal(gotTerms.ids, wantTerms.ids) || !maps.Equal(gotTerms.pairs, wantTerms.pairs) {
			t.Fatalf("bagsOf(%q) = %v, terms %v, pairs %v; want %v, terms %v, pairs %v", texts, got, gotTerms.ids, gotTerms.pairs, want, wantTerms.ids, wantTerms.pairs)
		}
	}
}
