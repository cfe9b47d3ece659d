// Command eval scores skim's digests against the human-written summaries of
// the development sets, next to the lead baselines, with ROUGE as Google's
// rouge_score computes it (see package skim/scripts/internal/rouge).
//
// Usage, from the repository root:
//
//	go run ./scripts/eval [-data FILE] [-limit K]
//
// Without -data it scores every development set in ../shared/data: the 500
// CNN stories, the 300 Inshorts stories and the 50 Multi-News clusters.
// -data FILE scores one set; -limit K only its first K stories.
//
// A set of single stories (JSON lines with article, and highlights or
// summary) gets two Markdown tables of mean F1 ×100 and words per digest,
// skim against the lead and their difference:
//   - by sentences, N = 1…5: skim's digest of N sentences against Lead-N,
//     the first N sentences that are not duplicates, with the share of
//     digest sentences that dangle (open with "He", "This", "But"… while the
//     sentence before them is not in the digest; see Digest.Dangling);
//   - by words, at budgets of 40 to 100 words: skim with Options.MaxWords
//     against the lead filled the same way (Digest.LeadWords: sentences in
//     reading order, each taken if it still fits), both of whole sentences.
//
// Both systems go through the same intake and segmenter, and each digest is
// scored with its sentences joined by "\n".
//
// A set of clusters (JSON lines with articles and summary) gets ROUGE-1 and
// ROUGE-2 recall ×100 at 230 words, as ../shared/data/README.md asks: skim's
// digest of the articles given apart with MaxWords 230, against the first
// article's lead and the articles' first sentences in turn (round robin),
// each cut to 230 words, as is the summary.
//
// Without -data it also digests the two seed articles of ../shared/seeds
// (one event told by two outlets) as two articles, with MaxWords 230, and
// shows what each article gives: its sentences, its duplicates of the
// other, and its share of the digest, then the digest itself.
//
// A story on which Summarize fails is reported on stderr and scores 0 for
// every system.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"skim/internal/devset"
	"skim/scripts/internal/rouge"
	"skim/summarize"
)

// sets are the development sets scored without -data, relative to the
// repository root.
var sets = []string{
	devset.DefaultPath,
	filepath.Join(filepath.Dir(devset.DefaultPath), "inshorts_dev_300.jsonl"),
	filepath.Join(filepath.Dir(devset.DefaultPath), "multinews_dev_50.jsonl"),
}

// lengths and budgets are the digest sizes a single-story set is scored at.
var (
	lengths = []int{1, 2, 3, 4, 5}
	budgets = []int{40, 60, 80, 100}
)

// clusterWords is the budget of a Multi-News digest and of its summary.
const clusterWords = 230

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "score only this JSON-lines file (default: every development set)")
	limit := fs.Int("limit", 0, "score only the first K stories of each set (0: all)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *limit < 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "eval: -limit must be at least 0, and no arguments follow the flags")
		return 2
	}
	paths := sets
	if *data != "" {
		paths = []string{*data}
	}
	for i, path := range paths {
		stories, err := devset.Load(path, *limit)
		if err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		var report string
		if len(stories[0].Articles) > 0 {
			report = scoreClusters(stories, path, stderr)
		} else {
			report = scoreStories(stories, path, stderr)
		}
		if _, err := io.WriteString(stdout, report); err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
	}
	if *data == "" {
		report, err := seedsReport(seedsDir)
		if err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
		fmt.Fprintln(stdout)
		if _, err := io.WriteString(stdout, report); err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
	}
	return 0
}

// seedsDir holds the seed articles, relative to the repository root.
var seedsDir = filepath.Join(filepath.Dir(filepath.Dir(devset.DefaultPath)), "seeds")

