package extract

import (
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
