package summarize

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestSummarizeErrors(t *testing.T) {
	tests := []struct {
		name     string
		articles []string
		opts     Options
		want     error
	}{
		{"nil", nil, Options{}, ErrEmpty},
		{"empty", []string{""}, Options{}, ErrEmpty},
		{"whitespace", []string{" \n\t\u00a0 ", "\r\n"}, Options{}, ErrEmpty},
		{"invisible", []string{"\ufeff\u200b \u00ad\u2060\n"}, Options{}, ErrEmpty},
		{"too long", []string{strings.Repeat("Word. ", MaxInputBytes/6+1)}, Options{}, ErrTooLong},
		{"too long, all blank", []string{strings.Repeat(" ", MaxInputBytes+1)}, Options{}, ErrTooLong},
		{"punctuation only", []string{"... --- !!!"}, Options{}, ErrNoSentences},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Summarize(context.Background(), tt.articles, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Summarize() error = %v, want %v", err, tt.want)
			}
			if d != nil {
				t.Errorf("Summarize() = %+v with an error, want nil", d)
			}
			if !strings.HasPrefix(err.Error(), "summarize: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestSummarizeBadOptions(t *testing.T) {
	for name, opts := range map[string]Options{
		"negative sentences":  {MaxSentences: -1},
		"negative words":      {MaxWords: -5},
		"ratio above 1":       {Ratio: 1.5},
		"negative ratio":      {Ratio: -0.1},
		"threshold above 1":   {DupThreshold: 2},
		"threshold above max": {DupThreshold: MaxDupThreshold + 0.01},
		"NaN ratio":           {Ratio: math.NaN()},
		"NaN threshold":       {DupThreshold: math.NaN()},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Summarize(context.Background(), []string{"A sentence here."}, opts); !errors.Is(err, ErrOptions) {
				t.Errorf("Summarize(%+v) error = %v, want ErrOptions", opts, err)
			}
		})
	}
}

const fiveFacts = "Floods closed the river road on Monday. " +
	"Volunteers filled sandbags at the river school. " +
	"The river rose two metres overnight near the school. " +
	"Buses took the north bridge instead. " +
	"Officials expect the river road to open Friday."

func TestSummarizeLength(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want int
	}{
		{"default", Options{}, 5},
		{"two", Options{MaxSentences: 2}, 2},
		{"more than there are", Options{MaxSentences: 50}, 5},
		{"ratio", Options{Ratio: 0.4}, 2},
		{"ratio and count", Options{Ratio: 0.8, MaxSentences: 2}, 2},
		{"tiny ratio keeps one", Options{Ratio: 0.01}, 1},
		{"word budget keeps the best", Options{MaxWords: 1}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Summarize(context.Background(), []string{fiveFacts}, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Picked) != tt.want {
				t.Errorf("Summarize(%+v) picked %d sentences, want %d", tt.opts, len(d.Picked), tt.want)
			}
		})
	}
}

// TestSummarizeAllWhenAskedForMore asks for more sentences than there are,
// in sentences that share words: every one comes back, none is held back
// as redundant.
func TestSummarizeAllWhenAskedForMore(t *testing.T) {
	const related = "The mayor opened the bridge. The mayor praised the bridge builders. The bridge cost five million dollars."
	d := mustSummarize(t, related, Options{MaxSentences: 10})
	if !reflect.DeepEqual(d.Picked, []int{0, 1, 2}) {
		t.Errorf("MaxSentences 10 on 3 related sentences: picked %v, want [0 1 2]", d.Picked)
	}
}

func TestSummarizeWordBudget(t *testing.T) {
	d, err := Summarize(context.Background(), []string{fiveFacts}, Options{MaxWords: 14})
	if err != nil {
		t.Fatal(err)
	}
	if d.Stats.WordsOut > 14 || len(d.Picked) < 2 {
		t.Errorf("MaxWords 14: %d sentences, %d words; want at least 2 sentences within 14 words", len(d.Picked), d.Stats.WordsOut)
	}
}

