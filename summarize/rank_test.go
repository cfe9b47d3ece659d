package summarize

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestUnended(t *testing.T) {
	sentences := func(article int, texts ...string) []Sentence {
		out := make([]Sentence, len(texts))
		for i, s := range texts {
			out[i] = Sentence{Text: s, Article: article}
		}
		return out
	}
	prose := sentences(0,
		"Outcomes",                                 // a subheading
		"The council met on Monday.",               // a sentence
		"Photograph: Ann Bo/Reuters",               // a credit
		"Why did the bridge fall?",                 // a question
		`"We will rebuild it," she said.`,          // closing quote
		"The act is amended to read as follows:",   // introduces a list
		"That moment has become a proxy for a ...", // an excerpt cut short
		"Searching blind .",                        // a line given a " ." by a corpus
		"It was, she said, a long night...",        // an ellipsis of style
		"The bridge opened in 1932.[1][12]",        // note marks
		"It was closed in 1990.[citation needed]",  // a note
		"The vote [a] was close",                   // no stop before the mark
		"東京は晴れです。",                                 // a full-width stop
		"「雨が降った。」",                                 // inside brackets
		"2.",                                       // a list's number, cut from its item
		"1,200?",                                   // no letter
		"SECTION 1.",                               // a heading in capitals, with a stop
		"UPDATE: THE BRIDGE IS OPEN.",              // a label in capitals
		"مرحبا بالعالم.",                           // a script without case
	)
	// Tokenised text puts a space before every full stop: there it is no sign.
	tokenised := sentences(1,
		"A crew rescued eleven fishermen .",
		"They were taken to hospital .",
		"Two were kept in overnight .",
		"Scroll down for video",
	)
	// A text in capitals throughout reads as sentences, though a word of it
	// is in mixed case.
	capitals := sentences(2,
		"McDONALD'S SAID ON MONDAY IT WOULD CLOSE 200 RESTAURANTS.",
		"THE COMPANY BLAMED FALLING SALES.",
		"SHARES FELL 3 PERCENT.",
	)
	tokenised = append(tokenised, capitals...)
	got := unended(append(prose, tokenised...))
	want := []bool{true, false, true, false, false, true, true, true, false, false, false, true, false, false, true, true, true, true, false, false, false, false, true, false, false, false}
	for i, s := range append(prose, tokenised...) {
		if got[i] != want[i] {
			t.Errorf("unended: %q (article %d) = %v, want %v", s.Text, s.Article, got[i], want[i])
		}
	}
}

// A line that is no sentence does not reach the digest while sentences
// are left, however central its words.
func TestDigestLeavesOutLinesThatAreNoSentences(t *testing.T) {
	article := strings.Join([]string{
		"River flood defences fail in the night",
		"The river broke through the flood defences at Millbrook on Sunday night and flooded two hundred homes.",
		"Council ignored repair warnings from engineers for five years",
		"Engineers said the river wall had been due for repair for five years before the flood.",
		"The council said it would pay for families to stay in hotels while the homes dry out.",
		"Photograph: Ann Bo/Millbrook Herald",
		"Residents said the flood defences had been patched after the last flood but never rebuilt.",
		"The river is expected to fall by Wednesday, forecasters said.",
	}, "\n")
	d, err := Summarize(context.Background(), []string{article}, Options{MaxSentences: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Picked) != 3 {
		t.Fatalf("picked %d sentences, want 3", len(d.Picked))
	}
	for _, i := range d.Picked {
		if s := d.Sentences[i].Text; !strings.HasSuffix(s, ".") {
			t.Errorf("the digest holds %q, a line that is no sentence", s)
		}
	}
}

// The room a word budget leaves is not filled with a line that is no
// sentence, however short.
func TestBudgetIsNotFilledWithLinesThatAreNoSentences(t *testing.T) {
	first := "The river broke through the flood defences at Millbrook on Sunday night."
	second := "Engineers said the river wall had been due for repair for five years."
	article := strings.Join([]string{first, "SOCIAL", second, "Courtesy Millbrook Herald"}, "\n")
	budget := len(strings.Fields(first)) + len(strings.Fields(second)) + 3
	d, err := Summarize(context.Background(), []string{article}, Options{MaxWords: budget})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range d.Picked {
		got = append(got, d.Sentences[i].Text)
	}
	if want := []string{first, second}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("digest %q, want %q", got, want)
	}
}

