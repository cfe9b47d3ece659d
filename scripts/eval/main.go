// Command eval scores skim's digests against the human-written highlights of
// the development stories, next to the Lead-N baseline, with ROUGE-1, ROUGE-2
// and ROUGE-Lsum F1 as Google's rouge_score computes them (see package
// skim/scripts/internal/rouge).
//
// Usage, from the repository root:
//
//	go run ./scripts/eval [-data FILE] [-n 3] [-curve] [-limit K]
//
// The data file holds JSON lines with id, article and highlights (one
// reference sentence a line) or summary (one paragraph, as Inshorts has); it
// defaults to
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
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"skim/internal/devset"
	"skim/scripts/internal/rouge"
	"skim/summarize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	flags := devset.NewFlags(fs, devset.DefaultPath)
	curve := fs.Bool("curve", false, "score digests of 1 to 5 sentences")
	stories, status, ok := flags.Parse(args)
	if !ok {
		return status
	}
	lengths := []int{flags.N}
	if *curve {
		lengths = []int{1, 2, 3, 4, 5}
	}
	refs := make([]rouge.Reference, len(stories))
	for i, s := range stories {
		refs[i] = rouge.NewReference(s.Highlights)
	}
	ctx := context.Background()
	points := make([]point, len(lengths))
	for i, l := range lengths {
		points[i] = evaluate(ctx, stories, refs, l, stderr)
	}
	if err := printTable(stdout, points, len(stories), flags.Data); err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	return 0
}

// point is the evaluation at one digest length.
type point struct {
	n          int
	skim, lead rouge.Tally
	elapsed    time.Duration // total time in Summarize
	failed     int           // stories on which Summarize returned an error
}

// evaluate digests every story at length n and scores skim and Lead-n.
func evaluate(ctx context.Context, stories []devset.Story, refs []rouge.Reference, n int, stderr io.Writer) point {
	p := point{n: n}
	for i, s := range stories {
		start := time.Now()
		d, err := summarize.Summarize(ctx, []string{s.Article}, summarize.Options{MaxSentences: n})
		p.elapsed += time.Since(start)
		if err != nil {
			fmt.Fprintf(stderr, "eval: story %d (%s), n=%d: %v\n", i+1, s.ID, n, err)
			p.failed++
			p.skim.Add(refs[i], nil)
			p.lead.Add(refs[i], nil)
			continue
		}
		p.skim.Add(refs[i], texts(d, d.Picked))
		p.lead.Add(refs[i], texts(d, d.Lead(n)))
	}
	return p
}

// texts returns the texts of the sentences of d at idx.
func texts(d *summarize.Digest, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = d.Sentences[i].Text
	}
	return out
}

// printTable writes the Markdown table of points over the given number of
// stories, and the timing under it.
func printTable(w io.Writer, points []point, stories int, data string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ROUGE F1 ×100 on %d stories of %s\n\n", stories, data)
	b.WriteString("| N | system | R1 | R2 | RLsum | words/digest |\n")
	b.WriteString("|--:|:--|--:|--:|--:|--:|\n")
	row := func(n int, name string, m rouge.Mean, sign string) {
		fmt.Fprintf(&b, "| %d | %s | %"+sign+".2f | %"+sign+".2f | %"+sign+".2f | %"+sign+".1f |\n",
			n, name, m.R1, m.R2, m.RLsum, m.Words)
	}
	for _, p := range points {
		skim, lead := p.skim.Mean(), p.lead.Mean()
		row(p.n, "skim", skim, "")
		row(p.n, fmt.Sprintf("Lead-%d", p.n), lead, "")
		row(p.n, fmt.Sprintf("skim − Lead-%d", p.n), skim.Minus(lead), "+")
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
