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
// why it could not be read (ErrNoArticle), and err a failure of the whole
// call (cancellation, segmentation).
func readAll(ctx context.Context, sources []source) (all []readArticle, errs []error, err error) {
	all = make([]readArticle, len(sources))
	errs = make([]error, len(sources))
	texts := make([]cleaned, len(sources))
	read := false // whether any source reached segmentation
	for k, src := range sources {
		texts[k], errs[k] = cleanInput(src)
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

// cleanInput runs intake on one source, extracting the article of an HTML
// page first: its text is then what the offsets count in, and the page's
// headline, byline and date come with it.
func cleanInput(src source) (cleaned, error) {
	if !src.HTML {
		return clean(src.Text, src.index), nil
	}
	page, err := extract.Article(src.Text)
	if errors.Is(err, extract.ErrNoArticle) {
		return cleaned{}, ErrNoArticle
	}
	if err != nil {
		return cleaned{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	c := clean(page.Text, src.index)
	c.title.Byline, c.title.Published, c.title.Text = page.Byline, page.Published, page.Text
	for _, o := range page.Omitted {
		c.title.Omitted = append(c.title.Omitted, Omission{Text: o.Text, Reason: o.Reason})
	}
	return c, nil
}
