package summarize

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"skim/summarize/internal/nearjoin"
)

// dedupe finds near-duplicates among sentence texts, in order. It returns
// of, where of[i] is the index of the earlier kept sentence that texts[i]
// duplicates, or -1 if texts[i] is kept. A sentence duplicates a kept one when
// the normalised edit distance of their comparison forms is at most threshold
// (see nearjoin.Find, which also says why its filters lose no pair). A
// threshold outside [0, MaxDupThreshold] is an error.
func dedupe(ctx context.Context, texts []string, threshold float64) ([]int, error) {
	if math.IsNaN(threshold) || threshold < 0 || threshold > MaxDupThreshold {
		return nil, fmt.Errorf("summarize: duplicate threshold %v is outside [0, %v]", threshold, MaxDupThreshold)
	}
	forms := make([]string, len(texts))
	fold := cases.Fold()
	for i, t := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		forms[i] = comparisonForm(fold, t)
	}
	return nearjoin.Find(ctx, forms, threshold)
}

// comparisonForm returns the form of a sentence that dedupe compares: case
// folded; whitespace, dashes and slashes collapsed to single spaces; quotes,
// apostrophes (including ` ´ ʼ) and other punctuation dropped, so "it's",
// "it’s" and "its" are one form. The form is valid UTF-8.
func comparisonForm(fold cases.Caser, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	folded := s
	if hasNonASCIILetter(s) {
		folded = fold.String(s) // else folding is lower-casing, done below
	}
	for _, r := range folded {
		var c formClass
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			c = asciiFormClasses[r]
		} else {
			c = formClassOf(r)
		}
		switch c {
		case gap:
			space = b.Len() > 0
		case kept:
			if space {
				b.WriteByte(' ')
				space = false
			}
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r)) // inlined, where WriteRune is a call
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// formClass is what comparisonForm does with a character.
type formClass uint8

const (
	kept    formClass = iota // copied
	gap                      // whitespace, dashes, slashes: one space between kept runs
	dropped                  // quotes, apostrophes, other punctuation
)

// formClassOf returns the class of r in comparison forms.
func formClassOf(r rune) formClass {
	switch {
	case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || r == '/':
		return gap
	case unicode.IsPunct(r) || r == '`' || r == '´' || r == 'ʼ':
		return dropped
	}
	return kept
}

// asciiFormClasses holds formClassOf of each ASCII character: looking them
// up in the Unicode tables took a third of comparisonForm's time.
var asciiFormClasses = func() (t [utf8.RuneSelf]formClass) {
	for c := range t {
		t[c] = formClassOf(rune(c))
	}
	return t
}()

// hasNonASCIILetter reports whether s holds a character beyond ASCII that
// case folding could change: anything but punctuation, symbols and spaces
// (curly quotes and dashes, common in news, need no folding).
func hasNonASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) && !unicode.IsSpace(r) {
			return true
		}
		i += size - 1
	}
	return false
}
