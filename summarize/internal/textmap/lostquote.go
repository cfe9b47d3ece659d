package textmap

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Text that passed through an encoding without curly quotes, apostrophes or
// dashes often has a '?' in their place ("workplace.?It has been decided …
// colleagues,? the order said"). Left as it is, each such '?' ends a sentence
// for the segmenter and hides the quotation from the ranking. lostQuote
// reads a '?' by its neighbours, where a question mark is not written, or
// not near a '?' that cannot be one: none of the 567 question marks in the
// 500 CNN and 50 Multi-News development texts, against most of the 3,754
// in the 300 Inshorts texts (TestLostQuoteOnlyWhereQuotesWereLost).
//
//	before '?'        after '?'          reads as
//	, (comma)         a space            closing quote: `fell,? said` → `fell," said`
//	, . !             a letter           opening quote, space restored: `sales.?It` → `sales. "It`; after
//	                                     . or ! while the last '?' before it in the line opened a quote,
//	                                     closing quote, space restored: `?It works.?Today` → `"It works." Today`
//	. ! ?             a space            closing quote: `body.? As` → `body." As`, `to you?? Ann` → `to you?" Ann`
//	! ?               , (comma)          closing quote: `Chandigarh!?, he` → `Chandigarh!", he`
//	. !               a '?', a letter    closing quote: `concern.??The` → `concern."?The`, and then
//	a '?'             a letter           after .? or !?, the lost break: `concern." The`; after a
//	                                     letter and ? inside a quotation, a closing quote and the lost
//	                                     space: `?Why them??One` → `"Why them?" One`; else the lost
//	                                     break: `at all??I like` → `at all? I like`
//	start or space    a letter           opening quote: ` ?This` → ` "This`
//	a space           a space, lowercase dash: `notifications ? one` → `notifications – one`
//	a '?'             a space, lowercase closing quote: `go wrong?? he asked` → `go wrong?" he asked`
//	a letter          , ; : or one .     closing quote: `a ?rich man?. On` → `a "rich man". On`
//	a letter          a space, lowercase closing quote if the last '?' before it in the line opened a quote
//	                                     (`a ?rich man? and` → `a "rich man" and`), else apostrophe
//	                                     (`scientists? efforts` → `scientists' efforts`)
//	a letter, digit   a letter           inside a word (see insideWord): apostrophe (`53?s`, `D?Cruz`),
//	                                     or a space after an acronym (`TV?show`)
//
// A '?' between a letter and a space and capital ("to? We") may be a real
// question and stays, as does any other; so does a '?' between spaces
// before a capital, as French sets a question mark ("Vraiment ? Oui").

// lookBack bounds how far lostQuote looks back for the '?' that opened a
// quotation: a quoted passage of a few sentences.
const lookBack = 600

// lostQuote returns what the '?' at s[i] stands for, or ok false when it
// may be a question mark. Four rows of the table are never a question mark:
// a '?' after a comma and before a space, after a space and before a
// letter, or before a space and a lower-case word after a space or another
// '?' (none of the CNN and Multi-News texts sets one so; 160 in the
// Inshorts texts, split off "among 12 unique mangrove forests…" as a
// sentence of its own). The others could be one in text that kept its
// quotes ("the U.S.? Analysts", "What!? That", "fair?, he asked"), so they
// apply only near one of the first two (sureQuotes.near).
func lostQuote(s string, i int) (repl string, ok bool) {
	return readLost(s, i, nil)
}

// readLost is lostQuote, with the sure lost quotes of s found beforehand
// when sure is not nil (see findSureQuotes).
func readLost(s string, i int, sure *sureQuotes) (repl string, ok bool) {
	before, after := around(s, i)
	switch {
	case isCommaQuote(s, i):
		return `"`, true
	case opensQuote(s, i) && isSpace(before):
		return `"`, true
	case before == ' ' && after == ' ' && isLowerASCII(afterNext(s, i)):
		return "–", true
	case before == '?' && after == ' ' && isLowerASCII(afterNext(s, i)):
		return `"`, true // "what went wrong?? he asked": a question, then its lost quote
	case !sure.near(s, i):
		return "", false
	case opensQuote(s, i) && (before == '.' || before == '!') && quoteOpen(s, i):
		return `" `, true // a quotation closes, and the space after it was lost
	case opensQuote(s, i):
		return ` "`, true // the space before an opening quote was lost too
	case (before == '.' || before == '!' || before == '?') && after == ' ', (before == '!' || before == '?') && after == ',',
		(before == '.' || before == '!') && after == '?' && isASCIILetter(afterNext(s, i)):
		return `"`, true // "to you?? Ann Bo demanded", "places like Chandigarh!?, he laughs", `concern.??The`
	case before == '?' && s[i-1] == '?' && isASCIILetter(after):
		if c := prevScrubbed(s, i-1); c == '.' || c == '!' || !quoteOpen(s, i-1) {
			return " ", true // `concern.??The`: the '?' before was the quote, this one the lost break; or a question's
		}
		return `" `, true // `from them??One` inside a quotation: a question, its lost quote and space
	case isASCIILetter(before) && (after == ',' || after == ';' || after == ':' || after == '.' && afterNext(s, i) != '.'):
		return `"`, true
	case isASCIILetter(before) && after == ' ' && isLowerASCII(afterNext(s, i)):
		if quoteOpen(s, i) {
			return `"`, true
		}
		return "'", true
	case isASCIILetter(after) && (isASCIILetter(before) || '0' <= before && before <= '9'):
		return insideWord(s, i)
	}
	return "", false
}

