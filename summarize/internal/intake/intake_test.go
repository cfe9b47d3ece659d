package intake

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"skim/summarize/internal/textmap"
)

// normTests are the normalisation cases; FuzzClean is seeded from them.
var normTests = []struct {
	name, in, want string
}{
	{"plain", "One line.", "One line."},
	{"NBSP", "Ten\u00a0dollars and\u202fcents.", "Ten dollars and cents."},
	{"ideographic space", "東京\u3000大阪です。", "東京 大阪です。"},
	{"zero-width", "zero\u200bwidth\u200c join\u200d\u2060er\ufeff.", "zerowidth joiner."},
	{"BOM first", "\ufeffStarts with a BOM.", "Starts with a BOM."},
	{"soft hyphen", "inter\u00adnational news.", "international news."},
	{"CRLF", "First line.\r\nSecond line.\r\n\r\nThird.", "First line.\nSecond line.\nThird."},
	{"CR", "First line.\rSecond line.", "First line.\nSecond line."},
	{"line and paragraph separators", "One.\u2028Two.\u2029Three.", "One.\nTwo.\nThree."},
	{"tabs and runs of spaces", "  a\t\tb   c.  ", "a b c."},
	{"NFD to NFC", "Cafe\u0301 in Zu\u0308rich.", "Café in Zürich."},
	{"İ", "İstanbul ve İzmir.", "İstanbul ve İzmir."},
	{"I and combining dot", "I\u0307stanbul.", "İstanbul."},
	{"CJK", "ニュースの要約です。次の文。", "ニュースの要約です。次の文。"},
	{"Hangul jamo", "\u1112\u1161\u11ab\u1100\u1173\u11af.", "한글."},
	{"curly quotes and dashes stay", "“Yes” — she said – ‘no’.", "“Yes” — she said – ‘no’."},
	{"invalid UTF-8", "bad \xff\xfe byte.", "bad \ufffd\ufffd byte."},
	{"controls", "a\x00b\x07c\x1b.", "abc."},
	{"blank lines", "\n\n\nPara one.\n\n\n\nPara two.\n\n", "Para one.\nPara two."},
	{"hard wrap", "The minister said the talks had gone on for far longer than\nplanned, and that both sides would meet again on Friday.",
		"The minister said the talks had gone on for far longer than planned, and that both sides would meet again on Friday."},
	{"no wrap after a period", "A full sentence.\nlower case starts here.", "A full sentence.\nlower case starts here."},
	{"no wrap before a capital", "First item,\nSecond item", "First item,\nSecond item"},
	{"wrap with a combining mark", "He told the crowd that after the long night on the ship he\ne\u0301tait e\u0301mu et content de rentrer chez lui.",
		"He told the crowd that after the long night on the ship he était ému et content de rentrer chez lui."},
	{"many combining marks", "a" + strings.Repeat("\u0301", 40) + ".", ""},
}

func TestCleanNormalises(t *testing.T) {
	for _, tt := range normTests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.in, "")
			if got := c.Body.String(); tt.want != "" && got != tt.want {
				t.Errorf("Clean(%q).Body = %q, want %q", tt.in, got, tt.want)
			}
			checkCleaned(t, tt.in, c)
		})
	}
}

