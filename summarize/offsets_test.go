package summarize

import (
	"fmt"
	"strings"
	"testing"
)

func TestSpan(t *testing.T) {
	tests := []struct {
		name, in, sub, want string
	}{
		{"ASCII", "Hello world.", "world", "world"},
		{"after NBSP", "Ten\u00a0dollars.", "Ten dollars", "Ten\u00a0dollars"},
		{"composed", "Cafe\u0301 ouvert.", "Café", "Cafe\u0301"},
		{"after soft hyphen", "inter\u00adnational deal.", "international", "inter\u00adnational"},
		{"after CRLF", "One.\r\nTwo words.", "Two words", "Two words"},
		{"wrapped", "The minister said the talks had gone on for far longer than\r\nplanned.", "than planned", "than\r\nplanned"},
		{"collapsed run", "a    b.", "a b", "a    b"},
		{"invalid byte", "x\xffy.", "x\ufffdy", "x\xffy"},
		{"CJK", "前文。東京です。", "東京", "東京"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clean(tt.in, 0)
			a := strings.Index(c.text, tt.sub)
			if a < 0 {
				t.Fatalf("clean(%q).text = %q, lacks %q", tt.in, c.text, tt.sub)
			}
			start, end := c.span(a, a+len(tt.sub))
			if got := tt.in[start:end]; got != tt.want {
				t.Errorf("span of %q in %q = %q, want %q", tt.sub, tt.in, got, tt.want)
			}
		})
	}
}

// scrubTokens are characters with what scrub makes of them; each token
// stays one character for scrub whatever stands next to it.
var scrubTokens = []struct{ in, out string }{
	{"a", "a"}, {"é", "é"}, {"東", "東"}, {" ", " "}, {"\n", "\n"},
	{"\u00a0", " "}, {"\t", " "}, {"\u3000", " "}, {"\r\n", "\n"}, {"\u0085", "\n"},
	{"\u2029", "\n\n"}, {"\u200b", ""}, {"\u00ad", ""}, {"\x00", ""}, {"\xff", "\ufffd"},
}

// TestScrubMap checks the map of scrubbed text, where rewritten
// characters share pieces: every character of the text maps to exactly the
// article character it came from, also after a copy, while the number of
// pieces stays bounded by the text's length over maxScrubbed.
func TestScrubMap(t *testing.T) {
	for n, seed := range []uint32{1, 2, 3, 4, 5, 6, 7, 8} {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			type char struct{ at, next, from, to int }
			var in, out strings.Builder
			var chars []char
			for i := 0; i < 50+200*n; i++ {
				seed = seed*1664525 + 1013904223
				tok := scrubTokens[int(seed>>16)%len(scrubTokens)]
				if n%2 == 1 && i%2 == 0 { // every other character rewritten
					tok = scrubTokens[5]
				}
				if tok.out != "" {
					chars = append(chars, char{out.Len(), out.Len() + len(tok.out), in.Len(), in.Len() + len(tok.in)})
				}
				in.WriteString(tok.in)
				out.WriteString(tok.out)
			}
			article := in.String()
			m := scrub(article)
			if m.text != out.String() {
				t.Fatalf("scrub(%q).text = %q, want %q", article, m.text, out.String())
			}
			if max := 2*len(m.text)/maxScrubbed + 2*strings.Count(article, "\u2029") + 2; len(m.pieces) > max {
				t.Errorf("scrub(%q) has %d pieces, want at most %d", article, len(m.pieces), max)
			}
			half := chars[len(chars)/2].at // copy the second half into a new text
			b := builder{src: article}
			b.copy(&m, half, len(m.text))
			c := b.result()
			for _, ch := range chars {
				if start, end := m.span(ch.at, ch.next); start != ch.from || end != ch.to {
					t.Errorf("span(%q) in %q = [%d:%d], want [%d:%d]", m.text[ch.at:ch.next], article, start, end, ch.from, ch.to)
				}
				if ch.at < half {
					continue
				}
				if start, end := c.span(ch.at-half, ch.next-half); start != ch.from || end != ch.to {
					t.Errorf("after copy, span(%q) in %q = [%d:%d], want [%d:%d]", m.text[ch.at:ch.next], article, start, end, ch.from, ch.to)
				}
			}
		})
	}
}

// TestCopySplitsCharacter checks that a copy that splits a character
// scrub rewrote to several bytes maps each part to the whole character.
func TestCopySplitsCharacter(t *testing.T) {
	article := "One.\u2029Two."
	m := scrub(article) // "One.\n\nTwo."
	tests := []struct {
		x, y, a, b     int
		start, end     int
		name, wantText string
	}{
		{0, 5, 4, 5, 4, 7, "first half", "One.\n"},
		{5, 10, 0, 1, 4, 7, "second half", "\nTwo."},
		{5, 6, 0, 1, 4, 7, "middle only", "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := builder{src: article}
			b.copy(&m, tt.x, tt.y)
			c := b.result()
			if c.text != tt.wantText {
				t.Fatalf("copy [%d:%d] of %q = %q, want %q", tt.x, tt.y, m.text, c.text, tt.wantText)
			}
			if start, end := c.span(tt.a, tt.b); start != tt.start || end != tt.end {
				t.Errorf("span(%d, %d) of %q = [%d:%d], want [%d:%d]", tt.a, tt.b, c.text, start, end, tt.start, tt.end)
			}
		})
	}
}

func TestWithoutJoins(t *testing.T) {
	tests := []struct {
		name, text string
		cut        [2]int // the stretch of text to cut
		want       string
	}{
		{"glued both sides", "Ann LeeJUNK said so.", [2]int{7, 11}, "Ann Lee said so."},
		{"space kept", "Ann Lee JUNK said so.", [2]int{8, 12}, "Ann Lee said so."},
		{"before a comma", "Ann LeeJUNK, who ran, spoke.", [2]int{7, 11}, "Ann Lee, who ran, spoke."},
		{"before a possessive", "Ann LeeJUNK's dog ran.", [2]int{7, 11}, "Ann Lee's dog ran."},
		{"before a single-quoted quotation", "It rained. JUNK 'We will rebuild,' she said.", [2]int{11, 16}, "It rained. 'We will rebuild,' she said."},
		{"glued quotation after a sentence", "It rained.JUNK'We will rebuild,' she said.", [2]int{10, 14}, "It rained. 'We will rebuild,' she said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := scrub(tt.text)
			got := m.without([]cut{{tt.cut[0], tt.cut[1], "test"}})
			if got.text != tt.want {
				t.Errorf("cutting %q from %q gives %q, want %q", tt.text[tt.cut[0]:tt.cut[1]], tt.text, got.text, tt.want)
			}
		})
	}
}
