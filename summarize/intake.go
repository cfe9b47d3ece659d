package summarize

import (
	"skim/summarize/internal/intake"
	"skim/summarize/internal/language"
	"skim/summarize/internal/textmap"
)

// cleaned is one article after intake (see intake.Article for the contract
// segment relies on): text is its body, orig the body with its map back to
// the article.
type cleaned struct {
	text     string
	orig     textmap.Text
	title    Article
	excluded []Excluded // in article order
}

// span returns the byte range of the article as given that holds text[a:b]
// (see textmap.Text.Span).
func (c *cleaned) span(a, b int) (start, end int) {
	return c.orig.Span(a, b)
}

// clean runs intake on one article; index is the article's 0-based index,
// recorded in every Excluded, and headline its headline if known (see
// Input.Title).
func clean(article string, index int, headline string) cleaned {
	a := intake.Clean(article, headline)
	c := cleaned{
		text: a.Body.String(),
		orig: a.Body,
		title: Article{Title: a.Title, TitleStart: a.TitleStart, TitleEnd: a.TitleEnd,
			LooksEnglish: language.LooksEnglish(a.Body.String())},
	}
	for _, e := range a.Excluded {
		c.excluded = append(c.excluded, Excluded{Article: index, Start: e.Start, End: e.End,
			Text: article[e.Start:e.End], Rule: e.Rule, Reason: e.Reason})
	}
	return c
}

// isBlank reports whether s shows nothing once scrubbed (see
// textmap.IsBlank): an article that is blank gives ErrEmpty.
func isBlank(s string) bool { return textmap.IsBlank(s) }
