// Package stopwords holds English function words: the words whose density
// tells running English prose from menus and headlines (package
// boilerplate), and English from other languages (package language).
package stopwords

import (
	"strings"
	"sync"
)

// stopList holds English function words: articles, pronouns, auxiliary and
// modal verbs, prepositions, conjunctions and the most frequent adverbs and
// verbs of running prose. It follows in spirit the English stop list that
// jusText ships (Pomikálek 2011), which holds the most frequent words of
// English text; this list is written here, not copied. Stop-word density
// separates prose (about a third to a half of its words are on the list)
// from menus and headlines (few or none).
const stopList = `
a about above across after afterwards again against ago all almost alone
along already also although always am among an and another any anyone
anything anyway anywhere are around as at away back be became because become
becomes been before began behind being below beside besides best better
between beyond both but by came can cannot could did do does doing done down
during each either else enough even ever every everyone everything few first
for former from further gave get gets getting give given go goes going gone
got had has have having he her here hers herself him himself his how however
i if in indeed instead into is it its itself just kept know known last later
least less let like made make makes making many may me meanwhile might mine
more moreover most mostly much must my myself near nearly neither never
nevertheless next no nobody none nor not nothing now nowhere of off often on
once one only onto or other others otherwise our ours ourselves out over own
part perhaps put quite rather really said same say says see seem seemed
seems seen several shall she should since so some somehow someone something
sometimes somewhat soon still such than that the their theirs them
themselves then there thereby therefore these they thing things think this
those though thought through throughout thus to together too took toward
towards under until up upon us used very via was way we well went were what
whatever when whenever where whereas whether which while who whoever whole
whom whose why will with within without would yet you your yours yourself
yourselves told tell asked called come comes take takes taken want wanted
year years time times day days people new two three believe especially found
gives including keep keeping likely long look looked looking lot lots mean
means meant million billion needed need needs old per percent place
point possible probably recent recently right run second set shown small
sure today tried try trying turn turned usually week weeks wrote according
added despite doesn didn don isn wasn aren weren won wouldn couldn shouldn
hasn haven hadn ll ve re d s t m
`

// stopWords is the set built from stopList once; it is never written to.
var stopWords = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 384)
	for _, w := range strings.Fields(stopList) {
		m[w] = struct{}{}
	}
	return m
})

// Is reports whether w, already lower-cased and stripped of punctuation,
// is an English stop word.
func Is(w string) bool {
	_, ok := stopWords()[w]
	return ok
}
