package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"skim/summarize"
)

const story = "The river rose two metres overnight in the old town. " +
	"Shops on the quay moved their stock to upper floors before dawn. " +
	"The mayor said the flood barrier held as designed. " +
	"Rain is expected to ease by Thursday, forecasters said. " +
	"Schools near the river will stay closed until the water falls.\n"

// storyWithRepeat states its second sentence twice.
const storyWithRepeat = "The bridge closed at noon after a lorry hit its railing. " +
	"Police diverted traffic through the north road for the afternoon. " +
	"Engineers inspected the damage and found no harm to the main span. " +
	"Police diverted traffic through the north road for the afternoon. " +
	"The bridge reopened to cars in the evening.\n"

// french is a story in French, which skim digests with a warning.
const french = "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures à partir de juin. " +
	"Les ingénieurs ont constaté que ses câbles étaient usés depuis des années. " +
	"Les automobilistes emprunteront le périphérique pendant la construction du nouveau pont.\n"

// storyPage is story as a web page, with a menu around it.
var storyPage = "<!DOCTYPE html><html><head><title>Flood</title></head><body>" +
	"<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav><article><p>" +
	strings.ReplaceAll(strings.TrimSpace(story), ". ", ".</p><p>") + "</p></article></body></html>"

func TestRun(t *testing.T) {
	dir := t.TempDir()
	page := writeFile(t, dir, "page.htm", strings.TrimPrefix(storyPage, "<!DOCTYPE html>"))
	first := writeFile(t, dir, "first.txt", story)
	second := writeFile(t, dir, "second.txt", storyWithRepeat)
	missing := filepath.Join(dir, "missing.txt")
	huge := sparseFile(t, dir, "huge.txt", 1<<30)
	utf16File := writeFile(t, dir, "utf16.txt", utf16LE(story))
	bomFile := writeFile(t, dir, "bom.txt", "\uFEFF"+story)
	binary := writeFile(t, dir, "photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
	menu := writeFile(t, dir, "menu.html", "<nav><a href=/>Home</a></nav><script>x()</script>")
	menu2 := writeFile(t, dir, "menu2.html", "<p> </p>")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStderr string // prefix; "" means stderr must be empty
		check      func(t *testing.T, stdout string)
	}{
		{name: "plain from stdin", args: []string{"-n", "2"}, stdin: story,
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 2, story) }},
		{name: "plain from two files, each line naming its file", args: []string{"-n", "3", first, second},
			check: func(t *testing.T, stdout string) {
				checkNamed(t, stdout, 3, map[string]string{first: story, second: storyWithRepeat})
			}},
		{name: "stdin as - among files", args: []string{"-n", "4", first, "-"}, stdin: storyWithRepeat,
			check: func(t *testing.T, stdout string) {
				checkNamed(t, stdout, 4, map[string]string{first: story, "-": storyWithRepeat})
			}},
		{name: "stdin as the only FILE", args: []string{"-n", "2", "-"}, stdin: story,
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 2, story) }},
		{name: "stdin twice", args: []string{"-", "-"}, wantCode: 2, wantStderr: "digest: standard input (-) can be read only once\n"},
		{name: "words budget", args: []string{"-words", "12"}, stdin: story,
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 1, story) }},
		{name: "words budget no sentence fits", args: []string{"-words", "3"}, stdin: story,
			wantStderr: "digest: no sentence fits in 3 words; the digest is the best one, of ",
			check:      func(t *testing.T, stdout string) { checkPlain(t, stdout, 1, story) }},
		{name: "ratio", args: []string{"-ratio", "0.2"}, stdin: story,
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 1, story) }},
		{name: "json shape", args: []string{"-json", "-n", "2", second}, check: checkJSON},
		{name: "page file", args: []string{"-n", "5", page},
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 5, story) }},
		{name: "page on stdin, sniffed", args: []string{"-n", "5"}, stdin: storyPage,
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 5, story) }},
		{name: "page fragment on stdin with -html", args: []string{"-html", "-n", "5"},
			stdin: storyPage[strings.Index(storyPage, "<nav>"):],
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 5, story) }},
		{name: "page with no text", args: []string{"-html"}, stdin: "<p> </p><script>x()</script>", wantCode: 1,
			wantStderr: "digest: stdin: summarize: no article found in the page\n"},
		{name: "pages with no text among files, each named", args: []string{first, menu, second, menu2}, wantCode: 1,
			wantStderr: "digest: " + menu + ": summarize: no article found in the page\n" +
				"digest: " + menu2 + ": summarize: no article found in the page\n"},
		{name: "html with file", args: []string{"-html", first}, wantCode: 2, wantStderr: "digest: -html is for standard input"},
		{name: "missing file", args: []string{first, missing}, wantCode: 1,
			wantStderr: "digest: open " + missing + ": no such file or directory"},
		{name: "empty input", stdin: "", wantCode: 1, wantStderr: "digest: summarize: input is empty\n"},
		{name: "blank input", stdin: " \n\t\n", wantCode: 1, wantStderr: "digest: summarize: input is empty\n"},
		{name: "unknown flag", args: []string{"-x"}, wantCode: 2, wantStderr: "flag provided but not defined: -x\nusage: digest"},
		{name: "too long on stdin", stdin: strings.Repeat("Word. ", summarize.MaxPageBytes/6+100), wantCode: 1,
			wantStderr: fmt.Sprintf("digest: summarize: input is too long: %d bytes on stdin, the limit is %d\n",
				6*(summarize.MaxPageBytes/6+100), summarize.MaxPageBytes)},
		{name: "plain text over the core's limit", stdin: strings.Repeat("Word. ", summarize.MaxInputBytes/6+100), wantCode: 1,
			wantStderr: fmt.Sprintf("digest: summarize: input is too long: %d bytes of text in all, the limit is %d\n",
				6*(summarize.MaxInputBytes/6+100), summarize.MaxInputBytes)},
		{name: "too long a file, refused before it is read", args: []string{huge}, wantCode: 1,
			wantStderr: fmt.Sprintf("digest: summarize: input is too long: %d bytes in %s, the limit is %d\n", 1<<30, huge, summarize.MaxPageBytes)},
		{name: "an endless device as FILE", args: []string{"/dev/zero"}, wantCode: 1,
			wantStderr: fmt.Sprintf("digest: summarize: input is too long: over %d bytes in /dev/zero, the limit is %d\n",
				summarize.MaxPageBytes+1+countLimit, summarize.MaxPageBytes)},
		{name: "flags after a FILE", args: []string{first, "-n", "1"},
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 1, story) }},
		{name: "a FILE after --", args: []string{"-n", "1", "--", "-n"}, wantCode: 1,
			wantStderr: "digest: open -n: no such file or directory\n"},
		{name: "UTF-16 file", args: []string{"-n", "2", utf16File},
			check: func(t *testing.T, stdout string) { checkPlain(t, stdout, 2, story) }},
		{name: "-json offsets of a decoded file count in its text", args: []string{"-json", "-n", "2", bomFile},
			check: func(t *testing.T, stdout string) {
				var out struct {
					Digest []struct {
						Text       string
						Start, End int
					}
					Articles []struct{ Text string }
				}
				if err := json.Unmarshal([]byte(stdout), &out); err != nil {
					t.Fatal(err)
				}
				if len(out.Articles) != 1 || out.Articles[0].Text != story {
					t.Fatalf("articles = %+v, want the decoded text, without its byte-order mark", out.Articles)
				}
				for _, d := range out.Digest {
					if got := out.Articles[0].Text[d.Start:d.End]; got != d.Text {
						t.Errorf("digest sentence %q at [%d:%d] of the text reads %q", d.Text, d.Start, d.End, got)
					}
				}
			}},
		{name: "French text: a digest and a warning", args: []string{"-n", "1"}, stdin: french,
			wantStderr: "digest: the text does not look like English; skim reads English only",
			check:      func(t *testing.T, stdout string) { checkPlain(t, stdout, 1, french) }},
		{name: "binary file", args: []string{binary}, wantCode: 1,
			wantStderr: "digest: " + binary + ": summarize: input is not text"},
		{name: "binary on stdin", stdin: "GIF89a\x01\x00\x01\x00\x00\xff\x00,", wantCode: 1,
			wantStderr: "digest: stdin: summarize: input is not text"},
		{name: "negative n", args: []string{"-n", "-1"}, wantCode: 2, wantStderr: "digest: -n must not be negative\n"},
		{name: "ratio over 1", args: []string{"-ratio", "1.5"}, wantCode: 2, wantStderr: "digest: -ratio must be between 0 and 1\n"},
		{name: "ratio NaN", args: []string{"-ratio", "NaN"}, wantCode: 2, wantStderr: "digest: -ratio must be between 0 and 1\n"},
		{name: "batch with file", args: []string{"-batch", first}, wantCode: 2,
			wantStderr: "digest: -batch reads stdin and takes no FILE\n"},
		{name: "batch good and bad lines", args: []string{"-batch", "-n", "2"},
			stdin: batchLine(`"a"`, story, 0) + "\n" +
				"not json\n" +
				`{"id": 7, "articles": [` + quote(story) + `, ` + quote(storyWithRepeat) + `], "n": 1}` + "\n" +
				`{"id": "none"}` + "\n" +
				`{"id": "both", "article": "x", "articles": ["y"]}` + "\n" +
				batchLine(`"neg"`, story, -2) + "\n" +
				batchLine(`"empty"`, "", 0) + "\n" +
				batchLine(`"tail"`, story, 0) + ` and more` + "\n" +
				`{"id": "page", "html": ` + quote(storyPage) + `, "n": 5}` + "\n" +
				`{"id": "three", "article": "x", "html": "<p>y</p>"}` + "\n",
			check: func(t *testing.T, stdout string) {
				checkBatch(t, stdout, []batchWant{
					{id: `"a"`, sentences: 2},
					{id: `null`, err: "line 2: invalid character 'o' in literal null (expecting 'u')"},
					{id: `7`, sentences: 1},
					{id: `"none"`, err: `line 4: no "article", "articles" or "html"`},
					{id: `"both"`, err: `line 5: give one of "article", "articles" and "html"`},
					{id: `"neg"`, err: "line 6: n must not be negative"},
					{id: `"empty"`, err: "line 7: summarize: input is empty"},
					{id: `"tail"`, err: "line 8: unexpected text after the JSON object"},
					{id: `"page"`, sentences: 5},
					{id: `"three"`, err: `line 10: give one of "article", "articles" and "html"`},
				})
			}},
		{name: "batch ids of lines that do not decode", args: []string{"-batch", "-n", "1"},
			stdin: "\uFEFF" + batchLine(`"bom"`, story, 0) + "\n" +
				`{"id": 2, "article": "bad \x escape."}` + "\n" +
				`{"id": 5, "article": "x", "n": 2,}` + "\n" +
				`{"id": 33, "ID": 34, "article": ` + quote(story) + `}` + "\n",
			check: func(t *testing.T, stdout string) {
				checkBatch(t, stdout, []batchWant{
					{id: `"bom"`, sentences: 1},
					{id: `2`, err: "line 2: invalid character 'x' in string escape code"},
					{id: `5`, err: "line 3: invalid character '}' looking for beginning of object key string"},
					{id: `33`, sentences: 1},
				})
			}},
		{name: "batch lines ended by \\r, \\r\\n, \\n or the end", args: []string{"-batch", "-n", "1"},
			stdin: batchLine(`"cr"`, story, 0) + "\r" + batchLine(`"crlf"`, story, 0) + "\r\n" +
				batchLine(`"lf"`, story, 0) + "\n\r\n" + batchLine(`"last"`, story, 0),
			check: func(t *testing.T, stdout string) {
				checkBatch(t, stdout, []batchWant{{id: `"cr"`, sentences: 1}, {id: `"crlf"`, sentences: 1},
					{id: `"lf"`, sentences: 1}, {id: `"last"`, sentences: 1}})
			}},
		{name: "batch two objects on a line", args: []string{"-batch"},
			stdin: batchLine(`"one"`, story, 1) + " " + batchLine(`"two"`, story, 1) + "\n",
			check: func(t *testing.T, stdout string) {
				checkBatch(t, stdout, []batchWant{{id: `"one"`, err: "line 1: unexpected text after the JSON object"}})
			}},
		{name: "batch line over the limit", args: []string{"-batch"},
			stdin: `{"id": "big", "article": "` + strings.Repeat("a", maxLineBytes) + `"}` + "\n" + batchLine(`"next"`, story, 1),
			check: func(t *testing.T, stdout string) {
				checkBatch(t, stdout, []batchWant{
					{id: `"big"`, err: fmt.Sprintf("line 1: longer than %d bytes", maxLineBytes)},
					{id: `"next"`, sentences: 1}})
			}},
		{name: "batch skips blank lines", args: []string{"-batch"}, stdin: "\n" + batchLine(`1`, story, 1) + "\n\n",
			check: func(t *testing.T, stdout string) {
				checkBatch(t, stdout, []batchWant{{id: `1`, sentences: 1}})
			}},
		{name: "batch of nothing", args: []string{"-batch"}, stdin: "",
			check: func(t *testing.T, stdout string) { checkBatch(t, stdout, nil) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("run(%q) = %d, want %d; stderr: %s", tt.args, code, tt.wantCode, stderr.String())
			}
			if got := stderr.String(); (tt.wantStderr == "") != (got == "") || !strings.HasPrefix(got, tt.wantStderr) {
				t.Errorf("run(%q) stderr = %q, want prefix %q", tt.args, got, tt.wantStderr)
			}
			if tt.check != nil {
				tt.check(t, stdout.String())
			} else if stdout.Len() != 0 {
				t.Errorf("run(%q) stdout = %q, want nothing", tt.args, stdout.String())
			}
		})
	}
}

