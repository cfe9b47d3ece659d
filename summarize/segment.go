package summarize

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"skim/summarize/internal/attribution"
	"skim/summarize/internal/punct"
)

// maxSentenceBytes bounds a sentence's length. Longer runs (text without
// sentence punctuation) are cut at spaces, so later stages stay bounded: edit
// distance is quadratic in sentence length.
const maxSentenceBytes = 600

// articleGap joins articles for the single prose call; its newlines make
// every article boundary a hard boundary as well.
const articleGap = "\n\n"

// segment splits the cleaned articles into sentences, one slice per
// article, with Article left 0 for the caller to set. It calls prose once
// for all articles together, because every prose.NewDocument call reloads
// its sentence model, and maps the sentences back to byte offsets in the
// articles as given. Newlines in the cleaned text are hard boundaries.
func segment(articles []cleaned) ([][]Sentence, error) {
	var all strings.Builder
	size := len(articleGap) * max(0, len(articles)-1)
	for _, a := range articles {
		size += len(a.text)
	}
	all.Grow(size)
	bases := make([]int, len(articles))
	for i, a := range articles {
		if i > 0 {
			all.WriteString(articleGap)
		}
		bases[i] = all.Len()
		all.WriteString(a.text)
	}
	ends, err := sentenceEnds(all.String())
	if err != nil {
		return nil, err
	}
	out := make([][]Sentence, len(articles))
	next := 0 // ends before next belong to earlier articles
	for i, a := range articles {
		base := bases[i]
		var local []int
		for ; next < len(ends) && ends[next] <= base+len(a.text); next++ {
			if ends[next] > base {
				local = append(local, ends[next]-base)
			}
		}
		var from int // where the last sentence's text starts in a.text
		for _, r := range splitBlocks(a.text, local) {
			start, end := a.span(r[0], r[1])
			last := len(out[i]) - 1
			if last >= 0 && start < out[i][last].End {
				// The end between them falls inside one source character
				// that intake rewrote as a whole (a letter and a long run
				// of combining marks, composed): the two share source
				// bytes, so they are one sentence.
				out[i][last].Text, out[i][last].End = a.text[from:r[1]], max(end, out[i][last].End)
				continue
			}
			from = r[0]
			out[i] = append(out[i], Sentence{Text: a.text[r[0]:r[1]], Start: start, End: end})
		}
	}
	return out, nil
}

// sentenceEnds finds the sentence ends that segment then repairs: prose's.
// FuzzPipeline puts a cheap stand-in here, since loading prose's model makes
// each run of the whole pipeline take seconds under the fuzzer.
var sentenceEnds = proseEnds