// insideWord reads a '?' between two letters, or a digit and a letter, with
// no space: an apostrophe before the end of a possessive or contraction
// (`Sector 53?s`, `don?t`, `y?all`) or after an initial (`D?Cruz`), a
// no-break space after an acronym (`TV?show`, `BJP?MP`); anything else may
// be a question run into the next sentence (`they?Updated`) and stays.
func insideWord(s string, i int) (repl string, ok bool) {
	after := i + 1
	for after < len(s) && isASCIILetter(s[after]) {
		after++
	}
	switch tail := s[i+1 : after]; tail {
	case "s", "t", "ll", "re", "ve", "d", "m":
		return "'", true
	}
	start := i
	for start > 0 && isASCIILetter(s[start-1]) {
		start--
	}
	word := s[start:i]
	switch {
	case len(word) == 1 && isUpperASCII(word[0]) && isUpperASCII(s[i+1]):
		return "'", true
	case len(word) >= 2 && strings.IndexFunc(word, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0:
		return " ", true
	}
	return "", false
}

// isCommaQuote reports whether the '?' at s[i] follows a comma and comes
// before a space: a closing quote, as a question mark is never set so.
func isCommaQuote(s string, i int) bool {
	before, after := around(s, i)
	return before == ',' && after == ' '
}

// sureQuotes lists, in order, the offsets of the '?' in a text that are
// certainly lost quotes (see isSureQuote), so that asking whether one
// stands near a '?' costs a binary search, not a scan of its neighbourhood
// (4 MiB of '?' took 29 s).
type sureQuotes struct {
	at     []int
	breaks []int // the offsets of the text's line breaks, in order
}

// findSureQuotes returns the sure lost quotes of s.
func findSureQuotes(s string) *sureQuotes {
	sure := &sureQuotes{}
	for j := strings.IndexByte(s, '\n'); j >= 0; {
		sure.breaks = append(sure.breaks, j)
		next := strings.IndexByte(s[j+1:], '\n')
		if next < 0 {
			break
		}
		j += 1 + next
	}
	for j := strings.IndexByte(s, '?'); j >= 0; {
		if isSureQuote(s, j) {
			sure.at = append(sure.at, j)
		}
		next := strings.IndexByte(s[j+1:], '?')
		if next < 0 {
			break
		}
		j += 1 + next
	}
	return sure
}

// isSureQuote reports whether the '?' at s[j] is certainly a lost quote:
// after a comma and before a space (isCommaQuote), or after a space or the
// line's start and before a letter (opensQuote), reading around it once.
func isSureQuote(s string, j int) bool {
	before, after := around(s, j)
	return before == ',' && after == ' ' || isASCIILetter(after) && isSpace(before)
}

// near reports whether another '?' within lookBack bytes of s[i], on its
// line, is certainly a lost quote (see isSureQuote). A nil sure reads the
// neighbourhood itself.
func (sure *sureQuotes) near(s string, i int) bool {
	from, to := max(0, i-lookBack), min(len(s), i+lookBack)
	if sure == nil {
		if nl := strings.LastIndexByte(s[from:i], '\n'); nl >= 0 {
			from += nl + 1
		}
		if nl := strings.IndexByte(s[i:to], '\n'); nl >= 0 {
			to = i + nl
		}
		for j := from; j < to; j++ {
			if s[j] == '?' && j != i && isSureQuote(s, j) {
				return true
			}
		}
		return false
	}
	k, _ := slices.BinarySearch(sure.breaks, i)
	if k < len(sure.breaks) { // the line's end
		to = min(to, sure.breaks[k])
	}
	if k > 0 { // the line's start
		from = max(from, sure.breaks[k-1]+1)
	}
	for k, _ = slices.BinarySearch(sure.at, from); k < len(sure.at) && sure.at[k] < to; k++ {
		if sure.at[k] != i {
			return true
		}
	}
	return false
}

// maxDropped bounds how many of the runes Scrub drops are looked past when
// a '?' is read by its neighbours: a run of invisible characters as long
// as a word is read through, and a longer one (binary junk) costs no more.
const maxDropped = 16

// around returns the bytes before and after s[i] as Scrub leaves them (see
// prevScrubbed and nextScrubbed). The start of the text counts as a space,
// its end as 0.
func around(s string, i int) (before, after byte) {
	if i > 0 && i+1 < len(s) && isKept(s[i-1]) && isKept(s[i+1]) {
		return s[i-1], s[i+1] // the common case, first: near asks often
	}
	after, _ = nextScrubbed(s, i+1)
	return prevScrubbed(s, i), after
}

// afterNext returns the byte after the one after s[i], as Scrub leaves
// them, or 0 at the end of the text.
func afterNext(s string, i int) byte {
	_, past := nextScrubbed(s, i+1)
	c, _ := nextScrubbed(s, past)
	return c
}

// prevScrubbed returns the byte before s[i] as Scrub leaves it: past up to
// maxDropped of the characters it drops (controls, zero-width
// characters), a space for the ones it makes spaces (tabs, no-break
// spaces) and "\n" for line breaks, so that a '?' reads the same in the
// scrubbed text as in the source; a space at the start of the text.
func prevScrubbed(s string, i int) byte {
	if i > 0 && isKept(s[i-1]) {
		return s[i-1] // the common case, first
	}
	for j, n := i, 0; j > 0 && n <= maxDropped; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if c, dropped := asScrubbed(s, j-size, r); !dropped {
			return c
		}
		j -= size
	}
	return ' '
}

