package rouge

import "strings"

// Reference is a reference summary tokenized once, to score many digests
// against it.
type Reference struct {
	tokens    []string   // for ROUGE-1 and ROUGE-2
	sentences [][]string // for ROUGE-Lsum
}

// NewReference tokenizes text, a reference summary with one sentence a line.
func NewReference(text string) Reference {
	return Reference{tokens: Tokenize(text), sentences: Sentences(text)}
}

// F1 holds the ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of one digest, each in
// [0, 1].
type F1 struct {
	R1, R2, RLsum float64
}

// Score scores a digest, given as its sentences, against r. The sentences
// are joined with "\n", so ROUGE-Lsum sees each as one sentence. A nil or
// empty digest scores zero.
func (r Reference) Score(digest []string) F1 {
	text := strings.Join(digest, "\n")
	tokens := Tokenize(text)
	return F1{
		R1:    N(r.tokens, tokens, 1).F1,
		R2:    N(r.tokens, tokens, 2).F1,
		RLsum: Lsum(r.sentences, Sentences(text)).F1,
	}
}

// Tally sums the scores and word counts of many digests. Its zero value is
// an empty tally.
type Tally struct {
	sum     F1
	words   int // whitespace-separated words in all digests
	digests int
}

// Add scores a digest against ref and adds it to t. A nil digest counts as
// a digest that scores zero (a story a system failed on).
func (t *Tally) Add(ref Reference, digest []string) {
	f := ref.Score(digest)
	t.sum.R1 += f.R1
	t.sum.R2 += f.R2
	t.sum.RLsum += f.RLsum
	for _, s := range digest {
		t.words += len(strings.Fields(s))
	}
	t.digests++
}

// Mean is the mean over a tally's digests, as tables report it.
type Mean struct {
	R1, R2, RLsum float64 // mean F1 ×100
	Words         float64 // mean words per digest
}

// Mean returns the means over the digests added to t; an empty tally gives
// zeros.
func (t Tally) Mean() Mean {
	if t.digests == 0 {
		return Mean{}
	}
	n := float64(t.digests)
	return Mean{
		R1:    100 * t.sum.R1 / n,
		R2:    100 * t.sum.R2 / n,
		RLsum: 100 * t.sum.RLsum / n,
		Words: float64(t.words) / n,
	}
}

// Minus returns m − o, field by field.
func (m Mean) Minus(o Mean) Mean {
	return Mean{R1: m.R1 - o.R1, R2: m.R2 - o.R2, RLsum: m.RLsum - o.RLsum, Words: m.Words - o.Words}
}
