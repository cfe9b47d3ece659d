package summarize

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestAsides(t *testing.T) {
	sentence := func(article, start, end int) Sentence {
		return Sentence{Article: article, Start: start, End: end}
	}
	credit := func(article, start int, text string) Excluded {
		return Excluded{Article: article, Start: start, End: start + len(text), Text: text}
	}
	post := func(article, start int, rule, text string) Excluded {
		return Excluded{Article: article, Start: start, End: start + len(text), Text: text, Rule: rule}
	}
	tests := []struct {
		name      string
		sentences []Sentence
		excluded  []Excluded
		want      []bool
	}{
		{"credit after a sentence, story after it",
			[]Sentence{sentence(0, 0, 50), sentence(0, 51, 90), sentence(0, 97, 150)},
			[]Excluded{credit(0, 91, "(AFP)")}, []bool{false, true, false}},
		{"credit after a blank line in CRLF style",
			[]Sentence{sentence(0, 0, 50), sentence(0, 60, 120)},
			[]Excluded{credit(0, 54, "(PTI)")}, []bool{true, false}},
		{"credit too far from the sentence before it",
			[]Sentence{sentence(0, 0, 50), sentence(0, 70, 120)},
			[]Excluded{credit(0, 59, "(PTI)")}, []bool{false, false}},
		{"cut line that is no agency credit",
			[]Sentence{sentence(0, 0, 50), sentence(0, 62, 120)},
			[]Excluded{credit(0, 51, "(Photo: Disney)")}, []bool{false, false}},
		{"credit closing the article",
			[]Sentence{sentence(0, 0, 50), sentence(0, 51, 90)},
			[]Excluded{credit(0, 91, "(Reuters)")}, []bool{false, false}},
		{"credit closing one article, another after it",
			[]Sentence{sentence(0, 0, 50), sentence(1, 0, 40)},
			[]Excluded{credit(0, 51, "(AP)")}, []bool{false, false}},
		{"credit opening an article",
			[]Sentence{sentence(0, 0, 50), sentence(1, 6, 40)},
			[]Excluded{credit(1, 0, "(AP)")}, []bool{false, false}},
		{"two credits",
			[]Sentence{sentence(0, 0, 50), sentence(0, 57, 90), sentence(0, 97, 150)},
			[]Excluded{credit(0, 51, "(AFP)"), credit(0, 91, "(HT Photo)")}, []bool{true, true, false}},
		{"no sentences", nil, []Excluded{credit(0, 0, "(AFP)")}, []bool{}},
		{"tweet signature after the post's text",
			[]Sentence{sentence(0, 0, 50), sentence(0, 51, 90), sentence(0, 121, 150)},
			[]Excluded{post(0, 91, "embed/tweet", "— Ann Bo (@annbo) August 2, 2017")}, []bool{false, true, false}},
		{"tweet closing the article",
			[]Sentence{sentence(0, 0, 50), sentence(0, 51, 90)},
			[]Excluded{post(0, 91, "embed/tweet", "— Ann Bo (@annbo) August 2, 2017")}, []bool{false, true}},
		{"Instagram signature cut with its caption",
			[]Sentence{sentence(0, 0, 50), sentence(0, 120, 150)},
			[]Excluded{post(0, 51, "embed/instagram", "#parks #summer A post shared by Ann Bo (@annbo) on Aug 1, 2017 at 12:04pm PDT")}, []bool{false, false}},
		{"Instagram signature cut alone",
			[]Sentence{sentence(0, 0, 50), sentence(0, 120, 150)},
			[]Excluded{post(0, 51, "embed/instagram", "A post shared by Ann Bo (@annbo) on Aug 1, 2017 at 12:04pm PDT")}, []bool{true, false}},
		{"a short link after a story's sentence",
			[]Sentence{sentence(0, 0, 50), sentence(0, 51, 90), sentence(0, 121, 150)},
			[]Excluded{post(0, 91, "embed/link", "https://t.co/AbC12dEf34")}, []bool{false, false, false}},
		{"other junk after a sentence",
			[]Sentence{sentence(0, 0, 50), sentence(0, 70, 120)},
			[]Excluded{post(0, 51, "prompt/follow", "Follow us on Twitter.")}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asides(tt.sentences, tt.excluded); !slices.Equal(got, tt.want) {
				t.Errorf("asides = %v, want %v", got, tt.want)
			}
		})
	}
}

