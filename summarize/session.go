package summarize

import (
	"context"
	"errors"
	"sync"
)

// Session digests one request after another, as a page does while a
// person edits and changes options. It keeps what intake and segmentation
// made of the articles of its last request, so that a request repeating an
// article at the same place, with any options, reads only the others; a
// request that repeats them all does not call prose, whose model load is
// most of the cost of a short digest. Its digests are those of Summarize.
// The zero value is ready to use, and a Session is safe for concurrent use.
type Session struct {
	mu   sync.Mutex
	last map[source]readArticle // the articles of the last request
	// reads counts the articles read rather than taken from last, for tests.
	reads int
}

// Summarize digests the articles as the package-level Summarize does.
func (s *Session) Summarize(ctx context.Context, articles []string, opts Options) (*Digest, error) {
	return s.SummarizeInputs(ctx, PlainText(articles...), opts)
}

// SummarizeInputs digests articles given as plain text or HTML, as the
// package-level SummarizeInputs does.
func (s *Session) SummarizeInputs(ctx context.Context, articles []Input, opts Options) (*Digest, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := checkInput(articles, opts); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	all := make([]readArticle, len(articles))
	var missing []source
	var at []int // where each missing article goes in all
	for i, a := range articles {
		if r, ok := s.last[source{a, i}]; ok {
			all[i] = r
			continue
		}
		missing = append(missing, source{a, i})
		at = append(at, i)
	}
	fresh, errs, err := readAll(ctx, missing)
	if err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	s.reads += len(fresh)
	s.last = make(map[source]readArticle, len(articles))
	for k, r := range fresh {
		all[at[k]] = r
	}
	for i, a := range articles {
		s.last[source{a, i}] = all[i]
	}
	return digest(ctx, all, opts)
}
