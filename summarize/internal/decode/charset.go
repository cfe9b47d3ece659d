package decode

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// maxPrescan bounds how far into a page its <meta> charset is looked for,
// in bytes, as browsers prescan it (HTML's "prescan a byte stream").
const maxPrescan = 1024

// metaCharset finds a page's declared charset: <meta charset="…"> or
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
var metaCharset = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)
})

// legacyEncodings maps the labels of the single-byte encodings that pages
// declare, lower-cased without spaces, dashes or underscores, to the
// encoding; as the WHATWG Encoding Standard has it, Latin-1 and ASCII are
// read as Windows-1252, their superset.
var legacyEncodings = sync.OnceValue(func() map[string]encoding.Encoding {
	m := map[string]encoding.Encoding{}
	for _, e := range charmap.All {
		if c, ok := e.(*charmap.Charmap); ok {
			m[encodingKey(c.String())] = c
		}
	}
	for _, alias := range []string{"latin1", "iso88591", "usascii", "ascii", "cp1252", "l1"} {
		m[alias] = charmap.Windows1252
	}
	m["cp1251"], m["cp1250"] = charmap.Windows1251, charmap.Windows1250
	m["koi8r"], m["koi8u"] = charmap.KOI8R, charmap.KOI8U
	return m
})

// encodingKey lower-cases label and drops its spaces, dashes and
// underscores: "Windows 1252", "windows-1252" and "WINDOWS_1252" are one.
func encodingKey(label string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, strings.ToLower(label))
}

// declaredLegacy returns the single-byte encoding that page b declares in
// a <meta> in its first maxPrescan bytes, when b is not valid UTF-8 (a page
// that is valid UTF-8 is read as such, whatever it says), or nil.
func declaredLegacy(b []byte) encoding.Encoding {
	head := bytes.TrimLeft(b[:min(len(b), maxPrescan)], " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<")) || utf8.Valid(b) {
		return nil
	}
	m := metaCharset().FindSubmatch(head)
	if m == nil {
		return nil
	}
	return legacyEncodings()[encodingKey(string(m[1]))]
}