// captionStory is a story with a photo placed inside it: its caption is
// glued to the opening paragraph, and its credit, CREDIT, stands on a line
// of its own. The caption shares words with the sentences after it, so
// that it would be a digest's second sentence if it were story text.
const captionStory = "The city council voted on Monday to close the old river bridge to cars after engineers found deep cracks in its piers. " +
	"Engineers inspect a crack in a pier of the bridge, which carries twenty thousand cars a day to the city centre.\n" +
	"CREDIT\n" +
	"The twenty thousand cars will now cross on the new bridge to the north, adding ten minutes to a trip to the city centre.\n" +
	"Engineers said repairs to the cracked piers would take two years.\n" +
	"Ferries will run every half hour at rush hour, a transport official said.\n"

func TestAsidesPostText(t *testing.T) {
	text := "The council met on Monday to vote on the bridge. " +
		"Delighted to meet the bridge team, @ann_bo. Congratulated them on the vote. " +
		"pic.twitter.com/AbC12dEf34 — Ann Bo (@annbo) August 2, 2017\n" +
		"They said the bridge will reopen in May."
	d, err := Summarize(context.Background(), []string{text}, Options{MaxSentences: 10})
	if err != nil {
		t.Fatal(err)
	}
	var marked []string
	for i, aside := range asides(d.Sentences, d.Excluded) {
		if aside {
			marked = append(marked, d.Sentences[i].Text)
		}
	}
	want := []string{"Delighted to meet the bridge team, @ann_bo.", "Congratulated them on the vote."}
	if !slices.Equal(marked, want) {
		t.Errorf("asides = %q, want the tweet's text %q", marked, want)
	}
	// A story's sentence that names a handle and reports speech is not
	// the post's.
	story := "Mayor Ann Bo, who posts as @annbo, said the bridge would reopen in May.\n" +
		"Delighted to meet the bridge team. pic.twitter.com/AbC12dEf34 — Ann Bo (@annbo) August 2, 2017\n" +
		"The council will vote on Monday."
	ds, err := Summarize(context.Background(), []string{story}, Options{MaxSentences: 10})
	if err != nil {
		t.Fatal(err)
	}
	for i, aside := range asides(ds.Sentences, ds.Excluded) {
		if want := strings.HasPrefix(ds.Sentences[i].Text, "Delighted"); aside != want {
			t.Errorf("%q: aside %v, want %v", ds.Sentences[i].Text, aside, want)
		}
	}
	// The sentence after the post leans past it, on the story's sentence.
	last := len(d.Sentences) - 1
	if got := d.Sentences[last].Text; !strings.HasPrefix(got, "They said") {
		t.Fatalf("last sentence %q, want the one that leans", got)
	}
	if n := d.Dangling([]int{0, last}); n != 0 {
		t.Errorf("Dangling(story sentence, the one after the post) = %d, want 0", n)
	}
	if n := d.Dangling([]int{last}); n != 1 {
		t.Errorf("Dangling(the sentence after the post alone) = %d, want 1", n)
	}
}

