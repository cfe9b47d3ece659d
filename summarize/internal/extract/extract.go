// Package extract finds the article in an HTML page: a saved page, a
// dropped .html file or the HTML a browser puts on the clipboard when a
// person copies a whole page. It runs Mozilla's Readability algorithm
// (through codeberg.org/readeck/go-readability, a port of Readability.js
// 0.6) and renders what it finds as plain text: the headline, then the
// article's paragraphs, one block per paragraph. Figure captions and photo
// credits inside the article are left out of the text and listed apart.
//
// It knows nothing of sentences: its callers read the text as they read a
// pasted article.
package extract

import (
	"errors"
	"fmt"
	"regexp"
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

// IsHTML reports whether s reads as an HTML document: after spaces and a
// byte order mark, it opens with "<!doctype html" or "<html" in any case.
// A fragment (what a clipboard holds) is HTML only when its caller says so.
func IsHTML(s string) bool {
	s = strings.TrimLeftFunc(strings.TrimPrefix(s, "\uFEFF"), unicode.IsSpace)
	head := strings.ToLower(s[:min(len(s), len("<!doctype html"))])
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// Article finds the article in the page src. When Readability finds no
// article (a short fragment, a page of links), the text of the whole page
// is returned instead, without scripts, styles and the like. A page with no
// text at all gives ErrNoArticle.
func Article(src string) (Page, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return Page{}, fmt.Errorf("extract: %w", err)
	}
	h1s, h2s := headings(doc, atom.H1), headings(doc, atom.H2) // before Readability rewrites the tree
	parser := readability.NewParser()
	parser.KeepClasses = true // captions and credits are told by their classes
	found, err := parser.ParseAndMutate(doc, nil)
	root := found.Node
	if err == nil && root != nil {
		prune(root)
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

// minTitle is the length in bytes under which Readability's title yields
// to an h1: Readability.js itself takes the page's h1 over a <title> under
// 15 characters ("Home", "x").
const minTitle = 15

// minHeadlineWords is the fewest words an h1 needs to pass for the
// headline; a shorter one is a site's or a section's name ("Good Morning
// America"), and an h2 may then be the headline.
const minHeadlineWords = 4

// headline picks the page's headline: the longest of its h1 headings (a
// site's name or a section's is short, a headline is not) or, when no h1
// has minHeadlineWords words, the first h2 that has, or Readability's title
// when it is not too short. Where Readability's title is an h1 with the
// site's name appended ("Title | Site"), the h1 wins too.
func headline(h1s, h2s []string, found string) string {
	best := ""
	for _, h := range h1s {
		if len(strings.Fields(h)) > len(strings.Fields(best)) {
			best = h
		}
	}
	if len(strings.Fields(best)) < minHeadlineWords {
		for _, h := range h2s {
			if len(strings.Fields(h)) >= minHeadlineWords {
				best = h
				break
			}
		}
	}
	switch {
	case found == "", best != "" && len(found) < minTitle:
		return best
	case best != "" && len(best) < len(found) && strings.HasPrefix(strings.ToLower(found), strings.ToLower(best)):
		return best
	}
	return found
}

// headings returns the text of every heading of kind a (h1, h2) of the
// page, in page order.
func headings(doc *html.Node, a atom.Atom) []string {
	var out []string
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == a {
			if t := oneLine(render.InnerText(n)); t != "" {
				out = append(out, t)
			}
			return false
		}
		return true
	})
	return out
}

// captionClass finds class names and ids of elements that hold a caption
// or a credit rather than article text ("caption", "wp-caption-text",
// "image-credit", "photo-credit", "credit").
var captionClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:caption|credits?|photo-?credit|image-?credit|byline-?credit)(?:$|[\s_-])`)

// omitFigures removes from root the figure captions and credits it holds
// (figcaption elements, and elements classed as captions or credits) and
// returns what it removed, in page order. Figures themselves go too: what
// is left of one once its caption is gone is an image, and their labels
// ("Photo", "Enlarge this image") are no article text.
func omitFigures(root *html.Node) []Omission {
	var out []Omission
	var dead []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch {
		case n.DataAtom == atom.Figure:
			walk(n, func(c *html.Node) bool {
				if c.Type == html.ElementNode && (c.DataAtom == atom.Figcaption || isCaptionClassed(c)) {
					out = appendOmission(out, c)
					return false
				}
				return true
			})
		case n.DataAtom == atom.Figcaption || isCaptionClassed(n):
			out = appendOmission(out, n)
		default:
			return true
		}
		dead = append(dead, n)
		return false
	})
	for _, n := range dead {
		n.Parent.RemoveChild(n)
	}
	return out
}

// appendOmission adds n's text to out, as a caption or, when its classes say
// so or it names only who took the picture, a credit.
func appendOmission(out []Omission, n *html.Node) []Omission {
	text := oneLine(render.InnerText(n))
	if text == "" {
		return out
	}
	reason := ReasonCaption
	if cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id")); strings.Contains(cls, "credit") {
		reason = ReasonCredit
	}
	return append(out, Omission{Text: text, Reason: reason})
}

// isCaptionClassed reports whether n's class or id names a caption or a
// credit. Only short elements count: a container classed "caption-wrapper"
// around the whole story is not a caption.
func isCaptionClassed(n *html.Node) bool {
	const maxCaption = 600 // bytes of text
	if !captionClass.MatchString(attr(n, "class")) && !captionClass.MatchString(attr(n, "id")) {
		return false
	}
	return len(render.InnerText(n)) <= maxCaption
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
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
