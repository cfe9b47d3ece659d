package extract

import (
	"regexp"
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionClass matches a class name or id that names a caption or a
// credit rather than article text: a name that ends in "caption" or
// "credit(s)", maybe followed by "-text" ("caption", "wp-caption-text",
// "image-credit", "photo_credits"), but not "credit-union" or "captioned".
// A name that says there is none ("no_caption", "no-credit") names no
// caption: see isCaptionName, which isCaptionClassed asks.
var captionClass = regexp.MustCompile(`(?i)^(?:[a-z0-9]+[-_])*(?:caption|credits?)(?:[-_]text)?$`)

// noCaption matches a class name or id that says an element has no
// caption or credit: "no_caption", "buzz_attr_no_caption", "without-credit".
var noCaption = regexp.MustCompile(`(?i)(?:^|[-_])(?:no|without)[-_](?:caption|credits?)(?:[-_]text)?$`)

// isCaptionName reports whether a class name or id names a caption or a
// credit (see captionClass), and not its absence (see noCaption): buzzfeed
// marks a list item of a heading and a photo without a caption
// "no_caption".
func isCaptionName(name string) bool {
	return captionClass.MatchString(name) && !noCaption.MatchString(name)
}

// omitFigures removes from root the figure captions and credits it holds
// (figcaption elements, and elements classed as captions or credits) and
// returns what it removed, in page order. Figures themselves go too: what
// is left of one once its caption is gone is an image, and their labels
// ("Photo", "Enlarge this image") are no article text.
func omitFigures(root *html.Node) []Omission {
	var out []Omission
	var dead []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == root {
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

// isCaptionClassed reports whether one of n's class names, or its id,
// names a caption or a credit (see captionClass). Only short elements
// count: a container around the whole story is not a caption, whatever its
// class.
func isCaptionClassed(n *html.Node) bool {
	const maxCaption = 600 // bytes of text
	named := isCaptionName(attr(n, "id"))
	for _, c := range strings.Fields(attr(n, "class")) {
		named = named || isCaptionName(c)
	}
	return named && len(render.InnerText(n)) <= maxCaption
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