func TestIsCaptionShaped(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Ann Bo speaks at a news conference in Redwood City, Calif., Monday, May 6, 2013.", true},
		{"A crane lifts the last span of the bridge in Springfield, Thursday, Sept. 20, 2018.", true},
		{"The council voted on Monday, May 6, 2013.", false},
		{"The bridge opened in Springfield, Thursday, Sept. 20, 2018, the council said.", false},
		{"The bridge opened in Springfield, Thursday, Sept. 20, 2018", false},
		{"In this Oct. 2, 2015 file photo, a crane lifts the last span of the bridge.", true},
		{"FILE - In this photo released by the council, the mayor opens the bridge.", true},
		{"This handout picture shows the cracked pier.", true},
		{"In this photo provided by the council, the mayor opens the bridge.", true},
		{"In this photo, the mayor opens the bridge.", false},
		{"In this picture, the minister is the villain of the piece.", false},
		{"These photos obtained by the paper show the cell where he was held.", false},
		{"Polls close at 8 p.m., Tuesday, Nov. 6, 2018.", false},
		{"The deadline to register is noon, Friday, Oct. 5, 2018.", false},
		{"The funeral will be held at St. Mary's Church, Saturday, Jan. 5, 2019.", false},
		{"This image is itself a mood.", false},
		{"In this city, photos of the bridge are everywhere.", false},
		{"In this case, the photo was taken by the mayor.", false},
	} {
		if got := isCaptionShaped(tt.text); got != tt.want {
			t.Errorf("isCaptionShaped(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCaptionLeftOutOfDigest(t *testing.T) {
	digest := func(credit string) ([]string, []string) {
		t.Helper()
		d, err := Summarize(context.Background(), []string{strings.Replace(captionStory, "CREDIT", credit, 1)}, Options{MaxSentences: 2})
		if err != nil {
			t.Fatal(err)
		}
		var picked, all []string
		for _, i := range d.Picked {
			picked = append(picked, d.Sentences[i].Text)
		}
		for _, s := range d.Sentences {
			all = append(all, s.Text)
		}
		return picked, all
	}
	isCaption := func(s string) bool { return strings.HasPrefix(s, "Engineers inspect a crack") }
	// A credit that is no agency's ("(Photo: Disney)" stands under body
	// paragraphs on some pages) leaves the sentence above it in the story.
	if picked, all := digest("(Photo: Ann Bo)"); !slices.ContainsFunc(picked, isCaption) {
		t.Fatalf("without an agency credit, digest %q lacks the sentence above the credit (sentences %q): the test story no longer tests anything", picked, all)
	}
	for _, credit := range []string{"(AFP)", "(HT Photo)", "(AP Photo/Ann Bo)", "(Photo: IANS)"} {
		picked, all := digest(credit)
		if slices.ContainsFunc(picked, isCaption) {
			t.Errorf("under %s, digest %q holds the caption", credit, picked)
		}
		if len(picked) != 2 {
			t.Errorf("under %s, digest %q: want 2 sentences", credit, picked)
		}
		for _, s := range all {
			if strings.Contains(s, credit) {
				t.Errorf("under %s, sentence %q holds the credit", credit, s)
			}
		}
	}
}

// TestCaptionCreditOnItsLine checks a caption that has a line of its own
// with its agency credit at the end, as pages copy a photo placed between
// paragraphs.
func TestCaptionCreditOnItsLine(t *testing.T) {
	text := "The city council voted on Monday to close the old river bridge to cars after engineers found deep cracks in its piers.\n" +
		"Engineers inspect a crack in a pier of the bridge, which carries twenty thousand cars a day to the city centre. (AP)\n" +
		"The twenty thousand cars will now cross on the new bridge to the north, adding ten minutes to a trip to the city centre.\n" +
		"Engineers said repairs to the cracked piers would take two years.\n"
	d, err := Summarize(context.Background(), []string{text}, Options{MaxSentences: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range d.Picked {
		if strings.HasPrefix(d.Sentences[i].Text, "Engineers inspect") {
			t.Errorf("digest holds the caption %q", d.Sentences[i].Text)
		}
	}
	if len(d.Picked) != 2 {
		t.Errorf("digest of %d sentences, want 2", len(d.Picked))
	}
	if !slices.ContainsFunc(d.Excluded, func(e Excluded) bool { return e.Text == "(AP)" }) {
		t.Errorf("excluded %v, want the credit (AP)", d.Excluded)
	}
	withoutCredit := strings.Replace(text, " (AP)", "", 1)
	if d, err = Summarize(context.Background(), []string{withoutCredit}, Options{MaxSentences: 2}); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(d.Picked, func(i int) bool { return strings.HasPrefix(d.Sentences[i].Text, "Engineers inspect") }) {
		t.Fatalf("without its credit, the caption is not in the digest: the test story no longer tests anything")
	}
}

func TestCandidatesAfterCaption(t *testing.T) {
	sentences := []Sentence{
		{Text: "The council closed the bridge on Monday."},
		{Text: "The mayor inspects the bridge on Monday."}, // the caption
		{Text: "It carries twenty thousand cars a day."},   // leans on the story's sentence
	}
	texts := []string{sentences[0].Text, sentences[1].Text, sentences[2].Text}
	kept := []int{0, 1, 2}
	cands := candidates(sentences, make([]int, 3), kept, bagsOf(texts, newTerms(0)), []bool{false, true, false})
	if cands[0].leftOut || !cands[1].leftOut || cands[2].leftOut {
		t.Errorf("left out %v %v %v, want only the caption", cands[0].leftOut, cands[1].leftOut, cands[2].leftOut)
	}
	if !cands[2].leans || cands[2].prev != 0 {
		t.Errorf("sentence after the caption leans %v on %d, want on 0", cands[2].leans, cands[2].prev)
	}
}
