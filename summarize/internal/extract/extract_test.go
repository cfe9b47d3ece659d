package extract

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// storyPage is a page written for this test: navigation, an article with
// a figure, a teaser list and a footer.
const storyPage = `<!DOCTYPE html>
<html><head><title>Harbour bridge opens in June | The Daily Example</title>
<meta property="article:published_time" content="2026-03-04T09:30:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header><h1>The Daily Example</h1></header>
<article>
<h1>Harbour bridge opens in June</h1>
<p class="byline">By Mia Park</p>
<p>The new harbour bridge will open to traffic in June, the city council said on Tuesday, two years after the old crossing was closed for repairs that ran far over budget.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dusk on Monday. <span class="credit">Photo: Lee Moss</span></figcaption></figure>
<p>Engineers finished the last span in March. The council expects about 40,000 cars a day to cross it, and buses will use a lane of their own during the morning and evening rush.</p>
<p>Residents who live near the old crossing said they were relieved. "It has been a long wait," said one shop owner, whose trade fell by half while the road was shut.</p>
<p>The mayor will cut the ribbon at a ceremony on the first Saturday of June, and the bridge opens to cars the following Monday at six in the morning.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council votes on parking fees</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside>
<footer><p>© 2026 The Daily Example. All rights reserved.</p></footer>
</body></html>`

func TestArticle(t *testing.T) {
	p, err := Article(storyPage)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if want := "Harbour bridge opens in June"; p.Title != want {
		t.Errorf("Title = %q, want %q", p.Title, want)
	}
	if want := "2026-03-04"; p.Published != want {
		t.Errorf("Published = %q, want %q", p.Published, want)
	}
	paras := strings.Split(p.Text, "\n\n")
	if paras[0] != p.Title {
		t.Errorf("first paragraph = %q, want the title", paras[0])
	}
	if strings.Count(p.Text, "Harbour bridge opens in June") != 1 {
		t.Errorf("Text repeats the headline:\n%s", p.Text)
	}
	for _, want := range []string{"will open to traffic in June", "Engineers finished", "cut the ribbon"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, p.Text)
		}
	}
	for _, junk := range []string{"Home", "Most read", "Ferry timetable", "All rights reserved", "at dusk", "Lee Moss"} {
		if strings.Contains(p.Text, junk) {
			t.Errorf("Text holds page junk %q:\n%s", junk, p.Text)
		}
	}
	if len(p.Omitted) != 1 || p.Omitted[0].Reason != ReasonCaption || !strings.Contains(p.Omitted[0].Text, "The bridge at dusk") {
		t.Errorf("Omitted = %+v, want the one figure caption", p.Omitted)
	}
}

// TestArticleFragment reads a clipboard fragment: no <html>, no <title>,
// the headline an h1 beside the site's own.
func TestArticleFragment(t *testing.T) {
	frag := storyPage[strings.Index(storyPage, "<nav>"):strings.Index(storyPage, "</body>")]
	p, err := Article(frag)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if want := "Harbour bridge opens in June"; p.Title != want {
		t.Errorf("Title = %q, want %q (the longer h1, not the site's)", p.Title, want)
	}
	if !strings.Contains(p.Text, "Engineers finished") || strings.Contains(p.Text, "Sport") {
		t.Errorf("Text = %q, want the article alone", p.Text)
	}
}

// TestArticleShort reads a fragment too short for Readability's article
// test: its text comes back all the same.
func TestArticleShort(t *testing.T) {
	p, err := Article(`<p>The ferry runs <b>twice</b> a day.</p><p>It stops in winter.</p><script>alert(1)</script>`)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if want := "The ferry runs twice a day.\n\nIt stops in winter."; p.Text != want {
		t.Errorf("Text = %q, want %q", p.Text, want)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name     string
		h1s, h2s []string
		found    string
		want     string
	}{
		{"Readability's title", []string{"Example News"}, nil, "Harbour bridge opens in June", "Harbour bridge opens in June"},
		{"no title: the longest h1", []string{"Example News", "Harbour bridge opens in June", "Menu"}, nil, "", "Harbour bridge opens in June"},
		{"a title too short", []string{"Harbour bridge opens now"}, nil, "x", "Harbour bridge opens now"},
		{"the site's name appended", []string{"Harbour bridge opens in June"}, nil, "Harbour bridge opens in June | Example News", "Harbour bridge opens in June"},
		{"the h1 a section's name, the headline an h2", []string{"Travel Centre"}, []string{"Most read", "Harbour bridge opens in June", "Weather for the weekend ahead"}, "", "Harbour bridge opens in June"},
		{"nothing", nil, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.h1s, tt.h2s, tt.found); got != tt.want {
				t.Errorf("headline(%q, %q, %q) = %q, want %q", tt.h1s, tt.h2s, tt.found, got, tt.want)
			}
		})
	}
}

