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

// State says which quotations are open at a point of the text.
type State struct {
	Double, Single bool
}

// Open reports whether a quotation is open.
func (st State) Open() bool { return st.Double || st.Single }

// Scan reads s from state from (the state the sentence before it ended in,
// or the zero State) and returns how many of its runes stand inside
// quotation marks, how many runes it has, and the state it ends in. The
// marks themselves count as outside.
//
// A curly double mark says whether it opens or closes. A straight double
// mark opens where a word starts right after it at the start of s or after
// a space, bracket or dash (` "We`), and closes elsewhere (`it,"`). A single
// mark, straight or curly, opens only there and before a letter (` 'We`,
// not `'90s`), and closes an open single quotation where no letter follows
// (`it,' he`): between letters, or after one with none open, it is an
// apostrophe ("don't", "the teachers' union"). A single mark that opened
// inside the sentence, neither at its start nor after a colon, and never
// closed, was an elision ("got 'em back", "rock 'n roll"), not a quotation.
func Scan(s string, from State) (quoted, total int, end State) {
	if !hasMark(s) {
		total = utf8.RuneCountInString(s)
		if from.Open() {
			quoted = total
		}
		return quoted, total, from
	}
	st := from
	elided := -1 // quoted count when a single mark opened that may be an elision
	for j, r := range s {
		total++
		if !isMark(r) {
			if st.Open() {
				quoted++
			}
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+utf8.RuneLen(r):]) // a mark is valid UTF-8
		atWordStart := j == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-", before)
		switch r {
		case '“':
			st.Double = true
		case '”':
			st.Double = false
		case '"':
			st.Double = atWordStart && j+1 < len(s) && !unicode.IsSpace(after)
		default: // a single mark
			switch {
			case !st.Single && atWordStart && unicode.IsLetter(after):
				st.Single = true
				if j > 0 && !strings.HasSuffix(strings.TrimRight(s[:j], " "), ":") {
					elided = quoted
				}
			case st.Single && !unicode.IsLetter(after) && !unicode.IsSpace(before):
				st.Single, elided = false, -1
			case st.Open():
				quoted++ // an apostrophe inside a quotation
			}
		}
	}
	if st.Single && elided >= 0 && !st.Double {
		quoted, st.Single = elided, false
	}
	return quoted, total, st
}

// isMark reports whether r is one of the quotation marks Scan reads.
func isMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’':
		return true
	}
	return false
}

// hasMark reports whether s holds a quotation mark: the curly ones are
// U+2018 to U+201D, which all start with the bytes E2 80 in UTF-8.
func hasMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "\xe2\x80")
}

// Opens reports whether s starts with an opening quotation mark, as a
// sentence that starts a quotation, or reopens a long one in its next
// paragraph, does.
func Opens(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	switch r {
	case '"', '“':
		return true
	case '\'', '‘':
		return unicode.IsLetter(next)
	}
	return false
}

// maxCarried is the most sentences Carried carries a quotation over. Most
// quotations of several sentences close within four (CNN dev: 695 of 704
// runs); longer runs are mostly quotations whose closing mark was lost
// (Inshorts dev: 64 of 595 runs are longer, 17 of them ten or more).
const maxCarried = 4

// Carried returns, for each of a run of consecutive sentences, whether it
// starts inside a quotation that a sentence before it opened and none since
// closed: the middle and the end of a quotation of several sentences
// (`"Issue notice.`, `Nobody may stay it.`, `We will rule," it said.`). A
// sentence that opens with a quotation mark (see Opens) starts anew, and a
// quotation is carried over at most maxCarried sentences.
func Carried(sentences []string) []bool {
	out := make([]bool, len(sentences))
	var st State
	carried := 0
	for i, s := range sentences {
		if Opens(s) || carried == maxCarried {
			st = State{}
		}
		out[i] = st.Open()
		if out[i] {
			carried++
		} else {
			carried = 0
		}
		_, _, st = Scan(s, st)
	}
	return out
}
