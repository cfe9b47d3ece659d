package main

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// gramSize is the length in words of the n-grams the README's test counts.
const gramSize = 5

// minShare is the share of a sentence's 5-grams that must occur in the
// article for the sentence to count as article text (the README's 90%).
const minShare = 0.9

// quotes are dropped before words are read, so that straight and curly
// quotes, and an apostrophe written as a modifier letter, all read alike.
var quotes = strings.NewReplacer(
	"'", "", "’", "", "‘", "", "ʼ", "", "`", "",
	`"`, "", "“", "", "”", "",
)

// words returns the words of s as the README's test reads them: s in NFKC,
// lower-cased, quotes and invisible format characters (a soft hyphen, a
// zero-width space) dropped, split into runs of letters and digits (with
// their combining marks).
func words(s string) []string {
	s = quotes.Replace(strings.ToLower(norm.NFKC.String(s)))
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.M, r)
	})
}

// key is the normalised form of a run of words: them joined by one space.
func key(ws []string) string { return strings.Join(ws, " ") }

// addGrams adds the 5-grams of ws to set.
func addGrams(set map[string]bool, ws []string) {
	for i := 0; i+gramSize <= len(ws); i++ {
		set[key(ws[i:i+gramSize])] = true
	}
}

// gramShare returns the share of the 5-grams of ws (counted with
// repeats) that set holds; 0 for fewer than five words.
func gramShare(ws []string, set map[string]bool) float64 {
	n, hit := 0, 0
	for i := 0; i+gramSize <= len(ws); i++ {
		n++
		if set[key(ws[i:i+gramSize])] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// truth holds a page's hand-checked article text in the form the README's
// test looks things up in.
type truth struct {
	grams map[string]bool // 5-grams of the whole text, read as one run of words
	short map[string]bool // keys of its non-empty lines and of its sentences
}

// newTruth reads the article text and its sentences as skim segments it.
func newTruth(article string, sentences []string) *truth {
	t := &truth{grams: map[string]bool{}, short: map[string]bool{}}
	var all []string
	for line := range strings.SplitSeq(article, "\n") {
		ws := words(line)
		if len(ws) > 0 {
			t.short[key(ws)] = true
		}
		all = append(all, ws...)
	}
	for _, s := range sentences {
		if ws := words(s); len(ws) > 0 {
			t.short[key(ws)] = true
		}
	}
	addGrams(t.grams, all)
	return t
}

// isArticle reports whether sentence belongs to the article: at least 90%
// of its 5-grams occur in the article text, or, for a sentence of under
// five words, it equals a whole line of it (the README's test) or one of
// its sentences. The README's test was written for lines; without the
// second case every short sentence inside a paragraph ("It failed.") would
// count as junk. A sentence without words does not belong.
func (t *truth) isArticle(sentence string) bool {
	ws := words(sentence)
	if len(ws) < gramSize {
		return len(ws) > 0 && t.short[key(ws)]
	}
	return gramShare(ws, t.grams) >= minShare
}

// kind is what a digest sentence turns out to be.
type kind int

const (
	junk     kind = iota // neither the article nor its headline
	headline             // the page's headline, which belongs in the title
	article              // the article's text
)

// String returns the kind's name, as the table and -json give it.
func (k kind) String() string {
	return [...]string{"junk", "headline", "article"}[k]
}

// siteSuffix matches what a page's <title> adds after its headline: the
// site's name after a bar or a dash (" | eHow", " - Breitbart").
var siteSuffix = regexp.MustCompile(`\s+[|\-–—]\s+[^|\-–—]+$`)

// isHeadline reports whether sentence equals one of the titles, or one of
// them less a site's name after a bar or a dash, once both are read as
// words; empty titles match nothing.
func isHeadline(sentence string, titles ...string) bool {
	s := key(words(sentence))
	if s == "" {
		return false
	}
	for _, title := range titles {
		if key(words(title)) == s || key(words(siteSuffix.ReplaceAllString(title, ""))) == s {
			return true
		}
	}
	return false
}

// classify tells what sentence is: the headline (one of titles) first,
// then article text by t, else junk.
func classify(t *truth, sentence string, titles []string) kind {
	switch {
	case isHeadline(sentence, titles...):
		return headline
	case t.isArticle(sentence):
		return article
	}
	return junk
}

// sameDigest reports whether a and b hold the same sentences in the same
// order, with runs of white space read as one space and ends trimmed.
func sameDigest(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if oneSpace(a[i]) != oneSpace(b[i]) {
			return false
		}
	}
	return true
}

// oneSpace returns s with runs of white space made one space and its ends
// trimmed.
func oneSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// reach holds a route's sentences in the forms recall looks them up in.
type reach struct {
	keys   map[string]bool // each sentence's key
	padded []string        // each sentence's key between spaces, for containment
	grams  map[string]bool // 5-grams of all the sentences read as one run of words
}

// newReach reads the sentences one route brought to segmentation.
func newReach(sentences []string) *reach {
	r := &reach{keys: map[string]bool{}, grams: map[string]bool{}}
	var all []string
	for _, s := range sentences {
		ws := words(s)
		r.keys[key(ws)] = true
		r.padded = append(r.padded, " "+key(ws)+" ")
		all = append(all, ws...)
	}
	addGrams(r.grams, all)
	return r
}

// has reports whether the article sentence reached the route: a route
// sentence equals it or holds it as whole words, or at least 90% of its
// 5-grams occur in the route's sentences (so an article sentence the route
// split in two still counts).
func (r *reach) has(sentence string) bool {
	ws := words(sentence)
	k := key(ws)
	if r.keys[k] {
		return true
	}
	if len(ws) >= gramSize && gramShare(ws, r.grams) >= minShare {
		return true
	}
	for _, p := range r.padded {
		if strings.Contains(p, " "+k+" ") {
			return true
		}
	}
	return false
}

// recall returns the share of the article's sentences that reach the route's
// sentences (see reach.has). An article sentence that did not reach them but
// is found in omitted (what extraction reported leaving out: captions,
// credits) is not counted, nor is a sentence without words; with none left,
// recall is 1.
func recall(articleSentences, routeSentences, omitted []string) float64 {
	r, left := newReach(routeSentences), newReach(omitted)
	n, hit := 0, 0
	for _, s := range articleSentences {
		if len(words(s)) == 0 {
			continue
		}
		switch {
		case r.has(s):
			hit++
		case len(omitted) > 0 && left.has(s):
			continue
		}
		n++
	}
	if n == 0 {
		return 1
	}
	return float64(hit) / float64(n)
}

// withoutOmitted returns article without its lines that extraction
// reported leaving out: each line whose words all lie, in order, within one
// of omitted (a caption, a credit). Words are compared run together, since
// a page may glue a caption to its credit ("dusk.CreditLee Moss") where
// article.txt breaks the line. The article's other lines are kept as they
// are.
func withoutOmitted(article string, omitted []string) string {
	if len(omitted) == 0 {
		return article
	}
	keys := make([]string, len(omitted))
	for i, o := range omitted {
		keys[i] = strings.Join(words(o), "")
	}
	var kept []string
	for _, line := range strings.Split(article, "\n") {
		w := strings.Join(words(line), "")
		if w != "" && slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(k, w) }) {
			continue
		}
		kept = append(kept, line)
	}
	return strings.Join(kept, "\n")
}