// TestKnownHeadline gives Clean the headline a page named, as it was found
// in the page's HTML, and checks that the first line is taken as the title
// whatever its shape or invisible characters, and that a headline the text
// no longer holds does not stop the first line's shape from counting.
func TestKnownHeadline(t *testing.T) {
	tests := []struct {
		name, in, headline, title string
	}{
		{"a question", "Why did the bridge fall?\n\nThe bridge fell on Monday. Nobody was hurt.", "Why did the bridge fall?", "Why did the bridge fall?"},
		{"a soft hyphen", "Why the bri\u00addge fell\n\nThe bridge fell on Monday. Nobody was hurt.", "Why the bri\u00addge fell", "Why the bridge fell"},
		{"a decomposed accent", "Cafe\u0301 owners meet?\n\nThey met on Monday. They agreed.", "Cafe\u0301 owners meet?", "Café owners meet?"},
		{"a zero-width space", "Bridge\u200b reopens!\n\nThe bridge reopened. Cars crossed.", "Bridge\u200b reopens!", "Bridge reopens!"},
		{"no-break spaces in the page's headline", "Bridge reopens today!\n\nThe bridge reopened. Cars crossed.", "Bridge\u00a0reopens\u00a0today!", "Bridge reopens today!"},
		{"edited since: the shape decides", "Council votes to rebuild the bridge\n\nThe council voted. It was close.", "Ferry sinks at pier?", "Council votes to rebuild the bridge"},
		{"edited since, and no headline shape", "The council voted.\n\nIt was close.", "Ferry sinks at pier?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.in, tt.headline)
			if c.Title != tt.title {
				t.Errorf("Clean(%q, %q).Title = %q, want %q", tt.in, tt.headline, c.Title, tt.title)
			}
			if first, _, _ := strings.Cut(tt.in, "\n"); tt.title != "" && tt.in[c.TitleStart:c.TitleEnd] != first {
				t.Errorf("title span = %q, want the first line %q", tt.in[c.TitleStart:c.TitleEnd], first)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, in, title string
	}{
		{"headline", "Kerry meets Lavrov in Paris\n\nThe talks lasted four hours.", "Kerry meets Lavrov in Paris"},
		{"quote ending", "Kerry: 'Ukrainians will decide'\n\nThe talks lasted.", "Kerry: 'Ukrainians will decide'"},
		{"curly quote ending", "Minister: “We stay”\nThe talks lasted.", "Minister: “We stay”"},
		{"single newline, capital next", "Storm hits the coast\nThe storm hit on Monday.", "Storm hits the coast"},
		{"before a byline and dateline", "Storm hits the coast\nBy Jane Doe, CNN\n\nLONDON (CNN) -- The storm hit.", "Storm hits the coast"},
		{"no: ends with a period", "The talks ended.\n\nThey lasted four hours.", ""},
		{"no: quoted sentence", "He said: 'We will win.'\n\nThe talks ended.", ""},
		{"no: ends with a colon", "The minister said:\n\nWe will win.", ""},
		{"no: nothing follows", "Storm hits the coast", ""},
		{"no: only junk follows", "Storm hits the coast\n\nAdvertisement", ""},
		{"no: too long", strings.Repeat("word ", 21) + "end\n\nBody text.", ""},
		{"no: hard-wrapped first line", "The storm hit the coast late on Sunday and cut the power to\nthousands of homes along the bay.\n\nMore.", ""},
		{"no: body without sentence punctuation", "Storm hits the coast\nroads closed near the mill\nschools shut until monday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.in, "")
			if c.Title != tt.title {
				t.Errorf("Clean(%q).Title = %q, want %q", tt.in, c.Title, tt.title)
			}
			if tt.title != "" {
				if got := tt.in[c.TitleStart:c.TitleEnd]; got != tt.title {
					t.Errorf("title span = %q, want %q", got, tt.title)
				}
				if body := c.Body.String(); strings.Contains(body, tt.title) {
					t.Errorf("Clean(%q).Body = %q, still holds the title", tt.in, body)
				}
			}
			checkCleaned(t, tt.in, c)
		})
	}
}

func TestHardBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"no sentence punctuation: lines stay apart",
			"water levels rising along the river road closed near the mill\nvolunteers filling sandbags at the school gym until late tonight\nbuses rerouted through the north bridge until further notice\n",
			[]string{"water levels rising along the river road closed near the mill",
				"volunteers filling sandbags at the school gym until late tonight",
				"buses rerouted through the north bridge until further notice"}},
		{"wrapped at 60 columns",
			"Rescue crews reached the hamlet of Lindvik early on Tuesday,\nthree days after floods washed out the only road into the\nvalley. Officials said all 180 residents were accounted for.\nA ferry will carry supplies across the lake this week, and\nengineers hope to reopen the road by the end of the month.\n",
			[]string{"Rescue crews reached the hamlet of Lindvik early on Tuesday, three days after floods washed out the only road into the valley. Officials said all 180 residents were accounted for.",
				"A ferry will carry supplies across the lake this week, and engineers hope to reopen the road by the end of the month."}},
		{"two wrapped lines",
			"Officials said the bridge over the river would stay closed until\nthe end of the month.",
			[]string{"Officials said the bridge over the river would stay closed until the end of the month."}},
		{"short headline-like lines",
			"Council briefs.\nschools close early on friday\nbus routes change next week\nthe library opens a new wing",
			[]string{"Council briefs.", "schools close early on friday", "bus routes change next week", "the library opens a new wing"}},
		{"long list lines without a sentence end",
			"The council met on Friday and decided the following points:\nthe budget for next year is approved in full\nparks stay open all through the winter months",
			[]string{"The council met on Friday and decided the following points:",
				"the budget for next year is approved in full", "parks stay open all through the winter months"}},
		{"line not full: the next word would have fit",
			"It rained all day on Monday in the north of the country\nand on tuesday the rivers rose above their banks near the coast.",
			[]string{"It rained all day on Monday in the north of the country",
				"and on tuesday the rivers rose above their banks near the coast."}},
		{"no wrap after a sentence end",
			"The council met on Friday and the vote went as most expected.\nthe mayor did not attend, and his deputy chaired the meeting.",
			[]string{"The council met on Friday and the vote went as most expected.",
				"the mayor did not attend, and his deputy chaired the meeting."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := textmap.NFC(textmap.Scrub(tt.in))
			var got []string
			for _, b := range hardBlocks(&s) {
				got = append(got, b.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("hardBlocks(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkCleaned(t, tt.in, Clean(tt.in, ""))
		})
	}
}

// restored gives c's output back the way it came: the title as its own
// paragraph, then each block as a paragraph. Clean(restored(c)) must give c
// again (see Article).
func restored(c Article) string {
	body := strings.ReplaceAll(c.Body.String(), "\n", "\n\n")
	if c.Title == "" {
		return body
	}
	return c.Title + "\n\n" + body
}

// checkCleaned asserts the invariants of Article on the output of
// Clean(article, "").
func checkCleaned(t *testing.T, article string, c Article) {
	t.Helper()
	text := c.Body.String()
	if !utf8.ValidString(text) || !norm.NFC.IsNormalString(text) {
		t.Errorf("Clean(%q).Body = %q, not valid NFC", article, text)
	}
	for _, bad := range []string{"  ", " \n", "\n ", "\n\n", "\u00a0", "\u200b", "\u00ad", "\ufeff"} {
		if strings.Contains(text, bad) {
			t.Errorf("Clean(%q).Body = %q, holds %q", article, text, bad)
		}
	}
	if strings.TrimSpace(text) != text {
		t.Errorf("Clean(%q).Body = %q, has space at an end", article, text)
	}
	if i := strings.IndexFunc(text, func(r rune) bool {
		return r != '\n' && (unicode.IsControl(r) || r != ' ' && unicode.Is(unicode.Zs, r))
	}); i >= 0 {
		t.Errorf("Clean(%q).Body = %q, holds control or space %q", article, text, text[i:])
	}
	for _, e := range c.Excluded {
		if e.Start < 0 || e.Start >= e.End || e.End > len(article) || e.Rule == "" || e.Reason == "" {
			t.Errorf("Clean(%q) excluded %+v, out of range or without a rule", article, e)
		}
	}
	if c.Title != "" && (c.TitleStart < 0 || c.TitleStart > c.TitleEnd || c.TitleEnd > len(article)) {
		t.Errorf("Clean(%q) title [%d:%d] out of range", article, c.TitleStart, c.TitleEnd)
	}
	whole := textmap.NFC(textmap.Scrub(article)) // for spans that hold a '?'
	at := 0
	for _, block := range strings.Split(text, "\n") {
		if block == "" && text != "" {
			t.Errorf("Clean(%q).Body = %q, has an empty block", article, text)
		}
		checkSpan(t, article, whole, c, at, at+len(block))
		for i, f := at, strings.Fields(block); len(f) > 0; f = f[1:] {
			i += strings.Index(text[i:], f[0])
			checkSpan(t, article, whole, c, i, i+len(f[0]))
			i += len(f[0])
		}
		at += len(block) + 1
	}
	again := Clean(restored(c), "")
	if again.Body.String() != text || again.Title != c.Title {
		t.Errorf("Clean(restored(Clean(%q))) = %q, %q; want %q, %q",
			article, again.Title, again.Body.String(), c.Title, text)
	}
}

// checkSpan asserts that span(a, b) is in range and, unless junk was cut
// from within it, holds text[a:b] once normalised.
func checkSpan(t *testing.T, article string, whole textmap.Text, c Article, a, b int) {
	t.Helper()
	if a >= b {
		return
	}
	start, end := c.Body.Span(a, b)
	if start < 0 || start > end || end > len(article) {
		t.Fatalf("Clean(%q).Body.Span(%d, %d) = %d, %d; out of range", article, a, b, start, end)
	}
	for _, e := range c.Excluded {
		if e.Start < end && e.End > start {
			return
		}
	}
	if insideRune(article, start) || insideRune(article, end) {
		t.Fatalf("Clean(%q).Body.Span(%d, %d) = %d, %d; inside a character", article, a, b, start, end)
	}
	// A '?' is read by the text around it (textmap's lostQuote), so a
	// stretch that holds one is read within the whole article; any other
	// is scrubbed alone, which checks the maps on their own.
	var s string
	if strings.Contains(article[start:end], "?") {
		s = readIn(whole, start, end)
	} else {
		alone := textmap.NFC(textmap.Scrub(article[start:end]))
		s = alone.String()
	}
	got := strings.Join(strings.Fields(s), " ")
	if want := c.Body.String()[a:b]; got != want {
		t.Errorf("Clean(%q): article at Span(%q) = %q, want %q", article, want, got, want)
	}
}

// insideRune reports whether offset i of s falls inside a valid multi-byte
// character, after its first byte.
func insideRune(s string, i int) bool {
	for p := i - 1; p >= 0 && p >= i-3; p-- {
		if utf8.RuneStart(s[p]) {
			r, size := utf8.DecodeRuneInString(s[p:])
			return !(r == utf8.RuneError && size == 1) && p+size > i
		}
	}
	return false
}

// readIn returns what Scrub and NFC made of article[start:end] within the
// whole article, whole ("0 ,? 000" makes `,"` of ",?", while ",?" alone
// stays): the characters of whole whose source lies in the stretch.
func readIn(whole textmap.Text, start, end int) string {
	text := whole.String()
	var b strings.Builder
	for x := 0; x < len(text); {
		_, size := utf8.DecodeRuneInString(text[x:])
		if a, z := whole.Span(x, x+size); a >= start && z <= end {
			b.WriteString(text[x : x+size])
		}
		x += size
	}
	return b.String()
}

func FuzzClean(f *testing.F) {
	for _, tt := range normTests {
		f.Add(tt.in)
	}
	for _, tt := range junkTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, article string) {
		checkCleaned(t, article, Clean(article, ""))
	})
}

