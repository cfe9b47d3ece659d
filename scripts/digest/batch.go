package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"skim/summarize"
)

// Lines are digested in chunks, each by one summarize.SummarizeEach call per
// set of options, so that prose's sentence model, which dominates the cost
// of a short article, is loaded once per chunk rather than once per line.
// A chunk also ends when no more input is buffered, so a slow writer of
// stdin still gets each answer without waiting for a full chunk.
const (
	chunkLines = 256     // lines in a chunk, at most
	chunkBytes = 1 << 20 // a chunk ends once its lines reach this size
)

// batchInput is one line of -batch input: one of Article, Articles or
// HTML. Fields other than these (such as the dev set's highlights) are
// ignored.
type batchInput struct {
	ID       json.RawMessage `json:"id"`
	Article  *string         `json:"article"`
	Articles []string        `json:"articles"`
	HTML     *string         `json:"html"` // a web page, whose article is digested
	N        *int            `json:"n"`    // overrides -n when present
}

// batchSummary is the output line for a line that was digested.
type batchSummary struct {
	ID      json.RawMessage `json:"id"`
	Summary []string        `json:"summary"`
	// MS is the line's share of the time its chunk spent in
	// SummarizeEach, in milliseconds.
	MS float64 `json:"ms"`
}

// batchError is the output line for a line that could not be digested.
type batchError struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// batchChunk is a run of input lines on its way to a worker, which sends
// their encoded output lines, in the same order, on out.
type batchChunk struct {
	nums  []int // 1-based line numbers
	lines [][]byte
	long  []bool // the line was over maxLineBytes, and lines holds its start
	out   chan [][]byte
}

// runBatch digests each JSON line of stdin and writes one output line for
// each to stdout, in input order. Chunks of lines are digested by GOMAXPROCS
// workers; blank lines are skipped. It returns an error only when stdin
// cannot be read, stdout cannot be written or ctx is cancelled (Ctrl-C):
// the lines read by then are answered, each with the error.
func runBatch(ctx context.Context, opts summarize.Options, stdin io.Reader, stdout io.Writer) error {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	chunks := make(chan batchChunk)
	// order holds each chunk's output channel in input order; its buffer
	// lets the workers run ahead of the writer.
	order := make(chan chan [][]byte, 2*workers)

	var readErr error
	go func() {
		defer close(chunks)
		defer close(order)
		readErr = readChunks(ctx, stdin, chunks, order)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for c := range chunks {
				c.out <- digestChunk(ctx, opts, c)
			}
		})
	}

	w := bufio.NewWriter(stdout)
	var writeErr error
	for out := range order {
		lines := <-out
		if writeErr != nil {
			continue // drain so that the reader and workers finish
		}
		for _, line := range lines {
			w.Write(line)
			w.WriteByte('\n')
		}
		if len(order) == 0 {
			writeErr = w.Flush() // nothing ready: let the reader see progress
		}
		if writeErr != nil {
			cancel()
		}
	}
	wg.Wait()
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if readErr != nil {
		return readErr
	}
	if writeErr != nil {
		return writeErr
	}
	return parent.Err()
}