// seedsReport digests the seed articles in dir (its .txt files, in name
// order) as the articles of one request, with MaxWords clusterWords, and
// returns the report.
func seedsReport(dir string) (string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return "", fmt.Errorf("no seed articles in %s", dir)
	}
	articles := make([]string, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return "", err
		}
		articles[i] = string(b)
	}
	d, err := summarize.Summarize(context.Background(), articles, summarize.Options{MaxWords: clusterWords})
	if err != nil {
		return "", fmt.Errorf("seeds: %w", err)
	}
	type share struct{ sentences, duplicates, across, picked, words int }
	shares := make([]share, len(articles))
	for _, s := range d.Sentences {
		shares[s.Article].sentences++
	}
	for _, dup := range d.Duplicates {
		a := d.Sentences[dup.Index].Article
		shares[a].duplicates++
		if d.Sentences[dup.Of].Article != a {
			shares[a].across++
		}
	}
	for _, i := range d.Picked {
		a := d.Sentences[i].Article
		shares[a].picked++
		shares[a].words += len(strings.Fields(d.Sentences[i].Text))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "## The %d seeds of %s as %d articles of one digest, at most %d words\n\n", len(paths), dir, len(paths), clusterWords)
	b.WriteString("| article | sentences | duplicates | of them, of another article | digest sentences | digest words |\n|:--|--:|--:|--:|--:|--:|\n")
	for i, s := range shares {
		fmt.Fprintf(&b, "| %d (%s) | %d | %d | %d | %d | %d |\n", i+1, filepath.Base(paths[i]), s.sentences, s.duplicates, s.across, s.picked, s.words)
	}
	b.WriteString("\nThe digest, with each sentence's article:\n\n")
	for _, i := range d.Picked {
		fmt.Fprintf(&b, "- [%d] %s\n", d.Sentences[i].Article+1, d.Sentences[i].Text)
	}
	return b.String(), nil
}

// system is one column of results: a tally of ROUGE and of dangling
// sentences.
type system struct {
	rouge    rouge.Tally
	dangling int // digest sentences that dangle
	picked   int // digest sentences
}

// add scores the sentences of d at idx.
func (s *system) add(ref rouge.Reference, d *summarize.Digest, idx []int) {
	if d == nil {
		s.rouge.Add(ref, nil)
		return
	}
	s.rouge.Add(ref, texts(d, idx))
	s.dangling += d.Dangling(idx)
	s.picked += len(idx)
}

// danglingShare returns the share of digest sentences that dangle, ×100.
func (s *system) danglingShare() float64 {
	if s.picked == 0 {
		return 0
	}
	return 100 * float64(s.dangling) / float64(s.picked)
}

// row is one size of digest: skim and its baseline.
type row struct {
	size       int
	skim, lead system
}

