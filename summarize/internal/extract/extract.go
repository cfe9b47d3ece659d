// Package extract finds the article in an HTML page: a saved page, a
// dropped .html file or the HTML a browser puts on the clipboard when a
// person copies a whole page. It runs Mozilla's Readability algorithm
// (through codeberg.org/readeck/go-readability, a port of Readability.js
// 0.6) and renders what it finds as plain text: the headline, then the
// article's paragraphs, one block per paragraph. Figure captions and photo
// credits inside the article are left out of the text and listed apart. A
// fragment with no page around it (what copying part of an article gives)
// is kept whole.
//
// It knows nothing of sentences: its callers read the text as they read a
// pasted article.
package extract

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoArticle reports a page that holds no readable text at all.
var ErrNoArticle = errors.New("extract: no article text in the page")

// Page is the article found in an HTML page.
type Page struct {
	// Text is the article as plain text: the headline (when one was found)
	// as the first paragraph, then the body; paragraphs are separated by
	// blank lines, lines inside a paragraph (<br>) by single newlines.
	Text string
	// Title is the headline, also the first paragraph of Text; "" if none.
	Title string
	// Byline names the authors as the page gives them; "" if none.
	Byline string
	// Published is the publication date, as YYYY-MM-DD; "" if unknown.
	Published string
	// Omitted lists what was left out of Text, in page order.
	Omitted []Omission
}

// Omission is a stretch of the article's HTML left out of its text.
type Omission struct {
	Text   string // the stretch's text, spaces collapsed
	Reason string // why, for people: "figure caption" or "photo credit"
}

// Reasons given in Omission.
const (
	ReasonCaption = "figure caption"
	ReasonCredit  = "photo credit"
)

// maxProlog bounds, in bytes, the XML declarations and comments that IsHTML
// reads past before a page's doctype.
const maxProlog = 4 << 10

// IsHTML reports whether s reads as an HTML document: after spaces, a byte
// order mark, and any XML declarations and comments in its first maxProlog
// bytes ("<?xml version="1.0"?>", "<!-- saved from url -->"), it opens
// with "<!doctype html" or "<html" in any case. A fragment (what a
// clipboard holds) is HTML only when its caller says so.
func IsHTML(s string) bool {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = s[:min(len(s), maxProlog)]
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		var end string
		switch {
		case strings.HasPrefix(s, "<?"):
			end = "?>"
		case strings.HasPrefix(s, "<!--"):
			end = "-->"
		}
		if end == "" {
			break
		}
		i := strings.Index(s, end)
		if i < 0 {
			return false
		}
		s = s[i+len(end):]
	}
	head := strings.ToLower(s[:min(len(s), len("<!doctype html"))])
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// Article finds the article in the page src. A fragment without the
// furniture of a page (see isPage) is what a person selected and copied:
// all of its text is the article. When Readability finds no article in a
// page (a page of links), the text of the whole page is returned, without
// scripts, styles and the like. A page with no text at all gives
// ErrNoArticle.
func Article(src string) (Page, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return Page{}, fmt.Errorf("extract: %w", err)
	}
	h1s, h2s := headings(doc, atom.H1), headings(doc, atom.H2) // before Readability rewrites the tree
	var found readability.Article
	var root *html.Node
	if isPage(doc) {
		parser := readability.NewParser()
		parser.KeepClasses = true // captions and credits are told by their classes
		found, err = parser.ParseAndMutate(doc, nil)
		if root = found.Node; err == nil && root != nil {
			prune(root)
		}
	}
	if err != nil || root == nil || strings.TrimSpace(render.InnerText(root)) == "" {
		root = fallbackRoot(src)
	}
	if root == nil {
		return Page{}, ErrNoArticle
	}
	page := Page{Title: headline(h1s, h2s, oneLine(found.Title())), Byline: oneLine(found.Byline())}
	if t, err := found.PublishedTime(); err == nil {
		page.Published = t.Format("2006-01-02")
	}
	page.Omitted = omitFigures(root)
	body := paragraphs(render.InnerText(root))
	if len(body) > 0 && page.Title != "" && strings.EqualFold(body[0], page.Title) {
		body = body[1:] // the page repeats its headline on top of the body
	}
	if len(body) == 0 {
		return Page{}, ErrNoArticle
	}
	if page.Title != "" {
		body = append([]string{page.Title}, body...)
	}
	page.Text = strings.Join(body, "\n\n")
	return page, nil
}

// fallbackRoot parses src again and returns its body without the elements
// that never hold article text, or nil when nothing readable is left.
func fallbackRoot(src string) *html.Node {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil
	}
	var body *html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body && body == nil {
			body = n
		}
		return true
	})
	if body == nil {
		return nil
	}
	if prune(body); strings.TrimSpace(render.InnerText(body)) == "" {
		return nil
	}
	return body
}

// prune removes from root the elements that hold no article text (see
// isInvisible). Readability keeps them in the content of a page too short
// for its article test, where it falls back to the whole body.
func prune(root *html.Node) {
	var dead []*html.Node
	walk(root, func(n *html.Node) bool {
		if n != root && n.Type == html.ElementNode && isInvisible(n.DataAtom) {
			dead = append(dead, n)
			return false
		}
		return true
	})
	for _, n := range dead {
		n.Parent.RemoveChild(n)
	}
}

// isInvisible reports whether elements of kind a show readers no article
// text: code, media, the page's navigation and its forms.
func isInvisible(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Canvas, atom.Head, atom.Nav, atom.Form, atom.Button, atom.Select:
		return true
	}
	return false
}

// walk calls visit on n and, while visit returns true, on its descendants,
// in document order. visit must not remove nodes.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

// paragraphs splits rendered text into its paragraphs, each trimmed, its
// runs of spaces collapsed and its lines kept; empty ones are dropped.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = oneLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, "\n"))
		}
	}
	return out
}

// oneLine returns s with its runs of white space, no-break spaces included,
// as single spaces, trimmed.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) }), " ")
}

// String describes p for tests and dumps.
func (p Page) String() string {
	return "title " + strconv.Quote(p.Title) + ", byline " + strconv.Quote(p.Byline) +
		", published " + strconv.Quote(p.Published) + ", " + strconv.Itoa(len(p.Text)) + " bytes, " +
		strconv.Itoa(len(p.Omitted)) + " omitted"
}

// maxLinkShare is the share of a document's text, in bytes, inside links
// from which it is a page: menus and teaser lists are links, a selection
// of an article mostly is not.
const maxLinkShare = 0.25

// isPage reports whether doc is a whole page rather than a selection of
// text: it has a title (a saved page does, a clipboard's fragment not), it
// holds landmarks of a page's furniture (nav, header, footer or aside
// elements, or their ARIA roles), or much of its text is links.
func isPage(doc *html.Node) bool {
	landmark := false
	var text, linked int
	var visit func(n *html.Node, inLink bool)
	visit = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			k := len(strings.TrimSpace(n.Data))
			text += k
			if inLink {
				linked += k
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Title:
				landmark = true
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
			switch attr(n, "role") {
			case "navigation", "banner", "contentinfo", "complementary":
				landmark = true
			}
			inLink = inLink || n.DataAtom == atom.A
		}
		for c := n.FirstChild; c != nil && !landmark; c = c.NextSibling {
			visit(c, inLink)
		}
	}
	visit(doc, false)
	return landmark || text > 0 && float64(linked) > maxLinkShare*float64(text)
}
