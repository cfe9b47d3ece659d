package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"

	"skim/summarize"
	"skim/summarize/report"
)

func TestUTF16Offsets(t *testing.T) {
	tests := []struct {
		name string
		s    string
		offs []int
		want map[int]int
	}{
		{"ascii", "abc", []int{0, 1, 3}, map[int]int{0: 0, 1: 1, 3: 3}},
		{"two-byte é", "é.a", []int{2, 3, 4}, map[int]int{2: 1, 3: 2, 4: 3}},
		{"three-byte €", "€ x", []int{3, 5}, map[int]int{3: 1, 5: 3}},
		{"astral 😀 takes two units", "a😀b", []int{1, 5, 6}, map[int]int{1: 1, 5: 3, 6: 4}},
		{"invalid byte takes one unit", "a\xffb", []int{1, 2, 3}, map[int]int{1: 1, 2: 2, 3: 3}},
		{"inside a rune maps to its start", "a😀", []int{2, 3, 4}, map[int]int{2: 1, 3: 1, 4: 1}},
		{"unsorted and repeated", "é😀é", []int{8, 0, 2, 2}, map[int]int{0: 0, 2: 1, 8: 4}},
		{"empty", "", []int{0}, map[int]int{0: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := utf16Offsets(tt.s, tt.offs)
			if err != nil {
				t.Fatalf("utf16Offsets(%q, %v): %v", tt.s, tt.offs, err)
			}
			for off, want := range tt.want {
				if got[off] != want {
					t.Errorf("utf16Offsets(%q)[%d] = %d, want %d", tt.s, off, got[off], want)
				}
			}
		})
	}
}

func TestUTF16OffsetsOutOfRange(t *testing.T) {
	for _, off := range []int{-1, 4} {
		if _, err := utf16Offsets("abc", []int{off}); err == nil {
			t.Errorf("utf16Offsets(%q, [%d]) = nil error, want one", "abc", off)
		}
	}
}

