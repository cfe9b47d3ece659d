package summarize

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// checkDigest returns the first broken invariant of d, a digest of
// articles with options opts, or nil:
//   - every sentence lies within its article, in order, and is traceable:
//     its letters and digits are those of its source range, in order, and
//     the range starts and ends with the sentence's first and last one;
//   - Picked is not empty, strictly increasing, within the length, ratio
//     and word budget asked for, and names no duplicate;
//   - every duplicate points at an earlier sentence that is kept;
//   - excluded ranges lie within their articles.
func checkDigest(articles []string, opts Options, d *Digest) error {
	prevArticle, prevEnd := 0, 0
	for i, s := range d.Sentences {
		if s.Article < 0 || s.Article >= len(articles) {
			return fmt.Errorf("sentence %d: article %d out of range", i, s.Article)
		}
		if s.Article != prevArticle {
			prevArticle, prevEnd = s.Article, 0
		}
		a := articles[s.Article]
		if s.Start < prevEnd || s.Start > s.End || s.End > len(a) {
			return fmt.Errorf("sentence %d: range [%d:%d] out of order or out of article (len %d, previous end %d)", i, s.Start, s.End, len(a), prevEnd)
		}
		prevEnd = s.End
		if !isTraceable(a[s.Start:s.End], s.Text) {
			return fmt.Errorf("sentence %d: %q is not traceable to its source %q", i, s.Text, a[s.Start:s.End])
		}
	}
	dup := map[int]bool{}
	for _, x := range d.Duplicates {
		dup[x.Index] = true
	}
	for _, x := range d.Duplicates {
		if x.Of < 0 || x.Of >= x.Index || dup[x.Of] {
			return fmt.Errorf("duplicate %d points at %d, want an earlier kept sentence", x.Index, x.Of)
		}
	}
	limit := opts.MaxSentences
	if limit == 0 && opts.Ratio == 0 && opts.MaxWords == 0 {
		limit = DefaultMaxSentences
	}
	if limit > 0 && len(d.Picked) > limit {
		return fmt.Errorf("picked %d sentences, asked for at most %d", len(d.Picked), limit)
	}
	distinct := len(d.Sentences) - len(d.Duplicates)
	if byRatio := max(1, int(math.Ceil(opts.Ratio*float64(distinct)))); opts.Ratio > 0 && len(d.Picked) > byRatio {
		return fmt.Errorf("picked %d of %d distinct sentences, more than the ratio %v allows", len(d.Picked), distinct, opts.Ratio)
	}
	if opts.MaxWords > 0 && len(d.Picked) > 1 && d.Stats.WordsOut > opts.MaxWords {
		return fmt.Errorf("picked %d sentences of %d words, over the budget of %d", len(d.Picked), d.Stats.WordsOut, opts.MaxWords)
	}
	if len(d.Picked) == 0 {
		return fmt.Errorf("picked no sentence of %d distinct ones", distinct)
	}
	for k, i := range d.Picked {
		if i < 0 || i >= len(d.Sentences) || (k > 0 && i <= d.Picked[k-1]) || dup[i] {
			return fmt.Errorf("picked %v: not increasing, out of range or a duplicate", d.Picked)
		}
	}
	for _, e := range d.Excluded {
		if e.Article < 0 || e.Article >= len(articles) || e.Start < 0 || e.Start > e.End || e.End > len(articles[e.Article]) {
			return fmt.Errorf("excluded %+v out of range", e)
		}
		if articles[e.Article][e.Start:e.End] != e.Text {
			return fmt.Errorf("excluded text %q, want the text at its range %q", e.Text, articles[e.Article][e.Start:e.End])
		}
	}
	return nil
}

// isTraceable reports whether text could have been read from src: the
// letters and digits of text are a subsequence of those of src (junk may
// have been cut from the middle), and both begin and end alike. Both are
// compared decomposed, marks left out: intake composes a letter with a mark
// that a dropped control character stood between ("u\x19\u031b" is "ư").
func isTraceable(src, text string) bool {
	decomposed := func(s string) []rune { return alnums(norm.NFD.String(strings.ToValidUTF8(s, "\uFFFD"))) }
	s, t := decomposed(src), decomposed(text)
	if len(t) == 0 || len(s) == 0 {
		return len(t) == 0
	}
	if s[0] != t[0] || s[len(s)-1] != t[len(t)-1] {
		return false
	}
	k := 0
	for _, r := range s {
		if k < len(t) && r == t[k] {
			k++
		}
	}
	return k == len(t)
}

func alnums(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}
