package decode

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestText(t *testing.T) {
	const story = "(CNN) The mayor said the bridge — closed since 2019 — will open in June. Café owners cheered."
	random := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.IntN(256))
	}
	random[0] = 'x' // no byte-order mark by chance
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"UTF-8", []byte(story), story, nil},
		{"UTF-8 with a byte-order mark", []byte("\uFEFF" + story), story, nil},
		{"UTF-16 little endian", utf16Bytes(story, false), story, nil},
		{"UTF-16 big endian", utf16Bytes(story, true), story, nil},
		{"Latin-1 with a few invalid bytes", []byte("Caf\xe9 owners cheered as the bridge opened on Tuesday."), "Caf\xe9 owners cheered as the bridge opened on Tuesday.", nil},
		{"tabs, form feeds and CRLF", []byte("One.\tTwo.\r\n\fThree."), "One.\tTwo.\r\n\fThree.", nil},
		{"empty", nil, "", nil},
		{"random bytes", random, "", ErrBinary},
		{"a NUL", []byte("The mayor\x00 said."), "", ErrBinary},
		{"a PNG header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", ErrBinary},
		{"control characters", []byte("a\x01b\x02c\x03d\x04e\x05"), "", ErrBinary},
		{"UTF-16 with an odd byte count", append(utf16Bytes("ab", false), 'c'), "ab\uFFFD", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text(tt.in)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("Text(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestTextLegacyPage decodes pages saved in the single-byte encoding they
// declare, and leaves alone what declares one but is UTF-8, and text that
// is no page.
func TestTextLegacyPage(t *testing.T) {
	cp1252 := "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owners paid \xa33 for \x93fair\x94 rent.</p></body></html>"
	latin1 := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>Caf\xe9</body></html>"
	for _, tt := range []struct {
		name, in, want string
	}{
		{"windows-1252", cp1252, "Café owners paid £3 for “fair” rent."},
		{"ISO-8859-1 in http-equiv", latin1, "<body>Café</body>"},
		{"UTF-8 that says windows-1252", "<html><meta charset=windows-1252><p>Café</p></html>", "<p>Café</p>"},
		{"plain text in Latin-1", "Caf\xe9 owners met. <meta charset=windows-1252>", "Caf\xe9 owners met."},
		{"unknown charset", "<html><meta charset=x-klingon><p>Caf\xe9</p></html>", "<p>Caf\xe9</p>"},
	} {
		got, err := Text([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: Text = %q, want it to hold %q", tt.name, got, tt.want)
		}
	}
}
