package summarize

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func TestDigestLength(t *testing.T) {
	tests := []struct {
		opts Options
		n    int
		want int
	}{
		{Options{}, 20, DefaultMaxSentences},
		{Options{}, 2, 2},
		{Options{MaxSentences: 3}, 20, 3},
		{Options{Ratio: 0.25}, 20, 5},
		{Options{Ratio: 0.25, MaxSentences: 2}, 20, 2},
		{Options{Ratio: 0.001}, 20, 1},
		{Options{MaxWords: 50}, 20, 20},
	}
	for _, tt := range tests {
		if got := digestLength(tt.opts, tt.n); got != tt.want {
			t.Errorf("digestLength(%+v, %d) = %d, want %d", tt.opts, tt.n, got, tt.want)
		}
	}
}

func TestPick(t *testing.T) {
	vocabulary := newTerms(0)
	texts := []string{
		"Rescuers reached the flooded valley village on Sunday.", // 0
		"The flooded valley village was reached by rescuers.",    // 1: says 0 again
		"A bridge will be built this week.",                      // 2
		"Food arrives by helicopter.",                            // 3
	}
	bags := bagsOf(texts, vocabulary)
	words := []int{8, 8, 7, 4}
	cands := make([]candidate, len(texts))
	for i := range cands {
		cands[i] = candidate{bag: bags[i], words: words[i], position: i}
	}
	tests := []struct {
		name   string
		scores []float64
		opts   Options
		want   []int
	}{
		{"best first, reading order", []float64{0.1, 0.2, 0.4, 0.3}, Options{MaxSentences: 2}, []int{2, 3}},
		{"redundant skipped", []float64{0.4, 0.3, 0.2, 0.1}, Options{MaxSentences: 2}, []int{0, 2}},
		{"word budget", []float64{0.4, 0.3, 0.2, 0.1}, Options{MaxWords: 12}, []int{0, 3}},
		{"asked for all: none redundant", []float64{0.4, 0.3, 0.2, 0.1}, Options{MaxSentences: 4}, []int{0, 1, 2, 3}},
		{"word budget keeps redundancy", []float64{0.4, 0.3, 0.2, 0.1}, Options{MaxSentences: 4, MaxWords: 40}, []int{0, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pick(tt.scores, cands, tt.opts); !slices.Equal(got, tt.want) {
				t.Errorf("pick(%v, %+v) = %v, want %v", tt.scores, tt.opts, got, tt.want)
			}
		})
	}
}

// TestPickByTopicality: among sentences of equal score, pick takes the one
// of the input's common terms first, and then not another saying the same
// but the one that adds something; without terms, ties go to the earlier.
func TestPickByTopicality(t *testing.T) {
	texts := []string{
		"Flood waters hit the valley town.",               // 0: the input's common terms
		"A bakery opened downtown.",                       // 1: an aside
		"Flood waters closed schools, shops and clinics.", // 2: two of 0's terms, not redundant
		"Valley town flood waters rose.",                  // 3: says 0 again
	}
	bags := bagsOf(texts, newTerms(0))
	cands := make([]candidate, len(texts))
	for i := range cands {
		cands[i] = candidate{bag: bags[i], words: 6, position: i}
	}
	if got := pick([]float64{1, 1, 1, 1}, cands, Options{MaxSentences: 1}); !slices.Equal(got, []int{0}) {
		t.Errorf("pick of one = %v, want [0]: the sentence of the input's common terms", got)
	}
	// Once the flood is said, its words count for little: the aside adds
	// more than sentence 2, whose flood and waters the digest has.
	if got := pick([]float64{1, 1, 1, 1}, cands, Options{MaxSentences: 2}); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("pick of two = %v, want [0 1]: the flood, then the aside", got)
	}
	empty := make([]candidate, 4)
	for i := range empty {
		empty[i].words = 5
	}
	if got := pick([]float64{0.25, 0.25, 0.25, 0.25}, empty, Options{MaxSentences: 2}); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("pick of ties = %v, want [0 1]: ties go to the earlier", got)
	}
	if got := pick([]float64{math.NaN(), 0.5, 0.4}, empty[:3], Options{MaxSentences: 2}); len(got) != 2 {
		t.Errorf("pick with a NaN score = %v, want two sentences", got)
	}
}

