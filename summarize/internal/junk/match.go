package junk

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"skim/summarize/internal/punct"
)

// The matchers, one for each way a rule finds candidates. The pattern
// matchers are built from regular expressions; finder runs a function.

// line matches a whole block of at most maxJunkLine bytes: re must match
// it, leaving at most before and after characters on either side (0 for a
// pattern anchored at both ends), checked in code: .{0,300} would compile
// to 300 copies.
type line struct {
	keys          []string
	re            *regexp.Regexp
	before, after int
}

func (l line) trigger() []string { return l.keys }

func (l line) find(s string, out []span) []span {
	if len(s) <= maxJunkLine && l.matches(s) {
		out = append(out, span{0, len(s)})
	}
	return out
}

// matches reports whether l.re matches s within l's slack.
func (l line) matches(s string) bool {
	if l.before == 0 && l.after == 0 {
		return l.re.MatchString(s)
	}
	for _, m := range l.re.FindAllStringIndex(s, -1) {
		if utf8.RuneCountInString(s[:m[0]]) <= l.before && utf8.RuneCountInString(s[m[1]:]) <= l.after {
			return true
		}
	}
	return false
}

// Boundaries an inline match may need before it (see isBoundary).
type boundary uint8

const (
	sentence boundary = iota // at a sentence boundary
	glued                    // also glued to the word before
	anywhere                 // no boundary needed
)

// heads matches anywhere in a block with one pattern per literal head: the
// head, then a shared tail. Giving each pattern a literal head (rather than
// an alternation) lets the matcher skip from one occurrence of it to the
// next; the boundary before a match and its length (maxInline) are checked
// in code, because bounded repeats such as {0,160} make Go's matcher track
// a thread per count and run many times slower.
type heads struct {
	literals []string // the literal prefix of each pattern
	res      []*regexp.Regexp
	before   boundary
}

// newHeads returns the heads matcher of tail after each of literals.
func newHeads(before boundary, tail string, literals ...string) heads {
	h := heads{before: before}
	for _, l := range literals {
		re := regexp.MustCompile(regexp.QuoteMeta(l) + tail)
		prefix, _ := re.LiteralPrefix()
		h.res, h.literals = append(h.res, re), append(h.literals, prefix)
	}
	return h
}

func (h heads) trigger() []string { return h.literals }

func (h heads) find(s string, out []span) []span {
	for k, re := range h.res {
		if !strings.Contains(s, h.literals[k]) {
			continue
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			if m[1]-m[0] <= maxInline && (h.before == anywhere || isBoundary(s, m[0], h.before == glued)) {
				out = append(out, span{m[0], m[1]})
			}
		}
	}
	return out
}

// isBoundary reports whether a cut may start at s[i]: at a sentence
// boundary (see punct.IsBoundary); with glued, also right after a
// lower-case letter, a digit or a boundary mark ("appearanceREAD MORE:",
// "breaches.\"READ MORE:").
func isBoundary(s string, i int, glued bool) bool {
	if glued && i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune(punct.Boundary, r) {
			return true
		}
	}
	return punct.IsBoundary(s, i)
}

// tail matches a trailer: group 1 of body, which must match through the
// end of the text, after what lead allows before it. It runs only when one
// of keys lies within trailerNear bytes of the end, and on the
// trailerWindow bytes before that key, so a long block costs no more than
// a short one.
type tail struct {
	keys []string
	lead lead
	body *regexp.Regexp // anchored at the start
}

// lead is what may stand before a trailer in the window a tail reads.
type lead uint8

const (
	atStart            lead = iota // the start of the window only: ^body
	afterBoundary                  // or a boundary mark and spaces: (?:^|[mark]\s+)body
	afterGluedBoundary             // or a boundary mark, spaces or not: (?:^|[mark]\s*)body
)

// newTail returns the tail matcher of body after lead.
func newTail(keys []string, l lead, body string) tail {
	return tail{keys: keys, lead: l, body: regexp.MustCompile(`^(?:` + body + `)`)}
}

func (t tail) trigger() []string { return t.keys }

