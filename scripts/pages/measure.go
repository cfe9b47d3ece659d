package main

import (
	"context"
	"fmt"
	"time"

	"skim/scripts/internal/pageset"
	"skim/summarize"
)

// route is one way a page reaches skim.
type route struct {
	name string
	html bool                      // the input is HTML, from which the article is extracted
	text func(pageset.Page) string // the input
	// maxJunk is the target share of junk among the digest sentences;
	// minEqual and minRecall are the targets for the share of pages whose
	// digest is the article's, and for mean recall; 0 means none.
	maxJunk, minEqual, minRecall float64
}

// routes are the three routes measured, in table order.
var routes = []route{
	{name: "saved", html: true, text: func(p pageset.Page) string { return p.Source }, maxJunk: 0.02, minEqual: 0.9, minRecall: 0.98},
	{name: "clipboard", html: true, text: func(p pageset.Page) string { return p.Clipboard }, maxJunk: 0.02, minEqual: 0.9, minRecall: 0.98},
	{name: "plain", text: func(p pageset.Page) string { return p.Paste }, maxJunk: 0.10},
}

// routeResult is how one page fared on one route.
type routeResult struct {
	Route    string `json:"route"`
	Junk     int    `json:"junk"`     // digest sentences that are page junk
	Headline int    `json:"headline"` // digest sentences that are the headline
	Article  int    `json:"article"`  // digest sentences from the article
	Equal    bool   `json:"equal"`    // the digest is article.txt's digest
	// EqualKept reports whether the digest is that of article.txt less the
	// lines that extraction reported leaving out (see withoutOmitted).
	EqualKept bool    `json:"equalKept"`
	Recall    float64 `json:"recall"` // share of article.txt's sentences that reached segmentation
	// RecallKept is Recall less the article sentences that extraction
	// reported leaving out (captions, credits; see summarize.Article.Omitted).
	RecallKept float64  `json:"recallKept"`
	Ms         float64  `json:"ms"`     // time in SummarizeInputs, extraction included
	Digest     []string `json:"digest"` // the digest sentences, in reading order
	// JunkSentences are the junk digest sentences, in reading order.
	JunkSentences []string `json:"junkSentences,omitempty"`
	Err           string   `json:"error,omitempty"` // why the route failed; its counts are then 0
}

// pageResult is how one page fared on every route.
type pageResult struct {
	Page      string        `json:"page"`
	Reference []string      `json:"reference"` // article.txt's digest
	Routes    []routeResult `json:"routes"`    // in the order of routes
}

// measure digests page p on every route and its article.txt as the
// reference, with digests as opts asks. It fails only when article.txt
// cannot be digested; a route that fails is recorded in its result.
func measure(ctx context.Context, p pageset.Page, opts summarize.Options) (pageResult, error) {
	ref, err := summarize.Summarize(ctx, []string{p.Article}, opts)
	if err != nil {
		return pageResult{}, fmt.Errorf("page %s: article.txt: %w", p.Name, err)
	}
	want, all := picked(ref), sentences(ref)
	t := newTruth(p.Article, all)
	res := pageResult{Page: p.Name, Reference: want}
	for _, r := range routes {
		rr := routeResult{Route: r.name}
		start := time.Now()
		d, err := summarize.SummarizeInputs(ctx, []summarize.Input{{Text: r.text(p), HTML: r.html}}, opts)
		rr.Ms = float64(time.Since(start).Microseconds()) / 1000
		if err != nil {
			rr.Err = err.Error()
			res.Routes = append(res.Routes, rr)
			continue
		}
		titles := []string{p.Meta.Title}
		if len(d.Articles) > 0 {
			titles = append(titles, d.Articles[0].Title)
		}
		got := picked(d)
		rr.Digest = got
		for _, s := range got {
			switch classify(t, s, titles) {
			case junk:
				rr.Junk++
				rr.JunkSentences = append(rr.JunkSentences, s)
			case headline:
				rr.Headline++
			case article:
				rr.Article++
			}
		}
		rr.Equal = sameDigest(got, want)
		var omitted []string
		for _, a := range d.Articles {
			for _, o := range a.Omitted {
				omitted = append(omitted, o.Text)
			}
		}
		rr.EqualKept = rr.Equal
		if kept := withoutOmitted(p.Article, omitted); kept != p.Article {
			if ref, err := summarize.Summarize(ctx, []string{kept}, opts); err == nil {
				rr.EqualKept = sameDigest(got, picked(ref))
			}
		}
		reached := sentences(d)
		rr.Recall = recall(all, reached, nil)
		rr.RecallKept = recall(all, reached, omitted)
		res.Routes = append(res.Routes, rr)
	}
	return res, nil
}

// picked returns the texts of d's digest sentences, in reading order.
func picked(d *summarize.Digest) []string {
	out := make([]string, len(d.Picked))
	for k, i := range d.Picked {
		out[k] = d.Sentences[i].Text
	}
	return out
}

// sentences returns the texts of all of d's sentences, duplicates included.
func sentences(d *summarize.Digest) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Text
	}
	return out
}
