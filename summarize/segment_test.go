package summarize

import (
	"slices"
	"strings"
	"testing"
)

// sentencesOf runs intake and segmentation on one article and returns the
// sentence texts.
func sentencesOf(t *testing.T, article string) []string {
	t.Helper()
	got, err := segment([]cleaned{clean(article, 0)})
	if err != nil {
		t.Fatalf("segment(%q): %v", article, err)
	}
	var texts []string
	for _, s := range got[0] {
		texts = append(texts, s.Text)
	}
	return texts
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two plain", "The talks ended. Both sides left.",
			[]string{"The talks ended.", "Both sides left."}},
		{"U.S.", "The U.S. Navy sent a ship. It arrived Monday.",
			[]string{"The U.S. Navy sent a ship.", "It arrived Monday."}},
		{"Gov. Brown", "Gov. Brown signed the bill. Critics objected.",
			[]string{"Gov. Brown signed the bill.", "Critics objected."}},
		{"Sen. and Dr.", "Sen. Warren met Dr. Lee on Monday. They spoke.",
			[]string{"Sen. Warren met Dr. Lee on Monday.", "They spoke."}},
		{"(see Fig. 3)", "Rates rose (see Fig. 3) in May. Prices fell.",
			[]string{"Rates rose (see Fig. 3) in May.", "Prices fell."}},
		{"price before a sentence", "Shares closed at $12.40. Analysts were surprised.",
			[]string{"Shares closed at $12.40.", "Analysts were surprised."}},
		{"single quotes", "He said: 'We will win.' Then he left the stage.",
			[]string{"He said: 'We will win.'", "Then he left the stage."}},
		{"curly quotes", "“We are ready,” she said. “It is time.” The crowd cheered.",
			[]string{"“We are ready,” she said.", "“It is time.”", "The crowd cheered."}},
		{"question and exclamation", "Who won? Nobody knows! Officials will count again.",
			[]string{"Who won?", "Nobody knows!", "Officials will count again."}},
		{"lines are boundaries", "The storm hit at dawn.\nRoads closed without warning\nSchools stayed shut.",
			[]string{"The storm hit at dawn.", "Roads closed without warning", "Schools stayed shut."}},
		{"paragraphs", "One paragraph ends.\n\nAnother starts here.",
			[]string{"One paragraph ends.", "Another starts here."}},
		{"punctuation only dropped", "The vote passed.\n\n* * *\n\nCounting ended.",
			[]string{"The vote passed.", "Counting ended."}},
		{"CJK", "東京は晴れです。 The weather held.",
			[]string{"東京は晴れです。 The weather held."}},
		{"İ", "İstanbul hosted the summit. Leaders arrived.",
			[]string{"İstanbul hosted the summit.", "Leaders arrived."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentencesOf(t, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("segment(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentLongRunIsCut(t *testing.T) {
	in := strings.Repeat("word ", 2000) // 10,000 bytes, no punctuation
	got := sentencesOf(t, in)
	if len(got) < 10000/maxSentenceBytes {
		t.Fatalf("segment(2000 words without punctuation) gave %d sentences, want at least %d", len(got), 10000/maxSentenceBytes)
	}
	for _, s := range got {
		if len(s) > maxSentenceBytes {
			t.Errorf("sentence of %d bytes, want at most %d", len(s), maxSentenceBytes)
		}
	}
}

func TestSegmentOffsets(t *testing.T) {
	articles := []string{
		"Talks began. They ended late.\n\nA deal followed.",
		"  Second article.\r\nWith two lines. ",
	}
	c := []cleaned{clean(articles[0], 0), clean(articles[1], 1)}
	perArticle, err := segment(c)
	if err != nil {
		t.Fatal(err)
	}
	var got []Sentence
	for i, sentences := range perArticle {
		for _, s := range sentences {
			s.Article = i
			got = append(got, s)
		}
	}
	want := []struct {
		article int
		text    string
	}{
		{0, "Talks began."}, {0, "They ended late."}, {0, "A deal followed."},
		{1, "Second article."}, {1, "With two lines."},
	}
	if len(got) != len(want) {
		t.Fatalf("segment gave %d sentences, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		s := got[i]
		if s.Article != w.article || s.Text != w.text {
			t.Errorf("sentence %d = article %d %q, want article %d %q", i, s.Article, s.Text, w.article, w.text)
		}
		if src := articles[s.Article][s.Start:s.End]; src != w.text {
			t.Errorf("sentence %d: article[%d:%d] = %q, want %q", i, s.Start, s.End, src, w.text)
		}
	}
}