// nextScrubbed returns the byte that stands at s[j], or after it past up
// to maxDropped dropped characters, as Scrub leaves it (see prevScrubbed),
// and the offset past its rune; 0 and len(s) at the end of the text.
func nextScrubbed(s string, j int) (c byte, past int) {
	if j < len(s) && isKept(s[j]) {
		return s[j], j + 1 // the common case, first
	}
	for n := 0; j < len(s) && n <= maxDropped; n++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		if c, dropped := asScrubbed(s, j, r); !dropped {
			return c, j + size
		}
		j += size
	}
	return 0, len(s)
}

// asScrubbed returns the byte that stands for the rune r at s[at] once
// Scrub has run (see rewrite): a space or "\n" for the runes it makes so,
// the rune's last byte for any other that it keeps; dropped is true for
// the runes it drops.
func asScrubbed(s string, at int, r rune) (c byte, dropped bool) {
	if r < utf8.RuneSelf && isKept(byte(r)) {
		return byte(r), false
	}
	repl, size, ok := rewrite(s, at, nil)
	switch {
	case !ok:
		return s[at+size-1], false
	case repl == "":
		return 0, true
	case repl[0] == '\n':
		return '\n', false
	case repl == " ":
		return ' ', false
	}
	return s[at+size-1], false
}

// opensQuote reports whether the '?' at s[i] stands for an opening quote:
// a letter follows it, and a space, the start of the text, a comma or a
// stop comes before it.
func opensQuote(s string, i int) bool {
	before, after := around(s, i)
	return isASCIILetter(after) && (isSpace(before) || before == ',' || before == '.' || before == '!')
}

// quoteOpen reports whether the last '?' before s[i] on its line, within
// lookBack bytes, opened a quote (opensQuote), and was not read as closing
// the quote the '?' before it opened (`?It works.?Today`, see lostQuote).
func quoteOpen(s string, i int) bool {
	return quoteOpenAfter(s, i, max(0, i-lookBack))
}

// quoteOpenAfter is quoteOpen looking back no further than floor: it
// reads each byte between floor and i once at most, each '?' asking only
// about the stretch before it.
func quoteOpenAfter(s string, i, floor int) bool {
	for j := i - 1; j >= floor && s[j] != '\n'; j-- {
		if s[j] == '?' {
			before, _ := around(s, j)
			return opensQuote(s, j) && !((before == '.' || before == '!') && quoteOpenAfter(s, j, floor))
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isKept reports whether Scrub keeps the ASCII byte c as it is: a
// printable character or a line feed.
func isKept(c byte) bool { return c >= ' ' && c < 0x7f || c == '\n' }

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\n' }
