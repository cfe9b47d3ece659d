// Command eval scores skim's digests against the human-written highlights of
// the development stories, next to the Lead-N baseline, with ROUGE-1, ROUGE-2
// and ROUGE-Lsum F1 as Google's rouge_score computes them (see rouge.go).
//
// Usage, from the repository root:
//
//	go run ./scripts/eval [-data FILE] [-n 3] [-curve] [-limit K]
//
// The data file holds JSON lines with id, article and highlights (one
// reference sentence a line); it defaults to
// ../shared/data/cnndm_validation_500.jsonl. For each story, skim's digest is
// Summarize(article) with MaxSentences N, and Lead-N is the first N sentences
// of that same Digest that are not duplicates, so both go through the same
// intake and segmenter. Each digest is scored with its sentences joined by
// "\n". The output is a Markdown table of mean F1 ×100 and mean words per
// digest for skim, Lead-N and their difference, at N (-n, default 3) or at
// N = 1…5 with -curve, followed by the mean time in Summarize per story.
// -limit K scores only the first K stories.
//
// A story on which Summarize fails is reported on stderr and scores 0 for
// both systems.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"skim/scripts/internal/devset"
	"skim/summarize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", devset.DefaultPath, "JSON-lines file of stories with id, article and highlights")
	n := fs.Int("n", 3, "digest length in sentences")
	curve := fs.Bool("curve", false, "score digests of 1 to 5 sentences")
	limit := fs.Int("limit", 0, "score only the first K stories (0: all)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *n < 1 || *limit < 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "eval: -n must be at least 1, -limit at least 0, and no arguments follow the flags")
		return 2
	}
	stories, err := devset.Load(*data, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	lengths := []int{*n}
	if *curve {
		lengths = []int{1, 2, 3, 4, 5}
	}
	refs := make([]reference, len(stories))
	for i, s := range stories {
		refs[i] = reference{tokens: tokenize(s.Highlights), sentences: sentences(s.Highlights)}
	}
	ctx := context.Background()
	points := make([]point, len(lengths))
	for i, l := range lengths {
		points[i] = evaluate(ctx, stories, refs, l, stderr)
	}
	if err := printTable(stdout, points, len(stories), *data); err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	return 0
}

// reference is a story's highlights, tokenized once for all digest lengths.
type reference struct {
	tokens    []string   // for ROUGE-1 and ROUGE-2
	sentences [][]string // for ROUGE-Lsum
}

// totals sums one system's F1 scores and digest words over the stories.
type totals struct {
	r1, r2, rlsum float64
	words         int
}

// add scores one digest, given as its sentences, against ref.
func (t *totals) add(ref reference, digest []string) {
	text := strings.Join(digest, "\n")
	tokens := tokenize(text)
	t.r1 += rougeN(ref.tokens, tokens, 1).f1
	t.r2 += rougeN(ref.tokens, tokens, 2).f1
	t.rlsum += rougeLsum(ref.sentences, sentences(text)).f1
	for _, s := range digest {
		t.words += len(strings.Fields(s))
	}
}

// point is the evaluation at one digest length.
type point struct {
	n          int
	skim, lead totals
	elapsed    time.Duration // total time in Summarize
	failed     int           // stories on which Summarize returned an error
}

// evaluate digests every story at length n and scores skim and Lead-n.
func evaluate(ctx context.Context, stories []devset.Story, refs []reference, n int, stderr io.Writer) point {
	p := point{n: n}
	for i, s := range stories {
		start := time.Now()
		d, err := summarize.Summarize(ctx, []string{s.Article}, summarize.Options{MaxSentences: n})
		p.elapsed += time.Since(start)
		if err != nil {
			fmt.Fprintf(stderr, "eval: story %d (%s), n=%d: %v\n", i+1, s.ID, n, err)
			p.failed++
			p.skim.add(refs[i], nil)
			p.lead.add(refs[i], nil)
			continue
		}
		p.skim.add(refs[i], texts(d, d.Picked))
		p.lead.add(refs[i], texts(d, lead(d, n)))
	}
	return p
}

// lead returns the indices of the first n sentences of d that are not
// duplicates.
func lead(d *summarize.Digest, n int) []int {
	dup := make(map[int]bool, len(d.Duplicates))
	for _, x := range d.Duplicates {
		dup[x.Index] = true
	}
	var idx []int
	for i := 0; i < len(d.Sentences) && len(idx) < n; i++ {
		if !dup[i] {
			idx = append(idx, i)
		}
	}
	return idx
}

// texts returns the texts of the sentences of d at idx.
func texts(d *summarize.Digest, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = d.Sentences[i].Text
	}
	return out
}

// means is one system's mean F1 scores ×100 and mean words per digest.
type means struct {
	r1, r2, rlsum, words float64
}

// mean averages t over the given number of stories.
func (t totals) mean(stories int) means {
	n := float64(stories)
	return means{100 * t.r1 / n, 100 * t.r2 / n, 100 * t.rlsum / n, float64(t.words) / n}
}

func (m means) minus(o means) means {
	return means{m.r1 - o.r1, m.r2 - o.r2, m.rlsum - o.rlsum, m.words - o.words}
}

// printTable writes the Markdown table of points over the given number of
// stories, and the timing under it.
func printTable(w io.Writer, points []point, stories int, data string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ROUGE F1 ×100 on %d stories of %s\n\n", stories, data)
	b.WriteString("| N | system | R1 | R2 | RLsum | words/digest |\n")
	b.WriteString("|--:|:--|--:|--:|--:|--:|\n")
	row := func(n int, name string, m means, sign string) {
		fmt.Fprintf(&b, "| %d | %s | %"+sign+".2f | %"+sign+".2f | %"+sign+".2f | %"+sign+".1f |\n",
			n, name, m.r1, m.r2, m.rlsum, m.words)
	}
	for _, p := range points {
		skim, lead := p.skim.mean(stories), p.lead.mean(stories)
		row(p.n, "skim", skim, "")
		row(p.n, fmt.Sprintf("Lead-%d", p.n), lead, "")
		row(p.n, fmt.Sprintf("skim − Lead-%d", p.n), skim.minus(lead), "+")
	}
	b.WriteString("\n")
	for _, p := range points {
		ms := float64(p.elapsed.Microseconds()) / 1000 / float64(stories)
		fmt.Fprintf(&b, "N=%d: mean %.2f ms per story in Summarize", p.n, ms)
		if p.failed > 0 {
			fmt.Fprintf(&b, "; %d stories failed and score 0", p.failed)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