func TestSummarizeDegenerate(t *testing.T) {
	t.Run("one sentence", func(t *testing.T) {
		d := mustSummarize(t, "Only one sentence here.")
		if !reflect.DeepEqual(d.Picked, []int{0}) || d.Scores[0] != 1 {
			t.Errorf("picked %v scores %v, want [0] with score 1", d.Picked, d.Scores)
		}
	})
	t.Run("all duplicates", func(t *testing.T) {
		d := mustSummarize(t, strings.Repeat("The same sentence again. ", 50))
		if len(d.Sentences) != 50 || len(d.Duplicates) != 49 || !reflect.DeepEqual(d.Picked, []int{0}) {
			t.Errorf("%d sentences, %d duplicates, picked %v; want 50, 49, [0]", len(d.Sentences), len(d.Duplicates), d.Picked)
		}
	})
	t.Run("nothing shared", func(t *testing.T) {
		d := mustSummarize(t, "Apples grow. Trains run. Clouds drift. Dogs bark.", Options{MaxSentences: 2})
		if !reflect.DeepEqual(d.Picked, []int{0, 1}) {
			t.Errorf("picked %v, want the first two in reading order", d.Picked)
		}
	})
}

func TestSummarizeIsDeterministic(t *testing.T) {
	a := mustSummarize(t, fiveFacts, Options{MaxSentences: 3})
	for range 5 {
		if b := mustSummarize(t, fiveFacts, Options{MaxSentences: 3}); !reflect.DeepEqual(a, b) {
			t.Fatalf("two runs differ:\n%+v\n%+v", a, b)
		}
	}
}

func TestSummarizeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Summarize(ctx, []string{fiveFacts}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Summarize(cancelled) error = %v, want context.Canceled", err)
	}
}

// cancelAfter is a context that reports itself cancelled from its
// checks-th call of Err on, so a test can cancel at every point where
// Summarize looks.
type cancelAfter struct {
	context.Context
	checks int
}

func (c *cancelAfter) Err() error {
	if c.checks--; c.checks < 0 {
		return context.Canceled
	}
	return nil
}

// TestSummarizeCancelledMidway cancels at each of Summarize's checks in
// turn: each run returns context.Canceled, until the checks run out and
// the digest is whole.
func TestSummarizeCancelledMidway(t *testing.T) {
	cancelled := 0
	for checks := 0; ; checks++ {
		ctx := &cancelAfter{Context: context.Background(), checks: checks}
		d, err := Summarize(ctx, []string{fiveFacts, fiveFacts}, Options{})
		if err == nil {
			if d == nil || len(d.Picked) == 0 {
				t.Fatalf("cancelling at check %d: no error and no digest", checks)
			}
			break
		}
		if !errors.Is(err, context.Canceled) || d != nil {
			t.Fatalf("cancelling at check %d: %v, %v; want nil, context.Canceled", checks, d, err)
		}
		cancelled++
	}
	if cancelled < 3 {
		t.Errorf("Summarize looked at ctx %d times, want at least before segmenting, deduplicating and ranking", cancelled)
	}
}

func TestSummarizeStats(t *testing.T) {
	d := mustSummarize(t, fiveFacts, Options{MaxSentences: 2})
	want := Stats{SentencesIn: 5, SentencesOut: 2, WordsIn: 37}
	for _, i := range d.Picked {
		want.WordsOut += len(strings.Fields(d.Sentences[i].Text))
	}
	if d.Stats != want {
		t.Errorf("Stats = %+v, want %+v", d.Stats, want)
	}
}

