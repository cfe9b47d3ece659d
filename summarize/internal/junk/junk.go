// Package junk finds the scraped junk in a block of text (bylines, share
// prompts, credit lines, datelines, related-links widgets…) with a table of
// rules. Each rule is one row (see the table in rules.go): a stable ID for
// tests and dumps, a reason for people, the place in a block it looks at,
// a matcher with a cheap trigger that finds candidates, and an optional
// accept check. One runner, Find, applies the rules of the places asked
// for and returns byte ranges of the block, each with the rule that made
// it.
//
// Every rule is specific on purpose: leaving junk in costs a little,
// cutting a real sentence costs more. Patterns are bounded ({0,n}) so that
// each match stays short.
//
//	cuts := junk.Find(block, junk.Inline, junk.Trailer)
//	for _, c := range cuts { fmt.Println(c.Rule.ID, block[c.Start:c.End]) }
package junk

import "sync"

// Place is where in a block a rule looks, which decides how the runner
// applies it (see Find).
type Place uint8

const (
	// Whole rules match a whole block: lines that are junk on their own.
	Whole Place = iota
	// Opening rules match at the start of a block (datelines).
	Opening
	// Inline rules match anywhere in a block.
	Inline
	// Trailer rules match at the end of a block (credit and update lines).
	Trailer
	places // the number of places
)

// Rule is one row of the table: one kind of junk.
type Rule struct {
	// ID names the rule for tests and dumps, stable across releases:
	// "credit/contributed", "dateline/wire".
	ID string
	// Reason says why its cuts are left out, for people: "credit line".
	Reason string
	// Place is where in a block the rule looks.
	Place Place
	// match finds the rule's candidates.
	match matcher
	// accept, when set, checks a candidate block[start:end] and returns
	// where its cut ends (end, or further on), or -1 to reject it.
	accept func(block string, start, end int) int
}

// matcher finds the candidates of one rule in the text its place gives it
// (see Find): goldmark's block parsers and bleve's token filters in one
// small interface.
type matcher interface {
	// trigger returns literals of which the text must hold one for find
	// to run: the cheap pre-filter. Nil means any text.
	trigger() []string
	// find appends the candidates in s to out, in order, and returns it.
	find(s string, out []span) []span
}

// span is a candidate s[start:end] of a matcher.
type span struct {
	start, end int
}

// Cut is a stretch of a block to leave out, and the rule that found it.
type Cut struct {
	Start, End int // byte offsets into the block
	Rule       *Rule
}

// table is the rule table, compiled on first use: at package init,
// compiling its patterns (3 MB, 15-90 ms natively, more in wasm) delayed
// every importer and the page's "engine ready".
type table struct {
	rules   []Rule
	byPlace [places][]*Rule // in priority order
}

// theTable returns the rule table.
var theTable = sync.OnceValue(func() *table {
	t := &table{rules: rules()}
	for i := range t.rules {
		r := &t.rules[i]
		t.byPlace[r.Place] = append(t.byPlace[r.Place], r)
	}
	return t
})

// Rules returns the rule table, in priority order within each place.
func Rules() []Rule {
	return append([]Rule(nil), theTable().rules...)
}

// Continues reports whether block, which follows a block that r cut whole,
// is more of the same notice: a cookie banner's lines about consent, data
// and partners after its "We use cookies" line. Only rules whose notices
// run over several blocks continue; for the others it reports false.
func (r *Rule) Continues(block string) bool {
	b, ok := r.match.(banner)
	return ok && b.follow != nil && len(block) <= maxJunkLine && b.follow.MatchString(block)
}