// proseEnds returns the byte offsets in text at which prose ends a sentence.
// prose reports sentence texts without offsets, so each is found again in
// text, in order, from the end of the previous one.
func proseEnds(text string) (ends []int, err error) {
	defer func() {
		// prose panics on internal errors (its checkError); keep the
		// promise that bad input never panics.
		if r := recover(); r != nil {
			err = fmt.Errorf("summarize: sentence segmentation failed: %v", r)
		}
	}()
	doc, err := prose.NewDocument(text,
		prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
	if err != nil {
		return nil, fmt.Errorf("summarize: sentence segmentation failed: %w", err)
	}
	cursor := 0
	for _, s := range doc.Sentences() {
		if s.Text == "" {
			continue
		}
		at := strings.Index(text[cursor:], s.Text)
		if at < 0 {
			continue // prose changed the text; its neighbours still split it
		}
		cursor += at + len(s.Text)
		ends = append(ends, cursor)
	}
	return ends, nil
}

// splitBlocks cuts text at its newlines and at the sentence ends given
// (sorted byte offsets), after the repairs of fixEnds. It returns the
// [start, end) ranges of the sentences, trimmed, each holding a letter or
// digit and none longer than maxSentenceBytes.
func splitBlocks(text string, ends []int) [][2]int {
	var out [][2]int
	blockStart, next := 0, 0
	for blockStart <= len(text) {
		blockEnd := strings.IndexByte(text[blockStart:], '\n')
		if blockEnd < 0 {
			blockEnd = len(text)
		} else {
			blockEnd += blockStart
		}
		block := text[blockStart:blockEnd]
		var inner []int
		for ; next < len(ends) && ends[next] <= blockEnd; next++ {
			if ends[next] > blockStart && ends[next] < blockEnd {
				inner = append(inner, ends[next]-blockStart)
			}
		}
		start := 0
		for _, e := range append(joinWordRuns(block, fixEnds(block, inner)), len(block)) {
			for _, r := range capLength(block, start, e) {
				if a, b, ok := trimRange(block, r[0], r[1]); ok {
					out = append(out, [2]int{blockStart + a, blockStart + b})
				}
			}
			start = e
		}
		blockStart = blockEnd + 1
	}
	return out
}

// maxEmphasisRunes bounds a one-word sentence that joinWordRuns joins to
// another: a word, not a sentence of a script written without spaces.
const maxEmphasisRunes = 20

// joinWordRuns drops the ends, among ends (sorted offsets in block), that
// part two sentences of one word each: a run of them is one sentence, said
// for emphasis ("Every. Single. Thing.", "Empathy. Confidence. Passion.").
// A one-word sentence beside a longer one ("Blatantly." after "Putin
// lies.") stays apart, and so do sentences in scripts written without
// spaces ("他很好. 我们走."), whose sentences read as one word.
func joinWordRuns(block string, ends []int) []int {
	if len(ends) == 0 {
		return ends
	}
	oneWord := func(from, to int) bool {
		s := strings.TrimSpace(block[from:to])
		return s != "" && utf8.RuneCountInString(s) <= maxEmphasisRunes && !strings.ContainsFunc(s, unicode.IsSpace) &&
			hasLetter(s) && punct.EndsSentence(s) && !strings.ContainsFunc(s, isUnspacedScript)
	}
	var out []int
	from := 0
	for k, e := range ends {
		next := len(block)
		if k+1 < len(ends) {
			next = ends[k+1]
		}
		if !oneWord(from, e) || !oneWord(e, next) {
			out = append(out, e)
		}
		from = e
	}
	return out
}

// isUnspacedScript reports whether r belongs to a script written without
// spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
func isUnspacedScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// stopEnds returns, from one pass over the stops of block, two kinds of
// sentence end prose misses (the regexp the pass replaced tried a match at
// every digit and took a tenth of a batch's time):
//   - missed ends, where spaces and a capital (perhaps after an opening
//     quote or bracket) follow: after a number ("$12.40. Analysts"), after a
//     closing quote ("…certain.' Then") and after an abbreviation's period
//     doubled by the sentence's ("the U.S.. Wages", a letter before the two
//     periods);
//   - glued ends, of sentences glued to the next without a space, as text
//     that lost its paragraph breaks has them ("Kamara said.The celebrity
//     Amadu…", "was 7.6%.However, since", "said.A team", "(IMD).AAIB
//     recommended"): a stop, perhaps with closing quotes, after a word (see
//     wordBefore), then what opensGluedSentence takes for a sentence's
//     start. A single letter before the stop is an initial ("N.Daoud"), and
//     a web address's suffix ("LeanIn.Org") is no sentence.
//
// The two never meet at one stop: a missed end has spaces after it, a
// glued one none.
func stopEnds(block string) (missed, glued []int) {
	for i := 0; i < len(block); i++ {
		at := strings.IndexAny(block[i:], punct.Stops)
		if at < 0 {
			break
		}
		i += at
		j := i + 1 // stops are ASCII
		k := pastClosers(block, j)
		if ends, number := wordBefore(block[:i]); ends && k < len(block) && opensGluedSentence(block[k:], number) {
			glued = append(glued, k)
			i = k - 1
			continue
		}
		switch {
		case k > j: // closers after the stop
		case block[i] == '.' && j < len(block) && block[j] == '.':
			if !isLetterBefore(block, i) {
				continue
			}
			k = j + 1
		case i > 0 && block[i-1] >= '0' && block[i-1] <= '9':
		default:
			continue
		}
		if opensSentence(block[k:]) {
			missed = append(missed, k)
			i = k - 1
		}
	}
	return missed, glued
}

// pastClosers returns the offset in s past the closing quotes and brackets
// that start at s[k].
func pastClosers(s string, k int) int {
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !strings.ContainsRune(punct.Closers, r) {
			break
		}
		k += n
	}
	return k
}

