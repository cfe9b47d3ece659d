// Command digest prints the digest of one or more articles.
//
// Usage:
//
//	go run ./scripts/digest [-n N] [-ratio R] [-words W] [-json] [FILE ...]
//	go run ./scripts/digest -batch [-n N] < stories.jsonl
//
// Each FILE is one article; with no FILE, standard input is read as one
// article. A FILE named .html or .htm, or one that opens as an HTML document
// ("<!doctype html", "<html"), is a web page: the article found in it is
// digested. -html says the same of standard input. The plain output is the digest, one sentence a line. With -json it
// is the whole result as report.New builds it: digest[] of {text, article,
// start, end, score}, duplicates[] of {text, article, start, end, of}, and the
// excluded junk, titles, key terms and stats.
//
// With -batch, standard input holds JSON lines
// {"id": …, "article": "…"}, {"id": …, "articles": ["…", …]} or
// {"id": …, "html": "<!doctype html>…"} (a web page), each with an
// optional "n" that overrides -n. Each line gets one output line, in input
// order: {"id": …, "summary": ["…", …], "ms": 1.234} or {"id": …, "error":
// "…"}, where ms is the story's share of the time its chunk of lines spent
// in summarize.SummarizeEach. A bad line yields an error line, not an exit.
// Chunks of lines are digested by one worker per CPU.
//
// Flags may come before or after the FILEs; after "--" every argument is a
// FILE. Errors go to standard error with exit status 1; bad flags exit
// with 2.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"skim/summarize"
	"skim/summarize/report"
)

func main() {
	// Ctrl-C cancels the digest. Once it has, Interrupt gets its default
	// handling back, so a second Ctrl-C ends the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config is what the command line asks for.
type config struct {
	opts  summarize.Options
	json  bool
	batch bool
	html  bool // standard input is a web page
	files []string
}

// run is the whole command: it parses args, reads the articles from the files
// or stdin, writes the result to stdout and errors to stderr, and returns the
// exit status. Cancelling ctx stops the digest.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2 // parseArgs has said why
	}
	if cfg.batch {
		err = runBatch(ctx, cfg.opts, stdin, stdout)
	} else {
		err = runOnce(ctx, cfg, stdin, stdout, stderr)
	}
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") { // errors.Join puts one a line
			fmt.Fprintf(stderr, "digest: %s\n", line)
		}
		return 1
	}
	return 0
}

// parseInterspersed parses args with fs, flags before, between and after
// the FILEs ("digest story.txt -n 3"), and returns the FILEs in order.
// After "--" every argument is a FILE.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(files, rest...), nil
		}
		files, args = append(files, rest[0]), rest[1:]
	}
	return files, nil
}

// parseArgs reads the command line. On error it has printed the reason and
// the usage to stderr.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: digest [-n N] [-ratio R] [-words W] [-json] [-html] [FILE ...]")
		fmt.Fprintln(stderr, "       digest -batch [-n N] [-ratio R] [-words W] < stories.jsonl")
		fs.PrintDefaults()
	}
	fs.IntVar(&cfg.opts.MaxSentences, "n", 0, fmt.Sprintf("digest length in sentences; 0 means %d, unless -ratio or -words decide", summarize.DefaultMaxSentences))
	fs.Float64Var(&cfg.opts.Ratio, "ratio", 0, "digest length as a fraction of the distinct sentences, above 0 and at most 1")
	fs.IntVar(&cfg.opts.MaxWords, "words", 0, "stop the digest before it exceeds this many words")
	fs.BoolVar(&cfg.json, "json", false, "print the whole result as JSON")
	fs.BoolVar(&cfg.batch, "batch", false, "digest the JSON lines on stdin, one output line each")
	fs.BoolVar(&cfg.html, "html", false, "standard input is a web page (HTML): digest the article found in it")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return cfg, err // the flag package has printed it
	}
	cfg.files = files
	if err := validate(cfg); err != nil {
		fmt.Fprintf(stderr, "digest: %v\n", err)
		return cfg, err
	}
	return cfg, nil
}

// validate reports flags that parse but make no sense.
func validate(cfg config) error {
	switch {
	case cfg.opts.MaxSentences < 0:
		return errors.New("-n must not be negative")
	case !(cfg.opts.Ratio >= 0 && cfg.opts.Ratio <= 1): // NaN fails too
		return errors.New("-ratio must be between 0 and 1")
	case cfg.opts.MaxWords < 0:
		return errors.New("-words must not be negative")
	case cfg.batch && cfg.json:
		return errors.New("-batch and -json cannot be combined")
	case cfg.batch && len(cfg.files) > 0:
		return errors.New("-batch reads stdin and takes no FILE")
	case cfg.batch && cfg.html:
		return errors.New(`-batch takes web pages in its "html" field, not with -html`)
	case cfg.html && len(cfg.files) > 0 && !slices.Contains(cfg.files, stdinName):
		return errors.New("-html is for standard input (no FILE, or -); a FILE ending in .html or .htm is read as a page anyway")
	case countOf(cfg.files, stdinName) > 1:
		return errors.New("standard input (-) can be read only once")
	}
	return nil
}

