package summarize

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Scraped-junk detection. Every rule is specific on purpose: leaving junk in
// costs a little, cutting a real sentence costs more. Patterns are bounded
// ({0,n}) so that each match stays short.
// The rule tables are compiled on first use (sync.OnceValue): at package
// init, compiling them (3 MB, 15-90 ms natively, more in wasm) delayed every
// importer and the page's "engine ready".

// cut is a stretch of a block to leave out, and why (for people).
type cut struct {
	start, end int // byte offsets into the block's text
	reason     string
}

// junkRule finds junk with a regular expression. Group 1 of re, when it
// has one, is the stretch to cut; otherwise the whole match is.
type junkRule struct {
	reason string
	keys   []string // the rule runs only on text holding one of these
	re     *regexp.Regexp
}

// wholeRule is a junkRule for a whole block; its match may leave at most
// before and after characters on either side (0 for a pattern anchored at
// both ends), checked in code: .{0,300} would compile to 300 copies.
type wholeRule struct {
	junkRule
	before, after int
}

// Pieces of patterns: a sentence boundary before a cut, and a capitalised
// word (names, initials such as "K.J.", places).
const (
	bnd     = `(?:^|[.!?"”’)]\s+)`
	capWord = `[\p{Lu}][\p{L}'’.-]*`
)

// wholeRules match a whole block: lines that are junk on their own. A
// share/subscribe prompt must also read as one (see promptEnd).
var wholeRules = sync.OnceValue(func() []wholeRule {
	return []wholeRule{
		{junkRule{"byline", []string{"By ", "BY ", "by "}, regexp.MustCompile(`^(?:By|BY|Written by|Words by) ` +
			capWord + `(?: ` + capWord + `){1,3}(?:(?:,| and| &) ` + capWord + `(?: ` + capWord + `){0,3})*(?: ?[,|–—-] ?(?:` + capWord + ` ?){1,6})?$`)}, 0, 0},
		{junkRule{promptReason, nil, regexp.MustCompile(`(?i)^(?:(?:share(?: this(?: article| story)?| on)?|tweet|e-?mail|print|save|copy link|\d* ?comments?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|messenger)(?: ?[|/·•,] ?| |$))+$`)}, 0, 0},
		{junkRule{promptReason, nil, regexp.MustCompile(`(?i)^(?:subscribe|sign up|get our|join our|follow us|like us|never miss)\b[^.!?]{0,150}?\b(?:newsletters?|subscribe|subscription|inbox|twitter|facebook|instagram|linkedin|youtube|updates|alerts)\b.{0,100}$`)}, 0, 0},
		{junkRule{"cookie notice", []string{"ookie"}, regexp.MustCompile(`(?i)\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies)\b`)}, 300, 300},
		{junkRule{"advertisement", nil, regexp.MustCompile(`(?i)^(?:advertisement|advertising|sponsored(?: content| post)?|paid (?:content|post)|ad|story continues below(?: advertisement)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?)$`)}, 0, 0},
		{junkRule{"read-more link", nil, regexp.MustCompile(`^(?:(?:Read more|READ MORE|Read|READ|Related|RELATED|See also|SEE ALSO|More|MORE|Watch|WATCH) ?: ?|(?:Click|Tap) here\b)`)}, 0, 150},
		{junkRule{"read-more link", nil, regexp.MustCompile(`(?i)^(?:read more|related (?:articles|stories|coverage|content)|more on this story|recommended|most read)$`)}, 0, 0},
		{junkRule{"photo credit", nil, regexp.MustCompile(`^\(?(?:Photos?|Photograph|Images?|Pictures?|Photo credit|Credit)(?: by|:) ?.{1,100}$|^.{0,60}/ ?(?:Getty Images|AFP|AP|Reuters|EPA|Bloomberg|Shutterstock|Corbis|Alamy)(?:/[\p{L} ]{1,30})*\)?$`)}, 0, 0},
	}
})

