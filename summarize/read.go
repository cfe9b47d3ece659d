package summarize

import "context"

// source is an article to read: its text as given and its index in its
// request.
type source struct {
	text  string
	index int
}

// readArticle is an article after intake and segmentation: what digest needs.
type readArticle struct {
	cleaned
	sentences []Sentence // Article left 0; digest sets it
}

// readAll cleans the sources and segments them all with one call to prose.
func readAll(ctx context.Context, sources []source) ([]readArticle, error) {
	if len(sources) == 0 {
		return nil, nil // spare prose's model load
	}
	all := make([]readArticle, len(sources))
	texts := make([]cleaned, len(sources))
	for k, src := range sources {
		texts[k] = clean(src.text, src.index)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sentences, err := segment(texts)
	if err != nil {
		return nil, err
	}
	for k := range all {
		all[k] = readArticle{texts[k], sentences[k]}
	}
	return all, nil
}