// benchArticle returns a generated article of about words words in
// paragraphs, with the odd no-break space and curly quote, and words that
// wake the junk rules up (Read, Follow, Watch, Updated, contributed).
func benchArticle(words int) string {
	vocab := strings.Fields("the minister said talks in Paris were “very productive” and both sides " +
		"agreed to work on\u00a0reforms while troops massed along the border of Ukraine " +
		"Read Follow Watch Updated contributed Subscribe Getty Presented")
	var b strings.Builder
	b.WriteString("Talks in Paris end without a deal\n\nPARIS (CNN) -- ")
	for i := 0; i < words; i++ {
		b.WriteString(vocab[(i*7+i/13)%len(vocab)])
		switch {
		case i%150 == 149:
			b.WriteString(".\n\n")
		case i%17 == 16:
			b.WriteString(". ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// pathological returns n bytes of input that intake rewrites nearly
// character by character: every other character a no-break space, or
// binary bytes (invalid UTF-8, controls, stray combining marks).
func pathological(kind string, n int) string {
	if kind == "nbsp" {
		return strings.Repeat("a\u00a0", n/3)
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 131)
	}
	return string(b)
}

func BenchmarkClean(b *testing.B) {
	inputs := []struct{ name, article string }{
		{"words=1000", benchArticle(1000)},
		{"words=100000", benchArticle(100000)},
		{"nbsp=2MB", pathological("nbsp", 2<<20)},
		{"binary=2MB", pathological("binary", 2<<20)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.article)))
			b.ReportAllocs()
			for b.Loop() {
				if c := Clean(in.article, ""); c.Body.String() == "" {
					b.Fatal("Clean returned no text")
				}
			}
		})
	}
}