func TestRunSaysBadFlagOnce(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-n", "x"}, strings.NewReader(story), &stdout, &stderr); code != 2 {
		t.Errorf("run(-n x) = %d, want 2", code)
	}
	if n := strings.Count(stderr.String(), "invalid value"); n != 1 {
		t.Errorf("stderr says the bad value %d times, want once:\n%s", n, stderr.String())
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	if code := run(ctx, nil, strings.NewReader(story), &stdout, &stderr); code != 1 {
		t.Errorf("run(cancelled) = %d, want 1", code)
	}
	if got, want := stderr.String(), "digest: context canceled\n"; got != want {
		t.Errorf("run(cancelled) stderr = %q, want %q", got, want)
	}
}

// TestBatchCancelled stops a batch, as Ctrl-C does: it fails with the
// reason, rather than exit 0 after answering each line with an error.
func TestBatchCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	if code := run(ctx, []string{"-batch"}, strings.NewReader(batchLine(`1`, story, 1)+"\n"), &stdout, &stderr); code != 1 {
		t.Errorf("run(-batch, cancelled) = %d, want 1", code)
	}
	if got, want := stderr.String(), "digest: context canceled\n"; got != want {
		t.Errorf("run(-batch, cancelled) stderr = %q, want %q", got, want)
	}
}

