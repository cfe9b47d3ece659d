package summarize

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"skim/summarize/internal/punct"
)

// sentencesOf runs intake and segmentation on one article and returns the
// sentence texts.
func sentencesOf(t *testing.T, article string) []string {
	t.Helper()
	got, err := segment([]cleaned{clean(article, 0, "")})
	if err != nil {
		t.Fatalf("segment(%q): %v", article, err)
	}
	var texts []string
	for _, s := range got[0] {
		texts = append(texts, s.Text)
	}
	return texts
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two plain", "The talks ended. Both sides left.",
			[]string{"The talks ended.", "Both sides left."}},
		{"CJK full stops", "东京今天下雨。会议推迟了。市长说：“我们明天再谈。”大家同意。",
			[]string{"东京今天下雨。", "会议推迟了。", "市长说：“我们明天再谈。”", "大家同意。"}},
		{"Japanese ! and ?", "本当ですか？はい！明日です。",
			[]string{"本当ですか？", "はい！", "明日です。"}},
		{"U.S.", "The U.S. Navy sent a ship. It arrived Monday.",
			[]string{"The U.S. Navy sent a ship.", "It arrived Monday."}},
		{"Gov. Brown", "Gov. Brown signed the bill. Critics objected.",
			[]string{"Gov. Brown signed the bill.", "Critics objected."}},
		{"Sen. and Dr.", "Sen. Warren met Dr. Lee on Monday. They spoke.",
			[]string{"Sen. Warren met Dr. Lee on Monday.", "They spoke."}},
		{"(see Fig. 3)", "Rates rose (see Fig. 3) in May. Prices fell.",
			[]string{"Rates rose (see Fig. 3) in May.", "Prices fell."}},
		{"price before a sentence", "Shares closed at $12.40. Analysts were surprised.",
			[]string{"Shares closed at $12.40.", "Analysts were surprised."}},
		{"single quotes", "He said: 'We will win.' Then he left the stage.",
			[]string{"He said: 'We will win.'", "Then he left the stage."}},
		{"curly quotes", "“We are ready,” she said. “It is time.” The crowd cheered.",
			[]string{"“We are ready,” she said.", "“It is time.”", "The crowd cheered."}},
		{"question and exclamation", "Who won? Nobody knows! Officials will count again.",
			[]string{"Who won?", "Nobody knows!", "Officials will count again."}},
		{"lines are boundaries", "The storm hit at dawn.\nRoads closed without warning\nSchools stayed shut.",
			[]string{"The storm hit at dawn.", "Roads closed without warning", "Schools stayed shut."}},
		{"glued sentences", "Kamara agreed.The ban stands. It was 7.6%.However, it grew. \"We won.\"Then we left.",
			[]string{"Kamara agreed.", "The ban stands.", "It was 7.6%.", "However, it grew.", "\"We won.\"", "Then we left."}},
		{"glued before In", "He left in May.In June he came back.",
			[]string{"He left in May.", "In June he came back."}},
		{"glued before an article, I or an acronym", "Police came.A team searched.AAIB recommended checks.RJD's unit agreed.I'm sure.BSES, which sells power, paid.We agreed.RJD’s aide said so.",
			[]string{"Police came.", "A team searched.", "AAIB recommended checks.", "RJD's unit agreed.", "I'm sure.", "BSES, which sells power, paid.", "We agreed.", "RJD’s aide said so."}},
		{"glued after a quote, a bracket or a number", `They called it "unfair".Officials disagreed. It was run by the office (IMD).A survey followed. Polls close on August 8.But few voted.`,
			[]string{`They called it "unfair".`, "Officials disagreed.", "It was run by the office (IMD).", "A survey followed.", "Polls close on August 8.", "But few voted."}},
		{"glued without a stop", "Bills to be introduced todayThe bill extends the tax. She trained with menAfter the final, she spoke.",
			[]string{"Bills to be introduced today", "The bill extends the tax.", "She trained with men", "After the final, she spoke."}},
		{"glued without a stop after camel case", "He posted it on YouTubeThe video spread.",
			[]string{"He posted it on YouTube", "The video spread."}},
		{"a run-in subheading glued on both sides", "The bank is owed Rs 6,494 crore.NO RIGHT TO IMPOUND HIS PASSPORTHis advocate argued in court.",
			[]string{"The bank is owed Rs 6,494 crore.", "NO RIGHT TO IMPOUND HIS PASSPORT", "His advocate argued in court."}},
		{"run-in subheadings spaced, quoted, after a quote", "The court sat. THREE STATES SUPPORT PETITIONERS Kapil Sibal spoke for them.\"'NOT THE TIME FOR POLITICS' No one resigned. 'DELHI POLICE WANT 100 DOGS'Elaborating, he said so.",
			[]string{"The court sat.", "THREE STATES SUPPORT PETITIONERS", "Kapil Sibal spoke for them.\"", "'NOT THE TIME FOR POLITICS'", "No one resigned.", "'DELHI POLICE WANT 100 DOGS'", "Elaborating, he said so."}},
		{"a two-word subheading glued on, and one after a lost character", "They plan attacks.LONGSTANDING DEMANDThe police want dogs. He won.SHAH-MODI DUO A HIT COMBINATION?52-year-old Shah is an MLA.",
			[]string{"They plan attacks.", "LONGSTANDING DEMAND", "The police want dogs.", "He won.", "SHAH-MODI DUO A HIT COMBINATION?", "52-year-old Shah is an MLA."}},
		{"a subheading glued to a short word", "The court sat.GOVERNMENT'S REPLY IN COURTIt asked why.",
			[]string{"The court sat.", "GOVERNMENT'S REPLY IN COURT", "It asked why."}},
		{"a subheading opens the block", "WHAT HAS THE COURT SAID SO FARWhile hearing the case, the court asked.",
			[]string{"WHAT HAS THE COURT SAID SO FAR", "While hearing the case, the court asked."}},
		{"capitals that are no subheading", "He wrote. \"I LOVE YOU ALL,\" she read. \"I LOVE YOU ALL,\" Ann Bo said. The NFL MVP AWARD went to him. US AND UK TALKS failed. It was agreed. THREE BANK CEOs met.",
			[]string{"He wrote.", "\"I LOVE YOU ALL,\" she read.", "\"I LOVE YOU ALL,\" Ann Bo said.", "The NFL MVP AWARD went to him.", "US AND UK TALKS failed.", "It was agreed.", "THREE BANK CEOs met."}},
		{"camel case is no glue", "Her LinkedIn page, the YouTube channel, an iThe app and the WhatsApp group stayed. McThe left.",
			[]string{"Her LinkedIn page, the YouTube channel, an iThe app and the WhatsApp group stayed.", "McThe left."}},
		{"not glued", "N.Daoud joined LeanIn.Org in the U.S.Army band. He left.",
			[]string{"N.Daoud joined LeanIn.Org in the U.S.Army band.", "He left."}},
		{"glued after a possessive", "She cheered at Lord's.Akshay Kumar waved the flag. It was O'Neil's.The end came. Dr. J.D.'s.No split.",
			[]string{"She cheered at Lord's.", "Akshay Kumar waved the flag.", "It was O'Neil's.", "The end came.", "Dr. J.D.'s.No split."}},
		{"live blog entries glued on", "Here are the highlights: 6:30 pm: Lok Sabha adjourned for the day.6:29 pm: The more you shout, the less we hear.6:04 pm: There is a trend. It met at 5.45 and left: 5.45 was late.",
			[]string{"Here are the highlights:", "6:30 pm: Lok Sabha adjourned for the day.", "6:29 pm: The more you shout, the less we hear.", "6:04 pm: There is a trend.", "It met at 5.45 and left: 5.45 was late."}},
		{"glued after a number with letters", "Leaders met at the G20.The summit ended. Nations rolled out 5G.It was fast.",
			[]string{"Leaders met at the G20.", "The summit ended.", "Nations rolled out 5G.", "It was fast."}},
		{"not glued: initials, suffixes, a letter or acronym after a number", "J.A Smith has a Ph.D degree from Example.COM's school. Section 3.A of the Act, the 737.MAX jets and 10.AM stand. He left.",
			[]string{"J.A Smith has a Ph.D degree from Example.COM's school.", "Section 3.A of the Act, the 737.MAX jets and 10.AM stand.", "He left."}},
		{"lost quotes", "Staff must attend.?It is decided,? the order said. They ? all of them ? left.",
			[]string{"Staff must attend.", "\"It is decided,\" the order said.", "They – all of them – left."}},
		{"paragraphs", "One paragraph ends.\n\nAnother starts here.",
			[]string{"One paragraph ends.", "Another starts here."}},
		{"punctuation only dropped", "The vote passed.\n\n* * *\n\nCounting ended.",
			[]string{"The vote passed.", "Counting ended."}},
		{"CJK then English", "東京は晴れです。 The weather held.",
			[]string{"東京は晴れです。", "The weather held."}},
		{"İ", "İstanbul hosted the summit. Leaders arrived.",
			[]string{"İstanbul hosted the summit.", "Leaders arrived."}},

		// Company and name suffixes, months, "No." and "St." end a sentence
		// before a sentence starter, and only there.
		{"Inc. before The", "The mill is owned by Harbor Steel Inc. The owners plan to sell it.",
			[]string{"The mill is owned by Harbor Steel Inc.", "The owners plan to sell it."}},
		{"Corp. before It", "Shares fell at Delta Mining Corp. It lost a contract.",
			[]string{"Shares fell at Delta Mining Corp.", "It lost a contract."}},
		{"Ltd. before It", "The ferry belongs to Blue Line Ltd. It carries 900 people.",
			[]string{"The ferry belongs to Blue Line Ltd.", "It carries 900 people."}},
		{"Co. before They", "The rails were laid by Ohio Iron Co. They still carry freight.",
			[]string{"The rails were laid by Ohio Iron Co.", "They still carry freight."}},
		{"Jr. before Thousands", "The rally honoured Martin Luther King Jr. Thousands filled the park.",
			[]string{"The rally honoured Martin Luther King Jr.", "Thousands filled the park."}},
		{"Sr. before He", "The shop was founded by Tom Reyes Sr. He retired in 1990.",
			[]string{"The shop was founded by Tom Reyes Sr.", "He retired in 1990."}},
		{"etc. before And", "They sold chairs, lamps, rugs, etc. And they made a profit.",
			[]string{"They sold chairs, lamps, rugs, etc.", "And they made a profit."}},
		{"No. before But", "The mayor said No. But the council voted for it anyway.",
			[]string{"The mayor said No.", "But the council voted for it anyway."}},
		{"Sept. before He", "The trial opened in Sept. He denied every charge.",
			[]string{"The trial opened in Sept.", "He denied every charge."}},
		{"St. (street) before The", "The fire began on Maple St. The building was empty.",
			[]string{"The fire began on Maple St.", "The building was empty."}},
		{"Corp. CEO", "Delta Mining Corp. CEO Ana Ruiz resigned on Friday. Her deputy took over.",
			[]string{"Delta Mining Corp. CEO Ana Ruiz resigned on Friday.", "Her deputy took over."}},
		{"Jr. Day", "Offices close for Martin Luther King Jr. Day next week. Schools stay open.",
			[]string{"Offices close for Martin Luther King Jr. Day next week.", "Schools stay open."}},
		{"E! News", "E! News confirmed the twins. Yahoo! Finance agreed. She won Jeopardy! The show aired late. Wow! It works.",
			[]string{"E! News confirmed the twins.", "Yahoo! Finance agreed.", "She won Jeopardy!", "The show aired late.", "Wow!", "It works."}},
		{"No. 2", "She is ranked No. 2 in the world. Her rival is first.",
			[]string{"She is ranked No. 2 in the world.", "Her rival is first."}},
		{"Jan. 5", "The vote is set for Jan. 5 in the capital. Turnout may be low.",
			[]string{"The vote is set for Jan. 5 in the capital.", "Turnout may be low."}},
		{"St. Louis", "The team flew to St. Louis on Sunday. It lost there.",
			[]string{"The team flew to St. Louis on Sunday.", "It lost there."}},
		{"v. (a case name)", "The ruling in Hale v. Board of Trade still stands. Lawyers cite it often.",
			[]string{"The ruling in Hale v. Board of Trade still stands.", "Lawyers cite it often."}},
		{"ex-Gov. and a quoted Mr.", `She thanked ex-Gov. Ann Cole. "Mr. Diaz helped too," she said.`,
			[]string{"She thanked ex-Gov. Ann Cole.", `"Mr. Diaz helped too," she said.`}},
		{"Bros. Pictures", "Lark Bros. Pictures made the film. It opens in June.",
			[]string{"Lark Bros. Pictures made the film.", "It opens in June."}},
		// Dotted abbreviations end a sentence before a sentence starter,
		// and only there.
		{"D.C. before Her", "She grew up in Washington, D.C. Her mother was a nurse.",
			[]string{"She grew up in Washington, D.C.", "Her mother was a nurse."}},
		{"D.C. before a quote", `The museum opened in Washington, D.C. "We are thrilled," its director said.`,
			[]string{"The museum opened in Washington, D.C.", `"We are thrilled," its director said.`}},
		{"a.m. before Then", "The bus left at 7 a.m. Then the road was closed.",
			[]string{"The bus left at 7 a.m.", "Then the road was closed."}},
		{"p.m. before They", "Polls closed at 8 p.m. They will open again at dawn.",
			[]string{"Polls closed at 8 p.m.", "They will open again at dawn."}},
		{"U.S. before It", "The drug is sold in the U.S. It costs less in Canada.",
			[]string{"The drug is sold in the U.S.", "It costs less in Canada."}},
		{"U.K. before But", "The band toured the U.K. But the shows lost money.",
			[]string{"The band toured the U.K.", "But the shows lost money."}},
		{"the U.S. Senate", "The bill passed the U.S. Senate on Tuesday. It now goes to the House.",
			[]string{"The bill passed the U.S. Senate on Tuesday.", "It now goes to the House."}},
		{"U.S. President", "He met U.S. President Joe Biden in Rome. They spoke for an hour.",
			[]string{"He met U.S. President Joe Biden in Rome.", "They spoke for an hour."}},
		{"U.S. Open", "She won three U.S. Open titles. Her coach retired later.",
			[]string{"She won three U.S. Open titles.", "Her coach retired later."}},
		{"a.m. Eastern time", "The launch is at 9 a.m. Eastern time on Friday. Crowds are expected.",
			[]string{"The launch is at 9 a.m. Eastern time on Friday.", "Crowds are expected."}},
		{"a.m. Tuesday", "The storm struck at 4 a.m. Tuesday near the coast. Power failed.",
			[]string{"The storm struck at 4 a.m. Tuesday near the coast.", "Power failed."}},
		{"doubled period after U.S.", "Prices rose in the U.S.. Wages did not.",
			[]string{"Prices rose in the U.S..", "Wages did not."}},
		// A time zone after a.m. or p.m. belongs to its sentence.
		{"p.m. ET.", "The polls close at 8 p.m. ET.",
			[]string{"The polls close at 8 p.m. ET."}},
		{"p.m. ET on", "The game starts at 7 p.m. ET on Sunday. Tickets are gone.",
			[]string{"The game starts at 7 p.m. ET on Sunday.", "Tickets are gone."}},
		{"a.m. GMT.", "The ship docked at 5 a.m. GMT. Crews unloaded it.",
			[]string{"The ship docked at 5 a.m. GMT.", "Crews unloaded it."}},
		{"p.m. PST", "The show airs at 9 p.m. PST on weekdays.",
			[]string{"The show airs at 9 p.m. PST on weekdays."}},
		// A numbered list's items keep their numbers.
		{"numbered list", "The rankings were as follows:\n1. Finland\n2. Norway\n10. Spain has the most sun.\n11) Italy",
			[]string{"The rankings were as follows:", "1. Finland", "2. Norway", "10. Spain has the most sun.", "11) Italy"}},
		// A speech tag after a quoted question stays with it; a sentence after
		// one does not.
		{"tag after a quoted question", "“Will they take share in grocery?” Forte said. Prices fell.",
			[]string{"“Will they take share in grocery?” Forte said.", "Prices fell."}},
		{"tag and clause after a quoted question", "“Who leaked that to you?” Ann Bo demanded, according to his account. Prices fell.",
			[]string{"“Who leaked that to you?” Ann Bo demanded, according to his account.", "Prices fell."}},
		{"tag after an exclamation", "“Stop the count!” The mayor added. Nobody did.",
			[]string{"“Stop the count!” The mayor added.", "Nobody did."}},
		{"lower case after a quoted question", "A post titled “Why me?” posted her photo and asked for help. Police came.",
			[]string{"A post titled “Why me?” posted her photo and asked for help.", "Police came."}},
		{"lower case after a quoted exclamation", "“Stop it!” he shouted at the crowd of reporters outside.",
			[]string{"“Stop it!” he shouted at the crowd of reporters outside."}},
		{"lower case after a bare question", "Is cow protection part of Hinduism? asks Owaisi. He left.",
			[]string{"Is cow protection part of Hinduism? asks Owaisi.", "He left."}},
		{"lost apostrophe read as a question mark", "It acted after the lawyers? advice. He left.",
			[]string{"It acted after the lawyers? advice.", "He left."}},
		{"sentence after a bare question", "Is it over? Nobody answered the mayor.",
			[]string{"Is it over?", "Nobody answered the mayor."}},
		{"brand in lower case after a bare question", "Is it over? iPhone owners will have to wait. He left.",
			[]string{"Is it over?", "iPhone owners will have to wait.", "He left."}},
		{"sentence after a quoted question", "“Is it over?” Nobody answered the mayor.",
			[]string{"“Is it over?”", "Nobody answered the mayor."}},
		{"sentence with a speech verb after a quoted question", "“Why?” Smith said nothing more about it.",
			[]string{"“Why?”", "Smith said nothing more about it."}},
		{"passive after a quoted question", "“Why now?” Nothing was said.",
			[]string{"“Why now?”", "Nothing was said."}},
		{"reply after a quoted question", "He asked, “Is this legal?” The judge said no.",
			[]string{"He asked, “Is this legal?”", "The judge said no."}},
		// An ellipsis before a lower-case word goes on with its sentence.
		{"ellipsis before lower case", "It was taken on Wednesday ... while she was gone. Police came.",
			[]string{"It was taken on Wednesday ... while she was gone.", "Police came."}},
		{"source credit after an ellipsis", "The dress was stolen from her room ... TMZ has learned. Police came.",
			[]string{"The dress was stolen from her room ... TMZ has learned.", "Police came."}},
		{"sentence after an ellipsis", "It was over ... TMZ has learned the news. Police came.",
			[]string{"It was over ...", "TMZ has learned the news.", "Police came."}},
		{"one-word sentences in a run", "Make a list of everything you own. Every. Single. Thing. Then sort it.",
			[]string{"Make a list of everything you own.", "Every. Single. Thing.", "Then sort it."}},
		{"one-word sentence beside longer ones", "Putin lies. Blatantly. And without chagrin.",
			[]string{"Putin lies.", "Blatantly.", "And without chagrin."}},
		{"sentences of a script without spaces", "他很好. 我们走. 再见.",
			[]string{"他很好.", "我们走.", "再见."}},
		{"ellipsis before a capital", "Then... Nothing happened.",
			[]string{"Then...", "Nothing happened."}},
		{"ellipsis character before lower case", "It was taken on Wednesday… while she was gone.",
			[]string{"It was taken on Wednesday… while she was gone."}},
		// prose itself ends no sentence after "…" before a capital either.
		{"source credit after an ellipsis character", "The dress was stolen from her room … TMZ has learned. Police came.",
			[]string{"The dress was stolen from her room … TMZ has learned.", "Police came."}},
		{"number ending a sentence", "The team finished in place 2. Norway came third.",
			[]string{"The team finished in place 2.", "Norway came third."}},
		{"number answering a question", "How many died? 12. The toll rose on Monday.",
			[]string{"How many died?", "12.", "The toll rose on Monday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentencesOf(t, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("segment(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentLongRunIsCut(t *testing.T) {
	in := strings.Repeat("word ", 2000) // 10,000 bytes, no punctuation
	got := sentencesOf(t, in)
	if len(got) < 10000/maxSentenceBytes {
		t.Fatalf("segment(2000 words without punctuation) gave %d sentences, want at least %d", len(got), 10000/maxSentenceBytes)
	}
	for _, s := range got {
		if len(s) > maxSentenceBytes {
			t.Errorf("sentence of %d bytes, want at most %d", len(s), maxSentenceBytes)
		}
	}
}

func TestSegmentOffsets(t *testing.T) {
	articles := []string{
		"Talks began. They ended late.\n\nA deal followed.",
		"  Second article.\r\nWith two lines. ",
	}
	c := []cleaned{clean(articles[0], 0, ""), clean(articles[1], 1, "")}
	perArticle, err := segment(c)
	if err != nil {
		t.Fatal(err)
	}
	var got []Sentence
	for i, sentences := range perArticle {
		for _, s := range sentences {
			s.Article = i
			got = append(got, s)
		}
	}
	want := []struct {
		article int
		text    string
	}{
		{0, "Talks began."}, {0, "They ended late."}, {0, "A deal followed."},
		{1, "Second article."}, {1, "With two lines."},
	}
	if len(got) != len(want) {
		t.Fatalf("segment gave %d sentences, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		s := got[i]
		if s.Article != w.article || s.Text != w.text {
			t.Errorf("sentence %d = article %d %q, want article %d %q", i, s.Article, s.Text, w.article, w.text)
		}
		if src := articles[s.Article][s.Start:s.End]; src != w.text {
			t.Errorf("sentence %d: article[%d:%d] = %q, want %q", i, s.Start, s.End, src, w.text)
		}
	}
}

// TestMissedEndsMatchesRegexp checks the hand scan of stopEnds' missed ends against the
// regexp it replaced, written out again here, on random text made of the
// characters that matter.
func TestMissedEndsMatchesRegexp(t *testing.T) {
	stops := regexp.QuoteMeta(punct.Stops)
	ref := regexp.MustCompile(`(\d[` + stops + `]|\.\.|[` + stops + `][` + regexp.QuoteMeta(punct.Closers) + `]+)\s+[“‘"'(]?\p{Lu}`)
	reference := func(block string) []int {
		var ends []int
		for _, m := range ref.FindAllStringSubmatchIndex(block, -1) {
			if block[m[2]:m[3]] == ".." && !isLetterBefore(block, m[2]) {
				continue
			}
			ends = append(ends, m[3])
		}
		return ends
	}
	parts := []string{"a", "S", "Wages", "5", ".", "..", "!", "?", " ", "  ", "\n", "”", "’", "\"", ")", "“", "(", "é", "É", "x",
		"5. W", ".” T", "U.S.. W", "... W", "a.\n(W", "?’ “É", "4.. S", "!) a"}
	r := rand.New(rand.NewPCG(5, 8))
	found := 0
	for range 20000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		block := b.String()
		want := reference(block)
		if got, _ := stopEnds(block); !slices.Equal(got, want) {
			t.Fatalf("stopEnds(%q) missed %v, want %v", block, got, want)
		}
		if len(want) > 0 {
			found++
		}
	}
	if found < 500 {
		t.Errorf("only %d of 20,000 random blocks hold a missed end: the test hardly tests", found)
	}
}

// TestFullWidthEndsMatchesIndexAny checks the rune scan of fullWidthEnds
// against the strings.IndexAny loop it replaced, written out again here, on
// random text mixing full-width stops with their neighbours in UTF-8 (other
// CJK punctuation, "。" and "？" share their lead bytes with it).
func TestFullWidthEndsMatchesIndexAny(t *testing.T) {
	reference := func(block string) []int {
		var ends []int
		for i := 0; ; {
			j := strings.IndexAny(block[i:], "。！？")
			if j < 0 {
				return ends
			}
			_, size := utf8.DecodeRuneInString(block[i+j:])
			i += j + size
			ends = append(ends, i)
		}
	}
	parts := []string{"。", "！", "？", "、", "」", "＂", "ｂ", "東", "a", ".", "?", " ", "\n", "é", "\xe3", "\xef\xbc"}
	r := rand.New(rand.NewPCG(3, 12))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		block := b.String()
		if got, want := fullWidthEnds(block), reference(block); !slices.Equal(got, want) {
			t.Fatalf("fullWidthEnds(%q) = %v, want %v", block, got, want)
		}
	}
}

// TestParenScan checks parenScan against a count over the whole stretch
// from the last end, on random blocks of parentheses, stops and letters.
func TestParenScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteByte("()..aA "[rng.IntN(7)])
		}
		block := b.String()
		p := newParenScan(block)
		from := 0
		for at := 0; at <= len(block); at += 1 + rng.IntN(3) {
			depth := 0
			for _, c := range []byte(block[from:at]) {
				switch {
				case c == '(':
					depth++
				case c == ')' && depth > 0:
					depth--
				}
			}
			want := depth > 0 && strings.IndexByte(block[at:], ')') >= 0
			if got := p.inside(at); got != want {
				t.Fatalf("block %q, from %d: inside(%d) = %v, want %v", block, from, at, got, want)
			}
			if rng.IntN(3) == 0 {
				p.restart(at)
				from = at
			}
		}
	}
}
