package textmap

// Text that passed through an encoding without curly quotes, apostrophes or
// dashes often has a '?' in their place ("workplace.?It has been decided …
// colleagues,? the order said"). Left as it is, each such '?' ends a sentence
// for the segmenter and hides the quotation from the ranking. lostQuote
// reads a '?' by its neighbours, and only where a question mark is not
// written: of the 567 question marks in the 500 CNN and 50 Multi-News
// development texts, one stands in such a place (a widget that lost its
// topic, "Interested in ? Add"), against 2,598 of the 3,754 in the
// 300 Inshorts texts (TestLostQuoteOnlyWhereQuotesWereLost).
//
//	before '?'        after '?'          reads as
//	, (comma)         a space            closing quote: `fell,? said` → `fell," said`
//	, . !             a letter           opening quote, space restored: `sales.?It` → `sales. "It`
//	. !               a space            closing quote: `body.? As` → `body." As`
//	start or space    a letter           opening quote: ` ?This` → ` "This`
//	a space           a space, lowercase dash: `notifications ? one` → `notifications – one`
//	a letter          , ; : or one .     closing quote: `a ?rich man?. On` → `a "rich man". On`
//	a letter          a space, lowercase closing quote if the last '?' before it in the line opened a quote
//	                                     (`a ?rich man? and` → `a "rich man" and`), else apostrophe
//	                                     (`scientists? efforts` → `scientists' efforts`)
//
// A '?' between a letter and a space and capital ("to? We") may be a real
// question and stays, as does any other; so does a '?' between spaces
// before a capital, as French sets a question mark ("Vraiment ? Oui").

// lookBack bounds how far lostQuote looks back for the '?' that opened a
// quotation: a quoted passage of a few sentences.
const lookBack = 600

// lostQuote returns what the '?' at s[i] stands for, or ok false when it
// may be a question mark.
func lostQuote(s string, i int) (repl string, ok bool) {
	var before, after byte = ' ', 0 // the start of the text counts as a space
	if i > 0 {
		before = s[i-1]
	}
	if i+1 < len(s) {
		after = s[i+1]
	}
	switch {
	case before == ',' && after == ' ':
		return `"`, true
	case (before == ',' || before == '.' || before == '!') && isASCIILetter(after):
		return ` "`, true
	case (before == '.' || before == '!') && after == ' ':
		return `"`, true
	case isSpace(before) && isASCIILetter(after):
		return `"`, true
	case before == ' ' && after == ' ' && i+2 < len(s) && 'a' <= s[i+2] && s[i+2] <= 'z':
		return "–", true
	case isASCIILetter(before) && (after == ',' || after == ';' || after == ':' || after == '.' && (i+2 == len(s) || s[i+2] != '.')):
		return `"`, true
	case isASCIILetter(before) && after == ' ' && i+2 < len(s) && 'a' <= s[i+2] && s[i+2] <= 'z':
		if opensQuote(s, i) {
			return `"`, true
		}
		return "'", true
	}
	return "", false
}

// opensQuote reports whether the last '?' before s[i] on its line, within
// lookBack bytes, is one lostQuote reads as an opening quote.
func opensQuote(s string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-lookBack && s[j] != '\n'; j-- {
		if s[j] == '?' {
			repl, ok := lostQuote(s, j)
			return ok && (repl == `"` || repl == ` "`) && j+1 < len(s) && isASCIILetter(s[j+1])
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\n' }
