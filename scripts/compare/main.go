// Command compare scores skim's digests next to Lead-N and the extractive
// summarizer libraries people use, on the development stories, with the
// ROUGE of scripts/eval (package skim/scripts/internal/rouge).
//
// It lives in its own module, so the competitors never enter skim's go.mod.
// Run it by hand, from this directory:
//
//	cd scripts/compare
//	npm ci --prefix node        # lexrank, ts-textrank, node-summarizer
//	apt-get install ots         # the Open Text Summarizer (Debian)
//	go run . [-data FILE] [-n 3] [-limit K]
//	go run . -speed             # CPU per story: skim's batch path, Go TextRank
//
// The systems: skim (summarize.Summarize with MaxSentences N); Lead-N, the
// first N sentences through skim's intake and segmenter, as scripts/eval
// computes it; Go TextRank (github.com/DavidBelicza/TextRank/v2) and tldr
// (github.com/JesusIslam/tldr), called in process; OTS, through its
// command-line tool; and three npm packages, each in one long-lived node
// process fed JSON lines by node/summarize.js. Every system gets the same
// raw article; only skim and Lead-N clean it first (junk, datelines such as
// "(CNN)"). Each is asked for N sentences; each digest, its sentences
// joined by "\n", is scored against the story's highlights.
//
// The output is a Markdown table of mean ROUGE-1, ROUGE-2 and ROUGE-Lsum F1
// ×100, mean words per digest and mean milliseconds per story spent in the
// system's call after one untimed warm-up call (for the npm packages this
// includes the JSON exchange with node, not node's start; for OTS, the
// start of its process). A story a system fails on is reported on stderr
// and scores 0 for it.
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
)

// defaultData is the development set seen from this directory, two levels
// below the repository root.
var defaultData = filepath.Join("..", "..", devset.DefaultPath)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	flags := devset.NewFlags(fs, defaultData)
	nodeDir := fs.String("node", "node", "directory of summarize.js and its node_modules")
	speed := fs.Bool("speed", false, "time skim's batch path against Go TextRank instead of scoring")
	stories, status, ok := flags.Parse(args)
	if !ok {
		return status
	}
	if *speed {
		if err := runSpeed(stories, flags.N, stdout); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
		return 0
	}
	ctx := context.Background()
	systems, err := allSystems(ctx, flags.N, *nodeDir)
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	refs := make([]rouge.Reference, len(stories))
	for i, s := range stories {
		refs[i] = rouge.NewReference(s.Highlights)
	}
	rows := make([]row, len(systems))
	for i, s := range systems {
		rows[i] = evaluate(s, stories, refs, flags.N, stderr)
	}
	for _, s := range systems {
		if s.close != nil {
			if err := s.close(); err != nil {
				fmt.Fprintf(stderr, "compare: %s: %v\n", s.name, err)
			}
		}
	}
	if err := printTable(stdout, rows, flags.N, len(stories), flags.Data); err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	return 0
}

// allSystems returns every system in table order: skim, Lead-N, the Go
// libraries, OTS and the npm packages.
func allSystems(ctx context.Context, n int, nodeDir string) ([]system, error) {
	systems := goSystems(ctx, n)
	ots, err := otsSystem(ctx)
	if err != nil {
		return nil, err
	}
	node, err := startNodeSystems(ctx, nodeDir)
	if err != nil {
		return nil, err
	}
	return append(append(systems, ots), node...), nil
}

// row is one system's result over all stories.
type row struct {
	system  system
	tally   rouge.Tally
	elapsed time.Duration // total time in the system's digest calls
	failed  int           // stories on which it returned an error
}

// evaluate digests every story with s at length n and scores the digests.
// One untimed digest of the first story first warms the system up (node
// loads some modules on first use, which took lexrank 1.8 s here).
func evaluate(s system, stories []devset.Story, refs []rouge.Reference, n int, stderr io.Writer) row {
	r := row{system: s}
	_, _ = s.digest(stories[0].Article, n) // a failure shows in the timed run
	for i, st := range stories {
		start := time.Now()
		digest, err := s.digest(st.Article, n)
		r.elapsed += time.Since(start)
		if err != nil {
			fmt.Fprintf(stderr, "compare: %s: story %d (%s): %v\n", s.name, i+1, st.ID, err)
			r.failed++
			digest = nil
		}
		r.tally.Add(refs[i], digest)
	}
	return r
}

// printTable writes the Markdown table of rows for n-sentence digests over
// the given number of stories.
func printTable(w io.Writer, rows []row, n, stories int, data string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "ROUGE F1 ×100 of %d-sentence digests on %d stories of %s\n\n", n, stories, data)
	b.WriteString("| system | R1 | R2 | RLsum | words/digest | ms/story | failed | how it is called |\n")
	b.WriteString("|:--|--:|--:|--:|--:|--:|--:|:--|\n")
	for _, r := range rows {
		m := r.tally.Mean()
		ms := float64(r.elapsed.Microseconds()) / 1000 / float64(stories)
		fmt.Fprintf(&b, "| %s | %.2f | %.2f | %.2f | %.1f | %.2f | %d | %s |\n",
			r.system.name, m.R1, m.R2, m.RLsum, m.Words, ms, r.failed, r.system.note)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
