package summarize

import (
	"context"
	"errors"
	"fmt"
)

// Defaults used when the matching Options field is zero.
const (
	// DefaultMaxSentences is the digest length when no length is asked for.
	DefaultMaxSentences = 5
	// DefaultDupThreshold is the normalised edit distance at or below which
	// two sentences count as duplicates.
	DefaultDupThreshold = 0.15
	// MaxDupThreshold is the largest DupThreshold accepted. Sentences further
	// apart are not near-duplicates, and from about 0.25 on, the exact
	// filters in front of the edit distance stop pruning pairs, so the cost
	// grows with the square of the input.
	MaxDupThreshold = 0.2
	// MaxInputBytes bounds the total size of the articles of one request,
	// for an article given as HTML the size of the text found in it.
	MaxInputBytes = 4 << 20
	// MaxPageBytes bounds the size of one article given as HTML: saved
	// pages carry scripts, styles and inline images around a short text.
	MaxPageBytes = 16 << 20
)

// Errors that callers may tell apart with errors.Is.
var (
	// ErrEmpty reports input with no text in it.
	ErrEmpty = errors.New("summarize: input is empty")
	// ErrTooLong reports input over MaxInputBytes.
	ErrTooLong = errors.New("summarize: input is too long")
	// ErrNoSentences reports input that holds no sentence once junk is removed.
	ErrNoSentences = errors.New("summarize: no sentences found")
	// ErrOptions reports Options outside their documented ranges.
	ErrOptions = errors.New("summarize: invalid options")
	// ErrNoArticle reports an HTML page with no article text in it.
	ErrNoArticle = errors.New("summarize: no article found in the page")
	// ErrNotText reports bytes that are not text (see DecodeText).
	ErrNotText = errors.New("summarize: input is not text (it looks like a binary file)")
)

// ArticleError is the failure of one article of a request: a page too long,
// or with no article in it. errors.Is sees the error it wraps (ErrTooLong,
// ErrNoArticle); Article says which input it was, for a message that names
// it.
type ArticleError struct {
	Article int // 0-based index of the input in its request
	Err     error
}

func (e *ArticleError) Error() string { return fmt.Sprintf("article %d: %v", e.Article+1, e.Err) }

func (e *ArticleError) Unwrap() error { return e.Err }

// Options sets the digest length and the duplicate threshold. The zero value
// asks for DefaultMaxSentences sentences.
type Options struct {
	// MaxSentences caps the digest length in sentences; 0 means
	// DefaultMaxSentences unless Ratio or MaxWords is set.
	MaxSentences int
	// Ratio, when above 0, asks for that fraction of the article's distinct
	// sentences (at least one); with MaxSentences set too, the smaller wins.
	Ratio float64
	// MaxWords, when above 0, stops the digest before it exceeds this many
	// words; the best sentence is always kept, however long.
	MaxWords int
	// DupThreshold is the normalised edit distance (0 to MaxDupThreshold)
	// at or below which a sentence is a duplicate of an earlier one; 0 means
	// DefaultDupThreshold.
	DupThreshold float64
	// KeyTerms asks for Digest.KeyTerms, which take about a fifth of a
	// digest's time: callers that show them (the page, -json) set it.
	KeyTerms bool
}

