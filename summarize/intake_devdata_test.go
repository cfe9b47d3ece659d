//go:build devdata

package summarize

import (
	"strings"
	"testing"
	"unicode"
)

// accountedFor asserts that every non-space byte of article lies in the
// title, an excluded stretch or the span of a block of text.
func accountedFor(t *testing.T, article string, c cleaned) {
	t.Helper()
	covered := make([]bool, len(article))
	mark := func(start, end int) {
		for i := start; i < end; i++ {
			covered[i] = true
		}
	}
	mark(c.title.TitleStart, c.title.TitleEnd)
	for _, e := range c.excluded {
		mark(e.Start, e.End)
	}
	at := 0
	for _, block := range strings.Split(c.text, "\n") {
		mark(c.span(at, at+len(block)))
		at += len(block) + 1
	}
	for i, r := range article {
		if !covered[i] && !unicode.IsSpace(r) {
			t.Fatalf("byte %d (%q in %q) is neither text, title nor excluded", i, r, article[max(0, i-20):min(len(article), i+20)])
		}
	}
}

func TestCleanSeed004(t *testing.T) {
	article := readSeed(t, "004")
	c := clean(article, 1)
	checkCleaned(t, article, c)
	accountedFor(t, article, c)
	headline, _, _ := strings.Cut(article, "\n")
	if c.title.Title != strings.TrimSpace(headline) || c.title.TitleStart != 0 {
		t.Errorf("title = %+v, want the first line %q", c.title, headline)
	}
	var widget, trailer *Excluded
	for i, e := range c.excluded {
		switch e.Reason {
		case "related-links widget":
			widget = &c.excluded[i]
		case "update trailer":
			trailer = &c.excluded[i]
		}
	}
	if widget == nil || trailer == nil {
		t.Fatalf("excluded = %+v, want a related-links widget and an update trailer", c.excluded)
	}
	if !strings.Contains(widget.Text, "Presented by") || !strings.HasSuffix(widget.Text, " MORE") {
		t.Errorf("widget = %q, want it to run through the sponsor to MORE", widget.Text)
	}
	if !strings.Contains(trailer.Text, "updated at") || !strings.HasSuffix(strings.TrimSpace(article), trailer.Text) {
		t.Errorf("trailer = %q, want the article's last line", trailer.Text)
	}
	// The sentence the widget sat in reads on: the text before the widget,
	// a space, and the text after it, on the same line of the article.
	lineStart := strings.LastIndexByte(article[:widget.Start], '\n') + 1
	lineEnd := widget.End + strings.IndexByte(article[widget.End:], '\n')
	want := article[lineStart:widget.Start] + article[widget.End:lineEnd]
	if !strings.Contains(c.text, want) || !strings.Contains(want, " and Russian Foreign Minister") {
		t.Errorf("text lacks the repaired sentence %q:\n%s", want, c.text)
	}
	for _, junk := range []string{"MORE", "Presented by", "KerryJohn", "updated at"} {
		if strings.Contains(c.text, junk) {
			t.Errorf("text still holds %q", junk)
		}
	}
}

func TestCleanSeed000(t *testing.T) {
	article := readSeed(t, "000")
	c := clean(article, 0)
	checkCleaned(t, article, c)
	accountedFor(t, article, c)
	if c.title.Title != "" || c.title.TitleEnd != 0 || len(c.excluded) != 0 {
		t.Errorf("clean(seed 000) title = %+v, excluded = %+v; want none", c.title, c.excluded)
	}
	// Every line of the seed is a block of text, unchanged.
	var lines []string
	for _, l := range strings.Split(article, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if got, want := c.text, strings.Join(lines, "\n"); got != want {
		t.Errorf("clean(seed 000).text differs from its lines:\n%s\nwant\n%s", got, want)
	}
}

// TestCleanDevSet runs intake on the development set: every article keeps
// the invariants, and none keeps its "(CNN)" dateline.
func TestCleanDevSet(t *testing.T) {
	for i, article := range devArticles(t) {
		c := clean(article, i)
		checkCleaned(t, article, c)
		if strings.HasPrefix(c.text, "(CNN)") || strings.Contains(c.text[:min(len(c.text), 60)], "(CNN)") {
			t.Errorf("article %d keeps its dateline: %.80q", i, c.text)
		}
	}
}
