package textmap

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
		{"invalid byte", "x\xffy.", "x\ufffdy", "x\xffy"},
		{"CJK", "前文。東京です。", "東京", "東京"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NFC(Scrub(tt.in))
			a := strings.Index(m.String(), tt.sub)
			if a < 0 {
				t.Fatalf("NFC(Scrub(%q)) = %q, lacks %q", tt.in, m.String(), tt.sub)
			}
			start, end := m.Span(a, a+len(tt.sub))
			if got := tt.in[start:end]; got != tt.want {
				t.Errorf("span of %q in %q = %q, want %q", tt.sub, tt.in, got, tt.want)
			}
		})
	}
}

// scrubTokens are characters with what Scrub makes of them; each token
// stays one character for Scrub whatever stands next to it.
var scrubTokens = []struct{ in, out string }{
	{"a", "a"}, {"é", "é"}, {"東", "東"}, {" ", " "}, {"\n", "\n"},
	{"\u00a0", " "}, {"\t", " "}, {"\u3000", " "}, {"\r\n", "\n"}, {"\u0085", "\n"},
	{"\u2029", "\n\n"}, {"\u200b", ""}, {"\u00ad", ""}, {"\x00", ""}, {"\xff", "\ufffd"},
}

// TestScrubMap checks the map of scrubbed text, where rewritten
// characters share pieces: every character of the text maps to exactly the
// source character it came from, also after a copy, while the number of
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
			src := in.String()
			m := Scrub(src)
			if m.String() != out.String() {
				t.Fatalf("Scrub(%q) = %q, want %q", src, m.String(), out.String())
			}
			if max := 2*len(m.text)/maxScrubbed + 2*strings.Count(src, "\u2029") + 2; len(m.pieces) > max {
				t.Errorf("Scrub(%q) has %d pieces, want at most %d", src, len(m.pieces), max)
			}
			half := chars[len(chars)/2].at // copy the second half into a new text
			b := NewBuilder(src)
			b.Copy(&m, half, len(m.text))
			c := b.Text()
			for _, ch := range chars {
				if start, end := m.Span(ch.at, ch.next); start != ch.from || end != ch.to {
					t.Errorf("Span(%q) in %q = [%d:%d], want [%d:%d]", m.text[ch.at:ch.next], src, start, end, ch.from, ch.to)
				}
				if ch.at < half {
					continue
				}
				if start, end := c.Span(ch.at-half, ch.next-half); start != ch.from || end != ch.to {
					t.Errorf("after copy, Span(%q) in %q = [%d:%d], want [%d:%d]", m.text[ch.at:ch.next], src, start, end, ch.from, ch.to)
				}
			}
		})
	}
}

// TestCopySplitsCharacter checks that a copy that splits a character
// Scrub rewrote to several bytes maps each part to the whole character.
func TestCopySplitsCharacter(t *testing.T) {
	src := "One.\u2029Two."
	m := Scrub(src) // "One.\n\nTwo."
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
			b := NewBuilder(src)
			b.Copy(&m, tt.x, tt.y)
			c := b.Text()
			if c.String() != tt.wantText {
				t.Fatalf("copy [%d:%d] of %q = %q, want %q", tt.x, tt.y, m.String(), c.String(), tt.wantText)
			}
			if start, end := c.Span(tt.a, tt.b); start != tt.start || end != tt.end {
				t.Errorf("Span(%d, %d) of %q = [%d:%d], want [%d:%d]", tt.a, tt.b, c.String(), start, end, tt.start, tt.end)
			}
		})
	}
}

func TestWithoutJoins(t *testing.T) {
	commaHugs := func(_ byte, next string) bool { return next[0] == ',' }
	tests := []struct {
		name, text string
		cut        Range // the stretch of text to cut
		want       string
		spanOfJoin string // the source the joint maps to, if new
	}{
		{"glued both sides", "Ann LeeJUNKsaid so.", Range{7, 11}, "Ann Lee said so.", "JUNK"},
		{"space after the cut kept", "Ann LeeJUNK said so.", Range{7, 11}, "Ann Lee said so.", " "},
		{"space kept", "Ann Lee JUNK said so.", Range{8, 12}, "Ann Lee said so.", " "},
		{"hugging", "Ann LeeJUNK, who ran, spoke.", Range{7, 11}, "Ann Lee, who ran, spoke.", ""},
		{"space after the cut", "It rained.JUNK 'We will,' she said.", Range{10, 14}, "It rained. 'We will,' she said.", " "},
		{"nothing before", "JUNK said so.", Range{0, 5}, "said so.", ""},
		{"nothing after", "It rained. JUNK", Range{11, 15}, "It rained.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Scrub(tt.text)
			got := m.Without([]Range{tt.cut}, commaHugs)
			if got.String() != tt.want {
				t.Fatalf("cutting %q from %q gives %q, want %q", tt.text[tt.cut.Start:tt.cut.End], tt.text, got.String(), tt.want)
			}
			if tt.spanOfJoin == "" {
				return
			}
			at := tt.cut.Start
			if tt.text[at-1] == ' ' {
				at--
			}
			if start, end := got.Span(at, at+1); tt.text[start:end] != tt.spanOfJoin {
				t.Errorf("the joint in %q maps to %q, want %q", got.String(), tt.text[start:end], tt.spanOfJoin)
			}
		})
	}
}