// Sentence is one sentence of the input.
type Sentence struct {
	// Text is the sentence as shown: Unicode-normalised, spaces collapsed,
	// and with any junk cut from its middle removed.
	Text string `json:"text"`
	// Article is the 0-based index of the article the sentence came from.
	Article int `json:"article"`
	// Start and End are byte offsets into that article's text (see
	// Article.Text): the stretch the sentence was read from.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Duplicate records that sentence Index repeats the earlier, kept sentence Of.
// Both are indices into Digest.Sentences.
type Duplicate struct {
	Index int `json:"index"`
	Of    int `json:"of"`
}

// Excluded is a stretch of an article left out as scraped junk.
type Excluded struct {
	Article int    `json:"article"` // 0-based article index
	Start   int    `json:"start"`   // byte offset into the article's text (see Article.Text)
	End     int    `json:"end"`     // byte offset, exclusive
	Text    string `json:"text"`    // the stretch as given
	Rule    string `json:"rule"`    // stable ID of the junk rule that cut it ("credit/contributed")
	Reason  string `json:"reason"`  // why it was left out, for people
}

// Article describes one input article.
type Article struct {
	// Title is the article's headline line, or "" if none was recognised.
	Title string `json:"title"`
	// TitleStart and TitleEnd are the headline's byte offsets; both 0 if none.
	TitleStart int `json:"titleStart"`
	TitleEnd   int `json:"titleEnd"`
	// Byline names the authors as an HTML page gave them; "" if none.
	Byline string `json:"byline,omitempty"`
	// Published is the date an HTML page gave, as YYYY-MM-DD; "" if none.
	Published string `json:"published,omitempty"`
	// Text is what every offset into this article counts in. For an input
	// given as HTML it is the article extracted from the page: the
	// headline, then one paragraph per block, separated by blank lines.
	// For plain text it is "", and offsets count in the input as given.
	Text string `json:"text,omitempty"`
	// Omitted lists what extraction from an HTML page left out of Text
	// (figure captions, photo credits), in page order.
	Omitted []Omission `json:"omitted,omitempty"`
	// LooksEnglish reports whether the article reads as English (see
	// package language). skim's ranking is English: for other languages
	// the digest is still made, but callers should say it may be poor.
	LooksEnglish bool `json:"looksEnglish"`
}

// Omission is a stretch of an HTML page's article left out of its text.
type Omission struct {
	Text   string `json:"text"`   // its text, spaces collapsed
	Reason string `json:"reason"` // why, for people ("figure caption")
}

// KeyTerm is a key word or phrase of the input, scored by TextRank.
type KeyTerm struct {
	Text  string  `json:"text"`  // as written in the text, most frequent form
	Score float64 `json:"score"` // summed TextRank score of its words
}

// Stats counts what went in and what came out.
type Stats struct {
	SentencesIn  int `json:"sentencesIn"`  // sentences read, duplicates included
	SentencesOut int `json:"sentencesOut"` // sentences in the digest
	WordsIn      int `json:"wordsIn"`      // words in the sentences read
	WordsOut     int `json:"wordsOut"`     // words in the digest
	// OverBudget reports a digest longer than Options.MaxWords: its one
	// sentence is, as every sentence of the article was.
	OverBudget bool `json:"overBudget,omitempty"`
}

// Digest is the result of Summarize.
type Digest struct {
	Articles []Article `json:"articles"` // one per input article
	// Sentences holds every sentence read, duplicates included, ordered by
	// article and then position. Identity is the index, never the text.
	Sentences []Sentence `json:"sentences"`
	// Scores holds each sentence's TextRank score; 0 for duplicates.
	Scores []float64 `json:"scores"`
	// Picked lists the digest as indices into Sentences, in reading order.
	Picked     []int       `json:"picked"`
	Duplicates []Duplicate `json:"duplicates"` // in order of Index
	Excluded   []Excluded  `json:"excluded"`   // by article, then offset
	KeyTerms   []KeyTerm   `json:"keyTerms"`   // best first; only with Options.KeyTerms
	Stats      Stats       `json:"stats"`
	// Adds holds, for each article, up to MaxAdds of its best sentences that
	// the digest leaves out and that repeat nothing in it, best first, as
	// indices into Sentences: what each article would add to the digest.
	Adds [][]int `json:"adds"`
}

// MaxAdds is the most sentences Digest.Adds lists for one article.
const MaxAdds = 2

// Lead returns the first n sentences that are not duplicates, as indices
// into d.Sentences: the Lead-N baseline of news summarization, read through
// the same intake and segmentation as the digest.
func (d *Digest) Lead(n int) []int {
	dup := make(map[int]bool, len(d.Duplicates))
	for _, x := range d.Duplicates {
		dup[x.Index] = true
	}
	var lead []int
	for i := 0; i < len(d.Sentences) && len(lead) < n; i++ {
		if !dup[i] {
			lead = append(lead, i)
		}
	}
	return lead
}

// LeadWords returns the Lead baseline at a word budget, filled as the
// digest fills one: the sentences that are not duplicates, in reading order,
// each taken if it still fits within words (when none fits, the first
// alone, longer), as indices into d.Sentences.
func (d *Digest) LeadWords(words int) []int {
	var lead []int
	total := 0
	all := d.Lead(len(d.Sentences))
	for _, i := range all {
		if n := countWords(d.Sentences[i].Text); total+n <= words {
			lead = append(lead, i)
			total += n
		}
	}
	if len(lead) == 0 && len(all) > 0 {
		lead = all[:1]
	}
	return lead
}

// Dangling returns how many of the sentences at idx (indices into
// d.Sentences, in reading order) lean on the sentence before them in their
// article (past a photo's caption or an embedded post, which interrupt the
// story; see asides), opening with a word that refers back or links ("He", "This",
// "But") or going on with a quotation opened before them, while that
// sentence is not among idx: read in the digest, they lean on a sentence
// the reader does not have.
func (d *Digest) Dangling(idx []int) int {
	in := make(map[int]bool, len(idx))
	for _, i := range idx {
		in[i] = true
	}
	leans, isAside := leaning(d.Sentences), asides(d.Sentences, d.Excluded)
	n := 0
	for _, i := range idx {
		if leans[i] { // an article's first sentence leans on nothing
			if j := leanedOn(d.Sentences, isAside, i); j < 0 || !in[j] {
				n++
			}
		}
	}
	return n
}

// Summarize reads the articles, drops scraped junk and near-duplicate
// sentences, ranks the rest with TextRank and returns the digest in reading
// order: by article, then position. The same input and options always give
// the same digest.
//
// Empty input, or input of only spaces and invisible characters, gives
// ErrEmpty; input over MaxInputBytes
// gives ErrTooLong; input with no sentence once junk is gone gives
// ErrNoSentences. With no more sentences than asked for, the digest holds
// all of them except duplicates. When every sentence repeats
// the first, the digest is that sentence. When no two sentences share a
// content word, the digest is the first sentences in reading order, except
// that a short opening sentence may give way to the one after it.
// Cancelling ctx stops the work and returns ctx.Err().
func Summarize(ctx context.Context, articles []string, opts Options) (*Digest, error) {
	return SummarizeInputs(ctx, PlainText(articles...), opts)
}

// SummarizeInputs digests articles given as plain text or HTML, as
// Summarize does. The article in an HTML input is found first (Mozilla's
// Readability); its digest is that of the text found, which the result
// gives in Article.Text. A page with no article text gives ErrNoArticle.
func SummarizeInputs(ctx context.Context, articles []Input, opts Options) (*Digest, error) {
	r := SummarizeEach(ctx, [][]Input{articles}, opts)[0]
	return r.Digest, r.Err
}

// Result is the outcome of one request of SummarizeEach.
type Result struct {
	Digest *Digest // the digest, or nil if Err is set
	Err    error   // why the request failed, or nil
}

// SummarizeEach digests each request (the articles of one story) as
// Summarize would, with the same options. It segments all requests in one
// call to prose, whose model load dominates the cost of a short article, so
// a corpus digests several times faster than one Summarize call per story.
// Results are in the order of requests; a bad request fails alone.
func SummarizeEach(ctx context.Context, requests [][]Input, opts Options) []Result {
	results := make([]Result, len(requests))
	if err := ctx.Err(); err != nil {
		return failAll(results, err)
	}
	var sources []source
	first := make([]int, len(requests)) // index into sources of each request's first article
	for r, articles := range requests {
		first[r] = len(sources)
		if results[r].Err = checkInput(articles, opts); results[r].Err != nil {
			continue
		}
		for i, a := range articles {
			sources = append(sources, source{a, i})
		}
	}
	all, errs, err := readAll(ctx, sources)
	if err != nil {
		return failAll(results, err)
	}
	for r, articles := range requests {
		if results[r].Err != nil {
			continue
		}
		if results[r].Err = errors.Join(errs[first[r] : first[r]+len(articles)]...); results[r].Err != nil {
			continue
		}
		results[r].Digest, results[r].Err = digest(ctx, all[first[r]:first[r]+len(articles)], opts)
	}
	return results
}

// failAll sets err as the result of every request that has no error yet.
func failAll(results []Result, err error) []Result {
	for i := range results {
		if results[i].Err == nil {
			results[i].Err = err
		}
	}
	return results
}

// digest runs the stages after segmentation on one request's articles.
func digest(ctx context.Context, articles []readArticle, opts Options) (*Digest, error) {
	d := &Digest{Articles: make([]Article, len(articles))}
	for i, a := range articles {
		d.Articles[i] = a.title
		d.Excluded = append(d.Excluded, a.excluded...)
		for _, s := range a.sentences {
			s.Article = i
			d.Sentences = append(d.Sentences, s)
		}
	}
	if len(d.Sentences) == 0 {
		return nil, ErrNoSentences
	}
	threshold := opts.DupThreshold
	if threshold == 0 {
		threshold = DefaultDupThreshold
	}
	texts := make([]string, len(d.Sentences))
	words := make([]int, len(d.Sentences)) // as people count them
	for i, s := range d.Sentences {
		texts[i], words[i] = s.Text, countWords(s.Text)
		d.Stats.WordsIn += words[i]
	}
	of, err := dedupe(ctx, texts, threshold)
	if err != nil {
		return nil, err
	}
	var kept []int // indices into d.Sentences
	var keptTexts []string
	keptWords := 0
	for i, j := range of {
		if j >= 0 {
			d.Duplicates = append(d.Duplicates, Duplicate{Index: i, Of: j})
			continue
		}
		kept = append(kept, i)
		keptTexts = append(keptTexts, texts[i])
		keptWords += words[i]
	}
	vocabulary := newTerms(keptWords)
	cands := candidates(d.Sentences, words, kept, bagsOf(keptTexts, vocabulary), asides(d.Sentences, d.Excluded))
	scores := rank(cands, vocabulary)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d.Scores = make([]float64, len(d.Sentences))
	for k, i := range kept {
		d.Scores[i] = scores[k]
	}
	chosen := pick(scores, cands, opts)
	for _, k := range chosen {
		d.Picked = append(d.Picked, kept[k])
		d.Stats.WordsOut += cands[k].words
	}
	d.Adds = make([][]int, len(articles))
	for a, ks := range additions(scores, cands, chosen, len(articles)) {
		for _, k := range ks {
			d.Adds[a] = append(d.Adds[a], kept[k])
		}
	}
	if opts.KeyTerms {
		d.KeyTerms = keyTerms(wordsOf(keptTexts), vocabulary)
	}
	d.Stats.SentencesIn = len(d.Sentences)
	d.Stats.SentencesOut = len(d.Picked)
	d.Stats.OverBudget = opts.MaxWords > 0 && d.Stats.WordsOut > opts.MaxWords
	return d, nil
}

// checkInput reports bad input and options as errors.
func checkInput(articles []Input, opts Options) error {
	total := 0 // plain text; pages count apart
	for i, a := range articles {
		if a.HTML && len(a.Text) > MaxPageBytes {
			return &ArticleError{i, fmt.Errorf("%w: a page of %d bytes, the limit is %d", ErrTooLong, len(a.Text), MaxPageBytes)}
		}
		if !a.HTML {
			total += len(a.Text)
		}
	}
	if total > MaxInputBytes { // before blankness, which reads every byte
		return fmt.Errorf("%w: %d bytes of text in all, the limit is %d", ErrTooLong, total, MaxInputBytes)
	}
	empty := true
	for _, a := range articles {
		empty = empty && isBlank(a.Text)
	}
	switch {
	case empty:
		return ErrEmpty
	case opts.MaxSentences < 0, opts.MaxWords < 0:
		return fmt.Errorf("%w: digest length must not be negative", ErrOptions)
	case !(opts.Ratio >= 0 && opts.Ratio <= 1): // NaN fails too
		return fmt.Errorf("%w: ratio must be between 0 and 1", ErrOptions)
	case !(opts.DupThreshold >= 0 && opts.DupThreshold <= MaxDupThreshold):
		return fmt.Errorf("%w: duplicate threshold must be between 0 and %v", ErrOptions, MaxDupThreshold)
	}
	return nil
}