// TestBatchMatchesSummarize feeds more lines than fit in a chunk, of very
// different lengths and digest lengths, so that chunks finish out of order
// and are split by options, and checks that each output line comes in input
// order and holds what Summarize gives for that line alone.
func TestBatchMatchesSummarize(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var in strings.Builder
	var want []batchWant
	var articles []string
	for i := range 2*chunkLines + 5 {
		article, n := genArticle(r, 1+r.IntN(60)), 1+i%3
		articles = append(articles, article)
		in.WriteString(batchLine(strconv.Itoa(i), article, n) + "\n")
		d, err := summarize.Summarize(context.Background(), []string{article}, summarize.Options{MaxSentences: n})
		if err != nil {
			t.Fatalf("Summarize(line %d): %v", i+1, err)
		}
		want = append(want, batchWant{id: strconv.Itoa(i), sentences: len(d.Picked), summary: texts(d)})
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-batch"}, strings.NewReader(in.String()), &stdout, &stderr); code != 0 {
		t.Fatalf("run(-batch) = %d, want 0; stderr: %s", code, stderr.String())
	}
	checkBatch(t, stdout.String(), want)
}

// checkPlain checks that stdout holds 1 to max lines, each a sentence of input.
func checkPlain(t *testing.T, stdout string, max int, input string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if stdout == "" || len(lines) > max {
		t.Fatalf("plain output has %d lines, want 1 to %d:\n%s", len(lines), max, stdout)
	}
	for _, line := range lines {
		if line == "" || !strings.Contains(input, line) {
			t.Errorf("output line %q is not a sentence of the input", line)
		}
	}
}