// scoreStories scores a set of single stories by sentences and by words
// and returns the report.
func scoreStories(stories []devset.Story, path string, stderr io.Writer) string {
	byN := make([]row, len(lengths))
	byWords := make([]row, len(budgets))
	for i := range byN {
		byN[i].size = lengths[i]
	}
	for i := range byWords {
		byWords[i].size = budgets[i]
	}
	ctx := context.Background()
	var elapsed time.Duration
	for k, s := range stories {
		ref := rouge.NewReference(s.Highlights)
		var session summarize.Session // intake and segmentation once per story
		digest := func(opts summarize.Options) *summarize.Digest {
			start := time.Now()
			d, err := session.Summarize(ctx, []string{s.Article}, opts)
			elapsed += time.Since(start)
			if err != nil {
				fmt.Fprintf(stderr, "eval: story %d (%s), %+v: %v\n", k+1, s.ID, opts, err)
				return nil
			}
			return d
		}
		for i := range byN {
			d := digest(summarize.Options{MaxSentences: byN[i].size})
			byN[i].skim.add(ref, d, picked(d))
			byN[i].lead.add(ref, d, lead(d, func(d *summarize.Digest) []int { return d.Lead(byN[i].size) }))
		}
		for i := range byWords {
			d := digest(summarize.Options{MaxWords: byWords[i].size})
			byWords[i].skim.add(ref, d, picked(d))
			byWords[i].lead.add(ref, d, lead(d, func(d *summarize.Digest) []int { return d.LeadWords(byWords[i].size) }))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "## %d stories of %s: ROUGE F1 ×100\n\n", len(stories), path)
	table(&b, "N", "Lead-%d", byN, true)
	b.WriteString("\n")
	table(&b, "words", "Lead ≤%d words", byWords, true)
	fmt.Fprintf(&b, "\nMean %.2f ms per digest in Summarize (one Session per story).\n",
		float64(elapsed.Microseconds())/1000/float64(len(stories)*(len(byN)+len(byWords))))
	return b.String()
}

// table writes rows as a Markdown table; lead names the baseline with its
// size, and dangling adds the share of dangling sentences.
func table(b *strings.Builder, size, lead string, rows []row, dangling bool) {
	fmt.Fprintf(b, "| %s | system | R1 | R2 | RLsum | words/digest |", size)
	if dangling {
		b.WriteString(" dangling % |")
	}
	b.WriteString("\n|--:|:--|--:|--:|--:|--:|")
	if dangling {
		b.WriteString("--:|")
	}
	b.WriteString("\n")
	line := func(r row, name string, m rouge.Mean, sign string, d float64) {
		fmt.Fprintf(b, "| %d | %s | %"+sign+".2f | %"+sign+".2f | %"+sign+".2f | %"+sign+".1f |",
			r.size, name, m.R1, m.R2, m.RLsum, m.Words)
		if dangling {
			fmt.Fprintf(b, " %"+sign+".1f |", d)
		}
		b.WriteString("\n")
	}
	for _, r := range rows {
		skim, baseline := r.skim.rouge.Mean(), r.lead.rouge.Mean()
		name := fmt.Sprintf(lead, r.size)
		line(r, "skim", skim, "", r.skim.danglingShare())
		line(r, name, baseline, "", r.lead.danglingShare())
		line(r, "skim − "+name, skim.Minus(baseline), "+", r.skim.danglingShare()-r.lead.danglingShare())
	}
}

// scoreClusters scores a set of clusters of articles and returns the
// report.
func scoreClusters(stories []devset.Story, path string, stderr io.Writer) string {
	names := []string{"skim", "first article's lead", "round robin of leads"}
	sums := make([]rouge.Score, 2*len(names)) // R1 and R2 recall of each
	ctx := context.Background()
	for k, s := range stories {
		ref := rouge.Tokenize(cut(s.Highlights, clusterWords))
		d, err := summarize.Summarize(ctx, s.Articles, summarize.Options{MaxWords: clusterWords})
		if err != nil {
			fmt.Fprintf(stderr, "eval: cluster %d (%s): %v\n", k+1, s.ID, err)
			continue
		}
		for i, idx := range [][]int{d.Picked, d.LeadWords(clusterWords), roundRobin(d, clusterWords)} {
			if i == 1 {
				idx = firstArticle(d, idx)
			}
			got := rouge.Tokenize(cut(strings.Join(texts(d, idx), "\n"), clusterWords))
			sums[2*i].Recall += rouge.N(ref, got, 1).Recall
			sums[2*i+1].Recall += rouge.N(ref, got, 2).Recall
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "## %d clusters of %s: ROUGE recall ×100 at %d words\n\n", len(stories), path, clusterWords)
	b.WriteString("| system | R1 recall | R2 recall |\n|:--|--:|--:|\n")
	n := float64(len(stories))
	for i, name := range names {
		fmt.Fprintf(&b, "| %s | %.2f | %.2f |\n", name, 100*sums[2*i].Recall/n, 100*sums[2*i+1].Recall/n)
	}
	return b.String()
}

// firstArticle keeps the sentences of idx from the first article: the
// leading sentences of the whole input run past it only when it is short,
// and its lead is the first article's alone.
func firstArticle(d *summarize.Digest, idx []int) []int {
	var out []int
	for _, i := range idx {
		if d.Sentences[i].Article == 0 {
			out = append(out, i)
		}
	}
	return out
}

// roundRobin returns the articles' first sentences in turn, then their
// second ones, and so on, skipping duplicates, until words are used.
func roundRobin(d *summarize.Digest, words int) []int {
	var byArticle [][]int
	for _, i := range d.Lead(len(d.Sentences)) {
		a := d.Sentences[i].Article
		for len(byArticle) <= a {
			byArticle = append(byArticle, nil)
		}
		byArticle[a] = append(byArticle[a], i)
	}
	var out []int
	total := 0
	for turn := 0; total < words; turn++ {
		took := false
		for _, sentences := range byArticle {
			if turn < len(sentences) && total < words {
				out = append(out, sentences[turn])
				total += len(strings.Fields(d.Sentences[sentences[turn]].Text))
				took = true
			}
		}
		if !took {
			break
		}
	}
	return out
}

// cut returns the first words of text, whitespace-separated.
func cut(text string, words int) string {
	f := strings.Fields(text)
	return strings.Join(f[:min(words, len(f))], " ")
}

// picked returns d's digest, or nil when d is nil (Summarize failed).
func picked(d *summarize.Digest) []int {
	if d == nil {
		return nil
	}
	return d.Picked
}

// lead returns of(d), or nil when d is nil.
func lead(d *summarize.Digest, of func(*summarize.Digest) []int) []int {
	if d == nil {
		return nil
	}
	return of(d)
}

// texts returns the texts of the sentences of d at idx.
func texts(d *summarize.Digest, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = d.Sentences[i].Text
	}
	return out
}