func TestArticleEmpty(t *testing.T) {
	for _, src := range []string{"", "<html><body><script>var x = 1;</script></body></html>", "<div> \n </div>"} {
		if _, err := Article(src); !errors.Is(err, ErrNoArticle) {
			t.Errorf("Article(%q) error = %v, want ErrNoArticle", src, err)
		}
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\uFEFF  \n<!doctype HTML>", true},
		{"<html lang=en>", true},
		{"<HTML>", true},
		{"<p>a fragment</p>", false},
		{"The mayor said <html> is a tag.", false},
		{"", false},
		{`<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">", true},
		{`<!--?xml version="1.0" ?--><!DOCTYPE html><html>`, true},
		{"<!-- saved from url=(0014)about:internet -->\n<html>", true},
		{"<!-- a comment that never closes <html>", false},
		{"<?xml version=\"1.0\"?><rss>", false},
		{"<!-- one --> <!-- two -->The mayor said.", false},
	}
	for _, tt := range tests {
		if got := IsHTML(tt.in); got != tt.want {
			t.Errorf("IsHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzArticle checks that no page, however broken, makes Article panic,
// and that a page it reads has text.
func FuzzArticle(f *testing.F) {
	f.Add(storyPage)
	f.Add("<p>The ferry runs <b>twice</b> a day.</p>")
	f.Add("<html><body><figure><figcaption>x</figcaption></figure></body></html>")
	f.Add(strings.Repeat("<div>", 500) + "deep" + strings.Repeat("</div>", 10))
	f.Add("\x00\xff<html>\xfe<body>\x01</body>")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Article(src)
		if err == nil && strings.TrimSpace(p.Text) == "" {
			t.Errorf("Article(%q) = empty text and no error", src)
		}
	})
}

func TestIsCaptionClassed(t *testing.T) {
	tests := []struct {
		class, id string
		want      bool
	}{
		{"caption", "", true},
		{"wp-caption-text", "", true},
		{"story image-credit", "", true},
		{"photo_credits", "", true},
		{"", "main-caption", true},
		{"story-body credit-union", "", false},
		{"captioned", "", false},
		{"list-item image no_caption", "", false}, // says there is none
		{"buzz_attr_no_caption", "", false},
		{"", "no-credit", false},
		{"", "", false},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div,
			Attr: []html.Attribute{{Key: "class", Val: tt.class}, {Key: "id", Val: tt.id}}}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "Photo by Lee Moss"})
		if got := isCaptionClassed(n); got != tt.want {
			t.Errorf("isCaptionClassed(class %q, id %q) = %v, want %v", tt.class, tt.id, got, tt.want)
		}
	}
}

// TestArticleKeepsCreditUnion reads a fragment whose container's class
// merely starts like a credit's: it is the article, not a credit.
func TestArticleKeepsCreditUnion(t *testing.T) {
	p, err := Article(`<div class="story-body credit-union"><p>The credit union opened a branch on Monday.</p><p>It lends to farmers.</p></div>`)
	if err != nil || !strings.Contains(p.Text, "branch on Monday") || len(p.Omitted) != 0 {
		t.Errorf("Article = %+v, %v; want the story, nothing omitted", p, err)
	}
}

// TestArticleKeepsItemWithoutCaption reads a story whose opening is the
// heading of a list item with a photo, classed as having no caption, as
// buzzfeed prints it: the heading is the story's, not a caption.
func TestArticleKeepsItemWithoutCaption(t *testing.T) {
	p, err := Article(`<article><div class="list"><div class="list-item image no_caption"><h2>The council closed the old river bridge to cars on Monday after engineers found cracks.</h2><img src="bridge.jpg" alt="The bridge"></div>` +
		`<p>Engineers said the cracks ran through two of the bridge's four piers and that repairs would take two years.</p><p>Drivers will use the new bridge to the north until the work is done.</p></div></article>`)
	if err != nil || !strings.Contains(p.Text, "closed the old river bridge") || len(p.Omitted) != 0 {
		t.Errorf("Article = %+v, %v; want the heading kept, nothing omitted", p, err)
	}
}

// TestArticleSelection reads what copying part of an article puts on the
// clipboard: no page around it, so every paragraph copied is kept, quoted
// ones inside nested blocks too.
func TestArticleSelection(t *testing.T) {
	var b strings.Builder
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the report says the harbour bridge will open in June after two years of work.</p>", i)
	}
	b.WriteString("<div><div><blockquote>")
	for i := 6; i < 12; i++ {
		fmt.Fprintf(&b, "<p>Quoted paragraph %d says the ferry will keep running until the bridge opens to cars.</p>", i)
	}
	b.WriteString("</blockquote></div></div>")
	p, err := Article(b.String())
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if n := strings.Count(p.Text, "aragraph "); n != 12 {
		t.Errorf("Text holds %d of the 12 paragraphs copied:\n%s", n, p.Text)
	}
}

func TestIsPage(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"a saved page", storyPage, true},
		{"a fragment with a menu", `<nav><a href="/">Home</a></nav><p>The ferry runs.</p>`, true},
		{"a fragment mostly links", `<p><a href="/a">Council votes</a> <a href="/b">Ferry news</a> <a href="/c">Weather</a></p><p>Sport today.</p>`, true},
		{"a selection", `<p>The ferry runs twice a day, <a href="/f">the operator said</a>, and stops in winter when the lake freezes.</p>`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := isPage(doc); got != tt.want {
			t.Errorf("isPage(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
