package junk

import (
	"regexp"
	"skim/summarize/internal/attribution"
	"skim/summarize/internal/punct"
	"strings"
	"sync"
)

// Pieces of the credit-line patterns in the table, and the check each
// match must pass.

// staffRoles are the roles a credit line may name ("Associated Press
// writer Jim Beam contributed to this report").
const staffRoles = `journalists?|producers?|reporters?|correspondents?|meteorologists?|writers?|staff|editors?|photographers?|researchers?|videographers?`

// newsOrgs are news organisations a credit line may name.
const newsOrgs = `CNN|Associated Press|AP|Reuters|AFP|Bloomberg|BBC|NPR`

// nameParticle is a lower-case word inside a name ("Ariane de Vogue",
// "Mustafa al-Arab").
const nameParticle = `(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|la|le|bin|ibn|al|el)(?:-` + capWord + `)?`

// creditBy is one credit of a wire story's sign-off: "Reporting by", "Additional
// reporting by", "Writing by" or "Editing by", then names only, and maybe
// the place the reporting was done in ("Reporting by Jane Doe in Oslo").
// Prose such as "Reporting by the local paper revealed the deal" does not
// fit: its words are not names.
const creditBy = `(?:(?:Additional r|R|r)eporting|Writing|Editing|writing|editing)(?: and (?:[Ww]riting|[Ee]diting|[Rr]eporting))? by ` +
	capWord + `(?: ` + capWord + `){0,3}(?:(?:,| and| &) ` + capWord + `(?: ` + capWord + `){0,3}){0,8}(?: (?:in|from) ` + capWord + `(?:,? ` + capWord + `){0,3})?`

// creditFiller finds the words that may join the names of a credit line
// ("CNN's Ana Bo in Oslo also contributed"), and creditRole a staff role or
// news organisation that may come before them.
var (
	creditFiller = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(?:of|the|in|also)\b`) })
	creditRole   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(?:` + staffRoles + `|` + newsOrgs + `)\b`) })
)

// isCredit reports whether line, which a credit-line rule matched, reads
// as a credit. The names before "contributed" may be joined by "of",
// "the", "in" or "also" only after a staff role or a news organisation,
// or when the line says "contributed reporting" or "contributed to this
// report": "Residents of Millbrook and the Rotary Club also contributed."
// is news. (The rule's pattern allows those words anywhere; checking them
// here keeps it as fast as it was.)
func isCredit(line string) bool {
	names, rest, ok := strings.Cut(line, " contributed")
	if !ok {
		return true
	}
	f := creditFiller().FindStringIndex(names)
	return f == nil || creditRole().MatchString(names[:f[0]]) ||
		strings.HasPrefix(rest, " reporting") || strings.HasPrefix(rest, " to this report") || strings.HasPrefix(rest, " to this story")
}

// acceptCredit is the accept check of the credit rules (see isCredit).
func acceptCredit(block string, start, end int) int {
	if !isCredit(block[start:end]) {
		return -1
	}
	return end
}

// acceptCaption accepts a caption only when it is the whole block (the
// tail matcher reads a long block from a window inside it, where "^" is no
// start of the block) and holds at most maxCaptionSentences sentences.
func acceptCaption(block string, start, end int) int {
	if start != 0 || !isCaptionLength(block[:end]) {
		return -1
	}
	return end
}

// acceptCaptionCredit accepts a bare agency credit that ends a block of
// at most maxCaptionSentences sentences that report no one's words, as
// under a photo (see IsCaptionCredit): "Workers take down the sign in
// 1989. (AP)".
func acceptCaptionCredit(block string, start, end int) int {
	// A credit alone is photo/agency-line; a short item that reports what
	// someone said is a brief's news, signed by its agency ("Floods killed
	// twelve people, officials said. (AFP)").
	if caption := block[:start]; strings.TrimSpace(caption) == "" || !isCaptionLength(caption) || attribution.Mentions(caption) {
		return -1
	}
	return end
}

// isCaptionLength reports whether s holds at most maxCaptionSentences
// sentences.
func isCaptionLength(s string) bool {
	for n := 0; n <= maxCaptionSentences; n++ {
		i := punct.SentenceEnd(s)
		if i < 0 {
			return true
		}
		s = s[i+1:]
	}
	return false
}