// runOnce digests the files (or stdin) as the articles of one digest. It
// warns on stderr of an article that does not read as English.
func runOnce(ctx context.Context, cfg config, stdin io.Reader, stdout, stderr io.Writer) error {
	// Any input may be a page, sniffed; the core holds plain text to its
	// own, lower limit.
	given, decoded, err := readArticles(cfg.files, stdin, summarize.MaxPageBytes)
	if err != nil {
		return err
	}
	articles := make([]summarize.Input, len(given))
	for i, t := range given {
		articles[i] = summarize.Input{Text: t, HTML: isPage(cfg, i, t)}
	}
	opts := cfg.opts
	opts.KeyTerms = cfg.json // only the JSON report shows them
	d, err := summarize.SummarizeInputs(ctx, articles, opts)
	if err != nil {
		return namingFiles(err, cfg.files)
	}
	if d.Stats.OverBudget {
		fmt.Fprintf(stderr, "digest: no sentence fits in %d words; the digest is the best one, of %d words\n", opts.MaxWords, d.Stats.WordsOut)
	}
	for i, a := range d.Articles {
		if !a.LooksEnglish {
			name := "the text"
			if len(cfg.files) > 0 {
				name = describe(cfg.files[i])
			}
			fmt.Fprintf(stderr, "digest: %s does not look like English; skim reads English only, so its digest may be poor\n", name)
		}
	}
	if cfg.json {
		for i, a := range d.Articles {
			if decoded[i] && a.Text == "" {
				d.Articles[i].Text = given[i] // the offsets count in the decoded text, not the FILE's bytes
			}
		}
		out, err := json.MarshalIndent(report.New(d), "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", out)
		return err
	}
	lines := texts(d)
	for k, i := range d.Picked {
		line := lines[k]
		if len(cfg.files) > 1 {
			line = cfg.files[d.Sentences[i].Article] + ": " + line // as grep names the file of a match
		}
		if _, err := fmt.Fprintln(stdout, line); err != nil {
			return err
		}
	}
	return nil
}

// namingFiles returns err with each failure of one article (a
// summarize.ArticleError) put in terms of its FILE: "page.html: summarize:
// no article found in the page". With no FILE, standard input is the one
// article.
func namingFiles(err error, files []string) error {
	if len(files) == 0 {
		files = []string{stdinName}
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs := slices.Clone(joined.Unwrap())
		for i, e := range errs {
			errs[i] = namingFiles(e, files)
		}
		return errors.Join(errs...)
	}
	if ae, ok := err.(*summarize.ArticleError); ok && ae.Article < len(files) {
		return fmt.Errorf("%s: %w", describe(files[ae.Article]), ae.Err)
	}
	return err
}

// countOf returns how many of list are s.
func countOf(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// isPage reports whether article i, whose text is text, is a web page: a
// FILE named .html or .htm or that opens as an HTML document, or standard
// input with -html.
func isPage(cfg config, i int, text string) bool {
	if len(cfg.files) == 0 || cfg.files[i] == stdinName {
		return cfg.html || summarize.IsHTML(text)
	}
	ext := strings.ToLower(filepath.Ext(cfg.files[i]))
	return ext == ".html" || ext == ".htm" || summarize.IsHTML(text)
}

// countLimit bounds how far past the limit readBounded counts an over-long
// input.
const countLimit = 1 << 28

// stdinName is the FILE that stands for standard input.
const stdinName = "-"

// readArticles returns the text of each file, standard input for "-", or
// of stdin when there is no file. Each may hold at most limit bytes; each is
// decoded by summarize.DecodeText (UTF-16 with a byte-order mark, and an
// error for a binary file); decoded tells which texts are not the file's
// bytes as they were (a byte-order mark dropped, UTF-16).
func readArticles(files []string, stdin io.Reader, limit int) (articles []string, decoded []bool, err error) {
	if len(files) == 0 {
		files = []string{stdinName}
	}
	articles, decoded = make([]string, len(files)), make([]bool, len(files))
	for i, name := range files {
		b, err := readFile(name, stdin, limit)
		if err != nil {
			return nil, nil, err
		}
		if articles[i], err = summarize.DecodeText(b); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", describe(name), err)
		}
		decoded[i] = articles[i] != string(b)
	}
	return articles, decoded, nil
}

// readFile returns the bytes of FILE name, or of stdin for "-", at most
// limit of them. A regular file's size is checked before it is read.
func readFile(name string, stdin io.Reader, limit int) ([]byte, error) {
	if name == stdinName {
		return readBounded(stdinName, stdin, limit)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > int64(limit) {
		return nil, fmt.Errorf("%w: %d bytes %s, the limit is %d", summarize.ErrTooLong, info.Size(), where(name), limit)
	}
	return readBounded(name, f, limit)
}

// readBounded returns all of r, the input called name, which may hold at
// most limit bytes; beyond them it counts, without keeping, what is left.
func readBounded(name string, r io.Reader, limit int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", describe(name), err)
	}
	if len(b) <= limit {
		return b, nil
	}
	// Count the rest to say how long it was; past countLimit (an endless
	// pipe, /dev/zero) only say that it is over.
	rest, err := io.Copy(io.Discard, io.LimitReader(r, countLimit))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", describe(name), err)
	}
	over := ""
	if rest == countLimit {
		over = "over "
	}
	return nil, fmt.Errorf("%w: %s%d bytes %s, the limit is %d", summarize.ErrTooLong, over, int64(len(b))+rest, where(name), limit)
}

// where says where an input's bytes are: "on stdin" or "in FILE".
func where(name string) string {
	if name == stdinName {
		return "on stdin"
	}
	return "in " + name
}

// describe names an input in a message: the FILE, or "stdin" for "-".
func describe(name string) string {
	if name == stdinName {
		return "stdin"
	}
	return name
}