func (t tail) find(s string, out []span) []span {
	k, near := -1, max(0, len(s)-trailerNear)
	for _, key := range t.keys {
		if i := strings.LastIndex(s[near:], key); i >= 0 {
			k = max(k, near+i)
		}
	}
	if k < 0 {
		return out
	}
	start := max(0, k-trailerWindow)
	for start > 0 && !utf8.RuneStart(s[start]) {
		start++
	}
	// A match that opens the window must open a sentence in s too.
	if g := t.match(s[start:]); g != nil && (g[0] > 0 || punct.IsBoundary(s, start)) {
		out = append(out, span{start + g[0], start + g[1]})
	}
	return out
}

// match returns group 1 of the leftmost match of lead and body in w, or
// nil: what the unanchored pattern of both would find. Rather than let the
// pattern try every byte of w (a tenth of a CNN story's time went to one
// trailer rule), it tries body only where lead can end, in the order the
// pattern would: at the start, then after each boundary mark (see
// punct.Boundary), its spaces taken greedily, most first.
func (t tail) match(w string) []int {
	if m := t.body.FindStringSubmatchIndex(w); m != nil {
		return m[2:4]
	}
	if t.lead == atStart {
		return nil
	}
	fewest := 1 // spaces after the mark
	if t.lead == afterGluedBoundary {
		fewest = 0
	}
	for p, r := range w {
		if !strings.ContainsRune(punct.Boundary, r) {
			continue
		}
		from := p + utf8.RuneLen(r)
		end := from
		for end < len(w) && isPatternSpace(w[end]) {
			end++
		}
		for q := end; q >= from+fewest; q-- {
			if m := t.body.FindStringSubmatchIndex(w[q:]); m != nil {
				return []int{q + m[2], q + m[3]}
			}
		}
	}
	return nil
}

// isPatternSpace reports whether c is a space as \s matches one in Go's
// patterns: tab, newline, form feed, carriage return or space (not \v).
func isPatternSpace(c byte) bool {
	switch c {
	case '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

// short runs its matcher only on text of at most max bytes: a rule whose
// junk is always short (a caption) spares a long block its pattern.
type short struct {
	max int
	m   matcher
}

func (s short) trigger() []string { return s.m.trigger() }

func (s short) find(text string, out []span) []span {
	if len(text) > s.max {
		return out
	}
	return s.m.find(text, out)
}

// opening matches group 1 of re, which must open the text and not be
// empty, in the first maxDateline bytes.
type opening struct {
	re *regexp.Regexp
}

func (o opening) trigger() []string { return nil }

func (o opening) find(s string, out []span) []span {
	if m := o.re.FindStringSubmatchIndex(s[:min(len(s), maxDateline)]); m != nil && m[3] > 0 {
		out = append(out, span{0, m[3]})
	}
	return out
}

// finder finds candidates with a function of its own; it runs only on text
// holding one of keys (any text if keys is nil).
type finder struct {
	keys []string
	fn   func(s string, out []span) []span
}

func (f finder) trigger() []string { return f.keys }

func (f finder) find(s string, out []span) []span { return f.fn(s, out) }

// banner matches a whole block of any length made of notice phrases: the
// block holds a match of re, and matches of re or of terms follow one
// another with at most gap characters before the first, between two and
// after the last. A block with one match of re and at most gap characters
// on either side is one; so is a long cookie banner that names cookies,
// consent and settings throughout. A banner may run on over the blocks
// after it: one of at most maxJunkLine bytes that holds a match of follow
// continues it (see Rule.Continues).
type banner struct {
	keys              []string
	re, terms, follow *regexp.Regexp
	gap               int
}

func (b banner) trigger() []string { return b.keys }

func (b banner) find(s string, out []span) []span {
	if !b.re.MatchString(s) {
		return out
	}
	at := 0
	ms := append(b.re.FindAllStringIndex(s, -1), b.terms.FindAllStringIndex(s, -1)...)
	slices.SortFunc(ms, func(x, y []int) int { return x[0] - y[0] })
	for _, m := range ms {
		if m[0] > at && utf8.RuneCountInString(s[at:m[0]]) > b.gap {
			return out
		}
		at = max(at, m[1])
	}
	if utf8.RuneCountInString(s[at:]) > b.gap {
		return out
	}
	return append(out, span{0, len(s)})
}
