package summarize

import (
	"math"

	"skim/summarize/internal/cohesion"
	"skim/summarize/internal/pagerank"
)

// The ranking's parameters. Each was chosen on the development set (500
// CNN stories, 3-sentence digests, ROUGE-1 F1 ×100 next to Lead-3's 29.43;
// go run ./scripts/eval) and holds on both halves of it.
const (
	// positionDecay shapes the position prior: the random jump of PageRank
	// lands on a sentence in proportion to 1/(position+1)^positionDecay, as
	// in PositionRank (Florescu & Caragea, 2017). News puts its facts first.
	// Dev set: 0 → 29.72, 0.5 → 29.78, 1 → 30.15, 1.5 → 29.78.
	positionDecay = 1.0
	// conciseWords is the length, in content words, past which a sentence's
	// score shrinks in proportion (score × conciseWords/words): a digest is
	// judged per word. Dev set: off → 30.15, 12 → 30.30, 15 → 30.36,
	// 20 → 30.23, 25 → 30.22.
	conciseWords = 15
	// quoteWeight scales the score of a sentence that is mostly quotation:
	// quotes colour a story but rarely sum it up. Dev set (with quoteShare
	// 0.4): 1 → 30.54, 0.7 → 30.58, 0.5 → 30.72, 0.3 → 30.67.
	quoteWeight = 0.5
	// quoteShare is the share of a sentence's characters inside double
	// quotation marks from which it counts as mostly quotation. Counting
	// any quotation mark instead (scare quotes too) gives 30.54; 0.3 → 30.74,
	// 0.4 → 30.72, 0.5 → 30.71.
	quoteShare = 0.4
)

// candidate is a sentence that survived deduplication, as rank and pick
// see it.
type candidate struct {
	bag      bag
	words    int  // words as people count them
	article  int  // 0-based article index
	position int  // 0-based position among the article's candidates
	quoted   bool // mostly quotation; see isMostlyQuoted
	// leans is set when the sentence opens with a word that refers back or
	// links (cohesion.OpensWithReference) and is not its article's first;
	// prev is then the candidate just before it, or -1 when the sentence
	// before it was a duplicate, which the digest cannot hold.
	leans bool
	prev  int
}

// candidates describes the kept sentences for rank and pick; words holds
// the word count of every sentence (see countWords), and bags the content
// of the kept ones, in the order of kept.
func candidates(sentences []Sentence, words, kept []int, bags []bag) []candidate {
	cands := make([]candidate, len(kept))
	for k, i := range kept {
		s := sentences[i]
		cands[k] = candidate{
			bag:     bags[k],
			words:   words[i],
			article: s.Article,
			quoted:  isMostlyQuoted(s.Text),
		}
		if k > 0 && cands[k-1].article == s.Article {
			cands[k].position = cands[k-1].position + 1
		}
		if i > 0 && sentences[i-1].Article == s.Article && cohesion.OpensWithReference(s.Text) {
			cands[k].leans, cands[k].prev = true, -1
			if k > 0 && kept[k-1] == i-1 {
				cands[k].prev = k - 1
			}
		}
	}
	return cands
}

// rank scores candidates by TextRank (Mihalcea & Tarau, 2004) on a
// directed-backward graph, one of the paper's variants (§4.1): within an
// article a sentence votes for the earlier sentences it resembles, so
// sentences that later ones build on rise; across articles, shared content
// votes both ways. PageRank is personalised by the position prior, and the
// scores are then weighted by the length and quote priors.
//
// One candidate scores 1. Without edges (no two sentences share a content
// word) scores follow the priors alone, so earlier sentences win.
func rank(cands []candidate, nterms int) []float64 {
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return []float64{1}
	}
	bags := make([]bag, len(cands))
	for i, c := range cands {
		bags[i] = c.bag
	}
	edges := graph(bags, nterms)
	for i, es := range edges {
		kept := es[:0]
		for _, e := range es {
			if cands[e.To].article != cands[i].article || e.To < i {
				kept = append(kept, e)
			}
		}
		edges[i] = kept
	}
	prior := make([]float64, len(cands))
	for i, c := range cands {
		prior[i] = math.Pow(float64(c.position+1), -positionDecay)
	}
	scores := pagerank.Personalized(edges, prior)
	for i, c := range cands {
		if c.bag.words > conciseWords {
			scores[i] *= conciseWords / float64(c.bag.words)
		}
		if c.quoted {
			scores[i] *= quoteWeight
		}
	}
	return scores
}

// isMostlyQuoted reports whether at least quoteShare of the characters of
// s stand inside double quotation marks, straight or curly. An unclosed
// quotation runs to the end of the sentence.
func isMostlyQuoted(s string) bool {
	inside, quoted, total := false, 0, 0
	for _, r := range s {
		total++
		switch {
		case r == '"' || r == '“' || r == '”':
			inside = !inside
		case inside:
			quoted++
		}
	}
	return float64(quoted) >= quoteShare*float64(total)
}
