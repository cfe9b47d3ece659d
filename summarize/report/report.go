// Package report turns a summarize.Digest into the flat document that the
// digest command prints as JSON and the page renders: each digest sentence and
// each removed duplicate carries its own article and byte offsets, so a reader
// needs no index lookups.
package report

import "skim/summarize"

// Document is the flat view of a digest.
type Document struct {
	Digest     []Line               `json:"digest"`     // in reading order
	Duplicates []Duplicate          `json:"duplicates"` // in reading order
	Excluded   []summarize.Excluded `json:"excluded"`   // by article, then offset
	Articles   []summarize.Article  `json:"articles"`   // one per input article
	KeyTerms   []summarize.KeyTerm  `json:"keyTerms"`   // best first
	Stats      summarize.Stats      `json:"stats"`
	// Adds holds, for each article, the best sentences it adds beyond the
	// digest (see summarize.Digest.Adds).
	Adds [][]Line `json:"adds"`
}

// Place is a stretch of one article: byte offsets into the article as given.
type Place struct {
	Article int `json:"article"` // 0-based article index
	Start   int `json:"start"`   // byte offset
	End     int `json:"end"`     // byte offset, exclusive
}

// Line is one digest sentence.
type Line struct {
	Text string `json:"text"`
	Place
	Score float64 `json:"score"` // TextRank score; higher is more central
}

// Duplicate is a removed sentence and the kept sentence it repeats.
type Duplicate struct {
	Text string `json:"text"`
	Place
	Of Place `json:"of"`
}

// New builds the flat view of d. Slices are never nil, so they encode as [].
func New(d *summarize.Digest) Document {
	doc := Document{
		Digest:     make([]Line, 0, len(d.Picked)),
		Duplicates: make([]Duplicate, 0, len(d.Duplicates)),
		Excluded:   nonNil(d.Excluded),
		Articles:   nonNil(d.Articles),
		KeyTerms:   nonNil(d.KeyTerms),
		Stats:      d.Stats,
		Adds:       make([][]Line, len(d.Articles)),
	}
	for a := range doc.Adds {
		doc.Adds[a] = []Line{}
		if a < len(d.Adds) {
			for _, i := range d.Adds[a] {
				s := d.Sentences[i]
				doc.Adds[a] = append(doc.Adds[a], Line{Text: s.Text, Place: placeOf(s), Score: d.Scores[i]})
			}
		}
	}
	for _, i := range d.Picked {
		s := d.Sentences[i]
		doc.Digest = append(doc.Digest, Line{Text: s.Text, Place: placeOf(s), Score: d.Scores[i]})
	}
	for _, dup := range d.Duplicates {
		s := d.Sentences[dup.Index]
		doc.Duplicates = append(doc.Duplicates, Duplicate{
			Text:  s.Text,
			Place: placeOf(s),
			Of:    placeOf(d.Sentences[dup.Of]),
		})
	}
	return doc
}

func placeOf(s summarize.Sentence) Place {
	return Place{Article: s.Article, Start: s.Start, End: s.End}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
