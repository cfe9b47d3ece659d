package summarize

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// bridgePage is a web page written for these tests: a menu, the article
// with a captioned photo, and a list of other stories.
const bridgePage = `<!doctype html><html><head><title>Harbour bridge opens in June - Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<h1>Harbour bridge opens in June</h1>
<article>
<p class="byline">By Mia Park</p>
<p>The new harbour bridge will open to traffic in June, the city council said on Tuesday, two years after the old crossing closed for repairs.</p>
<figure><img src="b.jpg" alt=""><figcaption>The bridge at dusk on Monday.</figcaption></figure>
<p>Engineers finished the last span in March. The council expects about 40,000 cars a day to cross the bridge once it opens.</p>
<p>Buses will use a lane of their own during the morning and evening rush, and cyclists get a path on the east side.</p>
<p>The mayor will cut the ribbon at a ceremony on the first Saturday of June, and cars may cross from the following Monday.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council votes on parking fees for the town centre</a></li><li><a href="/b">Ferry timetable changes this winter</a></li></ul></aside>
</body></html>`

func TestSummarizeHTML(t *testing.T) {
	d, err := SummarizeInputs(context.Background(), []Input{{Text: bridgePage, HTML: true}}, Options{MaxSentences: 3})
	if err != nil {
		t.Fatalf("SummarizeInputs: %v", err)
	}
	a := d.Articles[0]
	if want := "Harbour bridge opens in June"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if a.Text == "" || a.Text[a.TitleStart:a.TitleEnd] != a.Title {
		t.Errorf("title offsets [%d:%d] do not name the title in Text %q", a.TitleStart, a.TitleEnd, a.Text)
	}
	if len(a.Omitted) != 1 || a.Omitted[0].Reason != "figure caption" {
		t.Errorf("Omitted = %+v, want the figure caption", a.Omitted)
	}
	if err := checkDigest([]string{a.Text}, Options{MaxSentences: 3}, d); err != nil {
		t.Errorf("offsets do not count in Article.Text: %v", err)
	}
	for _, s := range d.Sentences {
		for _, junk := range []string{"Home", "Most read", "Ferry", "dusk"} {
			if strings.Contains(s.Text, junk) {
				t.Errorf("sentence %q holds page junk %q", s.Text, junk)
			}
		}
	}
	if len(d.Picked) != 3 {
		t.Errorf("picked %d sentences, want 3", len(d.Picked))
	}
}

// TestSummarizeHTMLSameAsText checks that a page digests as the text
// extracted from it does, read as plain text with its headline (what the
// page sends once a web page is pasted): one digest, whatever the route,
// even for a headline that ends as a sentence does.
func TestSummarizeHTMLSameAsText(t *testing.T) {
	asked := strings.ReplaceAll(bridgePage, "Harbour bridge opens in June", "Will the harbour bridge open in June?")
	for _, src := range []string{bridgePage, asked} {
		page, err := SummarizeInputs(context.Background(), []Input{{Text: src, HTML: true}}, Options{})
		if err != nil {
			t.Fatalf("SummarizeInputs: %v", err)
		}
		a := page.Articles[0]
		if a.Title == "" || !strings.HasPrefix(a.Text, a.Title+"\n\n") {
			t.Fatalf("Articles[0] = %+v, want its title on top of its text", a)
		}
		text, err := SummarizeInputs(context.Background(), []Input{{Text: a.Text, Title: a.Title}}, Options{})
		if err != nil {
			t.Fatalf("SummarizeInputs: %v", err)
		}
		if got, want := digestTexts(page), digestTexts(text); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("page digest = %q, want the text's %q", got, want)
		}
		if text.Articles[0].Title != a.Title {
			t.Errorf("text's title = %q, want the page's %q", text.Articles[0].Title, a.Title)
		}
	}
}