// TestPageHeadline cleans the plain text of a whole page: a menu, the
// headline (a question, which no shape test takes for a title), a byline,
// the article and a footer. The headline the classifier finds above the
// article is its title.
func TestPageHeadline(t *testing.T) {
	const headline = "Why did Springfield close its old river bridge to cars this week?"
	page := strings.Join([]string{
		"Home", "News", "Sport", "Weather", "Sign in", "Subscribe", "Search",
		headline,
		"By Jane Roe",
		"The city council voted on Tuesday to close the old river bridge to cars after engineers found deep cracks in two of its supports during a routine inspection last month.",
		"Officials said the bridge, which opened in 1932, would stay open to people on foot and on bicycles while the council looks for money to repair it, a job that could take several years.",
		"Residents who cross the river every day to get to work said they were worried about longer trips, and several of them asked the council at the meeting to run extra buses over the new bridge.",
		"The mayor said that the city had no choice but to act quickly, and that she would ask the state for help with the cost of the repairs before the end of the year.",
		"Terms of use", "Privacy policy", "© 2026 Springfield Daily. All rights reserved.",
	}, "\n")
	c := Clean(page, "")
	if c.Title != headline {
		t.Errorf("Clean(page).Title = %q, want the headline %q", c.Title, headline)
	}
	if body := c.Body.String(); strings.Contains(body, "Sport") || !strings.HasPrefix(body, "The city council voted") {
		t.Errorf("Clean(page).Body = %q, want the article alone", body)
	}
}
