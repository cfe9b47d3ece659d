package summarize

import (
	"errors"

	"skim/summarize/internal/decode"
	"skim/summarize/internal/extract"
)

// Input is one article as given: plain text, or an HTML page (a saved
// page, a dropped .html file, what a browser copies from a page), from
// which the article is extracted first.
type Input struct {
	Text string // the article, or the page's HTML when HTML is set
	HTML bool   // Text is HTML
	// Title is the headline of a plain-text article when the caller knows
	// it, as a page does for the text it found in a web page (Extract): a
	// first line equal to it is the title, whatever its shape ("Why did
	// the bridge fall?"), so the text digests as the page it came from. ""
	// lets intake judge the first line by its shape; an HTML input's
	// headline is the one found in the page.
	Title string
}

// PlainText returns articles as plain-text inputs.
func PlainText(articles ...string) []Input {
	in := make([]Input, len(articles))
	for i, a := range articles {
		in[i] = Input{Text: a}
	}
	return in
}

// IsHTML reports whether s reads as an HTML document: after spaces, it
// opens with "<!doctype html" or "<html", in any case. Callers that know
// their input is HTML (a fragment from a clipboard) say so in Input.HTML.
func IsHTML(s string) bool {
	return extract.IsHTML(s)
}

// DecodeText returns the bytes of a file as text: UTF-8 (a byte-order mark
// dropped), UTF-16 when a byte-order mark says so, or the single-byte
// encoding a web page that is not UTF-8 declares in a <meta>. Bytes that hold a NUL
// or are mostly invalid or control characters (an image, an archive) are
// ErrNotText.
func DecodeText(b []byte) (string, error) {
	s, err := decode.Text(b)
	if errors.Is(err, decode.ErrBinary) {
		return "", ErrNotText
	}
	return s, err
}