// TestUTF16OffsetsMatchesEncoding checks every rune boundary against the
// standard library's UTF-16 encoder, which JavaScript strings agree with.
func TestUTF16OffsetsMatchesEncoding(t *testing.T) {
	for _, s := range []string{"plain text", "Ünïcödé ✓ 𝄞 music, 🇺🇦 flag", "bad \xc3\x28 and \xf0\x9f bytes", "日本語のテキスト。"} {
		var offs []int
		for i := range s { // i steps over runes, and over each invalid byte
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		got, err := utf16Offsets(s, offs)
		if err != nil {
			t.Fatalf("utf16Offsets(%q): %v", s, err)
		}
		for _, off := range offs {
			if want := len(utf16.Encode([]rune(s[:off]))); got[off] != want {
				t.Errorf("utf16Offsets(%q)[%d] = %d, want %d", s, off, got[off], want)
			}
		}
	}
}

// TestEncode runs the core on articles with multi-byte and astral runes and
// checks that every offset in the result, read as UTF-16, slices the same text
// that the byte offsets of report.New slice in Go.
func TestEncode(t *testing.T) {
	articles := []string{
		"Café owners in Zürich 😀 met on Monday. They agreed on a plan for the winter market.\n\n" +
			"The plan adds forty stalls near the lake. Café owners in Zürich 😀 met on Monday.\n",
		"Share this story\nThe market opens in 🎄 December. Visitors expect music and food at every stall.\n",
	}
	d, err := summarize.Summarize(context.Background(), articles, summarize.Options{MaxSentences: 2})
	if err != nil {
		t.Fatalf("Summarize: %v", err)
	}
	b, err := encode(d, summarize.PlainText(articles...))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	var got report.Document
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("encode gave invalid JSON: %v\n%s", err, b)
	}
	want := report.New(d)
	if len(got.Digest) == 0 || len(got.Digest) != len(want.Digest) {
		t.Fatalf("encode: %d digest lines, want %d (and at least one)", len(got.Digest), len(want.Digest))
	}
	units := make([][]uint16, len(articles))
	for i, a := range articles {
		units[i] = utf16.Encode([]rune(a))
	}
	same := func(what string, gotP, wantP report.Place) {
		t.Helper()
		js := string(utf16.Decode(units[gotP.Article][gotP.Start:gotP.End]))
		if goText := articles[wantP.Article][wantP.Start:wantP.End]; js != goText {
			t.Errorf("%s: UTF-16 [%d:%d] = %q, want %q (bytes [%d:%d])", what, gotP.Start, gotP.End, js, goText, wantP.Start, wantP.End)
		}
	}
	for i := range want.Digest {
		same("digest", got.Digest[i].Place, want.Digest[i].Place)
	}
	if len(got.Duplicates) != len(want.Duplicates) {
		t.Fatalf("encode: %d duplicates, want %d", len(got.Duplicates), len(want.Duplicates))
	}
	for i := range want.Duplicates {
		same("duplicate", got.Duplicates[i].Place, want.Duplicates[i].Place)
		same("duplicate of", got.Duplicates[i].Of, want.Duplicates[i].Of)
	}
	for i, e := range want.Excluded {
		g := got.Excluded[i]
		same("excluded", report.Place{Article: g.Article, Start: g.Start, End: g.End}, report.Place{Article: e.Article, Start: e.Start, End: e.End})
	}
	adds := 0
	for a := range want.Adds {
		for i := range want.Adds[a] {
			same("adds", got.Adds[a][i].Place, want.Adds[a][i].Place)
			adds++
		}
	}
	if adds == 0 {
		t.Error("encode: no article adds a sentence; the test does not check their offsets")
	}
	for _, key := range []string{`"digest":`, `"duplicates":`, `"excluded":`, `"articles":`, `"keyTerms":`, `"stats":`, `"adds":`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("encode: JSON lacks %s", key)
		}
	}
}

// TestEncodeHTML checks that the offsets of an article given as HTML count,
// in UTF-16 units, in the text found in the page, which the result carries.
func TestEncodeHTML(t *testing.T) {
	page := "<html><body><nav>Home · News</nav><h1>Zürich market opens 🎄</h1>" +
		"<p>Café owners in Zürich 😀 met on Monday. They agreed on a plan for the winter market.</p>" +
		"<p>The plan adds forty stalls near the lake, and music plays every evening.</p></body></html>"
	in := []summarize.Input{{Text: page, HTML: true}}
	d, err := summarize.SummarizeInputs(context.Background(), in, summarize.Options{})
	if err != nil {
		t.Fatalf("SummarizeInputs: %v", err)
	}
	b, err := encode(d, in)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	var got report.Document
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("encode gave invalid JSON: %v", err)
	}
	text := got.Articles[0].Text
	if text == "" || strings.Contains(text, "<") {
		t.Fatalf("articles[0].text = %q, want the page's text", text)
	}
	units := utf16.Encode([]rune(text))
	for _, line := range got.Digest {
		if js := string(utf16.Decode(units[line.Start:line.End])); js != line.Text {
			t.Errorf("text[%d:%d] in UTF-16 = %q, want %q", line.Start, line.End, js, line.Text)
		}
	}
	if a := got.Articles[0]; string(utf16.Decode(units[a.TitleStart:a.TitleEnd])) != "Zürich market opens 🎄" {
		t.Errorf("title at [%d:%d] of %q, want the headline", a.TitleStart, a.TitleEnd, text)
	}
}

func TestToUTF16BadArticle(t *testing.T) {
	doc := report.Document{Digest: []report.Line{{Place: report.Place{Article: 2, Start: 0, End: 1}}}}
	if err := toUTF16(&doc, []string{"a"}); err == nil {
		t.Errorf("toUTF16 with article 2 of 1 = nil error, want one")
	}
}