// checkNamed checks plain output from several files: at most max lines,
// each the name of a file, ": " and a sentence of that file's text (the
// texts by name).
func checkNamed(t *testing.T, stdout string, max int, texts map[string]string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if stdout == "" || len(lines) > max {
		t.Fatalf("plain output has %d lines, want 1 to %d:\n%s", len(lines), max, stdout)
	}
	for _, line := range lines {
		name, sentence, ok := strings.Cut(line, ": ")
		if text, known := texts[name]; !ok || !known || sentence == "" || !strings.Contains(text, sentence) {
			t.Errorf("output line %q is not a file's name and one of its sentences", line)
		}
	}
}

// checkJSON checks the shape of -json output for storyWithRepeat.
func checkJSON(t *testing.T, stdout string) {
	t.Helper()
	type place struct {
		Article, Start, End *int
	}
	var doc struct {
		Digest []struct {
			Text *string
			place
		}
		Duplicates []struct {
			Text *string
			place
			Of *place
		}
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("-json output does not decode: %v\n%s", err, stdout)
	}
	if !strings.HasPrefix(stdout, "{\n  \"digest\": [") {
		t.Errorf("-json output is not indented: %.40q", stdout)
	}
	inRange := func(what string, p place) {
		t.Helper()
		if p.Article == nil || p.Start == nil || p.End == nil {
			t.Fatalf("%s lacks article, start or end", what)
		}
		if *p.Article != 0 || *p.Start < 0 || *p.Start >= *p.End || *p.End > len(storyWithRepeat) {
			t.Errorf("%s at article %d [%d:%d], want article 0 within [0:%d]", what, *p.Article, *p.Start, *p.End, len(storyWithRepeat))
		}
	}
	if n := len(doc.Digest); n < 1 || n > 2 {
		t.Errorf("digest has %d sentences, want 1 or 2", n)
	}
	for _, l := range doc.Digest {
		if l.Text == nil || *l.Text == "" {
			t.Errorf("digest sentence without text")
		}
		inRange("digest sentence", l.place)
	}
	if len(doc.Duplicates) != 1 {
		t.Fatalf("duplicates has %d entries, want 1:\n%s", len(doc.Duplicates), stdout)
	}
	d := doc.Duplicates[0]
	inRange("duplicate", d.place)
	if d.Of == nil {
		t.Fatal("duplicate lacks of")
	}
	inRange("duplicate's original", *d.Of)
	if *d.Of.Start >= *d.Start {
		t.Errorf("duplicate at %d points at %d, want an earlier sentence", *d.Start, *d.Of.Start)
	}
}

