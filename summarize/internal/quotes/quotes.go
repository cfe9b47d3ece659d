// Package quotes finds the quotations in a sentence: which of its
// characters stand inside quotation marks, double or single, straight or
// curly, and whether it ends inside one, as the first sentences of a
// quotation that runs on do. American and most Indian outlets quote in
// double marks ("…," she said); British ones such as the Daily Mail and the
// Sun in single marks ('…,' she said), whose closing mark is also the
// apostrophe.
package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scan returns how many of the runes of s stand inside quotation marks,
// how many runes s has, and whether s ends inside a quotation. The marks
// themselves count as outside.
//
// A curly double mark says whether it opens or closes. A straight double
// mark opens where a word starts right after it at the start of s or after
// a space, bracket or dash (` "We`), and closes elsewhere (`it,"`). A single
// mark, straight or curly, opens only there and before a letter (` 'We`,
// not `'90s`), and closes an open single quotation where no letter follows
// (`it,' he`): between letters, or after one with none open, it is an
// apostrophe ("don't", "the teachers' union").
func Scan(s string) (quoted, total int, open bool) {
	double, single := false, false
	for j, r := range s {
		total++
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+utf8.RuneLen(r):])
		atWordStart := j == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-", before)
		switch r {
		case '“':
			double = true
		case '”':
			double = false
		case '"':
			double = atWordStart && after != utf8.RuneError && !unicode.IsSpace(after)
		case '\'', '‘', '’':
			switch {
			case !single && atWordStart && unicode.IsLetter(after):
				single = true
			case single && !unicode.IsLetter(after) && !unicode.IsSpace(before):
				single = false
			default:
				if double || single {
					quoted++ // an apostrophe inside a quotation
				}
			}
		default:
			if double || single {
				quoted++
			}
		}
	}
	return quoted, total, double || single
}

// LeavesOpen reports whether s ends inside a quotation (see Scan).
func LeavesOpen(s string) bool {
	_, _, open := Scan(s)
	return open
}

// Opens reports whether s starts with an opening quotation mark.
func Opens(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(`"“'‘`, r)
}