// trailerRules match at the end of a block (credit and update trailers);
// they are applied repeatedly, so a chain of trailers goes as a whole. A
// credit line must also read as one (see isCredit).
var trailerRules = sync.OnceValue(func() []junkRule {
	return []junkRule{
		{creditReason, []string{"contributed"}, regexp.MustCompile(bnd + `((?:(?:CNN's|CNN|` + capWord + `|` + nameParticle + `|and|as well as|also|of|the|in|` + staffRoles + `|,) ?){1,30}contributed(?: reporting)?(?: to this (?:report|story))?(?: (?:from|in) [^.!?"“”]{1,60}?)? ?\.)\s*$`)},
		{creditReason, []string{"wrote", "reported"}, regexp.MustCompile(bnd + `((?:(?:CNN's|CNN|Journalists?) (?:(?:` + capWord + `|and|,) ?){1,12}(?:reported|wrote)|(?:(?:` + capWord + `|and|,) ?){1,12}(?:reported and wrote|wrote this (?:story|report)))(?:[^.!?"“”]|\p{Lu}\.){0,100}?\.)\s*$`)},
		{creditReason, []string{"eporting by"}, regexp.MustCompile(`(?:^|[.!?"”’)]\s*)(\((?:Additional )?[Rr]eporting by [^()]{1,200}\)|(?:Additional )?Reporting by [^;()]{1,120}?; ?(?:Writing|Editing|Additional reporting)(?: by)? [^()]{1,200}?)\s*$`)},
		{creditReason, []string{"eporting by", "Writing by", "Editing by"}, regexp.MustCompile(`(?:^|[.!?"”’)]\s*)(\(?` + creditBy + `(?: ?[;,] ?` + creditBy + `){0,4}\.?\)?)\s*$`)},
		{creditReason, []string{" the author", " the writer", " the reporter"}, regexp.MustCompile(bnd + `((?:E-?mail|Contact|Write to) the (?:author|writer|reporter)s?(?: (?:at|on) \S{1,80}?| ?: ?\S{1,80}?)?\.?)\s*$`)},
		{"copyright line", []string{"©", "Copyright"}, regexp.MustCompile(bnd + `((?:©|Copyright ?(?:©|\d{4}))[^"“”]{0,100}?)\s*$`)},
		{"source link", []string{"original", "appeared", "published"}, regexp.MustCompile(bnd + `((?:See the original (?:story|article|post) at|This (?:article|story) (?:originally )?appeared (?:on|in|at)|(?:Originally|First) published (?:on|in|at|by)) [^"“”]{1,80}?)\s*$`)},
		{"update trailer", []string{"updated"}, regexp.MustCompile(`(?:^|[.!?"”’)]\s*)((?:—|–|--?)? ?This (?:report|story|article|post) (?:was|has been) (?:last )?updated(?: (?:at|on) [^"“”]{1,60}?| to (?:include|reflect|correct|add|clarify)[^"“”]{0,80}?)?\.?)\s*$`)},
	}
})

// month matches a month name or its abbreviation.
const month = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`

// clock matches a time of day with an optional zone ("10:32 PM ET").
const clock = `\d{1,2}:\d{2} ?(?:[AaPp]\.?[Mm]\.?)?(?: ?[A-Z]{2,4}\b)?`

// inlineRule finds junk anywhere in a block. Each pattern starts with a
// literal, so the matcher skips from one occurrence of it to the next; the
// sentence boundary before a match (see isBoundary) and its length
// (maxInline) are checked in code, because bounded repeats such as {0,160}
// make Go's matcher track a thread per count and run many times slower.
type inlineRule struct {
	reason string
	re     *regexp.Regexp
	glued  bool // a match may also be glued to the word before it
	any    bool // no boundary is needed at all
}

// inlineRules match anywhere in a block, share/subscribe prompts among them
// (see promptRules).
var inlineRules = sync.OnceValue(func() []inlineRule {
	return slices.Concat(
		heads("update stamp", `:? (?:(?:at )?`+clock+`,? )?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:`+month+` \d{1,2},? \d{4}|\d{1,2} `+month+` \d{4}|\d{4}-\d{2}-\d{2})(?:,? (?:at )?`+clock+`)?`, true, false, "Updated"),
		heads("read-more link", `(?: from [^:.!?]{1,40})? ?:[^.!?\n]*?(?: \.|[?!]|$)`, true, false,
			"READ", "READ MORE", "Read", "Read more", "Read More", "Read this", "SEE MORE", "See more", "See More"),
		promptRules(),
		heads("TV promo", ` [^.!?]+? (?:weekdays|weeknights|weekends|nightly|daily|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b[^.!?]*?\b(?:ET|PT|CT|GMT)\b\.?`, false, false, "Watch"),
		heads("photo credit", `(?: by|:| credit:?) ?[^()]+\)`, false, true, "(Photo", "(Photos", "(Photograph", "(Image", "(Images", "(Picture", "(Pictures", "(Video", "(Credit"),
		heads("photo credit", `(?: by| credit)?: [^.!?()\n]*?(?:Getty Images|AFP|AP|Reuters|EPA|Bloomberg|Shutterstock|Corbis|Alamy)(?:/[\p{L} ]{1,30})*`, false, true,
			"Photo", "Photos", "Photograph", "Image", "Images", "Picture", "Pictures"),
	)
})

// heads returns one rule per head: the literal head, then tail. Giving each
// pattern a literal head (rather than an alternation) is what lets the
// matcher skip ahead.
func heads(reason, tail string, glued, any bool, literals ...string) []inlineRule {
	var out []inlineRule
	for _, h := range literals {
		out = append(out, inlineRule{reason, regexp.MustCompile(regexp.QuoteMeta(h) + tail), glued, any})
	}
	return out
}

// clickHere ends a call to action ("For the latest on the show click
// here."); the cut runs back to the start of its sentence.
var clickHere = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`click here[.!]`) })

// maxPrompt bounds how far back a "click here." sentence may start, and
// maxInline the length of an inline match.
const (
	maxPrompt = 120
	maxInline = 300
)

// isBoundary reports whether a cut may start at s[i]: at the start of the
// block, or after sentence punctuation (or a closing quote or bracket) and
// a space; with glued, also right after a lower-case letter, a digit or
// such punctuation ("appearanceREAD MORE:", "breaches.\"READ MORE:").
func isBoundary(s string, i int, glued bool) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if glued && (unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune(`.!?"”’)`, r)) {
		return true
	}
	before := strings.TrimRight(s[:i], " ")
	r, _ = utf8.DecodeLastRuneInString(before)
	return before == "" || len(before) < i && strings.ContainsRune(`.!?"”’)`, r)
}

