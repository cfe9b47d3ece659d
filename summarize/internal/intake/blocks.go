package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/punct"
	"skim/summarize/internal/textmap"
)

// hardBlocks splits s into its hard blocks: a blank line always ends one; a
// single newline does too, unless the line is hard-wrapped (see wraps), in
// which case the lines are joined by a space. Each block is trimmed and its
// runs of spaces collapsed.
func hardBlocks(s *textmap.Text) []textmap.Text {
	lines := splitLines(s)
	join := wraps(s.String(), lines)
	var out []textmap.Text
	var b *textmap.Builder
	for i, l := range lines {
		switch {
		case l.x == l.y:
			continue
		case i > 0 && join[i-1]:
			from, to := s.Span(lines[i-1].y, l.x) // the line break, as given
			b.Add(" ", from, to, textmap.Whole)
		default:
			if b != nil {
				out = append(out, b.Text())
			}
			b = textmap.NewBuilder(s.Source())
			b.Grow(l.y - l.x) // the block's first line, often its only one
		}
		b.CopyCollapsed(s, l.x, l.y)
	}
	if b != nil {
		out = append(out, b.Text())
	}
	return out
}

// line is text[x:y], a line without its newline and end spaces; runes is
// its width as given in the article (what a wrapper counted), 0 if blank.
type line struct {
	x, y, runes int
}

// splitLines returns the lines of s.
func splitLines(s *textmap.Text) []line {
	text := s.String()
	var lines []line
	for x := 0; x <= len(text); {
		y := len(text)
		if i := strings.IndexByte(text[x:], '\n'); i >= 0 {
			y = x + i
		}
		var l line
		if l.x, l.y = textmap.TrimSpaces(text, x, y); l.x < l.y {
			start, end := s.Span(l.x, l.y)
			l.runes = utf8.RuneCountInString(s.Source()[start:end])
		}
		lines = append(lines, l)
		x = y + 1
	}
	return lines
}

// minWrapWidth is the narrowest width, in characters, taken for hard
// wrapping: mail and editors wrap at 60 to 80 columns, while a list of
// lines all shorter than this is a list, not wrapped prose.
const minWrapWidth = 40

// wraps reports for each line whether the next one continues it as
// hard-wrapped prose. The wrap width is the longest line (at least
// minWrapWidth characters). Line P runs on into the next line N when P does
// not end a sentence and is full: N's first word would not have fit after
// it, the only place a greedy wrapper breaks. P wraps into N when, also, N
// starts in lower case (a capital may open a headline or list item) and the
// stretch that runs on from N holds a sentence end: wrapped text is prose,
// so lines without sentence punctuation (a list, notes) stay apart.
func wraps(text string, lines []line) []bool {
	width := 0
	for _, l := range lines {
		width = max(width, l.runes)
	}
	join := make([]bool, len(lines))
	if width < minWrapWidth {
		return join
	}
	ends := false // whether the stretch that runs on from line i+1 holds a sentence end
	for i := len(lines) - 1; i >= 0; i-- {
		p := text[lines[i].x:lines[i].y]
		runsOn, lower := false, false
		if i+1 < len(lines) && p != "" && !punct.EndsSentence(p) {
			n := text[lines[i+1].x:lines[i+1].y]
			first, _, _ := strings.Cut(n, " ")
			r, _ := utf8.DecodeRuneInString(n)
			runsOn = n != "" && lines[i].runes+1+utf8.RuneCountInString(first) > width
			lower = unicode.IsLower(r)
		}
		join[i] = runsOn && lower && ends
		ends = punct.HoldsSentenceEnd(p) || runsOn && ends
	}
	return join
}
