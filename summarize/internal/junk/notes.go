package junk

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// noteMark matches a run of note marks: "[1]", "[12][13]", "[citation
// needed]".
var noteMark = regexp.MustCompile(`(?:\[(?:\d{1,3}|citation needed)\])+`)

// noteMarks appends the runs of note marks in s that are glued to a letter
// or to closing punctuation before them ("1932.[1]", "BBC[2]"), not to a
// space, the start of the block or a digit ("7-6[5]", a tie-break).
func noteMarks(s string, out []span) []span {
	for _, m := range noteMark.FindAllStringIndex(s, -1) {
		r, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		if m[0] > 0 && (unicode.IsLetter(r) || strings.ContainsRune(`.,;:!?"'”’)]`, r)) {
			out = append(out, span{m[0], m[1]})
		}
	}
	return out
}
