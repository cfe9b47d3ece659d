package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCreditWords is the number of words a photo credit may hold after
// "Credit:" at the end of a caption ("… on Thursday Credit: STR/AFP").
const maxCreditWords = 5

// measureShape sets the features of block b that tell the lines around an
// article's head apart: a byline, a headline's shape and a caption's
// credit. ws are the block's lower-cased words.
func measureShape(b string, ws []string, f *features) {
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(b, "\"'“‘(["))
	upper := unicode.IsUpper(first) || unicode.IsDigit(first)
	f.byline = len(ws) >= 2 && ws[0] == "by" && startsUpper(b[len("by"):])
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(b, "\"'”’)]»"))
	f.titleLike = upper && !strings.ContainsRune(".,:;", end)
	if i := strings.LastIndex(b, "Credit:"); i > 0 {
		f.credit = len(strings.Fields(b[i+len("Credit:"):])) <= maxCreditWords
	}
}

// startsUpper reports whether the first word of s (after spaces) starts
// with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return unicode.IsUpper(r)
}
