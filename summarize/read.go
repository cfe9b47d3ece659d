package summarize

import (
	"context"
	"errors"
	"fmt"

	"skim/summarize/internal/extract"
)

// source is an article to read: its input and its index in its request.
type source struct {
	Input
	index int
}

// readArticle is an article after intake and segmentation: what digest needs.
type readArticle struct {
	cleaned
	sentences []Sentence // Article left 0; digest sets it
}

// readAll cleans the sources and segments them all with one call to prose.
// An HTML source's article is extracted first; errs holds, for each source,
// why it could not be read (an ArticleError for ErrNoArticle), and err a failure of the whole
// call (cancellation, segmentation).
func readAll(ctx context.Context, sources []source) (all []readArticle, errs []error, err error) {
	all = make([]readArticle, len(sources))
	errs = make([]error, len(sources))
	texts := make([]cleaned, len(sources))
	read := false // whether any source reached segmentation
	for k, src := range sources {
		texts[k], errs[k] = cleanInput(src)
		if errs[k] != nil {
			errs[k] = &ArticleError{src.index, errs[k]}
		}
		read = read || errs[k] == nil
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if !read {
		return all, errs, nil // spare prose's model load
	}
	sentences, err := segment(texts)
	if err != nil {
		return nil, nil, err
	}
	for k := range all {
		all[k] = readArticle{texts[k], sentences[k]}
	}
	return all, errs, nil
}

// Extract finds the article in an HTML page as SummarizeInputs does for an
// HTML input, without digesting it. The Article it returns has Text, the
// article as plain text (its headline, when found, as the first
// paragraph, which TitleStart and TitleEnd then mark), and Title, Byline,
// Published and Omitted. A blank page gives ErrEmpty, one over
// MaxPageBytes ErrTooLong, and one with no article text ErrNoArticle.
func Extract(page string) (Article, error) {
	if err := checkInput([]Input{{Text: page, HTML: true}}, Options{}); err != nil {
		return Article{}, err
	}
	p, err := extractPage(page)
	if err != nil {
		return Article{}, err
	}
	a := pageArticle(p)
	if p.Title != "" {
		a.Title, a.TitleEnd = p.Title, len(p.Title)
	}
	return a, nil
}

// extractPage runs extraction, its failures reported as ErrNoArticle.
func extractPage(page string) (extract.Page, error) {
	p, err := extract.Article(page)
	switch {
	case errors.Is(err, extract.ErrNoArticle):
		return p, ErrNoArticle
	case err != nil:
		return p, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	return p, nil
}

// pageArticle returns what p tells of its article, without its title.
func pageArticle(p extract.Page) Article {
	a := Article{Byline: p.Byline, Published: p.Published, Text: p.Text}
	for _, o := range p.Omitted {
		a.Omitted = append(a.Omitted, Omission{Text: o.Text, Reason: o.Reason})
	}
	return a
}

// cleanInput runs intake on one source, extracting the article of an HTML
// page first: its text is then what the offsets count in, and the page's
// headline, byline and date come with it.
func cleanInput(src source) (cleaned, error) {
	if !src.HTML {
		return clean(src.Text, src.index, src.Title), nil
	}
	page, err := extractPage(src.Text)
	if err != nil {
		return cleaned{}, err
	}
	if len(page.Text) > MaxInputBytes {
		return cleaned{}, fmt.Errorf("%w: the article found in page %d has %d bytes, the limit is %d", ErrTooLong, src.index+1, len(page.Text), MaxInputBytes)
	}
	c := clean(page.Text, src.index, page.Title)
	meta := pageArticle(page)
	meta.Title, meta.TitleStart, meta.TitleEnd = c.title.Title, c.title.TitleStart, c.title.TitleEnd
	meta.LooksEnglish = c.title.LooksEnglish
	c.title = meta
	return c, nil
}