func TestSummarizeHTMLErrors(t *testing.T) {
	ctx := context.Background()
	// A saved page may be larger than a text: its scripts and styles go.
	big := "<html><head><script>" + strings.Repeat("var x = 1;\n", MaxInputBytes/11+1) + "</script></head><body>" +
		bridgePage[strings.Index(bridgePage, "<nav>"):]
	if d, err := SummarizeInputs(ctx, []Input{{Text: big, HTML: true}}, Options{}); err != nil || len(d.Picked) == 0 {
		t.Errorf("a %d-byte page with a short article: %v; want its digest", len(big), err)
	}
	if _, err := SummarizeInputs(ctx, []Input{{Text: "<div><script>x()</script></div>", HTML: true}}, Options{}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("page with no text: error = %v, want ErrNoArticle", err)
	}
	if _, err := SummarizeInputs(ctx, []Input{{Text: " \n", HTML: true}}, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("blank page: error = %v, want ErrEmpty", err)
	}
	var s Session
	mixed := []Input{{Text: "The ferry runs twice a day. It stops in winter."}, {Text: "<p></p>", HTML: true}}
	if _, err := s.SummarizeInputs(ctx, mixed, Options{}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("session, one empty page of two: error = %v, want ErrNoArticle", err)
	}
	var ae *ArticleError
	if _, err := SummarizeInputs(ctx, mixed, Options{}); !errors.As(err, &ae) || ae.Article != 1 {
		t.Errorf("one empty page of two: error = %v, want an ArticleError for article 1 (0-based)", err)
	}
	d, err := s.SummarizeInputs(ctx, mixed[:1], Options{})
	if err != nil || len(d.Picked) != 2 {
		t.Errorf("session after a failed request: %v, %v; want a digest of 2 sentences", d, err)
	}
}

// digestTexts returns the digest's sentences in reading order.
func digestTexts(d *Digest) []string {
	var out []string
	for _, i := range d.Picked {
		out = append(out, d.Sentences[i].Text)
	}
	return out
}

func TestExtract(t *testing.T) {
	a, err := Extract(bridgePage)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.Title != "Harbour bridge opens in June" || a.Text[a.TitleStart:a.TitleEnd] != a.Title {
		t.Errorf("Title = %q at [%d:%d] of %q, want the headline on top", a.Title, a.TitleStart, a.TitleEnd, a.Text)
	}
	d, err := SummarizeInputs(context.Background(), []Input{{Text: bridgePage, HTML: true}}, Options{})
	if err != nil {
		t.Fatalf("SummarizeInputs: %v", err)
	}
	if a.Text != d.Articles[0].Text || a.Byline != d.Articles[0].Byline || len(a.Omitted) != len(d.Articles[0].Omitted) {
		t.Errorf("Extract = %+v, want what SummarizeInputs read: %+v", a, d.Articles[0])
	}
	for _, tt := range []struct {
		page string
		want error
	}{{"", ErrEmpty}, {"<p> </p>", ErrNoArticle}, {strings.Repeat("<p>x</p>", MaxPageBytes/8+1), ErrTooLong}} {
		if _, err := Extract(tt.page); !errors.Is(err, tt.want) {
			t.Errorf("Extract(%.20q…) error = %v, want %v", tt.page, err, tt.want)
		}
	}
}

// TestSessionInputs checks that a Session reads an article again when its
// headline or its format changes, and not when nothing does.
func TestSessionInputs(t *testing.T) {
	const text = "Why did the ferry stop?\n\nThe ferry stopped at noon. Its engine had failed. A new one comes on Friday."
	var s Session
	steps := []struct {
		in        Input
		wantReads int
		wantTitle string
	}{
		{Input{Text: text}, 1, ""},
		{Input{Text: text}, 1, ""},
		{Input{Text: text, Title: "Why did the ferry stop?"}, 2, "Why did the ferry stop?"},
		{Input{Text: "<p>" + strings.ReplaceAll(text, "\n\n", "</p><p>") + "</p>", HTML: true}, 3, ""},
	}
	for i, st := range steps {
		d, err := s.SummarizeInputs(context.Background(), []Input{st.in}, Options{})
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if s.reads != st.wantReads || d.Articles[0].Title != st.wantTitle {
			t.Errorf("step %d: %d reads, title %q; want %d, %q", i, s.reads, d.Articles[0].Title, st.wantReads, st.wantTitle)
		}
	}
}