func mustSummarize(t *testing.T, article string, opts ...Options) *Digest {
	t.Helper()
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	d, err := Summarize(context.Background(), []string{article}, o)
	if err != nil {
		t.Fatalf("Summarize(%q): %v", article, err)
	}
	if err := checkDigest([]string{article}, o, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// hostileInputs are inputs that once were, or could be, slow or fatal.
func hostileInputs() map[string]string {
	vocabulary := strings.Fields("river flood town mayor bridge road school water night rescue army food")
	var line strings.Builder
	for i := 0; line.Len() < 2<<20; i++ {
		line.WriteString(vocabulary[(i*7+i/13)%len(vocabulary)])
		line.WriteByte(' ')
	}
	binary := make([]byte, 64<<10)
	for i := range binary {
		binary[i] = byte(i * 131)
	}
	var codes, pairs strings.Builder
	for i := range 60_000 {
		fmt.Fprintf(&codes, "W%d. ", 100_000+i)
		fmt.Fprintf(&pairs, "%b. ", 1<<(i%15)+i*7919%(1<<(i%15)))
	}
	return map[string]string{
		"60,000 short similar sentences":  codes.String(),
		"60,000 sentences of 1s and 0s":   pairs.String(),
		"2 MB line without punctuation":   line.String(),
		"10,000 copies of one sentence":   strings.Repeat("The river rose overnight. ", 10_000),
		"binary bytes":                    string(binary),
		"invalid UTF-8":                   "Caf\xe9 owners met. \xff\xfe The \xc3 vote passed.",
		"30,000 glued sentences":          strings.Repeat("Rain fell.Roads shut.", 15_000),
		"60,000 lost quotes in a row":     strings.Repeat("the men? the women? ", 30_000),
		"20,000 tweet signatures":         strings.Repeat("The ferry ran. Ann Bo (@annbo) July 1, 2017 ", 20_000),
		"50,000 unclosed page data":       strings.Repeat(`{"@type":"x",`, 50_000),
		"32,000 sentences in parentheses": "(" + strings.Repeat("Rain fell.Roads shut.", 16_000) + ")",
		"50,000 stops without spaces":     strings.Repeat("AB.", 50_000),
		"20,000 run-in subheadings":       strings.Repeat("It rose.NO RIGHT TO STAYThe town slept. ", 20_000),
		"20,000 quoted questions":         strings.Repeat(`Go?" Ann `, 20_000),
		"20,000 links in brackets":        strings.Repeat("x.(Read | a b ", 20_000),
		"20,000 live blog entries":        strings.Repeat("It rose.6:29 pm: The town slept: 6:30 pm: ", 20_000),
		"10,000 tagged posts":             strings.Repeat("The ferry ran. #a @b #c A post shared by Ann (@ann) on Aug 1, 2017 at 8:12pm PDT ", 10_000),
		"1 MB of question marks":          "The ferry ran. " + strings.Repeat("?", 1<<20) + " The town slept.",
		"1 MB of text lost to '?'":        "The ferry ran. " + strings.Repeat("??? ???? ?? ", 1<<20/12) + " The town slept.",
	}
}

func TestSummarizeHostileInput(t *testing.T) {
	for name, in := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			opts := Options{MaxSentences: 3}
			d, err := Summarize(context.Background(), []string{in}, opts)
			if err != nil {
				t.Fatalf("Summarize: %v", err)
			}
			if err := checkDigest([]string{in}, opts, d); err != nil {
				t.Fatal(err)
			}
			if len(d.Picked) == 0 {
				t.Error("no digest")
			}
		})
	}
}

