// Command pages measures how skim copes with real web pages: the 35 saved
// and copied news pages of ../shared/pages (see its README.md), each with
// its hand-checked article text, article.txt.
//
// Usage, from the repository root:
//
//	go run ./scripts/pages [-pages DIR] [-n 5 | -words W] [-v] [-json]
//
// Each page reaches skim by three routes: "saved" digests source.html as
// HTML, "clipboard" digests clipboard.html (what Ctrl+A, Ctrl+C copies) as
// HTML, and "plain" digests paste.txt (the page's rendered text) as plain
// text. article.txt, digested as plain text, is the reference. For each
// page and route, with N-sentence digests (-n, default 5) or digests of at
// most W words (-words: the budget's fillers are where fragments show), the
// command counts:
//
//   - the digest sentences that are the page's headline (they equal, as
//     words, the title of expected-metadata.json, that title less a site's
//     name after a bar or a dash, or the digest's own title), article text
//     (by the README's test: at least 90% of their word 5-grams occur in
//     article.txt, or, under five words, they equal a whole line of it or
//     one of its sentences) and junk (the rest);
//   - whether the digest is article.txt's digest (the same sentences in the
//     same order, spaces collapsed);
//   - recall: the share of article.txt's sentences, as skim segments it,
//     that reach the route's sentences (a route sentence equals or holds
//     it, or 90% of its 5-grams occur in the route's sentences), and the
//     same less the article sentences that extraction reported leaving out
//     (captions, credits), "kept";
//   - the time in SummarizeInputs, extraction included.
//
// Words are runs of letters and digits, lower-cased, in NFKC, with quotes
// (' ’ ‘ " “ ” and the like) dropped. The output is a Markdown table a page
// a row, then the totals per route: the junk share of all digest sentences,
// the share of pages whose digest is article.txt's, the mean recall and the
// median time, each next to its target. -v lists every junk digest
// sentence, and each HTML route's digest that differs from article.txt's
// (the sentences only in one of them); -json writes the figures, digests
// included, as one JSON object instead.
//
// A page whose article.txt cannot be digested is reported on stderr and left
// out; a route that fails on a page counts no sentences and recall 0.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"skim/scripts/internal/pageset"
	"skim/summarize"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status: 0, 1 when the
// pages cannot be read or written about, 2 for bad flags.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pages", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("pages", pageset.DefaultDir, "folder of page folders, each with source.html, clipboard.html, paste.txt, article.txt and expected-metadata.json")
	n := fs.Int("n", 5, "digest length in sentences")
	words := fs.Int("words", 0, "digest length in words, in place of -n")
	verbose := fs.Bool("v", false, "list every junk digest sentence")
	asJSON := fs.Bool("json", false, "write the figures as JSON")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *n < 1 || *words < 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "pages: -n must be at least 1, -words at least 0, and no arguments follow the flags")
		return 2
	}
	opts := summarize.Options{MaxSentences: *n}
	length := fmt.Sprintf("%d-sentence", *n)
	if *words > 0 {
		opts = summarize.Options{MaxWords: *words}
		length = fmt.Sprintf("%d-word", *words)
	}
	pages, err := pageset.Load(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "pages: %v\n", err)
		return 1
	}
	var results []pageResult
	for _, p := range pages {
		res, err := measure(ctx, p, opts)
		if err != nil {
			fmt.Fprintf(stderr, "pages: %v\n", err)
			continue
		}
		results = append(results, res)
	}
	totals := tally(results)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(struct {
			Dir    string       `json:"dir"`
			N      int          `json:"n,omitempty"`
			Words  int          `json:"words,omitempty"`
			Pages  []pageResult `json:"pages"`
			Totals []total      `json:"totals"`
		}{*dir, opts.MaxSentences, opts.MaxWords, results, totals})
	} else {
		err = printTables(stdout, results, totals, length, *dir, *verbose)
	}
	if err != nil {
		fmt.Fprintf(stderr, "pages: %v\n", err)
		return 1
	}
	return 0
}