// batchWant is one expected -batch output line: its raw id and either a
// sentence count or an error message.
type batchWant struct {
	id        string
	sentences int
	summary   []string // if not nil, the exact summary
	err       string
}

func checkBatch(t *testing.T, stdout string, want []batchWant) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if stdout == "" {
		lines = nil
	}
	if len(lines) != len(want) {
		t.Fatalf("-batch wrote %d lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, line := range lines {
		var got struct {
			ID      json.RawMessage
			Summary []string
			MS      *float64
			Error   string
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d %q does not decode: %v", i+1, line, err)
		}
		w := want[i]
		if string(got.ID) != w.id {
			t.Errorf("line %d id = %s, want %s", i+1, got.ID, w.id)
		}
		if got.Error != w.err {
			t.Errorf("line %d error = %q, want %q", i+1, got.Error, w.err)
		}
		if w.err != "" {
			if got.Summary != nil || got.MS != nil {
				t.Errorf("error line %d also has a summary or ms: %s", i+1, line)
			}
			continue
		}
		if len(got.Summary) != w.sentences || got.MS == nil || *got.MS < 0 {
			t.Errorf("line %d = %s, want %d sentences and ms", i+1, line, w.sentences)
		}
		if w.summary != nil && !slices.Equal(got.Summary, w.summary) {
			t.Errorf("line %d summary = %q, want %q", i+1, got.Summary, w.summary)
		}
	}
}

// batchLine is one -batch input line; n 0 leaves "n" out.
func batchLine(id, article string, n int) string {
	if n == 0 {
		return fmt.Sprintf(`{"id": %s, "article": %s}`, id, quote(article))
	}
	return fmt.Sprintf(`{"id": %s, "article": %s, "n": %d}`, id, quote(article), n)
}

func quote(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestHelpGivesDefaults checks that -h says what each length flag means
// when it is left at 0, the default digest length among them.
func TestHelpGivesDefaults(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-h"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("run(-h) = %d, want 0", code)
	}
	if want := fmt.Sprintf("0 means %d", summarize.DefaultMaxSentences); !strings.Contains(stderr.String(), want) {
		t.Errorf("-h says:\n%s\nwant it to give the default length (%q)", stderr.String(), want)
	}
}

// sparseFile makes a file of size bytes that takes no room on disk.
func sparseFile(t *testing.T, dir, name string, size int64) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	return path
}

// utf16LE encodes s as UTF-16, little endian, with a byte-order mark, as
// Windows Notepad once saved "Unicode" text.
func utf16LE(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune("\uFEFF" + s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}
