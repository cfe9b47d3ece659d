package summarize

import (
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

func TestBagsShareStems(t *testing.T) {
	vocabulary := newTerms()
	bags := bagsOf(wordsOf([]string{"Troops massed at the border.", "The troop was massing at borders."}), vocabulary)
	if got := sharedTerms(bags[0], bags[1]); got != 3 {
		t.Errorf("shared terms = %d, want 3 (troop, mass, border)", got)
	}
	if bags[1].words != 3 {
		t.Errorf("content words = %d, want 3", bags[1].words)
	}
}

func TestNumbersAreOneTerm(t *testing.T) {
	vocabulary := newTerms()
	bags := bagsOf(wordsOf([]string{"They voted seven to two.", "The vote was 7 to 2.", "It cost 40,000 dollars.", "It cost 40000 dollars."}), vocabulary)
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
}
