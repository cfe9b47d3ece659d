// Package decode turns the bytes of a file into text: UTF-8, or UTF-16 when
// a byte-order mark says so, or the single-byte encoding a web page
// declares, and an error for bytes that are not text at all (an image, an
// archive, a program).
package decode

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrBinary reports bytes that do not look like text.
var ErrBinary = errors.New("not text: the bytes look like a binary file")

// maxOddShare is the share of runes that may be invalid UTF-8 or control
// characters in text. Text saved in a legacy encoding (Latin-1 "café") has a
// few invalid bytes; a binary file has them everywhere.
const maxOddShare = 0.1

// Text returns b as a string. A UTF-8 byte-order mark is dropped; UTF-16
// with a byte-order mark, big or little endian, is decoded, and so is a web
// page that is not valid UTF-8 and declares a single-byte encoding in a
// <meta> ("windows-1252", "ISO-8859-1"; see declaredLegacy). Bytes that hold
// a NUL, or where more than a tenth of the runes are invalid or control
// characters other than whitespace, are ErrBinary. Other invalid bytes are
// kept as they are, for the caller to treat as any text's.
func Text(b []byte) (string, error) {
	if hasUTF16Mark(b) {
		out, _, err := transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), b)
		if err != nil {
			return "", ErrBinary
		}
		b = out
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if e := declaredLegacy(b); e != nil {
		if out, _, err := transform.Bytes(e.NewDecoder(), b); err == nil {
			b = out
		}
	}
	if isBinary(b) {
		return "", ErrBinary
	}
	return string(b), nil
}

// hasUTF16Mark reports whether b opens with a UTF-16 byte-order mark.
func hasUTF16Mark(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE)
}

// isBinary reports whether b holds a NUL or too many odd runes (see
// maxOddShare).
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	runes, odd := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		runes++
		if r == utf8.RuneError && size == 1 || r < 0x20 && !isSpaceControl(r) || r == 0x7F {
			odd++
		}
	}
	return float64(odd) > maxOddShare*float64(runes)
}

// isSpaceControl reports whether control character r is whitespace (tab,
// newline, vertical tab, form feed, carriage return).
func isSpaceControl(r rune) bool {
	return r >= '\t' && r <= '\r'
}
