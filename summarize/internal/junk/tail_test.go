package junk

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"skim/summarize/internal/punct"
)

// TestTailMatchesPattern checks every trailer rule's tail, which tries its
// body only where its lead can end, against the unanchored pattern of lead
// and body it replaced, written out again here, on random blocks built
// from the pieces of credit, copyright, update and photo trailers.
func TestTailMatchesPattern(t *testing.T) {
	mark := `[` + regexp.QuoteMeta(punct.Boundary) + `]`
	leads := map[lead]string{atStart: `^`, afterBoundary: `(?:^|` + mark + `\s+)`, afterGluedBoundary: `(?:^|` + mark + `\s*)`}
	patterns := map[*regexp.Regexp]*regexp.Regexp{} // by body
	reference := func(tl tail, s string) []span {
		re := patterns[tl.body]
		if re == nil {
			body := strings.TrimSuffix(strings.TrimPrefix(tl.body.String(), `^(?:`), `)`)
			re = regexp.MustCompile(leads[tl.lead] + body)
			patterns[tl.body] = re
		}
		k, near := -1, max(0, len(s)-trailerNear)
		for _, key := range tl.keys {
			if i := strings.LastIndex(s[near:], key); i >= 0 {
				k = max(k, near+i)
			}
		}
		if k < 0 {
			return nil
		}
		start := max(0, k-trailerWindow)
		for start > 0 && s[start]&0xc0 == 0x80 {
			start++
		}
		if m := re.FindStringSubmatchIndex(s[start:]); m != nil && (m[2] > 0 || punct.IsBoundary(s, start)) {
			return []span{{start + m[2], start + m[3]}}
		}
		return nil
	}
	var tails []*Rule
	for i, r := range theTable().rules {
		switch m := r.match.(type) {
		case tail:
			tails = append(tails, &theTable().rules[i])
		case short:
			if _, ok := m.m.(tail); ok {
				tails = append(tails, &theTable().rules[i])
			}
		}
	}
	if len(tails) < 10 {
		t.Fatalf("found %d trailer rules, want the 10 of the table", len(tails))
	}
	parts := []string{
		"The talks went on.", "officials said", "CNN's", "CNN", "Jim Smith", "Ana", "de", "al-Arab", "and", "also", "of the", "in", ",", "producer",
		"contributed", "contributed to this report", "contributed reporting", " from Oslo", "wrote this story", "reported and wrote",
		"Journalists", "reported", "Reporting by Jane Doe", "Additional reporting by", "; Editing by Tom Lee", "Writing by", "(", ")",
		"Copyright 2015 CNN", "©", "Email the author", " at ana@example.com", "See the original story at", "example.com",
		"This story was updated", " to include new figures", "—", "Photo", "Credit:", "REUTERS/Jane Doe", "/AFP/Getty Images", "Getty Images",
		" for The Daily Times", "is available online:", "can be found at", "http://example.org/a", "www.", ".", "!", "?", "\"", "”", "’", "'", " ", "  ", "\n", "\t", "\v", "é", "Ünal", "2016",
	}
	trailers := []string{
		"CNN's Jim Smith contributed to this report.", "Ana de Vogue and CNN's Jim Smith contributed reporting from Oslo.",
		"CNN's Ana Bo reported from Oslo.", "Jim Smith wrote this story.", "(Reporting by Jane Doe; Editing by Tom Lee)",
		"Reporting by Jane Doe in Oslo; Writing by Tom Lee", "Email the author at ana@example.com.", "Copyright 2015 CNN. All rights reserved.",
		"© 2016 Reuters", "See the original story at example.com", "— This story has been updated to include new figures.",
		"A boat at dawn. Photo: Jane Doe/AFP/Getty Images", "(Ann Bo/AFP/Getty Images)", "REUTERS/Jane Doe",
		"Credit: Jane Doe for The Daily Times", "Residents of Millbrook also contributed.",
		"The full report is available online: http://example. org/ a/ 10. 17", "Polls can be found at Example.com at http://example.com/polls",
	}
	r := rand.New(rand.NewPCG(11, 3))
	matched := 0
	for range 4000 {
		var b strings.Builder
		if r.IntN(4) == 0 {
			b.WriteString(strings.Repeat("The talks went on for a week. ", 20+r.IntN(20))) // past the window
		}
		for range 1 + r.IntN(16) {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		if r.IntN(2) == 0 { // a whole trailer at the end, after a mark
			b.WriteString([]string{". ", "\" ", "”\n", ".", "! \t", " "}[r.IntN(6)])
			b.WriteString(trailers[r.IntN(len(trailers))])
		}
		s := b.String()
		for _, rule := range tails {
			var tl tail
			switch m := rule.match.(type) {
			case tail:
				tl = m
			case short:
				tl = m.m.(tail)
			}
			got, want := tl.find(s, nil), reference(tl, s)
			if len(got) != len(want) || len(got) > 0 && got[0] != want[0] {
				t.Fatalf("%s: tail.find(%q) = %v, want %v", rule.ID, s, got, want)
			}
			if len(want) > 0 {
				matched++
			}
		}
	}
	if matched < 500 {
		t.Errorf("only %d trailers matched: the test hardly tests", matched)
	}
}
