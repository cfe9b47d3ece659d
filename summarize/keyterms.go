package summarize

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"skim/summarize/internal/pagerank"
)

const (
	// maxKeyTerms is how many key terms a digest lists.
	maxKeyTerms = 10
	// keyWindow is the co-occurrence window of TextRank keywords: two
	// content words are linked when at most keyWindow-1 content words stand
	// between them; Mihalcea & Tarau (2004, §3.1) found 2 best.
	keyWindow = 2
	// maxPhraseWords bounds a key phrase's length in words.
	maxPhraseWords = 4
	// minPhraseCount is how often a phrase of two or more words must occur
	// to be a key term: without a part-of-speech filter, a one-off run of
	// top words is mostly an accident of wording ("Lavrov discussed ways"),
	// while real key phrases recur ("Russian forces").
	minPhraseCount = 2
)

// keyTerms extracts key words and phrases by TextRank (Mihalcea & Tarau,
// 2004, §3): PageRank over the co-occurrence graph of content words, the top
// third of words kept, and runs of kept words that stand next to each other
// in the text joined into phrases (if they recur), scored by the sum of
// their words. A phrase
// whose words all belong to a better phrase is dropped. Each term is shown in
// its most frequent written form. Sentences are given as their words.
func keyTerms(sentences [][]word, t *terms) []KeyTerm {
	weights := map[[2]int]float64{}
	for i := range sentences {
		var ids []int // content words only: the window skips stop words
		for _, w := range sentences[i] {
			if !isKeyWord(w.lower) {
				continue
			}
			id := t.id(w.lower)
			for back := 1; back < keyWindow && back <= len(ids); back++ {
				if prev := ids[len(ids)-back]; prev != id {
					weights[[2]int{prev, id}]++
					weights[[2]int{id, prev}]++
				}
			}
			ids = append(ids, id)
		}
	}
	n := len(t.ids)
	if n == 0 {
		return nil
	}
	edges := make([][]pagerank.Edge, n)
	for pair, w := range weights {
		edges[pair[0]] = append(edges[pair[0]], pagerank.Edge{To: pair[1], Weight: w})
	}
	for i := range edges {
		sort.Slice(edges[i], func(a, b int) bool { return edges[i][a].To < edges[i][b].To })
	}
	scores := pagerank.Scores(edges)
	return phrases(sentences, t, topTerms(scores, max(maxKeyTerms, n/3)), scores)
}

// isKeyWord reports whether a lower-cased word may be part of a key term:
// a content word that is not a number, in digits or spelled.
func isKeyWord(lower string) bool {
	return isContentWord(lower) && !isNumber(lower) && numberWords[lower] == ""
}

// topTerms returns the set of the k best-scored term ids.
func topTerms(scores []float64, k int) map[int]bool {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	top := map[int]bool{}
	for _, id := range order[:min(k, len(order))] {
		top[id] = true
	}
	return top
}

// phrase is a candidate key phrase: a run of top terms.
type phrase struct {
	ids   []int
	score float64
	forms map[string]int // written form → occurrences
}

// phrases joins runs of top terms that stand next to each other in the
// sentences (all words, stop words included) into scored key terms.
func phrases(sentences [][]word, t *terms, top map[int]bool, scores []float64) []KeyTerm {
	found := map[string]*phrase{}
	var keys []string
	var add func(run []word)
	add = func(run []word) {
		if len(run) == 0 || len(run) > maxPhraseWords {
			return
		}
		if len(run) > 1 {
			for k := range run {
				add(run[k : k+1])
			}
		}
		ids := make([]int, len(run))
		forms := make([]string, len(run))
		for k, w := range run {
			ids[k] = t.id(w.lower)
			forms[k] = w.text
		}
		key := phraseKey(ids)
		p, ok := found[key]
		if !ok {
			p = &phrase{ids: ids, forms: map[string]int{}}
			for _, id := range ids {
				p.score += scores[id]
			}
			found[key] = p
			keys = append(keys, key)
		}
		p.forms[strings.Join(forms, " ")]++
	}
	for _, words := range sentences {
		var run []word
		for _, w := range words {
			isTop := isKeyWord(w.lower) && top[t.id(w.lower)]
			if !isTop || !w.joined {
				add(run)
				run = run[:0]
			}
			if isTop {
				run = append(run, w)
			}
		}
		add(run)
	}
	sort.SliceStable(keys, func(a, b int) bool { return found[keys[a]].score > found[keys[b]].score })
	var out []KeyTerm
	var kept []*phrase
	for _, k := range keys {
		p := found[k]
		if len(out) == maxKeyTerms || isCovered(p, kept) || (len(p.ids) > 1 && p.count() < minPhraseCount) {
			continue
		}
		kept = append(kept, p)
		out = append(out, KeyTerm{Text: p.form(), Score: p.score})
	}
	return out
}

// phraseKey returns a map key for a phrase's term ids.
func phraseKey(ids []int) string {
	b := make([]byte, 0, 8*len(ids))
	for _, id := range ids {
		b = strconv.AppendInt(b, int64(id), 36)
		b = append(b, ' ')
	}
	return string(b)
}

// isCovered reports whether every term of p belongs to one of the kept phrases.
func isCovered(p *phrase, kept []*phrase) bool {
	for _, q := range kept {
		all := true
		for _, id := range p.ids {
			if !slices.Contains(q.ids, id) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// count returns how often the phrase occurs.
func (p *phrase) count() int {
	n := 0
	for _, c := range p.forms {
		n += c
	}
	return n
}

// form returns the phrase's most frequent written form; of equally
// frequent forms, the last in byte order, so that a capital a word only
// has at the start of a sentence does not win ("harbour", not "Harbour").
func (p *phrase) form() string {
	best, n := "", 0
	for f, c := range p.forms {
		if c > n || (c == n && f > best) {
			best, n = f, c
		}
	}
	return best
}
