package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	textrank "github.com/DavidBelicza/TextRank/v2"
	"github.com/DavidBelicza/TextRank/v2/rank"
	"github.com/JesusIslam/tldr"

	"skim/summarize"
)

// digester is one system's adapter: it returns the digest of article in at
// most n sentences, in reading order. Every competitor gets the article
// exactly as stored, as its users would pass it.
type digester func(article string, n int) ([]string, error)

// system is one row of the comparison table.
type system struct {
	name   string
	note   string // what it is and how it is called, for the table
	digest digester
	close  func() error // releases what the system holds; nil when nothing
}

// goSystems returns skim, Lead-N and the Go competitors, which need nothing
// but Go.
func goSystems(ctx context.Context, n int) []system {
	return []system{
		{name: "skim", note: "cleans junk and datelines first; prose segmenter; TextRank", digest: skimDigest(ctx)},
		{name: fmt.Sprintf("Lead-%d", n), note: "first N sentences after skim's cleaning and segmenter", digest: leadDigest(ctx)},
		{name: "Go TextRank", note: "DavidBelicza/TextRank/v2 v2.2.0, default rule, language and algorithm, FindSentencesByRelationWeight",
			digest: textRankDigest},
		{name: "tldr", note: "JesusIslam/tldr v0.6.0, defaults (LexRank: Hamming weights, PageRank)", digest: tldrDigest},
	}
}

// skimDigest digests an article with skim's defaults and n sentences.
func skimDigest(ctx context.Context) digester {
	return func(article string, n int) ([]string, error) {
		d, err := summarize.Summarize(ctx, []string{article}, summarize.Options{MaxSentences: n})
		if err != nil {
			return nil, err
		}
		return texts(d, d.Picked), nil
	}
}

// leadDigest returns the first n sentences of an article that skim's intake
// and segmenter find, duplicates left out (summarize.Digest.Lead).
func leadDigest(ctx context.Context) digester {
	return func(article string, n int) ([]string, error) {
		d, err := summarize.Summarize(ctx, []string{article}, summarize.Options{MaxSentences: n})
		if err != nil {
			return nil, err
		}
		return texts(d, d.Lead(n)), nil
	}
}

// texts returns the texts of the sentences of d at idx.
func texts(d *summarize.Digest, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = d.Sentences[i].Text
	}
	return out
}

// textRankDigest runs Go TextRank as its README shows and returns its n best
// sentences by phrase (relation) weight, in reading order. The library
// ranks phrases by iterating a map and sorting with an unstable sort, so
// ties may pick different sentences from run to run.
func textRankDigest(article string, n int) ([]string, error) {
	tr := textrank.NewTextRank()
	tr.Populate(article, textrank.NewDefaultLanguage(), textrank.NewDefaultRule())
	tr.Ranking(textrank.NewDefaultAlgorithm())
	found := textrank.FindSentencesByRelationWeight(tr, n)
	slices.SortFunc(found, func(a, b rank.Sentence) int { return a.ID - b.ID })
	out := make([]string, len(found))
	for i, s := range found {
		out[i] = s.Value
	}
	return trimmed(out), nil
}

// tldrDigest runs tldr with its defaults; its sentences come back in
// reading order. A Bag keeps the sentences it has seen, so each article gets
// a new one. When n exceeds the sentences it ranks, tldr returns one.
func tldrDigest(article string, n int) ([]string, error) {
	got, err := tldr.New().Summarize(article, n)
	if err != nil {
		return nil, err
	}
	return trimmed(got), nil
}

// trimmed trims the space around each sentence, in place, and drops empty
// ones; libraries that split on punctuation keep the space after it.
func trimmed(sentences []string) []string {
	for i, s := range sentences {
		sentences[i] = strings.TrimSpace(s)
	}
	return slices.DeleteFunc(sentences, func(s string) bool { return s == "" })
}