// readChunks sends the non-blank lines of r in chunks, after queueing each
// chunk's output channel on order. It stops at the end of r or when ctx is
// done.
func readChunks(ctx context.Context, r io.Reader, chunks chan<- batchChunk, order chan<- chan [][]byte) error {
	lr := newLineReader(r, maxLineBytes)
	var c batchChunk
	size := 0
	for num := 1; ; num++ {
		line, long, err := lr.next()
		if len(bytes.TrimSpace(line)) > 0 {
			c.nums = append(c.nums, num)
			c.lines = append(c.lines, line)
			c.long = append(c.long, long)
			size += len(line)
		}
		if len(c.lines) > 0 && (len(c.lines) == chunkLines || size >= chunkBytes || lr.br.Buffered() == 0 || err != nil) {
			c.out = make(chan [][]byte, 1)
			select {
			case order <- c.out:
			case <-ctx.Done():
				return nil
			}
			chunks <- c // workers never block, so this send completes
			c, size = batchChunk{}, 0
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
	}
}

// digestChunk digests the lines of c and returns their encoded output lines.
// Lines are grouped by their options, one SummarizeEach call per group.
func digestChunk(ctx context.Context, opts summarize.Options, c batchChunk) [][]byte {
	out := make([][]byte, len(c.lines))
	type request struct {
		line     int // index into c.lines
		num      int // 1-based line number in the input
		id       json.RawMessage
		articles []summarize.Input
	}
	groups := make(map[summarize.Options][]request)
	for i, line := range c.lines {
		if c.long[i] {
			out[i] = encodeLine(batchError{ID: idOf(line), Error: fmt.Sprintf("line %d: longer than %d bytes", c.nums[i], maxLineBytes)})
			continue
		}
		in, o, articles, err := parseLine(line, opts)
		if err != nil {
			out[i] = encodeLine(batchError{ID: in.ID, Error: fmt.Sprintf("line %d: %v", c.nums[i], err)})
			continue
		}
		groups[o] = append(groups[o], request{i, c.nums[i], in.ID, articles})
	}
	for o, reqs := range groups {
		articles := make([][]summarize.Input, len(reqs))
		for k, r := range reqs {
			articles[k] = r.articles
		}
		start := time.Now()
		results := summarize.SummarizeEach(ctx, articles, o)
		ms := float64(time.Since(start).Microseconds()) / 1000 / float64(len(reqs))
		for k, res := range results {
			r := reqs[k]
			if res.Err != nil {
				out[r.line] = encodeLine(batchError{ID: r.id, Error: fmt.Sprintf("line %d: %v", r.num, res.Err)})
				continue
			}
			out[r.line] = encodeLine(batchSummary{ID: r.id, Summary: texts(res.Digest), MS: ms})
		}
	}
	return out
}

// parseLine decodes one input line and returns it with the options and
// articles it asks for. On error, in holds whatever id could be read. A
// byte order mark before the line's object (a file saved by Notepad) is
// read past. The id is the value of the key "id" exactly (see idOf), where
// the other fields, as encoding/json reads them, take any case.
func parseLine(line []byte, opts summarize.Options) (in batchInput, _ summarize.Options, articles []summarize.Input, err error) {
	line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	defer func() {
		// encoding/json takes "ID" for "id": only a line that failed, or
		// that holds such a key, is read again for its exact id.
		if in.ID == nil || bytes.Contains(line, []byte(`"ID"`)) || bytes.Contains(line, []byte(`"Id"`)) || bytes.Contains(line, []byte(`"iD"`)) {
			in.ID = idOf(line)
		}
	}()
	// A Decoder, unlike Unmarshal, decodes the object before it looks past
	// it, so a line with trailing text still yields its id; so does a field
	// of the wrong type.
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&in); err != nil {
		return in, opts, nil, err
	}
	if dec.InputOffset() < int64(len(bytes.TrimRight(line, " \t\r\n"))) {
		return in, opts, nil, errors.New("unexpected text after the JSON object")
	}
	given := 0
	for _, set := range []bool{in.Article != nil, in.Articles != nil, in.HTML != nil} {
		if set {
			given++
		}
	}
	switch {
	case given > 1:
		return in, opts, nil, errors.New(`give one of "article", "articles" and "html"`)
	case in.Article != nil:
		articles = summarize.PlainText(*in.Article)
	case in.Articles != nil:
		articles = summarize.PlainText(in.Articles...)
	case in.HTML != nil:
		articles = []summarize.Input{{Text: *in.HTML, HTML: true}}
	default:
		return in, opts, nil, errors.New(`no "article", "articles" or "html"`)
	}
	if in.N != nil {
		if *in.N < 0 {
			return in, opts, nil, errors.New("n must not be negative")
		}
		opts.MaxSentences = *in.N
	}
	return in, opts, articles, nil
}

// idOf returns the "id" of the JSON object that line opens, if it comes
// before the object stops being readable (line may be the start of a longer
// one), or nil.
func idOf(line []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil
		}
		if key == "id" {
			return value
		}
	}
	return nil
}

// texts returns the digest's sentences in reading order.
func texts(d *summarize.Digest) []string {
	out := make([]string, len(d.Picked))
	for k, i := range d.Picked {
		out[k] = d.Sentences[i].Text
	}
	return out
}

// encodeLine encodes v, which holds only strings, numbers and raw JSON that
// was decoded before, so encoding cannot fail.
func encodeLine(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("digest: encoding output line: %v", err))
	}
	return b
}