// opensGluedSentence reports whether s opens a sentence glued to the one
// before it: a capitalised word that is not a web address's suffix
// ("The"), a live blog's time stamp ("6:29 pm: …", see opensWithStamp),
// or, unless a number comes before (afterNumber: "Section 3.A of",
// "10.AM", "737.MAX"), "A" or "I" as a word, or an acronym and then a
// lower-case word ("I'm", "AAIB recommended", "RJD's unit", "BSES, which";
// one capital is an initial: "Ph.D degree").
func opensGluedSentence(s string, afterNumber bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return !afterNumber && opensWithStamp(s)
	}
	next, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsLower(next) {
		word := s
		if end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
			word = s[:end]
		}
		return !isWebSuffix(word)
	}
	if afterNumber {
		return false
	}
	if (r == 'A' || r == 'I') && next == ' ' {
		return true // "A BJP MLA", "I think"
	}
	caps := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsUpper(r) })
	if caps < 0 || isWebSuffix(s[:caps]) {
		return false
	}
	rest := s[caps:]
	for _, apostrophe := range []string{"'", "’"} {
		if after, ok := strings.CutPrefix(rest, apostrophe); ok {
			r, _ := utf8.DecodeRuneInString(after)
			return unicode.IsLower(r) && (caps > 1 || s[:caps] == "I") // "RJD's", "I'm"
		}
	}
	if caps < 2 {
		return false
	}
	after, ok := strings.CutPrefix(strings.TrimPrefix(rest, ","), " ")
	if !ok {
		return false
	}
	r, _ = utf8.DecodeRuneInString(after)
	return unicode.IsLower(r)
}

// stampEnds returns the offsets in block where a live blog's first entry
// opens after the line that introduces it, a colon and a space before its
// time stamp ("Here are the highlights: 6:30 pm: Lok Sabha…"; see
// opensWithStamp). The entries after it are glued after a stop, which
// stopEnds reads.
func stampEnds(block string) []int {
	var ends []int
	for i := 0; ; {
		at := strings.Index(block[i:], ": ")
		if at < 0 {
			return ends
		}
		i += at + 2
		if opensWithStamp(block[i:]) {
			ends = append(ends, i)
		}
	}
}

// stampZones are what may stand between a live blog's time and its colon.
var stampZones = []string{"am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M.", "IST", "GMT", "BST", "ET", "EST", "EDT"}

// opensWithStamp reports whether s opens with the time stamp of a live
// blog's entry, a colon after it ("6:29 pm:", "5.45 PM:", "10:02 IST:"):
// the entries of a live blog copied without their line breaks are glued
// to one another ("…for the day.6:29 pm: The more…").
func opensWithStamp(s string) bool {
	digits := func(s string, lo, hi int) (string, bool) {
		n := 0
		for n < len(s) && n < hi && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		return s[n:], n >= lo
	}
	rest, ok := digits(s, 1, 2)
	if !ok || rest == "" || rest[0] != ':' && rest[0] != '.' {
		return false
	}
	if rest, ok = digits(rest[1:], 2, 2); !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, " ")
	for _, zone := range stampZones {
		if after, found := strings.CutPrefix(rest, zone); found {
			rest = after
			break
		}
	}
	return strings.HasPrefix(rest, ":")
}

// isWebSuffix reports whether word ends web addresses written in a
// sentence ("LeanIn.Org"), in any case.
func isWebSuffix(word string) bool {
	switch len(word) {
	case 2, 3:
		for _, suffix := range [...]string{"com", "org", "net", "gov", "edu", "co", "io", "uk"} {
			if strings.EqualFold(word, suffix) {
				return true
			}
		}
	}
	return false
}

// wordBefore reports whether s ends with what can end a sentence glued to
// the next, perhaps inside closing quotes or brackets ("…Muslims\"",
// "(NCS)"): a word of two or more letters (an apostrophe inside it read
// past: "Lord's"), a number ("8", "G20", "5G") or a
// per cent sign, but not one letter, which is an initial ("N.Daoud"); and
// whether it is a number.
func wordBefore(s string) (ends, number bool) {
	s = strings.TrimRight(s, punct.Closers)
	if strings.HasSuffix(s, "%") {
		return true, true
	}
	letters, digits := 0, 0
	for rest := s; rest != ""; {
		r, size := utf8.DecodeLastRuneInString(rest)
		if unicode.IsLetter(r) {
			letters++
		} else if unicode.IsDigit(r) {
			digits++
		} else if (r == '\'' || r == '’') && letters > 0 && isLetterBefore(rest, len(rest)-size) {
			// an apostrophe inside the word ("Lord's")
		} else {
			break
		}
		rest = rest[:len(rest)-size]
	}
	number = digits > 0
	return number || letters >= 2, number
}

// gluedOpeners are the words that open a sentence glued to the last word
// of the one before without a stop, as text that lost its line breaks
// after a heading or a link has them ("…in Lok Sabha todayThe bill…",
// "…with menAfter their win…"). Each is a word of three letters or more
// that does not end a brand written in camel case; "In" and "It" would
// split "LinkedIn" and "PayIt".
var gluedOpeners = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "They": true, "She": true, "His": true, "Her": true,
	"Their": true, "Its": true, "But": true, "After": true, "When": true,
	"While": true, "However": true, "Earlier": true, "Meanwhile": true,
}