// Text without a sentence end is still digested, line by line; so is an
// article of lines beside one of sentences, and a text whose every
// sentence leans on a line.
func TestDigestOfLinesOnly(t *testing.T) {
	lines := "Water levels rising along the river road\nVolunteers filling sandbags at the school gym\nBuses rerouted through the north bridge"
	prose := "The council met on Monday and voted to close the river road. Engineers will inspect the bridge on Friday."
	leaning := "Outcomes\nSpending on the river plan\nIt fell by a third in the first year of the plan.\nThis was more than the council had hoped for."
	for _, tt := range []struct {
		name     string
		articles []string
		want     []int // articles of the digest's sentences, in order
	}{
		{"lines", []string{lines}, []int{0, 0}},
		{"lines beside sentences", []string{prose, lines}, []int{0, 1}},
		{"every sentence leans on a line", []string{leaning}, []int{0, 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Summarize(context.Background(), tt.articles, Options{MaxSentences: 2})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, i := range d.Picked {
				got = append(got, d.Sentences[i].Article)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("digest from articles %v, want %v (%v)", got, tt.want, d.Sentences)
			}
		})
	}
}

// TestPositionPriorOfShortOpening checks the opening sentence's prior (see
// openingWords): a short opening, a kicker that sets a scene, gets a share
// in proportion to its length; a full one, a sentence that is no opening,
// and every later sentence however short keep the prior of their position.
func TestPositionPriorOfShortOpening(t *testing.T) {
	// base is the prior of position p in an article of n candidates.
	base := func(n, p int) float64 {
		unit := math.Pow(float64(n)/unitSentences, unitGrowth)
		return math.Pow(float64(p)/unit+1, -positionDecay)
	}
	type sentence struct {
		article, words int
		opening        bool
	}
	tests := []struct {
		name  string
		in    []sentence
		share []float64 // of base, by candidate
	}{
		{"full opening", []sentence{{0, openingWords, true}, {0, 20, false}, {0, 3, false}},
			[]float64{1, 1, 1}},
		{"short opening", []sentence{{0, 5, true}, {0, 20, false}, {0, 3, false}},
			[]float64{5.0 / openingWords, 1, 1}},
		{"opening without content words", []sentence{{0, 0, true}, {0, 20, false}},
			[]float64{1.0 / openingWords, 1}},
		{"second article's short opening", []sentence{{0, 20, true}, {0, 20, false}, {1, 4, true}, {1, 20, false}},
			[]float64{1, 1, 4.0 / openingWords, 1}},
		{"short first candidate that is no opening", []sentence{{0, 4, false}, {0, 20, false}},
			[]float64{1, 1}},
		{"short opening that is its article's only sentence", []sentence{{0, 20, true}, {0, 20, false}, {1, 4, true}},
			[]float64{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands := make([]candidate, len(tt.in))
			length := map[int]int{}
			for i, s := range tt.in {
				cands[i] = candidate{bag: bag{words: s.words}, article: s.article, opening: s.opening}
				cands[i].position = length[s.article]
				length[s.article]++
			}
			got := positionPrior(cands)
			for i, c := range cands {
				if want := base(length[c.article], c.position) * tt.share[i]; math.Abs(got[i]-want) > 1e-12 {
					t.Errorf("prior of candidate %d = %v, want %v", i, got[i], want)
				}
			}
		})
	}
}

// TestMarkOpenings checks which candidate is an article's opening: its
// first that pick may take, unless its own first sentence was dropped as a
// duplicate.
func TestMarkOpenings(t *testing.T) {
	sentences := []Sentence{
		{Article: 0, Text: "Ann Bo is headed for television."},
		{Article: 0, Text: "The singer signed on Monday to play the lead in a film."},
		{Article: 1, Text: "Ann Bo is headed for television."}, // a duplicate of article 0's
		{Article: 1, Text: "Critics praised the casting."},
		{Article: 2, Text: "Casting news"}, // a heading line: left out
		{Article: 2, Text: "The network chose the singer."},
		{Article: 2, Text: "Filming starts in June."},
		{Article: 3, Text: "The network said nothing more."}, // the article's only candidate
	}
	kept := []int{0, 1, 3, 4, 5, 6, 7}
	texts := make([]string, len(kept))
	for k, i := range kept {
		texts[k] = sentences[i].Text
	}
	cands := candidates(sentences, make([]int, len(sentences)), kept, bagsOf(texts, newTerms(0)), make([]bool, len(sentences)))
	var got []string
	for k, c := range cands {
		if c.opening {
			got = append(got, sentences[kept[k]].Text)
		}
	}
	want := []string{sentences[0].Text, sentences[5].Text, sentences[7].Text}
	if !slices.Equal(got, want) {
		t.Errorf("openings %q, want %q", got, want)
	}
}