func TestStatementsRepeat(t *testing.T) {
	// The same fact in another outlet's words: 2 of the shorter's 4 terms
	// (pull, troop) shared, under redundantOverlap but not crossOverlap.
	told := "The minister asked the army to pull back its troops."
	retold := "Troops must pull out soon, a spokesman said."
	tests := []struct {
		name, a, b string
		across     bool // b is of another article than a
		want       bool
	}{
		{"same facts reworded", "Rescuers reached the flooded valley village on Sunday.", "The flooded valley village was reached by rescuers.", false, true},
		{"one shared word", "Then she left.", "Then he left for St. Louis.", false, false},
		{"different facts", "A bridge will be built this week.", "Food arrives by helicopter.", false, false},
		{"half the terms in one article", told, retold, false, false},
		{"half the terms in another article", told, retold, true, true},
		{"one shared word in another article", "Then she left.", "Then he left for St. Louis.", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bags := bagsOf([]string{tt.a, tt.b}, newTerms(0))
			cands := []candidate{{bag: bags[0]}, {bag: bags[1]}}
			if tt.across {
				cands[1].article = 1
			}
			if got := statementsOf(cands, []int{0}).repeats(cands[1]); got != tt.want {
				t.Errorf("repeats(%q after %q) = %v, want %v", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

// TestStatementsMatchPairs checks the indexed set against the rule applied
// to each pair: a bag is repeated when some member shares enough terms with
// it, and the scratch counts are clean between questions.
func TestStatementsMatchPairs(t *testing.T) {
	random := rand.New(rand.NewPCG(1, 2))
	randomCandidate := func() candidate {
		seen := map[int]bool{}
		c := candidate{article: random.IntN(3)}
		for range random.IntN(8) {
			if id := random.IntN(12); !seen[id] {
				seen[id] = true
				c.bag.ids = append(c.bag.ids, id)
			}
		}
		return c
	}
	var set statements
	var members []candidate
	for range 300 {
		c := randomCandidate()
		want := false
		for _, m := range members {
			if saysSame(sharedTerms(c.bag, m.bag), len(c.bag.ids), len(m.bag.ids), c.article != m.article) {
				want = true
			}
		}
		if got := set.repeats(c); got != want {
			t.Fatalf("repeats(%v of article %d) with members %v = %v, want %v", c.bag.ids, c.article, members, got, want)
		}
		if random.IntN(3) == 0 {
			set.add(c)
			members = append(members, c)
		}
	}
	if len(members) < 50 {
		t.Fatalf("only %d members: the test asks too little", len(members))
	}
}

func TestSaysSame(t *testing.T) {
	for _, tt := range []struct {
		shared, a, b int
		across       bool
		want         bool
	}{
		{2, 3, 10, false, true}, // 2 of the shorter's 3
		{1, 1, 5, false, false}, // one shared term is never enough
		{1, 1, 5, true, false},  // nor across articles
		{3, 6, 6, false, false}, // half
		{3, 6, 6, true, true},   // half, across articles
		{2, 6, 6, true, false},  // a third, across articles
		{4, 6, 9, false, true},  // two thirds
		{0, 0, 4, true, false},  // an empty sentence repeats nothing
		{2, 10, 3, false, true}, // the order of the two does not matter
	} {
		if got := saysSame(tt.shared, tt.a, tt.b, tt.across); got != tt.want {
			t.Errorf("saysSame(%d, %d, %d, across %v) = %v, want %v", tt.shared, tt.a, tt.b, tt.across, got, tt.want)
		}
	}
}

func TestIsMostlyQuoted(t *testing.T) {
	for s, want := range map[string]bool{
		`"We will build it on time and on budget," Corrado said.`: true,
		"“We are ready,” she said.":                               true,
		`Kerry warned of a "climate of fear" along the border.`:   false,
		"No quotation here at all.":                               false,
		`He said "the start of a quote that never closes`:         true,
		`'We will build it on time and on budget,' Corrado said.`: true, // British style
		`Kerry warned of a 'climate of fear' along the border.`:   false,
		`Don't say the teachers' union won't strike.`:             false, // apostrophes
	} {
		if got := isMostlyQuoted(s); got != want {
			t.Errorf("isMostlyQuoted(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAdditions(t *testing.T) {
	bagOf := func(ids ...int) bag { return bag{ids: ids, words: len(ids)} }
	cands := []candidate{
		{bag: bagOf(1, 2, 3), article: 0},    // 0: chosen
		{bag: bagOf(1, 2, 3, 4), article: 0}, // 1: repeats 0
		{bag: bagOf(5, 6), article: 0},       // 2: new
		{bag: bagOf(7, 8), article: 1},       // 3: new
		{bag: bagOf(7, 8, 9), article: 1},    // 4: repeats 3
		{bag: bagOf(10, 11), article: 1},     // 5: new
		{bag: bagOf(12, 13), article: 1},     // 6: new, but 3 and 5 score higher
	}
	scores := []float64{0.9, 0.8, 0.5, 0.7, 0.6, 0.4, 0.3}
	got := additions(scores, cands, []int{0}, 2)
	if want := [][]int{{2}, {3, 5}}; !reflect.DeepEqual(got, want) {
		t.Errorf("additions = %v, want %v", got, want)
	}
}

// TestPickCoversArticles: with three articles and three sentences, the
// article whose sentences score lowest still gets its best one, in place of
// the weakest of an article that has two.
func TestPickCoversArticles(t *testing.T) {
	bagOf := func(ids ...int) bag { return bag{ids: ids, words: len(ids)} }
	cands := []candidate{
		{bag: bagOf(1, 2), article: 0, words: 2},
		{bag: bagOf(3, 4), article: 0, words: 2, position: 1},
		{bag: bagOf(5, 6), article: 1, words: 2},
		{bag: bagOf(7, 8), article: 2, words: 2},
	}
	scores := []float64{0.9, 0.8, 0.7, 0.1}
	if got := pick(scores, cands, Options{MaxSentences: 3}); !reflect.DeepEqual(got, []int{0, 2, 3}) {
		t.Errorf("pick = %v, want [0 2 3]: each article represented", got)
	}
	if got := pick(scores, cands, Options{MaxSentences: 2}); !reflect.DeepEqual(got, []int{0, 2}) {
		t.Errorf("pick = %v, want [0 2]: too short for all, the best articles", got)
	}
	cands[3].bag = bagOf(1, 2) // article 2 only repeats article 0
	if got := pick(scores, cands, Options{MaxSentences: 3}); !reflect.DeepEqual(got, []int{0, 1, 2}) {
		t.Errorf("pick = %v, want [0 1 2]: an article that adds nothing new is not forced in", got)
	}
}