// unstoppedEnds returns the offsets in block where a sentence opens glued
// to a lower-case word without a stop: two lower-case ASCII letters, then
// one of gluedOpeners and a space. The sentence before it ends without
// punctuation, as the heading or link it was is left.
func unstoppedEnds(block string) []int {
	var ends []int
	for i := 2; i < len(block); i++ {
		if c := block[i]; c < 'A' || c > 'Z' || !isLowerASCII(block[i-1]) || !isLowerASCII(block[i-2]) {
			continue
		}
		j := i + 1
		for j < len(block) && isLowerASCII(block[j]) {
			j++
		}
		if j < len(block) && block[j] == ' ' && gluedOpeners[block[i:j]] {
			ends = append(ends, i)
		}
		i = j - 1 // block[j] may open the next word glued on
	}
	return ends
}

// isLowerASCII reports whether c is an ASCII lower-case letter.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// isGluedEnd reports whether e is one of glued, sorted ends.
func isGluedEnd(glued []int, e int) bool {
	_, found := slices.BinarySearch(glued, e)
	return found
}

// opensSentence reports whether s opens with spaces and then a capital,
// perhaps after an opening quote or bracket.
func opensSentence(s string) bool {
	t := strings.TrimLeft(s, " \t\n\f\r")
	if len(t) == len(s) {
		return false
	}
	for _, open := range []string{"“", "‘", "\"", "'", "("} {
		if rest, ok := strings.CutPrefix(t, open); ok {
			t = rest
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// fullWidthStops are the full-width stops that fullWidthEnds ends
// sentences at.
const fullWidthStops = "。！？"

// fullWidthEnds returns the offsets just after each full-width stop in
// block ("。", "！", "？"), which end sentences in Chinese and Japanese
// text: it puts no space after them, so prose, which splits at spaces,
// never ends a sentence there (closing quotes and brackets after a stop
// are added by fixEnds). It reads the block once, rune by rune:
// strings.IndexAny with non-ASCII characters looks each rune up in the
// set, and took 2% of a batch's time on English text. A block without the
// bytes the stops' encodings open with (E3 for "。", EF for the others),
// as English text is, it does not read at all.
func fullWidthEnds(block string) []int {
	if strings.IndexByte(block, 0xe3) < 0 && strings.IndexByte(block, 0xef) < 0 {
		return nil
	}
	var ends []int
	for i, r := range block {
		switch r {
		case '。', '！', '？':
			ends = append(ends, i+utf8.RuneLen(r))
		}
	}
	return ends
}

// isLetterBefore reports whether a letter ends s[:i].
func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// fixEnds repairs prose's sentence ends within one block: it adds missed
// ends (stopEnds, unstoppedEnds, suffixEnds, stampEnds, fullWidthEnds) and
// the bounds of run-in subheadings (headingEnds), moves each end but a
// heading's start past closing quotes and brackets, and drops ends inside
// a heading or open parentheses, after an abbreviation that does not end
// its sentence (isInsideSentence), after a numbered list's marker that
// opens the block (isListNumber) and where the sentence runs on (runsOn),
// and those prose puts inside a sentence that a glued end opened (no stop
// between the two).
func fixEnds(block string, ends []int) []int {
	missed, glued := stopEnds(block)
	if unstopped := unstoppedEnds(block); len(unstopped) > 0 {
		glued = append(glued, unstopped...)
		sort.Ints(glued)
	}
	ends = append(ends, missed...)
	ends = append(ends, glued...)
	ends = append(ends, suffixEnds(block)...)
	ends = append(ends, stampEnds(block)...)
	ends = append(ends, fullWidthEnds(block)...)
	headings := headingEnds(block)
	ends = append(ends, headings...)
	sort.Ints(ends)
	var out []int
	parens := newParenScan(block)
	for _, e := range ends {
		if !isGluedEnd(headings, e) { // a heading may open with a quote
			e = pastClosers(block, e)
		}
		if isInsideHeading(headings, e) {
			continue
		}
		if e >= len(block) || (len(out) > 0 && out[len(out)-1] >= e) {
			continue
		}
		if len(out) > 0 && isGluedEnd(glued, out[len(out)-1]) && !isGluedEnd(headings, e) && !strings.ContainsAny(block[out[len(out)-1]:e], punct.Stops+fullWidthStops) {
			continue // prose's end inside the sentence a glued end opened (`."Then| we`)
		}
		before := strings.TrimRight(block[:e], " ")
		if isInsideSentence(before, block[len(before):]) || parens.inside(e) ||
			len(out) == 0 && isListNumber(strings.TrimSpace(block[:e])) || runsOn(before, block[e:]) {
			continue
		}
		out = append(out, e)
		parens.restart(e)
	}
	return out
}

// runsOn reports whether a sentence goes on past an end after before, with
// after next. It does
//   - after a quoted question or exclamation, before a speech tag ("…in
//     grocery?” Forte said.", "…to you?” Ann Bo demanded, according to…",
//     see attribution.IsTag and OpensWithTag) or a lower-case word
//     ("…go wrong?” he asked, adding…");
//   - after a bare question or exclamation mark, before a word in lower case
//     throughout ("Is it part of Hinduism? asks Owaisi.", and a lost
//     apostrophe or closing quote read as "?": "following lawyers? advice");
//     "iPhone" and "eBay" open sentences;
//   - after an ellipsis of three periods, before a lower-case word
//     ("Wednesday ... while she was gone") or a source's credit ("…her hotel
//     room ... TMZ has learned.", see attribution.IsSourceTag). prose ends no
//     sentence after "…" before either.
func runsOn(before, after string) bool {
	after = strings.TrimLeft(after, " ")
	first, _ := utf8.DecodeRuneInString(after)
	tag := after
	if k := strings.IndexAny(after, punct.Stops); k >= 0 {
		tag = after[:k+1]
	}
	if strings.HasSuffix(before, "...") {
		return unicode.IsLower(first) || attribution.IsSourceTag(tag)
	}
	quoted := strings.TrimRight(before, punct.Closers)
	if !strings.HasSuffix(quoted, "?") && !strings.HasSuffix(quoted, "!") {
		return false
	}
	if len(quoted) == len(before) { // a bare mark
		return isLowerWord(after)
	}
	return unicode.IsLower(first) || attribution.IsTag(tag) || attribution.OpensWithTag(after)
}

// isLowerWord reports whether the first word of s opens with a lower-case
// letter and holds no upper-case one ("asks", but not "iPhone").
func isLowerWord(s string) bool {
	word, _, _ := strings.Cut(s, " ")
	first, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(first) && !strings.ContainsFunc(word, unicode.IsUpper)
}

// isListNumber reports whether s, the start of a line, is a numbered
// list's marker, one to three digits and a period ("2.", "10."): the
// item's text goes on after it ("2. Norway"), so no sentence ends there.
// After a sentence ("How many died? 12. The toll rose.") a number is an
// answer, and ends one.
func isListNumber(s string) bool {
	digits := strings.TrimSuffix(s, ".")
	if len(digits) == len(s) || len(digits) == 0 || len(digits) > 3 {
		return false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	return true
}

// parenScan tells, for offsets of a block in increasing order, whether
// each falls inside a parenthesis opened since the last sentence end and
// closed later in the block ("(see Fig. 3)"). It reads each byte once, so
// a block with an early "(" and thousands of ends costs linear time.
type parenScan struct {
	block     string
	pos       int // the bytes before pos are counted in depth
	depth     int // parentheses open since the last end
	lastClose int // offset of the block's last ')', or -1
}

func newParenScan(block string) parenScan {
	return parenScan{block: block, lastClose: strings.LastIndexByte(block, ')')}
}

// inside reports whether at, no smaller than any offset asked before,
// falls inside an open parenthesis that closes after it.
func (p *parenScan) inside(at int) bool {
	for ; p.pos < at; p.pos++ {
		switch p.block[p.pos] {
		case '(':
			p.depth++
		case ')':
			if p.depth > 0 {
				p.depth--
			}
		}
	}
	return p.depth > 0 && p.lastClose >= at
}

// restart counts parentheses afresh from a sentence end at e.
func (p *parenScan) restart(e int) { p.pos, p.depth = e, 0 }

// capLength cuts block[start:end] into pieces of at most maxSentenceBytes,
// at the last space before the limit (or at a rune boundary if none).
func capLength(block string, start, end int) [][2]int {
	var out [][2]int
	for end-start > maxSentenceBytes {
		cut := start + maxSentenceBytes
		for cut > start && !utf8.RuneStart(block[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(block[start:cut], ' '); sp > 0 {
			cut = start + sp + 1
		}
		out = append(out, [2]int{start, cut})
		start = cut
	}
	return append(out, [2]int{start, end})
}

// trimRange trims spaces around block[a:b] and reports whether what is left
// holds a letter or a digit.
func trimRange(block string, a, b int) (int, int, bool) {
	for a < b && block[a] == ' ' {
		a++
	}
	for b > a && block[b-1] == ' ' {
		b--
	}
	ok := strings.IndexFunc(block[a:b], func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) >= 0
	return a, b, ok
}