func TestIsBlank(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true}, {" \n\t", true}, {"\u00a0\u200b\ufeff\u00ad", true}, {"\x00\r\n", true},
		{"a", false}, {"\xff", false}, {" .", false},
	}
	for _, tt := range tests {
		if got := IsBlank(tt.in); got != tt.want {
			t.Errorf("IsBlank(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestScrubLostQuote: a '?' where a question mark is never written is read
// as the quote, apostrophe or dash it replaced (lostQuote's table); where
// one could be written, only near a '?' that cannot be one (here "fell,?
// said" or " ?Yes"); anywhere else a '?' stays.
func TestScrubLostQuote(t *testing.T) {
	const near = `?Yes,? he said. ` // two certain lost quotes
	tests := []struct{ in, want string }{
		{"to colleagues,? the order said.", `to colleagues," the order said.`},
		{"He said ?This is it.", `He said "This is it.`},
		{"?Start", `"Start`},
		{near + "drive sales.?I don't think so.", `"Yes," he said. drive sales. "I don't think so.`},
		{"He said: ?It works.?Today the lab opened.", `He said: "It works." Today the lab opened.`},
		{"He said: ?It works.?Today the lab opened.?We are proud,? she said.", `He said: "It works." Today the lab opened. "We are proud," she said.`},
		{"He said: ?It works,? and left.?Today the lab opened.", `He said: "It works," and left. "Today the lab opened.`},
		{near + "saying,?You have", `"Yes," he said. saying, "You have`},
		{near + "in its body.? As both", `"Yes," he said. in its body." As both`},
		{near + "the notices ? one of them ? were", `"Yes," he said. the notices – one of them – were`},
		{near + "a ?rich man?. On", `"Yes," he said. a "rich man". On`},
		{near + "identified as ?unsafe?, the House", `"Yes," he said. identified as "unsafe", the House`},
		{near + "a ?national significance? and more", `"Yes," he said. a "national significance" and more`},
		{near + "in scientists? efforts", `"Yes," he said. in scientists' efforts`},
		{near + "the men? the women? the kids? all", `"Yes," he said. the men' the women' the kids' all`},
		{near + "a ?big? and ?small? one", `"Yes," he said. a "big" and "small" one`},
		{"the wetlands ? among 12 forests ? are", "the wetlands – among 12 forests – are"},
		{"what will go wrong?? he asked.", `what will go wrong?" he asked.`},
		{"Really?? Yes.", "Really?? Yes."},
		{near + "no cause of concern.??The reason was", `"Yes," he said. no cause of concern." The reason was`},
		{"He said: ?Why not take its cue from them??One thing is", `He said: "Why not take its cue from them?" One thing is`},
		{near + "Does he unwind at all??I like films", `"Yes," he said. Does he unwind at all? I like films`},
		{near + "no cause of concern.?? The reason", `"Yes," he said. no cause of concern.?" The reason`},
		{near + "no cause of concern.??", `"Yes," he said. no cause of concern.??`},
		{"Really??Yes.", "Really??Yes."},
		{near + "leaked that to you?? Ann Bo demanded.", `"Yes," he said. leaked that to you?" Ann Bo demanded.`},
		{near + "like Chandigarh!?, he laughs", `"Yes," he said. like Chandigarh!", he laughs`},
		{"What!?, he asked.", "What!?, he asked."},
		{"Will rates rise in the U.S.? Analysts say no.", "Will rates rise in the U.S.? Analysts say no."},
		{"What!? That can't be right.", "What!? That can't be right."},
		{"Is it fair?, he asked.", "Is it fair?, he asked."},
		{"Who Killed JFK?: The Evidence", "Who Killed JFK?: The Evidence"},
		{"Is this the end? no, said the coach.", "Is this the end? no, said the coach."},
		{"in its body.? As both", "in its body.? As both"},
		{near + "\nin its body.? As both", `"Yes," he said. ` + "\nin its body.? As both"},
		{"Why? Because.", "Why? Because."},
		{near + "dictate who I meet? We should", `"Yes," he said. dictate who I meet? We should`},
		{"Is it?No", "Is it?No"},
		{near + "Who do you believe?... Are you", `"Yes," he said. Who do you believe?... Are you`},
		{"worth ?34 lakh", "worth ?34 lakh"},
		{"Really??", "Really??"},
		{"done?", "done?"},
		{near + "Vraiment ? Oui.", `"Yes," he said. Vraiment ? Oui.`},
		// Neighbours read as Scrub leaves them: a dropped control or
		// zero-width character is not there, a tab is a space.
		{"\a?Start", `"Start`},
		{"to colleagues,\u200b? the order said.", `to colleagues," the order said.`},
		{"He said\t?This is it.", `He said "This is it.`},
		{near + "in scientists?\u00a0efforts", `"Yes," he said. in scientists' efforts`},
		{near + "the notices ?\u00a0one of them ? were", `"Yes," he said. the notices – one of them – were`},
		{near + "a ?rich man?\u200b.. On", `"Yes," he said. a "rich man?.. On`},
		{near + "at Sector 53?s mall, D?Cruz said you?ll see, don?t worry", `"Yes," he said. at Sector 53's mall, D'Cruz said you'll see, don't worry`},
		{near + "the TV?show host and a BJP?MP", `"Yes," he said. the TV show host and a BJP MP`},
		{near + "didn't they?Updated at six", `"Yes," he said. didn't they?Updated at six`},
		{"at Sector 53?s mall", "at Sector 53?s mall"}, // no certain lost quote near
	}
	for _, tt := range tests {
		m := Scrub(tt.in)
		if m.String() != tt.want {
			t.Errorf("Scrub(%q) = %q, want %q", tt.in, m.String(), tt.want)
		}
		for i, r := range m.String() {
			if strings.ContainsRune(`"'–`, r) {
				if start, end := m.Span(i, i+len(string(r))); tt.in[start:end] != "?" && tt.in[start:end] != string(r) {
					t.Errorf("Scrub(%q): %q maps to %q, want the '?'", tt.in, r, tt.in[start:end])
				}
			}
		}
	}
}
