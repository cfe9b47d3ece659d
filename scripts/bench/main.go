// Command bench runs Summarize over the development stories, one at a time,
// and prints end-to-end numbers: stories per second, the median, 95th
// percentile and slowest time per story, and the words read and written.
// It is a quick report next to `go test -bench`, not a benchmark harness.
//
// Usage, from the repository root:
//
//	go run ./scripts/bench [-data FILE] [-n 3] [-limit K]
//
// The data file defaults to ../shared/data/cnndm_validation_500.jsonl.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"skim/internal/devset"
	"skim/summarize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	flags := devset.NewFlags(fs, devset.DefaultPath)
	stories, status, ok := flags.Parse(args)
	if !ok {
		return status
	}
	ctx := context.Background()
	times := make([]time.Duration, len(stories))
	var total time.Duration
	var stats summarize.Stats
	for i, s := range stories {
		start := time.Now()
		d, err := summarize.Summarize(ctx, []string{s.Article}, summarize.Options{MaxSentences: flags.N})
		times[i] = time.Since(start)
		total += times[i]
		if err != nil {
			fmt.Fprintf(stderr, "bench: story %d (%s): %v\n", i+1, s.ID, err)
			return 1
		}
		stats.SentencesIn += d.Stats.SentencesIn
		stats.SentencesOut += d.Stats.SentencesOut
		stats.WordsIn += d.Stats.WordsIn
		stats.WordsOut += d.Stats.WordsOut
	}
	slices.Sort(times)
	fmt.Fprintf(stdout, "%d stories, n=%d, one at a time: %.1f stories/s\n",
		len(stories), flags.N, float64(len(stories))/total.Seconds())
	fmt.Fprintf(stdout, "ms per story: p50 %.2f, p95 %.2f, max %.2f\n",
		ms(percentile(times, 50)), ms(percentile(times, 95)), ms(times[len(times)-1]))
	fmt.Fprintf(stdout, "words: %d in, %d out; sentences: %d in, %d out\n",
		stats.WordsIn, stats.WordsOut, stats.SentencesIn, stats.SentencesOut)
	return 0
}

// percentile returns the nearest-rank p-th percentile of sorted, which is not
// empty.
func percentile(sorted []time.Duration, p int) time.Duration {
	rank := (p*len(sorted) + 99) / 100 // ceil(p/100 × len), 1-based
	return sorted[max(rank, 1)-1]
}

func ms(d time.Duration) float64 {
	return float64(d.Microseconds()) / 1000
}