// A trailer's key must lie within trailerNear bytes of the block's end,
// and the trailer start within trailerWindow bytes before its key;
// maxTrailers bounds how many are cut from one block (real articles have
// one to three; the bound keeps a block of 10,000 credit lines fast).
const (
	trailerNear   = 300
	trailerWindow = 600
	maxTrailers   = 8
)

// findJunk returns the junk inside one block (glued widgets, inline
// prompts and credits, trailers), sorted and without overlaps.
func findJunk(block string) []cut {
	cuts := append(gluedWidgets(block), sponsoredWidgets(block)...)
	for _, r := range inlineRules() {
		if prefix, _ := r.re.LiteralPrefix(); !strings.Contains(block, prefix) {
			continue
		}
		for _, m := range r.re.FindAllStringIndex(block, -1) {
			if m[1]-m[0] > maxInline || !r.any && !isBoundary(block, m[0], r.glued) {
				continue
			}
			if r.reason == promptReason {
				if m[1] = promptEnd(block, m[0], m[1]); m[1] < 0 {
					continue
				}
			}
			cuts = append(cuts, cut{m[0], m[1], r.reason})
		}
	}
	for _, m := range clickHere().FindAllStringIndex(block, -1) {
		if r, _ := utf8.DecodeLastRuneInString(block[:m[0]]); unicode.IsLetter(r) {
			continue
		}
		start := max(0, m[0]-maxPrompt)
		if i := strings.LastIndexAny(block[start:m[0]], ".!?"); i >= 0 {
			start += i + 1
		}
		start, _ = trimSpaces(block, start, m[0])
		if end := promptEnd(block, start, m[1]); end >= 0 && isBoundary(block, start, false) {
			cuts = append(cuts, cut{start, end, promptReason})
		}
	}
	for end, n := len(block), 0; end > 0 && n < maxTrailers; n++ {
		c, ok := trailer(block[:end])
		if !ok {
			break
		}
		cuts, end = append(cuts, c), c.start
	}
	return mergeCuts(cuts)
}

// maxJunkLine bounds the length of a block that wholeJunk looks at.
const maxJunkLine = 600

// wholeJunk returns a cut of the whole block when it is a junk line, such
// as a byline or a share prompt.
func wholeJunk(block string) []cut {
	if len(block) > maxJunkLine {
		return nil
	}
	for _, r := range wholeRules() {
		if hasAny(block, r.keys) && r.matchesWhole(block) && (r.reason != promptReason || promptEnd(block, 0, len(block)) >= 0) {
			return []cut{{0, len(block), r.reason}}
		}
	}
	return nil
}

// matchesWhole reports whether block is junk by rule r: r.re matches it,
// leaving at most r.before and r.after characters on either side.
func (r *wholeRule) matchesWhole(block string) bool {
	if r.before == 0 && r.after == 0 {
		return r.re.MatchString(block)
	}
	for _, m := range r.re.FindAllStringIndex(block, -1) {
		if utf8.RuneCountInString(block[:m[0]]) <= r.before && utf8.RuneCountInString(block[m[1]:]) <= r.after {
			return true
		}
	}
	return false
}

// trailer returns the trailer that ends s, if any. A rule is tried only
// when one of its keys lies within trailerNear bytes of the end, and on the
// trailerWindow bytes before that key, so a long block costs no more than a
// short one.
func trailer(s string) (cut, bool) {
	for _, r := range trailerRules() {
		k, near := -1, max(0, len(s)-trailerNear)
		for _, key := range r.keys {
			if i := strings.LastIndex(s[near:], key); i >= 0 {
				k = max(k, near+i)
			}
		}
		if k < 0 {
			continue
		}
		start := max(0, k-trailerWindow)
		for start > 0 && !utf8.RuneStart(s[start]) {
			start++
		}
		m := r.re.FindStringSubmatchIndex(s[start:])
		// A match that opens the window must open a sentence in s too.
		if m != nil && (m[2] > 0 || isBoundary(s, start, false)) && (r.reason != creditReason || isCredit(s[start+m[2]:start+m[3]])) {
			return cut{start + m[2], start + m[3], r.reason}, true
		}
	}
	return cut{}, false
}

// mergeCuts sorts cuts and merges those that overlap or touch.
func mergeCuts(cuts []cut) []cut {
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })
	var out []cut
	for _, c := range cuts {
		if n := len(out); n > 0 && c.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, c.end)
			continue
		}
		out = append(out, c)
	}
	return out
}

// hasAny reports whether s holds one of keys, or keys is empty.
func hasAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return len(keys) == 0
}
