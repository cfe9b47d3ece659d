package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"skim/internal/devset"
	"skim/summarize"
)

// batchChunk is how many stories skim digests per SummarizeEach call in the
// speed run, as the digest command's -batch does (its chunkLines).
const batchChunk = 256

// speedRounds is how many times each system digests every story; the
// median round is reported, the systems taking turns so that a change in
// the machine's load falls on both.
const speedRounds = 7

// runSpeed digests every story with skim's batch path (SummarizeEach, as
// -batch calls it, without key terms) and with Go TextRank (the fastest
// library measured), one goroutine each, in turns, and writes a Markdown
// table of CPU time (user + system, from getrusage) and wall time per story.
func runSpeed(stories []devset.Story, n int, stdout io.Writer) error {
	runtime.GOMAXPROCS(1) // both single-threaded: CPU and wall time agree
	ctx := context.Background()
	skim := func() error {
		for start := 0; start < len(stories); start += batchChunk {
			chunk := stories[start:min(start+batchChunk, len(stories))]
			requests := make([][]summarize.Input, len(chunk))
			for i, s := range chunk {
				requests[i] = summarize.PlainText(s.Article)
			}
			for i, r := range summarize.SummarizeEach(ctx, requests, summarize.Options{MaxSentences: n}) {
				if r.Err != nil {
					return fmt.Errorf("skim: story %s: %w", chunk[i].ID, r.Err)
				}
			}
		}
		return nil
	}
	textRank := func() error {
		for _, s := range stories {
			if _, err := textRankDigest(s.Article, n); err != nil {
				return fmt.Errorf("Go TextRank: story %s: %w", s.ID, err)
			}
		}
		return nil
	}
	systems := []struct {
		name string
		run  func() error
	}{{"skim, batch (SummarizeEach)", skim}, {"Go TextRank v2.2.0", textRank}}
	cpu := make([][]time.Duration, len(systems))
	wall := make([][]time.Duration, len(systems))
	for range speedRounds {
		for i, s := range systems {
			c0, w0 := cpuTime(), time.Now()
			if err := s.run(); err != nil {
				return err
			}
			cpu[i] = append(cpu[i], cpuTime()-c0)
			wall[i] = append(wall[i], time.Since(w0))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d stories, %d sentences each, one goroutine; the first round (skim's stem cache cold) and the median of %d\n\n", len(stories), n, speedRounds)
	b.WriteString("| system | CPU ms/story, first | CPU ms/story, median | wall ms/story, median | median CPU × Go TextRank |\n|:--|--:|--:|--:|--:|\n")
	base := median(cpu[len(systems)-1])
	per := func(d time.Duration) float64 { return ms(d) / float64(len(stories)) }
	for i, s := range systems {
		c, w := median(cpu[i]), median(wall[i])
		fmt.Fprintf(&b, "| %s | %.2f | %.2f | %.2f | %.2f |\n", s.name, per(cpu[i][0]), per(c), per(w), float64(c)/float64(base))
	}
	_, err := io.WriteString(stdout, b.String())
	return err
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
