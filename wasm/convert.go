package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"

	"skim/summarize"
	"skim/summarize/report"
)

// encode returns the JSON form of d for JavaScript: the flat document of
// package report with every offset converted from a byte offset into its
// article's text to a UTF-16 code-unit offset, the unit in which JavaScript
// strings are indexed, so the page can slice the text it holds. An
// article's text is the input as given, or for an HTML page the text found
// in it (Article.Text). JSON, parsed once by JSON.parse on the JavaScript
// side, crosses the boundary far faster than one js.Value per field.
func encode(d *summarize.Digest, articles []summarize.Input) ([]byte, error) {
	doc := report.New(d)
	texts := make([]string, len(articles))
	for i, a := range articles {
		texts[i] = a.Text
		if i < len(d.Articles) && a.HTML {
			texts[i] = d.Articles[i].Text
		}
	}
	if err := toUTF16(&doc, texts); err != nil {
		return nil, err
	}
	return json.Marshal(doc)
}

// encodeArticle returns the JSON form of a, an article extracted from a
// page, with its title's offsets in UTF-16 code units of a.Text.
func encodeArticle(a summarize.Article) ([]byte, error) {
	units, err := utf16Offsets(a.Text, []int{a.TitleStart, a.TitleEnd})
	if err != nil {
		return nil, err
	}
	a.TitleStart, a.TitleEnd = units[a.TitleStart], units[a.TitleEnd]
	return json.Marshal(a)
}

// offsetRef is one offset of a document and the article it points into.
type offsetRef struct {
	article int
	at      *int
}

// offsetsOf returns every offset in doc.
func offsetsOf(doc *report.Document) []offsetRef {
	var refs []offsetRef
	place := func(p *report.Place) {
		refs = append(refs, offsetRef{p.Article, &p.Start}, offsetRef{p.Article, &p.End})
	}
	for i := range doc.Digest {
		place(&doc.Digest[i].Place)
	}
	for i := range doc.Duplicates {
		place(&doc.Duplicates[i].Place)
		place(&doc.Duplicates[i].Of)
	}
	for i := range doc.Excluded {
		e := &doc.Excluded[i]
		refs = append(refs, offsetRef{e.Article, &e.Start}, offsetRef{e.Article, &e.End})
	}
	for i := range doc.Articles {
		a := &doc.Articles[i]
		refs = append(refs, offsetRef{i, &a.TitleStart}, offsetRef{i, &a.TitleEnd})
	}
	for _, lines := range doc.Adds {
		for i := range lines {
			place(&lines[i].Place)
		}
	}
	return refs
}

// toUTF16 rewrites every offset in doc from bytes to UTF-16 code units. It
// fails if an offset names no article or lies outside its article.
func toUTF16(doc *report.Document, articles []string) error {
	refs := offsetsOf(doc)
	byArticle := make([][]int, len(articles))
	for _, r := range refs {
		if r.article < 0 || r.article >= len(articles) {
			return fmt.Errorf("skim: offset names article %d of %d", r.article, len(articles))
		}
		byArticle[r.article] = append(byArticle[r.article], *r.at)
	}
	units := make([]map[int]int, len(articles))
	for i, offs := range byArticle {
		m, err := utf16Offsets(articles[i], offs)
		if err != nil {
			return fmt.Errorf("skim: article %d: %w", i, err)
		}
		units[i] = m
	}
	for _, r := range refs {
		*r.at = units[r.article][*r.at]
	}
	return nil
}

// utf16Offsets maps each byte offset in offs (in any order, each within
// [0, len(s)]) to the number of UTF-16 code units that s[:offset] takes in
// JavaScript. A rune at or above U+10000 takes two units and any other rune
// one; an invalid byte takes one, as JavaScript sees it as U+FFFD. An offset
// inside a multi-byte rune maps to the start of that rune. The work is one pass
// over s plus sorting offs.
func utf16Offsets(s string, offs []int) (map[int]int, error) {
	sorted := slices.Clone(offs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	m := make(map[int]int, len(sorted))
	pos, units := 0, 0
	for _, off := range sorted {
		if off < 0 || off > len(s) {
			return nil, fmt.Errorf("byte offset %d outside [0, %d]", off, len(s))
		}
		for {
			r, size := utf8.DecodeRuneInString(s[pos:])
			if size == 0 || pos+size > off {
				break
			}
			pos += size
			units += utf16Len(r)
		}
		m[off] = units
	}
	return m, nil
}

// utf16Len returns the number of UTF-16 code units that encode r.
func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}
