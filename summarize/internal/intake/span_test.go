package intake

import (
	"strings"
	"testing"

	"skim/summarize/internal/punct"
	"skim/summarize/internal/textmap"
)

// TestSpan checks that a stretch of the body maps back to its bytes in the
// article as given, through the stages intake adds to textmap's (whose
// TestSpan covers each rewritten character): joined wrapped lines, collapsed
// runs of spaces, and a composed character inside them.
func TestSpan(t *testing.T) {
	tests := []struct {
		name, in, sub, want string
	}{
		{"wrapped", "The minister said the talks had gone on for far longer than\r\nplanned.", "than planned", "than\r\nplanned"},
		{"collapsed run", "a    b.", "a b", "a    b"},
		{"composed, then collapsed", "Cafe\u0301    ouvert.", "Café ouvert", "Cafe\u0301    ouvert"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.in, "")
			a := strings.Index(c.Body.String(), tt.sub)
			if a < 0 {
				t.Fatalf("Clean(%q).Body = %q, lacks %q", tt.in, c.Body.String(), tt.sub)
			}
			start, end := c.Body.Span(a, a+len(tt.sub))
			if got := tt.in[start:end]; got != tt.want {
				t.Errorf("span of %q in %q = %q, want %q", tt.sub, tt.in, got, tt.want)
			}
		})
	}
}

// TestCutJoins checks how the pieces of a block left by a cut are joined
// (textmap.Text.Without with punct.Hugs).
func TestCutJoins(t *testing.T) {
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
			m := textmap.Scrub(tt.text)
			got := m.Without([]textmap.Range{{Start: tt.cut[0], End: tt.cut[1]}}, punct.Hugs)
			if got.String() != tt.want {
				t.Errorf("cutting %q from %q gives %q, want %q", tt.text[tt.cut[0]:tt.cut[1]], tt.text, got.String(), tt.want)
			}
		})
	}
}
