package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// total sums one route over all pages.
type total struct {
	Route     string `json:"route"`
	Pages     int    `json:"pages"`
	Failed    int    `json:"failed"`    // pages on which the route returned an error
	Sentences int    `json:"sentences"` // digest sentences over all pages
	Junk      int    `json:"junk"`
	Headline  int    `json:"headline"`
	// JunkShare is Junk over Sentences; 0 with no sentence.
	JunkShare float64 `json:"junkShare"`
	// EqualShare is the share of pages whose digest is article.txt's.
	EqualShare float64 `json:"equalShare"`
	// EqualKeptShare is the share of pages whose digest is that of
	// article.txt less what extraction reported leaving out.
	EqualKeptShare float64 `json:"equalKeptShare"`
	// MeanRecall is the mean over pages of recall; a failed page counts 0.
	MeanRecall float64 `json:"meanRecall"`
	// MeanRecallKept is the mean of recall less what extraction omitted.
	MeanRecallKept float64 `json:"meanRecallKept"`
	MedianMs       float64 `json:"medianMs"` // median time in SummarizeInputs
}

// tally sums results route by route, in the order of routes.
func tally(results []pageResult) []total {
	totals := make([]total, len(routes))
	for i, r := range routes {
		t := total{Route: r.name, Pages: len(results)}
		var equal, equalKept int
		var ms []float64
		for _, p := range results {
			rr := p.Routes[i]
			ms = append(ms, rr.Ms)
			if rr.Err != "" {
				t.Failed++
				continue
			}
			t.Sentences += rr.Junk + rr.Headline + rr.Article
			t.Junk += rr.Junk
			t.Headline += rr.Headline
			t.MeanRecall += rr.Recall
			t.MeanRecallKept += rr.RecallKept
			if rr.Equal {
				equal++
			}
			if rr.EqualKept {
				equalKept++
			}
		}
		if t.Sentences > 0 {
			t.JunkShare = float64(t.Junk) / float64(t.Sentences)
		}
		if t.Pages > 0 {
			t.EqualShare = float64(equal) / float64(t.Pages)
			t.EqualKeptShare = float64(equalKept) / float64(t.Pages)
			t.MeanRecall /= float64(t.Pages)
			t.MeanRecallKept /= float64(t.Pages)
		}
		t.MedianMs = median(ms)
		totals[i] = t
	}
	return totals
}

// median returns the median of xs; 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// printTables writes the per-page table, the totals and, with verbose, every
// junk digest sentence, all in Markdown.
func printTables(w io.Writer, results []pageResult, totals []total, length, dir string, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s digests of %d pages of %s: junk/headline/article digest sentences (j/h/a), digest = article.txt's (=), "+
		"recall of article.txt's sentences, and recall less what extraction omitted (kept)\n\n", length, len(results), dir)
	b.WriteString("| page |")
	for _, r := range routes {
		fmt.Fprintf(&b, " %s j/h/a | = | recall | kept |", r.name)
	}
	b.WriteString("\n|:--|" + strings.Repeat(":-:|:-:|--:|--:|", len(routes)) + "\n")
	for _, p := range results {
		fmt.Fprintf(&b, "| %s |", p.Page)
		for _, rr := range p.Routes {
			if rr.Err != "" {
				b.WriteString(" error | – | – | – |")
				continue
			}
			fmt.Fprintf(&b, " %d/%d/%d | %s | %.1f%% | %.1f%% |", rr.Junk, rr.Headline, rr.Article, yesNo(rr.Equal), 100*rr.Recall, 100*rr.RecallKept)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n| route | digest sentences | junk | headline | junk share | digest = article.txt's | = article.txt less omitted | mean recall | mean kept recall | median ms |\n")
	b.WriteString("|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for i, t := range totals {
		r := routes[i]
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s | %.1f%% | %s | %.1f%% | %.1f |\n", t.Route, t.Sentences, t.Junk, t.Headline,
			percent(t.JunkShare, "≤", r.maxJunk), percent(t.EqualShare, "≥", r.minEqual), 100*t.EqualKeptShare,
			percent(t.MeanRecall, "≥", r.minRecall), 100*t.MeanRecallKept, t.MedianMs)
	}
	for _, t := range totals {
		if t.Failed > 0 {
			fmt.Fprintf(&b, "\n%s: %d pages failed (no digest sentences, recall 0)", t.Route, t.Failed)
		}
	}
	if verbose {
		printDetails(&b, results)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// printDetails writes, for people tuning the rules, every junk digest
// sentence and every failed route, then each HTML route's digest that is
// not article.txt's next to article.txt's.
func printDetails(b *strings.Builder, results []pageResult) {
	b.WriteString("\nJunk digest sentences:\n\n")
	for _, p := range results {
		for _, rr := range p.Routes {
			for _, s := range rr.JunkSentences {
				fmt.Fprintf(b, "- %s %s: %q\n", p.Page, rr.Route, s)
			}
			if rr.Err != "" {
				fmt.Fprintf(b, "- %s %s: error: %s\n", p.Page, rr.Route, rr.Err)
			}
		}
	}
	b.WriteString("\nHTML digests that are not article.txt's (+ only in the route's, - only in article.txt's):\n")
	for _, p := range results {
		for i, rr := range p.Routes {
			if !routes[i].html || rr.Err != "" || rr.Equal {
				continue
			}
			fmt.Fprintf(b, "\n%s %s:\n", p.Page, rr.Route)
			plus, minus := missing(rr.Digest, p.Reference), missing(p.Reference, rr.Digest)
			for _, s := range plus {
				fmt.Fprintf(b, "  + %q\n", s)
			}
			for _, s := range minus {
				fmt.Fprintf(b, "  - %q\n", s)
			}
			if len(plus)+len(minus) == 0 {
				b.WriteString("  (the same sentences in another order)\n")
			}
		}
	}
}

// missing returns the sentences of a that b lacks, spaces collapsed.
func missing(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, s := range b {
		in[oneSpace(s)] = true
	}
	var out []string
	for _, s := range a {
		if !in[oneSpace(s)] {
			out = append(out, s)
		}
	}
	return out
}

// yesNo writes a bool for the table.
func yesNo(v bool) string {
	if v {
		return "yes"
	}
	return "no"
}

// percent writes share as a percentage and, when target is above 0, the
// target after it: "1.1% (≤ 2%)".
func percent(share float64, rel string, target float64) string {
	s := fmt.Sprintf("%.1f%%", 100*share)
	if target > 0 {
		s += fmt.Sprintf(" (%s %g%%)", rel, 100*target)
	}
	return s
}