func TestDigestLead(t *testing.T) {
	d := &Digest{
		Sentences:  make([]Sentence, 6),
		Duplicates: []Duplicate{{Index: 1, Of: 0}, {Index: 3, Of: 2}},
	}
	tests := []struct {
		n    int
		want []int
	}{
		{1, []int{0}},
		{3, []int{0, 2, 4}},
		{5, []int{0, 2, 4, 5}}, // fewer sentences than asked: all of them
	}
	for _, tt := range tests {
		if got := d.Lead(tt.n); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Lead(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	if _, err := DecodeText([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")); !errors.Is(err, ErrNotText) {
		t.Errorf("DecodeText(PNG header) error = %v, want ErrNotText", err)
	}
	le := []byte{0xFF, 0xFE, 'O', 0, 'k', 0, '.', 0}
	if s, err := DecodeText(le); err != nil || s != "Ok." {
		t.Errorf("DecodeText(UTF-16LE) = %q, %v; want \"Ok.\"", s, err)
	}
}

func TestDigestLeadWordsAndDangling(t *testing.T) {
	d := &Digest{Sentences: []Sentence{
		{Text: "The council met on Tuesday."},              // 0: 5 words
		{Text: "It voted to close the bridge."},            // 1: 6 words
		{Text: "But drivers were angry."},                  // 2: 4 words
		{Text: "He said so.", Article: 1},                  // 3: first of article 1
		{Text: "They will protest on Friday.", Article: 1}, // 4
	}}
	if got := d.LeadWords(11); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("LeadWords(11) = %v, want [0 1]", got)
	}
	if got := d.LeadWords(10); !reflect.DeepEqual(got, []int{0, 2}) {
		t.Errorf("LeadWords(10) = %v, want [0 2]: sentence 1 does not fit, 2 does", got)
	}
	if got := d.LeadWords(2); !reflect.DeepEqual(got, []int{0}) {
		t.Errorf("LeadWords(2) = %v, want [0]: the first sentence even when longer", got)
	}
	for _, tt := range []struct {
		idx  []int
		want int
	}{
		{[]int{0, 1, 2}, 0},
		{[]int{0, 2}, 1},    // "But" without sentence 1
		{[]int{1, 3}, 1},    // "It" without 0; "He" opens its article
		{[]int{0, 4}, 1},    // "They" without 3
		{[]int{2, 3, 4}, 1}, // only "But"
	} {
		if got := d.Dangling(tt.idx); got != tt.want {
			t.Errorf("Dangling(%v) = %d, want %d", tt.idx, got, tt.want)
		}
	}
}

// TestDanglingQuotation checks that the middle and end of a quotation of
// several sentences dangle without its opening, in the digest as in
// Digest.Dangling: read alone, nobody says them. None of them opens with a
// word that refers back, so only the quotation makes them lean.
func TestDanglingQuotation(t *testing.T) {
	sentences := []Sentence{
		{Text: "The court heard the plea on Thursday."},          // 0
		{Text: `"Issue notice.`},                                 // 1: opens a quotation
		{Text: "Nobody may stay the count."},                     // 2: still the court's
		{Text: "Ballots stay sealed."},                           // 3: still the court's
		{Text: `Counting can wait," the bench said.`},            // 4: closes it
		{Text: "The vote goes ahead."},                           // 5
		{Text: "'Ballots matter,' a voter said.", Article: 1},    // 6: single marks
		{Text: "'Nobody listens.", Article: 1},                   // 7: opens one
		{Text: "Voters deserve better,' she added.", Article: 1}, // 8: closes it
	}
	d := &Digest{Sentences: sentences}
	for _, tt := range []struct {
		idx  []int
		want int
	}{
		{[]int{0, 2}, 1},       // the quotation without its opening
		{[]int{1, 2, 3, 4}, 0}, // all of it
		{[]int{0, 3, 5}, 1},    // its middle alone
		{[]int{0, 4, 5}, 1},    // its end alone
		{[]int{0, 5}, 0},       // after the quotation closed
		{[]int{6, 8}, 1},       // single marks alike
		{[]int{6, 7, 8}, 0},    //
	} {
		if got := d.Dangling(tt.idx); got != tt.want {
			t.Errorf("Dangling(%v) = %d, want %d", tt.idx, got, tt.want)
		}
	}
	texts := make([]string, len(sentences))
	kept := make([]int, len(sentences))
	for i, s := range sentences {
		texts[i], kept[i] = s.Text, i
	}
	cands := candidates(sentences, make([]int, len(sentences)), kept, bagsOf(texts, newTerms(0)), make([]bool, len(sentences)))
	for k, want := range []bool{false, false, true, true, true, false, false, false, true} {
		if cands[k].leans != want || want && cands[k].prev != k-1 {
			t.Errorf("candidate %d (%q): leans %v on %d, want %v on %d", k, sentences[k].Text, cands[k].leans, cands[k].prev, want, k-1)
		}
	}
}

func TestOverBudget(t *testing.T) {
	const text = "The council voted on Tuesday to close the old bridge to all cars from June onwards. " +
		"Engineers said its cables had worn far thinner than anyone had expected after the floods."
	for _, tt := range []struct {
		words int
		want  bool
	}{{5, true}, {40, false}, {0, false}} {
		d, err := Summarize(context.Background(), []string{text}, Options{MaxWords: tt.words})
		if err != nil {
			t.Fatal(err)
		}
		if d.Stats.OverBudget != tt.want {
			t.Errorf("MaxWords %d: OverBudget = %v with %d words out, want %v", tt.words, d.Stats.OverBudget, d.Stats.WordsOut, tt.want)
		}
	}
	// A short sentence that fits is taken rather than a better one that
	// does not.
	const long = "The council voted on Tuesday to close the old river bridge for repairs after engineers found cracks in the bridge supports and warned that the river bridge could fail. " +
		"The bridge will stay closed."
	d, err := Summarize(context.Background(), []string{long}, Options{MaxWords: 6})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Picked) != 1 || d.Sentences[d.Picked[0]].Text != "The bridge will stay closed." || d.Stats.OverBudget {
		t.Errorf("MaxWords 6: digest %v (over budget %v), want the 5-word sentence within the budget", d.Picked, d.Stats.OverBudget)
	}
	if lead := d.LeadWords(6); len(lead) != 1 || lead[0] != 1 {
		t.Errorf("LeadWords(6) = %v, want the sentence that fits, [1]", lead)
	}
}
