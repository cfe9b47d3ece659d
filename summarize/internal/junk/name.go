package junk

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words of names, as gluedWidgets reads them: capitalised runs of
// letters, where a capital after a lower-case letter marks a word glued on
// ("KerryJohn"). No word of a name is longer than maxNameWord runes.

// capitalised returns the word of name runes that opens s when it starts
// with an upper-case letter and has at most maxNameWord runes, or "".
func capitalised(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return ""
	}
	n := 0
	for i, r := range s {
		if !isNameRune(r) {
			return s[:i]
		}
		if n++; n > maxNameWord {
			return ""
		}
	}
	return s
}

// glueParts yields the parts of w, split where another word is glued on
// (see glueAfter).
func glueParts(w string) iter.Seq[string] {
	return func(yield func(string) bool) {
		from := 0
		for i := glueAfter(w, 0); i >= 0; i = glueAfter(w, from) {
			if !yield(w[from:i]) {
				return
			}
			from = i
		}
		yield(w[from:])
	}
}

// glueAfter returns the index in w, after from, where the next word is
// glued on, or -1: an upper-case letter right after a lower-case one (see
// isNameGlue: "LujánLuján"), or a capitalised word right after a period
// that ends a part of two letters or more since from ("Jr.Casey", but not
// the initials "K.J.").
func glueAfter(w string, from int) int {
	for i := from + 1; i < len(w); i++ {
		if isNameGlue(w, i) {
			return i
		}
		if w[i-1] == '.' && i-from > 2 {
			r, size := utf8.DecodeRuneInString(w[i:])
			if next, _ := utf8.DecodeRuneInString(w[i+size:]); unicode.IsUpper(r) && unicode.IsLower(next) {
				return i
			}
		}
	}
	return -1
}

// namePrefixes open surnames that have a capital inside ("McDonald",
// "DeSantis", "LaGuardia"): the capital after one is no glue.
var namePrefixes = []string{"Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "Von"}

// isNameGlue reports whether s[i] starts a word glued to the one before it
// (see isGlue), other than the rest of a surname after one of
// namePrefixes: the word before s[i] is the prefix alone.
func isNameGlue(s string, i int) bool {
	return isGlue(s, i) && !slices.ContainsFunc(namePrefixes, func(p string) bool {
		before, ok := strings.CutSuffix(s[:i], p)
		r, _ := utf8.DecodeLastRuneInString(before)
		return ok && (before == "" || !isNameRune(r))
	})
}

// isGlue reports whether s[i] starts an upper-case letter glued to a
// lower-case one before it ("KerryJohn").
func isGlue(s string, i int) bool {
	if c := s[i]; c < 0x80 && (c < 'A' || c > 'Z') || !utf8.RuneStart(c) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsUpper(r) && unicode.IsLower(p)
}

// lastWord returns the capitalised word that ends s, or "" if there is
// none or it has more than maxNameWord runes.
func lastWord(s string) string {
	i := len(s)
	for n := 0; i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isNameRune(r) {
			break
		}
		if n == maxNameWord {
			return ""
		}
		i -= size
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
		return ""
	}
	return s[i:]
}

// isNameRune reports whether r can be part of a word of a name.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-' || r == '.'
}
